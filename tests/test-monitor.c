/* CUnit suite for monitor: the report's figures per project and roll-up
 * (computed with a BudgetMonitorConfig), status, series, check. The report
 * object's own contract (names, getters, misuse) is in test-report.c. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

static void add(BudgetBook *book, const char *code, const char *unit, BudgetFen budget, BudgetPlan *plan)
{
    BudgetProject *p = budget_project_new(code, NULL);

    budget_project_set_unit(p, unit);
    budget_project_set_year(p, 2024);
    budget_project_set_budget(p, budget);
    budget_project_set_plan(p, plan);
    CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
    budget_project_unref(p);
}

static void record(BudgetLedger *ledger, BudgetDate date, const char *code, BudgetFen amount,
                   BudgetSource source)
{
    BudgetError err;

    CU_ASSERT_TRUE(budget_ledger_record(ledger, date, code, amount, source, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
}

/* The book of most tests (year 2024):
 *   P1 unit U1, budget 100,000,000 (1,000,000.00 yuan), plan 25/50/75/100
 *   Q1 unit U2, budget 10,000, plan 25/50/75/100
 *   Q2 unit U2, budget 90,000, plan 100 % by March
 *   Z1 unit U3, budget 0, no plan */
static BudgetBook *sample_book(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *quarterly = test_make_plan(25, 50, 75, 100);
    BudgetPlan *march = test_make_plan(100, 0, 0, 0);

    add(book, "Q2", "U2", 90000, march);
    add(book, "P1", "U1", 100000000, quarterly);
    add(book, "Z1", "U3", 0, NULL);
    add(book, "Q1", "U2", 10000, quarterly);
    budget_plan_unref(quarterly);
    budget_plan_unref(march);
    return book;
}

/* P1: 1,000,000 (2023) + 20,000,000 − 3,000,000 fiscal, 15,000,000 carry-over,
 * 10,000,000 other on as-of day, 5,000,000 after as-of; Q1: 10,000 in April. */
static BudgetLedger *sample_ledger(BudgetBook *book, BudgetDate as_of)
{
    BudgetLedger *ledger = budget_ledger_new(book, as_of, NULL);

    record(ledger, 20231220, "P1", 1000000, BUDGET_SOURCE_FISCAL);
    record(ledger, 20240210, "P1", 20000000, BUDGET_SOURCE_FISCAL);
    record(ledger, 20240505, "P1", 15000000, BUDGET_SOURCE_CARRYOVER);
    record(ledger, 20240506, "P1", -3000000, BUDGET_SOURCE_FISCAL);
    record(ledger, 20240831, "P1", 10000000, BUDGET_SOURCE_OTHER);
    record(ledger, 20240901, "P1", 5000000, BUDGET_SOURCE_FISCAL);
    record(ledger, 20240401, "Q1", 10000, BUDGET_SOURCE_FISCAL);
    return ledger;
}

static BudgetFen money(const BudgetReport *r, size_t row, BudgetReportMoney col)
{
    BudgetFen v = -777;

    CU_ASSERT_TRUE(budget_report_get_money(r, row, col, &v));
    return v;
}

static int64_t rate(const BudgetReport *r, size_t row, BudgetReportRate col)
{
    int64_t v = -777;

    CU_ASSERT_TRUE(budget_report_get_rate(r, row, col, &v));
    return v;
}

/* The status of a row, which every row has; asserted at the caller's line. */
#define ASSERT_STATUS(r, row, expected)                                                                      \
    do {                                                                                                     \
        BudgetStatus status_ = (BudgetStatus)-1;                                                             \
        CU_ASSERT_TRUE(budget_report_get_status((r), (row), &status_));                                      \
        CU_ASSERT_EQUAL(status_, (expected));                                                                \
    } while (0)

/* The row of @key, which must exist (failing at the caller's line). */
static size_t find_row_at(const BudgetReport *r, const char *key, unsigned line)
{
    size_t row = (size_t)-1;

    CU_assertImplementation(budget_report_find(r, key, &row), line, "budget_report_find", __FILE__, "",
                            CU_FALSE);
    return row;
}
#define ROW(r, key) find_row_at((r), (key), __LINE__)

