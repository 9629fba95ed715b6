/* Placeholder suite for monitor (being written). */
#include "test-util.h"

static void test_monitor_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo monitor_tests[] = {
    {"placeholder", test_monitor_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"monitor", NULL, NULL, NULL, NULL, monitor_tests},
    CU_SUITE_INFO_NULL,
};
