/* Placeholder suite for target (being written). */
#include "test-util.h"

static void test_target_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo target_tests[] = {
    {"placeholder", test_target_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"target", NULL, NULL, NULL, NULL, target_tests},
    CU_SUITE_INFO_NULL,
};