static void test_monitor_project_row(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20240831);
    BudgetError err;
    BudgetReport *r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, &err);
    size_t i = 9;

    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL(budget_report_get_level(r), BUDGET_LEVEL_PROJECT);
    CU_ASSERT_EQUAL(budget_report_get_as_of(r), 20240831);
    CU_ASSERT_EQUAL(budget_report_get_n_rows(r), 4);
    /* Sorted by code. */
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(r, 0), "P1");
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(r, 1), "Q1");
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(r, 2), "Q2");
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(r, 3), "Z1");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_get_key(r, 4))); /* 4 rows: 0 .. 3 */
    CU_ASSERT_TRUE(budget_report_find(r, "P1", &i));
    CU_ASSERT_EQUAL_FATAL(i, 0);
    CU_ASSERT_STRING_EQUAL(budget_report_get_unit(r, 0), "U1");
    CU_ASSERT_EQUAL(budget_report_get_n_projects(r, 0), 1);

    assert_fen(100000000, money(r, 0, BUDGET_REPORT_BUDGET_ORIGINAL));
    assert_fen(100000000, money(r, 0, BUDGET_REPORT_BUDGET_ADJUSTED));
    /* 1,000,000 + 20,000,000 + 15,000,000 − 3,000,000 + 10,000,000 */
    assert_fen(43000000, money(r, 0, BUDGET_REPORT_EXECUTED));
    assert_fen(18000000, money(r, 0, BUDGET_REPORT_EXECUTED_FISCAL));
    assert_fen(15000000, money(r, 0, BUDGET_REPORT_EXECUTED_CARRYOVER));
    assert_fen(10000000, money(r, 0, BUDGET_REPORT_EXECUTED_OTHER));
    /* Step plan: end of June (50 %) passed, end of October not → 50 % of 100,000,000. */
    assert_fen(50000000, money(r, 0, BUDGET_REPORT_PLANNED_AMOUNT));
    assert_fen(-7000000, money(r, 0, BUDGET_REPORT_VARIANCE_AMOUNT));    /* 43M − 50M */
    assert_fen(57000000, money(r, 0, BUDGET_REPORT_REMAINING));          /* 100M − 43M */
    assert_fen(32000000, money(r, 0, BUDGET_REPORT_TO_NEXT_CHECKPOINT)); /* 75 % = 75M − 43M */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE), 4300);     /* 43M / 100M */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL), 4300);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 5000);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_TIME_PROGRESS), 6667);     /* day 244 of 366 */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_VARIANCE_PP), -700);       /* 43.00 − 50.00 */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_TIME_VARIANCE_PP), -2367); /* 43.00 − 66.67 */
    ASSERT_STATUS(r, 0, BUDGET_STATUS_BEHIND);                          /* −7 < −5, not < −15 */

    /* Q1: 10,000 of 10,000 (100 %), plan 50 %: ahead; nothing left to pay
     * for October (7,500 − 10,000 → 0). */
    CU_ASSERT_EQUAL(rate(r, 1, BUDGET_REPORT_EXECUTION_RATE), 10000);
    CU_ASSERT_EQUAL(rate(r, 1, BUDGET_REPORT_VARIANCE_PP), 5000);
    assert_fen(0, money(r, 1, BUDGET_REPORT_TO_NEXT_CHECKPOINT));
    assert_fen(0, money(r, 1, BUDGET_REPORT_REMAINING));
    ASSERT_STATUS(r, 1, BUDGET_STATUS_AHEAD);
    /* Q2: all checkpoints passed: the next is the last (100 % = 90,000). */
    CU_ASSERT_EQUAL(rate(r, 2, BUDGET_REPORT_PLANNED_PCT), 10000);
    assert_fen(90000, money(r, 2, BUDGET_REPORT_TO_NEXT_CHECKPOINT));
    CU_ASSERT_EQUAL(rate(r, 2, BUDGET_REPORT_VARIANCE_PP), -10000);
    ASSERT_STATUS(r, 2, BUDGET_STATUS_SERIOUSLY_BEHIND);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_zero_budget(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20240831);
    BudgetReport *r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    size_t z = ROW(r, "Z1");
    BudgetFen v = 5;
    int64_t bp = 5;

    /* Budget 0: no rate (not 0), no plan → no_plan; money still defined. */
    CU_ASSERT_FALSE(budget_report_get_rate(r, z, BUDGET_REPORT_EXECUTION_RATE, &bp));
    CU_ASSERT_FALSE(budget_report_get_rate(r, z, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL, &bp));
    CU_ASSERT_FALSE(budget_report_get_rate(r, z, BUDGET_REPORT_PLANNED_PCT, &bp));
    CU_ASSERT_FALSE(budget_report_get_rate(r, z, BUDGET_REPORT_VARIANCE_PP, &bp));
    CU_ASSERT_FALSE(budget_report_get_rate(r, z, BUDGET_REPORT_TIME_VARIANCE_PP, &bp));
    CU_ASSERT_EQUAL(bp, 5);
    CU_ASSERT_EQUAL(rate(r, z, BUDGET_REPORT_TIME_PROGRESS), 6667);
    CU_ASSERT_FALSE(budget_report_get_money(r, z, BUDGET_REPORT_PLANNED_AMOUNT, &v));
    CU_ASSERT_FALSE(budget_report_get_money(r, z, BUDGET_REPORT_VARIANCE_AMOUNT, &v));
    CU_ASSERT_FALSE(budget_report_get_money(r, z, BUDGET_REPORT_TO_NEXT_CHECKPOINT, &v));
    assert_fen(0, money(r, z, BUDGET_REPORT_REMAINING));
    assert_fen(0, money(r, z, BUDGET_REPORT_BUDGET_WITHOUT_PLAN)); /* no plan, but a budget of 0 */
    ASSERT_STATUS(r, z, BUDGET_STATUS_NO_PLAN);
    /* Out of range (4 rows, 11 money and 6 rate columns): caller errors, see
     * test-report.c; the values are left alone. */
    v = 5;
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_money(r, 4, BUDGET_REPORT_EXECUTED, &v)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_money(r, 0, (BudgetReportMoney)11, &v)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_rate(r, 4, BUDGET_REPORT_EXECUTION_RATE, &bp)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_rate(r, 0, (BudgetReportRate)6, &bp)));
    CU_ASSERT_EQUAL(v, 5);
    CU_ASSERT_EQUAL(bp, 5);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_zero_budget_spent_and_negative(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *plan = test_make_plan(25, 50, 75, 100);
    BudgetLedger *ledger;
    BudgetReport *r;
    int64_t bp;

    add(book, "A", "u", 0, plan);
    add(book, "B", "u", 100, plan);
    budget_plan_unref(plan);
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240201, "B", -200, "追减", NULL));
    ledger = budget_ledger_new(book, 20240831, NULL);
    record(ledger, 20240301, "A", 500, BUDGET_SOURCE_FISCAL);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    /* A: spent 500 of 0: no rate, but over budget (500 > 0) wins. Its plan
     * is valid: planned 50 %, planned amount 50 % of 0 = 0. */
    CU_ASSERT_FALSE(budget_report_get_rate(r, 0, BUDGET_REPORT_EXECUTION_RATE, &bp));
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 5000);
    assert_fen(0, money(r, 0, BUDGET_REPORT_PLANNED_AMOUNT));
    ASSERT_STATUS(r, 0, BUDGET_STATUS_OVER_BUDGET);
    /* B: adjusted 100 − 200 = −100: no rate; 0 > −100 is over budget. */
    assert_fen(-100, money(r, 1, BUDGET_REPORT_BUDGET_ADJUSTED));
    CU_ASSERT_FALSE(budget_report_get_rate(r, 1, BUDGET_REPORT_EXECUTION_RATE, &bp));
    CU_ASSERT_EQUAL(rate(r, 1, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL), 0); /* 0 of 100 */
    assert_fen(-100, money(r, 1, BUDGET_REPORT_REMAINING));
    ASSERT_STATUS(r, 1, BUDGET_STATUS_OVER_BUDGET);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_over_budget(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *plan = test_make_plan(25, 50, 75, 100);
    BudgetLedger *ledger;
    BudgetReport *r;

    add(book, "A", "u", 1000000, plan);
    add(book, "B", "u", 1000000, plan);
    budget_plan_unref(plan);
    ledger = budget_ledger_new(book, 20240831, NULL);
    record(ledger, 20240301, "A", 1000001, BUDGET_SOURCE_FISCAL);
    record(ledger, 20240301, "B", 1000000, BUDGET_SOURCE_FISCAL);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    /* A: 1,000,001 > 1,000,000 → over_budget although "ahead" of plan. */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE), 10000); /* 100.0001 % → 100.00 */
    assert_fen(-1, money(r, 0, BUDGET_REPORT_REMAINING));
    ASSERT_STATUS(r, 0, BUDGET_STATUS_OVER_BUDGET);
    /* B: exactly the budget is not over: variance 100 − 50 = +50 pp → ahead. */
    ASSERT_STATUS(r, 1, BUDGET_STATUS_AHEAD);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_adjustments_and_denominator(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger;
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetReport *r;

    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240701, "P1", 20000000, "追加", NULL));
    CU_ASSERT_TRUE(
        budget_book_add_adjustment(book, 20240915, "P1", -10000000, "追减", NULL)); /* after as-of */
    ledger = sample_ledger(book, 20240831);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    /* Adjusted = 100M + 20M = 120M; 43M / 120M = 35.833 % → 3583 bp. */
    assert_fen(100000000, money(r, 0, BUDGET_REPORT_BUDGET_ORIGINAL));
    assert_fen(120000000, money(r, 0, BUDGET_REPORT_BUDGET_ADJUSTED));
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE), 3583);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL), 4300);
    assert_fen(60000000, money(r, 0, BUDGET_REPORT_PLANNED_AMOUNT));     /* 50 % of 120M */
    assert_fen(-17000000, money(r, 0, BUDGET_REPORT_VARIANCE_AMOUNT));   /* 43M − 60M */
    assert_fen(77000000, money(r, 0, BUDGET_REPORT_REMAINING));          /* 120M − 43M */
    assert_fen(47000000, money(r, 0, BUDGET_REPORT_TO_NEXT_CHECKPOINT)); /* 75 % of 120M − 43M */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_VARIANCE_PP), -1417);       /* 35.83 − 50.00 */
    ASSERT_STATUS(r, 0, BUDGET_STATUS_BEHIND);
    budget_report_free(r);

    /* The original budget as denominator: 43M / 100M; planned 50M; to next 75M − 43M;
     * remaining still adjusted − executed. */
    budget_monitor_config_set_denominator(config, BUDGET_DENOMINATOR_ORIGINAL);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, config, NULL);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE), 4300);
    assert_fen(50000000, money(r, 0, BUDGET_REPORT_PLANNED_AMOUNT));
    assert_fen(32000000, money(r, 0, BUDGET_REPORT_TO_NEXT_CHECKPOINT));
    assert_fen(77000000, money(r, 0, BUDGET_REPORT_REMAINING));
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_VARIANCE_PP), -700);
    budget_report_free(r);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_linear_and_months(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20240831);
    BudgetLedger *ledger30 = sample_ledger(book, 20240830);
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetReport *r;

    /* Linear: June 30 is day 182 (50 %), October 31 day 305 (75 %), August 31
     * day 244: 50 + 25 × 62 / 123 = 62.601626 % → 6260 bp; amount 62,601,626. */
    budget_monitor_config_set_plan_method(config, BUDGET_PLAN_METHOD_LINEAR);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, config, NULL);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 6260);
    assert_fen(62601626, money(r, 0, BUDGET_REPORT_PLANNED_AMOUNT));
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_VARIANCE_PP), -1960); /* 43.00 − 62.60 */
    ASSERT_STATUS(r, 0, BUDGET_STATUS_SERIOUSLY_BEHIND);
    budget_report_free(r);

    /* As of 08-30: days 243/366 = 66.39 %; months: 7 whole months / 12 = 58.33 %.
     * Executed 33,000,000 (the 08-31 payment is after as-of). */
    r = budget_report_new(ledger30, BUDGET_LEVEL_PROJECT, NULL, NULL);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_TIME_PROGRESS), 6639);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_TIME_VARIANCE_PP), 3300 - 6639);
    budget_report_free(r);
    budget_monitor_config_set_plan_method(config, BUDGET_PLAN_METHOD_STEP);
    budget_monitor_config_set_time_method(config, BUDGET_TIME_METHOD_MONTHS);
    r = budget_report_new(ledger30, BUDGET_LEVEL_PROJECT, config, NULL);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_TIME_PROGRESS), 5833);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_TIME_VARIANCE_PP), 3300 - 5833);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 5000); /* step again */
    budget_report_free(r);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_ledger_unref(ledger30);
    budget_book_unref(book);
}

