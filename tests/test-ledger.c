/* Placeholder suite for ledger (being written). */
#include "test-util.h"

static void test_ledger_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo ledger_tests[] = {
    {"placeholder", test_ledger_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"ledger", NULL, NULL, NULL, NULL, ledger_tests},
    CU_SUITE_INFO_NULL,
};
