/* CUnit suite: every sum of money at the int64 boundaries (issue 12, item 6):
 * a project's adjusted budget (book totals), the unit and department
 * roll-ups of a report, and the department ratios, each exactly at INT64_MAX
 * (fits, exact) and one fen past it (OVERFLOW, never a wrapped value). */
#include <stdint.h>
#include <string.h>

#include "test-util.h"

static void add_project(BudgetBook *book, const char *code, const char *unit, BudgetFen budget)
{
    BudgetProject *p = budget_project_new(code, NULL);

    budget_project_set_unit(p, unit);
    budget_project_set_year(p, 2024);
    budget_project_set_budget(p, budget);
    CU_ASSERT_FATAL(budget_book_add_project(book, p, NULL));
    budget_project_unref(p);
}

static BudgetFen money(const BudgetReport *report, const char *key, BudgetReportMoney column)
{
    size_t row = 0;
    BudgetFen v = 0;

    CU_ASSERT_FATAL(budget_report_find(report, key, &row));
    CU_ASSERT(budget_report_get_money(report, row, column, &v));
    return v;
}

static void test_sums_adjusted_budget(void)
{
    BudgetBook *book = budget_book_new();
    BudgetFen v = 0;
    BudgetError error;

    add_project(book, "P1", "U", INT64_MAX - 5);
    CU_ASSERT(budget_book_add_adjustment(book, 20240301, "P1", 5, "to the limit", NULL));
    /* INT64_MAX − 5 + 5 = INT64_MAX: fits, exactly. */
    CU_ASSERT(budget_book_get_adjusted_budget(book, "P1", 20241231, &v, &error));
    assert_fen(INT64_MAX, v);
    /* One more fen, later: INT64_MAX + 1 does not fit (as of the year's end),
     * while the total before it still does. */
    CU_ASSERT(budget_book_add_adjustment(book, 20240601, "P1", 1, "one fen too many", NULL));
    CU_ASSERT_FALSE(budget_book_get_adjusted_budget(book, "P1", 20241231, &v, &error));
    CU_ASSERT_EQUAL(error.code, BUDGET_ERROR_OVERFLOW);
    CU_ASSERT(budget_book_get_adjusted_budget(book, "P1", 20240531, &v, &error));
    assert_fen(INT64_MAX, v);
    budget_book_unref(book);
}

