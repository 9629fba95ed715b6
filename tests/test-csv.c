/* Placeholder suite for csv (being written). */
#include "test-util.h"

static void test_csv_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo csv_tests[] = {
    {"placeholder", test_csv_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"csv", NULL, NULL, NULL, NULL, csv_tests},
    CU_SUITE_INFO_NULL,
};
