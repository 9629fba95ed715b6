/* Placeholder suite for book (being written). */
#include "test-util.h"

static void test_book_placeholder(void)
{
    CU_FAIL("not written yet");
}

static CU_TestInfo book_tests[] = {
    {"placeholder", test_book_placeholder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"book", NULL, NULL, NULL, NULL, book_tests},
    CU_SUITE_INFO_NULL,
};
