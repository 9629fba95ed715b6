/* Placeholder suite for date (being written). */
#include "test-util.h"

static void test_date_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo date_tests[] = {
    {"placeholder", test_date_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"date", NULL, NULL, NULL, NULL, date_tests},
    CU_SUITE_INFO_NULL,
};