static void test_monitor_unit_rows(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20240831);
    BudgetReport *r = budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, NULL);
    size_t u2;
    int64_t bp;
    BudgetFen v;

    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_EQUAL(budget_report_get_level(r), BUDGET_LEVEL_UNIT);
    CU_ASSERT_EQUAL(budget_report_get_n_rows(r), 3);
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(r, 0), "U1");
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(r, 1), "U2");
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(r, 2), "U3");
    u2 = ROW(r, "U2");
    CU_ASSERT_EQUAL(u2, 1);
    CU_ASSERT_STRING_EQUAL(budget_report_get_unit(r, u2), "U2");
    CU_ASSERT_EQUAL(budget_report_get_n_projects(r, u2), 2);
    /* U2 = Q1 (10,000 of 10,000: 100 %) + Q2 (0 of 90,000: 0 %). The ratio of
     * sums is 10,000 / 100,000 = 10 %, not the 50 % average of the rates. */
    assert_fen(100000, money(r, u2, BUDGET_REPORT_BUDGET_ADJUSTED));
    assert_fen(10000, money(r, u2, BUDGET_REPORT_EXECUTED));
    CU_ASSERT_EQUAL(rate(r, u2, BUDGET_REPORT_EXECUTION_RATE), 1000);
    CU_ASSERT_NOT_EQUAL(rate(r, u2, BUDGET_REPORT_EXECUTION_RATE), 5000);
    /* Planned: Q1 50 % of 10,000 = 5,000; Q2 100 % of 90,000 = 90,000;
     * 95,000 / 100,000 = 95 % (the average of 50 % and 100 % would be 75 %). */
    assert_fen(95000, money(r, u2, BUDGET_REPORT_PLANNED_AMOUNT));
    CU_ASSERT_EQUAL(rate(r, u2, BUDGET_REPORT_PLANNED_PCT), 9500);
    CU_ASSERT_EQUAL(rate(r, u2, BUDGET_REPORT_VARIANCE_PP), -8500);  /* 10.00 − 95.00 */
    assert_fen(-85000, money(r, u2, BUDGET_REPORT_VARIANCE_AMOUNT)); /* 10,000 − 95,000 */
    assert_fen(90000, money(r, u2, BUDGET_REPORT_REMAINING));
    assert_fen(90000, money(r, u2, BUDGET_REPORT_TO_NEXT_CHECKPOINT)); /* 0 (Q1) + 90,000 (Q2) */
    CU_ASSERT_EQUAL(rate(r, u2, BUDGET_REPORT_TIME_PROGRESS), 6667);
    ASSERT_STATUS(r, u2, BUDGET_STATUS_SERIOUSLY_BEHIND);
    /* U3 (only Z1, budget 0, no plan): no rate, no plan. */
    CU_ASSERT_FALSE(budget_report_get_rate(r, 2, BUDGET_REPORT_EXECUTION_RATE, &bp));
    CU_ASSERT_FALSE(budget_report_get_rate(r, 2, BUDGET_REPORT_PLANNED_PCT, &bp));
    CU_ASSERT_FALSE(budget_report_get_money(r, 2, BUDGET_REPORT_PLANNED_AMOUNT, &v));
    ASSERT_STATUS(r, 2, BUDGET_STATUS_NO_PLAN);
    /* U1 is P1 alone: same figures as its project row. */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE), 4300);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 5000);
    ASSERT_STATUS(r, 0, BUDGET_STATUS_BEHIND);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

