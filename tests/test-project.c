/* Placeholder suite for project (being written). */
#include "test-util.h"

static void test_project_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo project_tests[] = {
    {"placeholder", test_project_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"project", NULL, NULL, NULL, NULL, project_tests},
    CU_SUITE_INFO_NULL,
};
