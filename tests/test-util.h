/* Shared helpers for the CUnit suites. Each test-<module>.c defines
 * budget_test_suites[] (terminated by CU_SUITE_INFO_NULL); test-util.c has main(). */
#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <CUnit/CUnit.h>
#include <budget.h>

extern CU_SuiteInfo budget_test_suites[];

/* Asserts that @err holds @code at @line/@column/@field (line/column < 0 and
 * field NULL mean "don't check"). Reports the caller's location. */
#define assert_error(err, code, line, column, field)                                                         \
    assert_error_at((err), (code), (line), (column), (field), __FILE__, __LINE__)
void assert_error_at(const BudgetError *err, int code, int line, int column, const char *field,
                     const char *file, unsigned int at);

/* Money is compared as exact integers, never floating point. */
#define assert_fen(expected, actual) CU_ASSERT_EQUAL((int64_t)(expected), (int64_t)(actual))

/* Reads @path (relative paths are looked up in tests/data) into a NUL-terminated
 * buffer the caller frees with g_free(). Fails the test if unreadable. */
char *test_read_file(const char *path, size_t *len);

/* A fresh temporary directory (removed by test_cleanup_tmpdirs at exit). */
char *test_make_tmpdir(void);

/* A plan with cumulative percents at the ends of March, June, October and
 * December (0 = no checkpoint); caller unrefs. */
BudgetPlan *test_make_plan(int mar, int jun, int oct, int dec);

/* Path of a fixture in tests/data; caller frees with g_free(). */
char *test_data_path(const char *name);

/* The shared folder (../shared), or NULL if absent; tests that need it skip. */
const char *test_shared_dir(void);

/* Caller misuse (a NULL object) makes libbudget emit a g_return-style critical.
 * Suites that test it use test_criticals_init/cleanup as their init/cleanup:
 * criticals and warnings of the "libbudget" domain are then counted in
 * test_n_criticals instead of printed, and EXPECT_CRITICAL(stmt) asserts that
 * @stmt emitted exactly one. */
extern int test_n_criticals;
int test_criticals_init(void);
int test_criticals_cleanup(void);

#define EXPECT_CRITICAL(stmt)                                                                                \
    do {                                                                                                     \
        int before_ = test_n_criticals;                                                                      \
        stmt;                                                                                                \
        CU_ASSERT_EQUAL(test_n_criticals, before_ + 1);                                                      \
    } while (0)

#endif /* TEST_UTIL_H */