/* Issue 7, fix 2: a roll-up's variance and status compare like with like.
 * Unit U: L (budget 100,000.00 元, plan 25/50/75/100) has paid 30,000.00 by
 * 08-31, against 50 % planned (June's checkpoint passed); F (100,000.00 元,
 * no plan) has paid 90,000.00. */
static void test_monitor_rollup_like_with_like(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *plan = test_make_plan(25, 50, 75, 100);
    BudgetLedger *ledger;
    BudgetReport *r;
    int level;

    add(book, "L", "U", 10000000, plan);
    add(book, "F", "U", 10000000, NULL);
    budget_plan_unref(plan);
    ledger = budget_ledger_new(book, 20240831, NULL);
    record(ledger, 20240510, "L", 3000000, BUDGET_SOURCE_FISCAL);
    record(ledger, 20240520, "F", 9000000, BUDGET_SOURCE_FISCAL);
    for (level = BUDGET_LEVEL_UNIT; level <= BUDGET_LEVEL_DEPARTMENT; level++) {
        r = budget_report_new(ledger, (BudgetLevel)level, NULL, NULL);
        CU_ASSERT_PTR_NOT_NULL_FATAL(r);
        CU_ASSERT_EQUAL(budget_report_get_n_rows(r), 1);
        /* The rate stays over both projects: 120,000 ÷ 200,000 = 60.00 %. */
        CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE), 6000);
        /* Planned: L's 50 % × 100,000 = 50,000 over L's 100,000 = 50.00 %. */
        CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 5000);
        assert_fen(5000000, money(r, 0, BUDGET_REPORT_PLANNED_AMOUNT));
        /* The variance is L's: 30,000 ÷ 100,000 = 30.00 % − 50.00 % = −20.00 pp,
         * not the +10.00 pp of 60.00 − 50.00; in money 30,000 − 50,000 = −20,000. */
        CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_VARIANCE_PP), -2000);
        assert_fen(-2000000, money(r, 0, BUDGET_REPORT_VARIANCE_AMOUNT));
        /* −20 < −15: seriously_behind, not on_track. */
        ASSERT_STATUS(r, 0, BUDGET_STATUS_SERIOUSLY_BEHIND);
        /* F's 100,000.00 元 has no plan: the row says so. */
        assert_fen(10000000, money(r, 0, BUDGET_REPORT_BUDGET_WITHOUT_PLAN));
        budget_report_free(r);
    }
    /* Project rows: L's budget has a plan (0 without a plan), F's has none. */
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    assert_fen(10000000, money(r, ROW(r, "F"), BUDGET_REPORT_BUDGET_WITHOUT_PLAN));
    assert_fen(0, money(r, ROW(r, "L"), BUDGET_REPORT_BUDGET_WITHOUT_PLAN));
    CU_ASSERT_EQUAL(rate(r, ROW(r, "L"), BUDGET_REPORT_VARIANCE_PP), -2000);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

