/* Placeholder suite for error (being written). */
#include "test-util.h"

static void test_error_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo error_tests[] = {
    {"placeholder", test_error_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"error", NULL, NULL, NULL, NULL, error_tests},
    CU_SUITE_INFO_NULL,
};
