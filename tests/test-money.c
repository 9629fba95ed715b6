/* Placeholder suite for money (being written). */
#include "test-util.h"

static void test_money_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo money_tests[] = {
    {"placeholder", test_money_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"money", NULL, NULL, NULL, NULL, money_tests},
    CU_SUITE_INFO_NULL,
};