/* Issue 7, fix 1 in a report: the linear planned amount is rounded once. */
static void test_monitor_linear_amount_exact(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *plan = test_make_plan(25, 50, 75, 100);
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetLedger *ledger;
    BudgetReport *r;

    add(book, "B", "U", INT64_C(9876543210), plan); /* 98,765,432.10 元 */
    budget_plan_unref(plan);
    ledger = budget_ledger_new(book, 20240515, NULL);
    budget_monitor_config_set_plan_method(config, BUDGET_PLAN_METHOD_LINEAR);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, config, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    /* 2024-05-15 is day 136; March ends on day 91 (25 %), June on day 182 (50 %):
     * 25 + 25 × 45/91 = 3400/91 % → 9,876,543,210 × 34/91 = 3,690,137,023.516… fen
     * → 3,690,137,024 (36 fen more than 37.362637 % × budget = 3,690,136,988). */
    assert_fen(INT64_C(3690137024), money(r, 0, BUDGET_REPORT_PLANNED_AMOUNT));
    /* 3400/91 % = 37.3626… % → 3736 bp; nothing paid: variance −3736 bp and −3,690,137,024 fen. */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 3736);
    assert_fen(-INT64_C(3690137024), money(r, 0, BUDGET_REPORT_VARIANCE_AMOUNT));
    budget_report_free(r);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_department_row(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20240831);
    BudgetReport *r = budget_report_new(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, NULL);

    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_EQUAL(budget_report_get_n_rows(r), 1);
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(r, 0), "");
    CU_ASSERT_STRING_EQUAL(budget_report_get_unit(r, 0), "");
    CU_ASSERT_EQUAL(ROW(r, ""), 0);
    CU_ASSERT_EQUAL(budget_report_get_n_projects(r, 0), 4);
    assert_fen(100100000, money(r, 0, BUDGET_REPORT_BUDGET_ORIGINAL)); /* 100M + 10,000 + 90,000 + 0 */
    assert_fen(43010000, money(r, 0, BUDGET_REPORT_EXECUTED));
    assert_fen(18010000, money(r, 0, BUDGET_REPORT_EXECUTED_FISCAL));
    /* 43,010,000 / 100,100,000 = 42.967 % → 4297 bp. */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE), 4297);
    /* (50,000,000 + 5,000 + 90,000) / 100,100,000 = 50.045 % → 5004 bp. */
    assert_fen(50095000, money(r, 0, BUDGET_REPORT_PLANNED_AMOUNT));
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 5004);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_VARIANCE_PP), -707); /* 42.97 − 50.04 */
    assert_fen(-7085000, money(r, 0, BUDGET_REPORT_VARIANCE_AMOUNT));
    assert_fen(57090000, money(r, 0, BUDGET_REPORT_REMAINING));
    assert_fen(32090000, money(r, 0, BUDGET_REPORT_TO_NEXT_CHECKPOINT)); /* 32M + 0 + 90,000 */
    ASSERT_STATUS(r, 0, BUDGET_STATUS_BEHIND);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_threshold_boundaries(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *plan = test_make_plan(0, 50, 0, 100);
    BudgetLedger *ledger;
    BudgetReport *r;

    add(book, "B1", "u", 10000, plan);
    add(book, "B2", "u", 10000, plan);
    add(book, "B3", "u", 10000, plan);
    add(book, "B4", "u", 10000, plan);
    budget_plan_unref(plan);
    ledger = budget_ledger_new(book, 20240831, NULL);
    record(ledger, 20240301, "B1", 4500, BUDGET_SOURCE_FISCAL); /* 45.00 − 50.00 = −5.00 */
    record(ledger, 20240301, "B2", 4499, BUDGET_SOURCE_FISCAL); /* 44.99 − 50.00 = −5.01 */
    record(ledger, 20240301, "B3", 6000, BUDGET_SOURCE_FISCAL); /* +10.00 */
    record(ledger, 20240301, "B4", 6001, BUDGET_SOURCE_FISCAL); /* +10.01 */
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_VARIANCE_PP), -500);
    ASSERT_STATUS(r, 0, BUDGET_STATUS_ON_TRACK); /* not below −5 */
    CU_ASSERT_EQUAL(rate(r, 1, BUDGET_REPORT_VARIANCE_PP), -501);
    ASSERT_STATUS(r, 1, BUDGET_STATUS_BEHIND);
    ASSERT_STATUS(r, 2, BUDGET_STATUS_ON_TRACK); /* not above +10 */
    ASSERT_STATUS(r, 3, BUDGET_STATUS_AHEAD);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_status_rule(void)
{
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetError err;

    CU_ASSERT_EQUAL(budget_monitor_status(NULL, true, true, 5000), BUDGET_STATUS_OVER_BUDGET);
    CU_ASSERT_EQUAL(budget_monitor_status(NULL, true, false, 0), BUDGET_STATUS_OVER_BUDGET);
    CU_ASSERT_EQUAL(budget_monitor_status(NULL, false, false, -9999), BUDGET_STATUS_NO_PLAN);
    CU_ASSERT_EQUAL(budget_monitor_status(NULL, false, true, -1501), BUDGET_STATUS_SERIOUSLY_BEHIND);
    CU_ASSERT_EQUAL(budget_monitor_status(NULL, false, true, -1500), BUDGET_STATUS_BEHIND);
    CU_ASSERT_EQUAL(budget_monitor_status(NULL, false, true, -501), BUDGET_STATUS_BEHIND);
    CU_ASSERT_EQUAL(budget_monitor_status(NULL, false, true, -500), BUDGET_STATUS_ON_TRACK);
    CU_ASSERT_EQUAL(budget_monitor_status(NULL, false, true, 1000), BUDGET_STATUS_ON_TRACK);
    CU_ASSERT_EQUAL(budget_monitor_status(NULL, false, true, 1001), BUDGET_STATUS_AHEAD);
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, -1501), BUDGET_STATUS_SERIOUSLY_BEHIND);
    /* Custom thresholds −20, −10, +5 pp. */
    CU_ASSERT_TRUE(budget_monitor_config_set_thresholds(config, -2000, -1000, 500, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, -1501), BUDGET_STATUS_BEHIND);
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, -700), BUDGET_STATUS_ON_TRACK);
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, 501), BUDGET_STATUS_AHEAD);
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, -2001), BUDGET_STATUS_SERIOUSLY_BEHIND);
    /* Equal thresholds are allowed; out of order ones are not (and change nothing). */
    CU_ASSERT_TRUE(budget_monitor_config_set_thresholds(config, 0, 0, 0, &err));
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, 0), BUDGET_STATUS_ON_TRACK);
    CU_ASSERT_FALSE(budget_monitor_config_set_thresholds(config, -500, -1500, 1000, &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_monitor_config_set_thresholds(config, -1500, 1001, 1000, &err));
    /* Still 0/0/0: −1 is below "seriously behind" (0), the first match. */
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, -1), BUDGET_STATUS_SERIOUSLY_BEHIND);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_monitor_config_set_thresholds(NULL, -1, 0, 1, &err)));
    budget_monitor_config_free(config);
    budget_monitor_config_free(NULL);

    CU_ASSERT_STRING_EQUAL(budget_status_to_string(BUDGET_STATUS_ON_TRACK), "on_track");
    CU_ASSERT_STRING_EQUAL(budget_status_to_string(BUDGET_STATUS_AHEAD), "ahead");
    CU_ASSERT_STRING_EQUAL(budget_status_to_string(BUDGET_STATUS_BEHIND), "behind");
    CU_ASSERT_STRING_EQUAL(budget_status_to_string(BUDGET_STATUS_SERIOUSLY_BEHIND), "seriously_behind");
    CU_ASSERT_STRING_EQUAL(budget_status_to_string(BUDGET_STATUS_NO_PLAN), "no_plan");
    CU_ASSERT_STRING_EQUAL(budget_status_to_string(BUDGET_STATUS_OVER_BUDGET), "over_budget");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_status_to_string((BudgetStatus)6)));
}