static void test_sums_report_rollups(void)
{
    BudgetBook *book = budget_book_new();
    BudgetLedger *ledger;
    BudgetReport *report;
    BudgetError error;

    /* Unit U: (INT64_MAX − 1) + 1 = INT64_MAX; unit V: 1. */
    add_project(book, "P1", "U", INT64_MAX - 1);
    add_project(book, "P2", "U", 1);
    add_project(book, "P3", "V", 1);
    ledger = budget_ledger_new(book, 20241231, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);

    report = budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, &error);
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    assert_fen(INT64_MAX, money(report, "U", BUDGET_REPORT_BUDGET_ORIGINAL));
    assert_fen(INT64_MAX, money(report, "U", BUDGET_REPORT_BUDGET_ADJUSTED));
    /* Remaining = INT64_MAX − 0. */
    assert_fen(INT64_MAX, money(report, "U", BUDGET_REPORT_REMAINING));
    assert_fen(1, money(report, "V", BUDGET_REPORT_BUDGET_ORIGINAL));
    budget_report_free(report);

    /* The department: INT64_MAX + 1 does not fit. */
    report = budget_report_new(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, &error);
    CU_ASSERT_PTR_NULL(report);
    CU_ASSERT_EQUAL(error.code, BUDGET_ERROR_OVERFLOW);
    budget_report_free(report);

    /* Executed: P1 pays INT64_MAX − 1 (its whole budget), P2 pays 1: U's
     * executed is INT64_MAX exactly, its remaining 0. */
    CU_ASSERT(budget_ledger_record(ledger, 20240301, "P1", INT64_MAX - 1, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT(budget_ledger_record(ledger, 20240301, "P2", 1, BUDGET_SOURCE_FISCAL, NULL));
    report = budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, &error);
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    assert_fen(INT64_MAX, money(report, "U", BUDGET_REPORT_EXECUTED));
    assert_fen(INT64_MAX, money(report, "U", BUDGET_REPORT_EXECUTED_FISCAL));
    assert_fen(0, money(report, "U", BUDGET_REPORT_REMAINING));
    budget_report_free(report);

    /* One more fen to P2 (over its budget, the default policy ignores it):
     * U's executed would be INT64_MAX + 1: OVERFLOW, not a wrapped total. */
    CU_ASSERT(budget_ledger_record(ledger, 20240302, "P2", 1, BUDGET_SOURCE_FISCAL, NULL));
    report = budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, &error);
    CU_ASSERT_PTR_NULL(report);
    CU_ASSERT_EQUAL(error.code, BUDGET_ERROR_OVERFLOW);
    budget_report_free(report);
    /* Per project everything still fits. */
    report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, &error);
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    assert_fen(2, money(report, "P2", BUDGET_REPORT_EXECUTED));
    budget_report_free(report);

    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_sums_department_ratios(void)
{
    BudgetBook *book = budget_book_new();
    BudgetLedger *ledger;
    int64_t bp = -1;
    BudgetError error;

    /* Σ original = 2 × INT64_MAX (past int64, summed in 128 bits); each
     * project is cut by its whole budget: gross adjustments = 2 × INT64_MAX
     * too, so the rate is exactly 100 % = 10000 bp, and the net rate −100 %. */
    add_project(book, "P1", "U", INT64_MAX);
    add_project(book, "P2", "V", INT64_MAX);
    CU_ASSERT(budget_book_add_adjustment(book, 20240301, "P1", -INT64_MAX, "cut", NULL));
    CU_ASSERT(budget_book_add_adjustment(book, 20240301, "P2", -INT64_MAX, "cut", NULL));
    ledger = budget_ledger_new(book, 20241231, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    CU_ASSERT_EQUAL(
        budget_department_adjustment_rate(ledger, BUDGET_DEPARTMENT_ADJUSTMENT_GROSS, &bp, &error),
        BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 10000);
    CU_ASSERT_EQUAL(budget_department_adjustment_rate(ledger, BUDGET_DEPARTMENT_ADJUSTMENT_NET, &bp, &error),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, -10000);
    budget_ledger_unref(ledger);
    budget_book_unref(book);

    /* A 1-fen budget raised by INT64_MAX − 1 fen: the adjusted budget is
     * INT64_MAX (fits), but the rate, (INT64_MAX − 1) × 10000 bp, does not
     * fit in 64 bits: OVERFLOW, with the ratio's name as the field. */
    book = budget_book_new();
    add_project(book, "P1", "U", 1);
    CU_ASSERT(budget_book_add_adjustment(book, 20240301, "P1", INT64_MAX - 1, "raise", NULL));
    ledger = budget_ledger_new(book, 20241231, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    CU_ASSERT_EQUAL(
        budget_department_adjustment_rate(ledger, BUDGET_DEPARTMENT_ADJUSTMENT_ADDITIONS, &bp, &error),
        BUDGET_DEPARTMENT_REASON_OVERFLOW);
    CU_ASSERT_EQUAL(error.code, BUDGET_ERROR_OVERFLOW);
    CU_ASSERT(error.field[0] != '\0');
    CU_ASSERT_FALSE(budget_department_ratio(ledger, NULL, BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT, &bp));
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static CU_TestInfo sums_tests[] = {
    {"adjusted budget at INT64_MAX", test_sums_adjusted_budget},
    {"unit and department roll-ups at INT64_MAX", test_sums_report_rollups},
    {"department ratios over sums past int64", test_sums_department_ratios},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"sums", NULL, NULL, NULL, NULL, sums_tests},
    CU_SUITE_INFO_NULL,
};
