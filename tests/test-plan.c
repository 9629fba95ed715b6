/* Placeholder suite for plan (being written). */
#include "test-util.h"

static void test_plan_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo plan_tests[] = {
    {"placeholder", test_plan_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"plan", NULL, NULL, NULL, NULL, plan_tests},
    CU_SUITE_INFO_NULL,
};