static void test_monitor_custom_thresholds_in_report(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20240831);
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetReport *r;

    /* P1's −7.00 pp is on track when "behind" starts below −10 pp. */
    CU_ASSERT_TRUE(budget_monitor_config_set_thresholds(config, -2000, -1000, 1000, NULL));
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, config, NULL);
    ASSERT_STATUS(r, 0, BUDGET_STATUS_ON_TRACK);
    budget_report_free(r);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_invalid_plan(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *bad = test_make_plan(30, 40, 50, 60); /* neither reaches 100 % */
    BudgetLedger *ledger;
    BudgetReport *r;
    int64_t bp;

    add(book, "A", "u", 1000, bad);
    budget_plan_unref(bad);
    ledger = budget_ledger_new(book, 20240831, NULL);
    record(ledger, 20240301, "A", 100, BUDGET_SOURCE_FISCAL);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_EXECUTION_RATE), 1000);
    CU_ASSERT_FALSE(budget_report_get_rate(r, 0, BUDGET_REPORT_PLANNED_PCT, &bp));
    CU_ASSERT_FALSE(budget_report_get_rate(r, 0, BUDGET_REPORT_VARIANCE_PP, &bp));
    ASSERT_STATUS(r, 0, BUDGET_STATUS_NO_PLAN);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_report_errors(void)
{
    BudgetBook *book = budget_book_new();
    BudgetLedger *ledger;
    BudgetReport *r;
    BudgetError err;

    add(book, "A", "u", INT64_MAX, NULL);
    add(book, "B", "u", 1, NULL);
    ledger = budget_ledger_new(book, 20240831, NULL);
    /* Each project alone is fine ... */
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, &err);
    CU_ASSERT_PTR_NOT_NULL(r);
    budget_report_free(r);
    /* ... but INT64_MAX + 1 does not fit in the unit or department sum. */
    CU_ASSERT_PTR_NULL(budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, NULL);
    CU_ASSERT_PTR_NULL(budget_report_new(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_new(NULL, BUDGET_LEVEL_PROJECT, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_new(ledger, (BudgetLevel)3, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_report_free(NULL);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_empty_book(void)
{
    BudgetBook *book = budget_book_new();
    bool year_set = budget_book_set_year(book, 2024); /* no project gives one */
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetReport *r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    int64_t bp;

    CU_ASSERT_TRUE(year_set);
    CU_ASSERT_EQUAL(budget_report_get_n_rows(r), 0);
    budget_report_free(r);
    r = budget_report_new(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, NULL);
    CU_ASSERT_EQUAL(budget_report_get_n_rows(r), 1);
    CU_ASSERT_EQUAL(budget_report_get_n_projects(r, 0), 0);
    CU_ASSERT_FALSE(budget_report_get_rate(r, 0, BUDGET_REPORT_EXECUTION_RATE, &bp));
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_TIME_PROGRESS), 10000);
    ASSERT_STATUS(r, 0, BUDGET_STATUS_NO_PLAN);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_series_project(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20240831);
    BudgetFen executed[12], planned[12];
    /* Cumulative by month end: 1,000,000 from 2023; +20M in Feb; +15M − 3M in May;
     * +10M on Aug 31; nothing after as-of, so Sep..Dec repeat 43M. */
    const BudgetFen want_exec[12] = {1000000,  21000000, 21000000, 21000000, 33000000, 33000000,
                                     33000000, 43000000, 43000000, 43000000, 43000000, 43000000};
    /* Step plan of 100M: 0 until March, 25 % Mar–May, 50 % Jun–Sep, 75 % Oct–Nov, 100 % Dec. */
    const BudgetFen want_plan[12] = {0,        0,        25000000, 25000000, 25000000, 50000000,
                                     50000000, 50000000, 50000000, 75000000, 75000000, 100000000};
    bool has_plan = false;
    BudgetError err;

    CU_ASSERT_EQUAL(
        budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "P1", executed, planned, &has_plan, &err),
        8); /* Jan..Aug ends are on or before 08-31 */
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_TRUE(has_plan);
    for (int m = 0; m < 12; m++) {
        assert_fen(want_exec[m], executed[m]);
        assert_fen(want_plan[m], planned[m]);
    }
    /* Without the optional outputs. */
    CU_ASSERT_EQUAL(budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "P1", executed, NULL, NULL, &err), 8);
    assert_fen(43000000, executed[11]);
    /* Z1 has no plan. */
    CU_ASSERT_EQUAL(
        budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "Z1", executed, planned, &has_plan, &err), 8);
    CU_ASSERT_FALSE(has_plan);
    assert_fen(0, planned[11]);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_series_adjusted(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger;
    BudgetFen executed[12], planned[12];
    bool has_plan;

    /* +20M on 07-01, −10M on 09-15: each month end uses the budget adjusted to it. */
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240701, "P1", 20000000, NULL, NULL));
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240915, "P1", -10000000, NULL, NULL));
    ledger = sample_ledger(book, 20240630);
    CU_ASSERT_EQUAL(
        budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "P1", executed, planned, &has_plan, NULL), 6);
    assert_fen(50000000, planned[5]);   /* June: 50 % of 100M */
    assert_fen(60000000, planned[6]);   /* July: 50 % of 120M */
    assert_fen(55000000, planned[8]);   /* September: 50 % of 110M */
    assert_fen(82500000, planned[9]);   /* October: 75 % of 110M */
    assert_fen(110000000, planned[11]); /* December: 100 % of 110M */
    /* As of 06-30: 1M + 20M + 12M, repeated after June. */
    assert_fen(33000000, executed[5]);
    assert_fen(33000000, executed[11]);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_series_unit_department(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20240831);
    BudgetFen executed[12], planned[12];
    /* U2: Q1 step 25/50/75/100 of 10,000 plus Q2 100 % of 90,000 from March. */
    const BudgetFen want_plan[12] = {0,     0,     92500, 92500, 92500, 95000,
                                     95000, 95000, 95000, 97500, 97500, 100000};
    bool has_plan = false;
    BudgetError err;

    CU_ASSERT_EQUAL(
        budget_monitor_series(ledger, BUDGET_LEVEL_UNIT, "U2", executed, planned, &has_plan, &err), 8);
    CU_ASSERT_TRUE(has_plan);
    for (int m = 0; m < 12; m++) {
        assert_fen(m < 3 ? 0 : 10000, executed[m]); /* Q1's 10,000 in April */
        assert_fen(want_plan[m], planned[m]);
    }
    CU_ASSERT_EQUAL(
        budget_monitor_series(ledger, BUDGET_LEVEL_UNIT, "U3", executed, planned, &has_plan, &err), 8);
    CU_ASSERT_FALSE(has_plan);
    /* Department: P1 + U2 (key ignored). */
    CU_ASSERT_EQUAL(
        budget_monitor_series(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, executed, planned, &has_plan, &err), 8);
    assert_fen(1000000, executed[0]);
    assert_fen(21010000, executed[3]); /* 21M + 10,000 */
    assert_fen(43010000, executed[11]);
    assert_fen(25092500, planned[2]);   /* 25M + 92,500 */
    assert_fen(100100000, planned[11]); /* 100M + 100,000 */
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_series_errors(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, 20231231);
    BudgetFen executed[12] = {0}, planned[12];
    BudgetError err;

    /* As of the previous year's end: no month of 2024 has ended; the 2023
     * payment shows in every month. */
    CU_ASSERT_EQUAL(budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "P1", executed, planned, NULL, &err),
                    0);
    assert_fen(1000000, executed[0]);
    assert_fen(1000000, executed[11]);
    executed[0] = 42;
    CU_ASSERT_EQUAL(budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "P9", executed, planned, NULL, &err),
                    -1);
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, NULL);
    CU_ASSERT_EQUAL(budget_monitor_series(ledger, BUDGET_LEVEL_UNIT, "U9", executed, planned, NULL, &err),
                    -1);
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, NULL);
    assert_fen(42, executed[0]); /* untouched on error */
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(
        budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, NULL, executed, planned, NULL, &err), -1));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(
        budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "P1", NULL, planned, NULL, &err), -1));
    budget_ledger_unref(ledger);
    budget_book_unref(book);

    /* Overflow: two projects of INT64_MAX fen spent in one unit. */
    book = budget_book_new();
    add(book, "A", "u", 1, NULL);
    add(book, "B", "u", 1, NULL);
    ledger = budget_ledger_new(book, 20241231, NULL);
    record(ledger, 20240101, "A", INT64_MAX, BUDGET_SOURCE_FISCAL);
    record(ledger, 20240101, "B", 1, BUDGET_SOURCE_FISCAL);
    CU_ASSERT_EQUAL(budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "A", executed, planned, NULL, &err),
                    12);
    CU_ASSERT_EQUAL(budget_monitor_series(ledger, BUDGET_LEVEL_UNIT, "u", executed, planned, NULL, &err), -1);
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, NULL);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_monitor_series_after_year(void)
{
    /* As of 2025-03-31 for the 2024 book: every month of 2024 has ended (12),
     * December's cumulative is what was paid by 2024-12-31; the January 2025
     * payment is executed in the report but belongs to no month of 2024. */
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20250331, NULL);
    BudgetFen executed[12];
    BudgetReport *r;

    record(ledger, 20241215, "Q1", 4000, BUDGET_SOURCE_FISCAL);
    record(ledger, 20250110, "Q1", 3000, BUDGET_SOURCE_FISCAL);
    CU_ASSERT_EQUAL(budget_monitor_series(ledger, BUDGET_LEVEL_PROJECT, "Q1", executed, NULL, NULL, NULL),
                    12);
    assert_fen(0, executed[10]);
    assert_fen(4000, executed[11]);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    assert_fen(7000, money(r, ROW(r, "Q1"), BUDGET_REPORT_EXECUTED)); /* 4,000 + 3,000 */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_TIME_PROGRESS), 10000);  /* after the year */
    CU_ASSERT_EQUAL(rate(r, 0, BUDGET_REPORT_PLANNED_PCT), 10000);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

/* The report's getters with NULL: see test-report.c. */
static void test_monitor_null_arguments(void)
{
    EXPECT_CRITICAL(budget_monitor_config_set_plan_method(NULL, BUDGET_PLAN_METHOD_LINEAR));
    EXPECT_CRITICAL(budget_monitor_config_set_time_method(NULL, BUDGET_TIME_METHOD_MONTHS));
    EXPECT_CRITICAL(budget_monitor_config_set_denominator(NULL, BUDGET_DENOMINATOR_ORIGINAL));
}

static BudgetBook *csv_book(const char *projects, const char *adjustments)
{
    BudgetBook *book = budget_book_new();
    BudgetError err;

    CU_ASSERT_TRUE_FATAL(
        budget_csv_load_projects_data(book, projects, strlen(projects), "projects.csv", NULL, NULL, &err));
    if (adjustments != NULL)
        CU_ASSERT_TRUE_FATAL(budget_csv_load_adjustments_data(book, adjustments, strlen(adjustments),
                                                              "adjustments.csv", NULL, NULL, &err));
    if (budget_book_get_year(book) == 0) /* no year column: a ledger needs one */
        CU_ASSERT_TRUE(budget_book_set_year(book, 2024));
    return book;
}

/* Two budgets of 50000000000000000.00 元 = 5·10^18 fen in unit U1: each
 * fits, their sum 10^19 > INT64_MAX ≈ 9.22·10^18 does not. The project
 * level reports; unit and department name the unit (or the department)
 * and A2, whose row is line 3 of projects.csv, budget in column 3. */
static void test_monitor_rollup_overflow(void)
{
    BudgetBook *book = csv_book("code,unit,budget\nA1,U1,50000000000000000\nA2,U1,50000000000000000\n"
                                "B1,U2,1\n",
                                NULL);
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetReport *report;
    BudgetError err;

    report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, &err);
    CU_ASSERT_PTR_NOT_NULL(report);
    budget_report_free(report);
    CU_ASSERT_PTR_NULL(budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 3, 3, "budget");
    CU_ASSERT_STRING_EQUAL(err.source, "projects.csv");
    CU_ASSERT_STRING_EQUAL(err.message, "unit U1: the sum of original budgets does not fit in 64 bits of fen "
                                        "once project A2 is added");
    CU_ASSERT_PTR_NULL(budget_report_new(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 3, 3, "budget");
    CU_ASSERT_STRING_EQUAL(err.message,
                           "department: the sum of original budgets does not fit in 64 bits of fen "
                           "once project A2 is added");
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

/* Sums are exact: A1 INT64_MAX, A2 +1 fen, A3 −1.00 元 in one unit. In code
 * order the partial sum INT64_MAX + 1 passes the range, the total
 * INT64_MAX + 1 − 100 = 9223372036854775708 does not: the report is made. */
static void test_monitor_rollup_exact(void)
{
    BudgetBook *book = csv_book("code,unit,budget\nA1,U,92233720368547758.07\nA2,U,0.01\nA3,U,-1.00\n", NULL);
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, NULL);
    BudgetFen v = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_TRUE(budget_report_get_money(report, 0, BUDGET_REPORT_BUDGET_ORIGINAL, &v));
    assert_fen(INT64_C(9223372036854775708), v);
    budget_report_free(report);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

/* A project's remaining budget (adjusted − executed): budget INT64_MAX and
 * a refund of 1 fen on 2024-12-01. At 11-30 executed is 0 and the report is
 * made; at 12-31 remaining = INT64_MAX + 1: the project's row, line 2, is
 * named at its budget cell (column 2). */
static void test_monitor_remaining_overflow(void)
{
    BudgetBook *book = csv_book("code,budget\nR1,92233720368547758.07\n", NULL);
    BudgetLedger *nov = budget_ledger_new(book, 20241130, NULL);
    BudgetLedger *dec = budget_ledger_new(book, 20241231, NULL);
    BudgetReport *report;
    BudgetError err;

    CU_ASSERT_TRUE(budget_ledger_record(nov, 20241201, "R1", -1, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_TRUE(budget_ledger_record(dec, 20241201, "R1", -1, BUDGET_SOURCE_FISCAL, NULL));
    report = budget_report_new(nov, BUDGET_LEVEL_PROJECT, NULL, &err);
    CU_ASSERT_PTR_NOT_NULL(report);
    budget_report_free(report);
    CU_ASSERT_PTR_NULL(budget_report_new(dec, BUDGET_LEVEL_PROJECT, NULL, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 2, 2, "budget");
    CU_ASSERT_STRING_EQUAL(err.message,
                           "project R1: its remaining budget (adjusted budget - executed) does not "
                           "fit in 64 bits of fen");

    /* The check finds it from the November ledger too (every as-of date),
     * at each level: R1 is alone in its (blank) unit and in the department. */
    {
        static const char *const want[] = {
            "project R1: its remaining budget (adjusted budget - executed) can pass 64 bits of fen",
            "unit (blank): the sum of remaining budgets (adjusted budget - executed) can pass 64 bits of fen "
            "once project R1 is added",
            "department: the sum of remaining budgets (adjusted budget - executed) can pass 64 bits of fen "
            "once project R1 is added",
        };
        BudgetDiagnostics *diag = budget_diagnostics_new();

        CU_ASSERT_TRUE(budget_monitor_check(book, nov, NULL, diag, &err));
        CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), G_N_ELEMENTS(want));
        for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
            const BudgetError *e = budget_diagnostics_get(diag, i, NULL);

            CU_ASSERT_PTR_NOT_NULL_FATAL(e);
            assert_error(e, BUDGET_ERROR_OVERFLOW, 2, 2, "budget");
            CU_ASSERT_EQUAL(strncmp(e->message, want[i], strlen(want[i])), 0);
        }
        budget_diagnostics_free(diag);
    }
    budget_ledger_unref(nov);
    budget_ledger_unref(dec);
    budget_book_unref(book);
}

/* budget_monitor_check() on a book with every kind of problem, no ledger.
 * projects.csv (code,unit,year,budget), lines:
 *   2 A1 U1 2024 92233720368547758.07   + adjustment line 2: 0.01 on 03-01
 *   3 A2 U2 2024 50000000000000000      ┐ U2: 10^19 fen does not fit,
 *   4 A3 U2 2024 50000000000000000      ┘ culprit A3 (line 4)
 *   5 N1 U3 2024 -5.00                  negative budget: warning
 *   6 Y1 U3 1    1                      year 1: warning
 *   7 Y2 U3 2023 1                      another year than 2024: warning
 * The book's year is the latest project year, 2024. Budgets are column 4,
 * years column 3. Expected, sorted by file, line and column:
 *   adjustments.csv:2:3 error: A1's adjusted budget INT64_MAX + 1 at 03-01;
 *   projects.csv:3:4 error: the department's sum of original budgets, in
 *     code order A1, A2, A3, N1, Y1, Y2, is INT64_MAX at A1 and leaves the
 *     range when A2 is added (line 3); −500 + 100 + 100 fen never bring it back;
 *   projects.csv:4:4 error: unit U2, 5·10^18 + 5·10^18 = 10^19 fen, leaves
 *     the range when A3 is added (line 4);
 *   projects.csv:6:3, 7:3 warnings: Y1's year 1 and Y2's year 2023 in a
 *     2024 book. (N1's negative budget, and year 1 as an implausible year,
 *     are warned about when projects.csv is read, on their row: test-csv-rows.)
 * No other problem: A1's other amounts at the dates that fit are INT64_MAX
 * minus nothing executed; scores fail only on A1's adjusted budget (left to
 * the check of every date, not named twice). */
static void test_monitor_check(void)
{
    BudgetBook *book = csv_book("code,unit,year,budget\nA1,U1,2024,92233720368547758.07\n"
                                "A2,U2,2024,50000000000000000\nA3,U2,2024,50000000000000000\n"
                                "N1,U3,2024,-5.00\nY1,U3,1,1\nY2,U3,2023,1\n",
                                "date,code,amount\n2024-03-01,A1,0.01\n");
    BudgetDiagnostics *diag = budget_diagnostics_new();
    static const struct {
        const char *source;
        int line, column;
        bool warning;
        int code;
        const char *text;
    } want[] = {
        {"adjustments.csv", 2, 3, false, BUDGET_ERROR_OVERFLOW,
         "project A1: the adjustment of 0.01 on 2024-03-01"},
        {"projects.csv", 3, 4, false, BUDGET_ERROR_OVERFLOW,
         "department: the sum of original budgets can pass 64 bits of fen once project A2 is added"},
        {"projects.csv", 4, 4, false, BUDGET_ERROR_OVERFLOW,
         "unit U2: the sum of original budgets can pass 64 bits of fen once project A3 is added"},
        {"projects.csv", 6, 3, true, BUDGET_ERROR_INCONSISTENT,
         "project Y1: year 1, but the book's year is 2024"},
        {"projects.csv", 7, 3, true, BUDGET_ERROR_INCONSISTENT,
         "project Y2: year 2023, but the book's year is 2024"},
    };
    BudgetError err;

    CU_ASSERT_TRUE(budget_monitor_check(book, NULL, NULL, diag, &err));
    budget_diagnostics_sort(diag);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), G_N_ELEMENTS(want));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 3);
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        bool warning = !want[i].warning;
        const BudgetError *e = budget_diagnostics_get(diag, i, &warning);

        CU_ASSERT_PTR_NOT_NULL_FATAL(e);
        CU_ASSERT_STRING_EQUAL(e->source, want[i].source);
        assert_error(e, want[i].code, want[i].line, want[i].column, NULL);
        CU_ASSERT_EQUAL(warning, want[i].warning);
        if (strncmp(e->message, want[i].text, strlen(want[i].text)) != 0) {
            CU_FAIL("message");
            fprintf(stderr, "got: %s\nwant: %s\n", e->message, want[i].text);
        }
    }
    budget_diagnostics_free(diag);

    /* Caller misuse. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_monitor_check(NULL, NULL, NULL, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_monitor_check(book, NULL, NULL, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_book_unref(book);
}

/* A clean book: nothing found, even with a ledger of ordinary payments. */
static void test_monitor_check_clean(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20240630, NULL);
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetBook *other = budget_book_new();
    BudgetError err;

    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240301, "P1", 123456, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240901, "P1", -456, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_TRUE(budget_monitor_check(book, ledger, NULL, diag, &err));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 0);
    /* A ledger over another book is a misuse. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_monitor_check(other, ledger, NULL, diag, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_diagnostics_free(diag);
    budget_ledger_unref(ledger);
    budget_book_unref(other);
    budget_book_unref(book);
}

static CU_TestInfo monitor_tests[] = {
    {"unit and department overflow name the unit and project", test_monitor_rollup_overflow},
    {"roll-up sums are exact: only the total must fit", test_monitor_rollup_exact},
    {"remaining budget overflow at one as-of date", test_monitor_remaining_overflow},
    {"check: every problem with its place", test_monitor_check},
    {"check: a clean book", test_monitor_check_clean},
    {"project row by hand", test_monitor_project_row},
    {"zero budget: no rate", test_monitor_zero_budget},
    {"zero budget spent, negative adjusted budget", test_monitor_zero_budget_spent_and_negative},
    {"over budget", test_monitor_over_budget},
    {"adjustments and original denominator", test_monitor_adjustments_and_denominator},
    {"linear plan and months time", test_monitor_linear_and_months},
    {"unit rows are ratios of sums", test_monitor_unit_rows},
    {"department row", test_monitor_department_row},
    {"roll-up variance and status over the projects with a plan", test_monitor_rollup_like_with_like},
    {"linear planned amount rounded once", test_monitor_linear_amount_exact},
    {"threshold boundaries in a report", test_monitor_threshold_boundaries},
    {"status rule and thresholds", test_monitor_status_rule},
    {"custom thresholds in a report", test_monitor_custom_thresholds_in_report},
    {"invalid plan is no_plan", test_monitor_invalid_plan},
    {"report errors", test_monitor_report_errors},
    {"empty book", test_monitor_empty_book},
    {"series of a project", test_monitor_series_project},
    {"series with adjustments", test_monitor_series_adjusted},
    {"series of a unit and the department", test_monitor_series_unit_department},
    {"series errors", test_monitor_series_errors},
    {"series after the book's year", test_monitor_series_after_year},
    {"NULL arguments", test_monitor_null_arguments},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"monitor", test_criticals_init, test_criticals_cleanup, NULL, NULL, monitor_tests},
    CU_SUITE_INFO_NULL,
};
