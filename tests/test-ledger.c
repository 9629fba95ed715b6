/* CUnit suite for ledger: accumulation, as-of, months, spending control, merge. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

/* The index of @code in @book, -1 when it has none (for the tests' checks). */
static ptrdiff_t index_of(const BudgetBook *book, const char *code)
{
    size_t i;
    return budget_book_get_project_index(book, code, &i) ? (ptrdiff_t)i : -1;
}

static void add(BudgetBook *book, const char *code, BudgetFen budget, BudgetPlan *plan)
{
    BudgetProject *p = budget_project_new(code, NULL);

    budget_project_set_year(p, 2024);
    budget_project_set_budget(p, budget);
    budget_project_set_plan(p, plan);
    CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
    budget_project_unref(p);
}

static BudgetFen executed(const BudgetLedger *ledger, const char *code)
{
    BudgetFen v = -777;
    ptrdiff_t i = index_of(budget_ledger_get_book(ledger), code);

    CU_ASSERT_TRUE(i >= 0 && budget_ledger_get_executed(ledger, (size_t)i, &v));
    return v;
}

static BudgetFen month(const BudgetLedger *ledger, const char *code, int m)
{
    BudgetFen v = -777;
    ptrdiff_t i = index_of(budget_ledger_get_book(ledger), code);

    CU_ASSERT_TRUE(i >= 0 && budget_ledger_get_month_executed(ledger, (size_t)i, m, &v));
    return v;
}

static BudgetFen by_source(const BudgetLedger *ledger, const char *code, BudgetSource s)
{
    BudgetFen v = -777;
    ptrdiff_t i = index_of(budget_ledger_get_book(ledger), code);

    CU_ASSERT_TRUE(i >= 0 && budget_ledger_get_executed_by_source(ledger, (size_t)i, s, &v));
    return v;
}

static BudgetBook *sample_book(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *plan = test_make_plan(25, 50, 75, 100);

    add(book, "P1", 100000000, plan); /* 1,000,000.00 yuan */
    add(book, "P2", 5000000, NULL);   /* 50,000.00 yuan, no plan */
    budget_plan_unref(plan);
    return book;
}

static void test_ledger_new(void)
{
    BudgetBook *book = sample_book();
    BudgetError err;
    BudgetLedger *ledger = budget_ledger_new(book, 20240831, &err);

    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_PTR_EQUAL(budget_ledger_get_book(ledger), book);
    CU_ASSERT_EQUAL(budget_ledger_get_as_of(ledger), 20240831);
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(ledger), 0);
    assert_fen(0, executed(ledger, "P1"));
    CU_ASSERT_PTR_EQUAL(budget_ledger_ref(ledger), ledger);
    budget_ledger_unref(ledger);
    budget_book_unref(book); /* the ledger keeps the book alive */
    CU_ASSERT_EQUAL(budget_book_get_n_projects(budget_ledger_get_book(ledger)), 2);
    budget_ledger_unref(ledger);
    budget_ledger_unref(NULL);

    book = budget_book_new();
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024)); /* else the missing year is the error */
    CU_ASSERT_PTR_NULL(budget_ledger_new(book, 20240230, &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_book_unref(book);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_ledger_new(NULL, 20240831, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
}

static void test_ledger_accumulates(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20240831, NULL);
    BudgetError err;

    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20231220, "P1", 1000000, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240210, "P1", 20000000, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240505, "P1", 15000000, BUDGET_SOURCE_CARRYOVER, &err));
    CU_ASSERT_TRUE(
        budget_ledger_record(ledger, 20240506, "P1", -3000000, BUDGET_SOURCE_FISCAL, &err)); /* 冲销 */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240831, "P1", 10000000, BUDGET_SOURCE_OTHER, &err));
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240901, "P1", 5000000, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_TRUE(budget_ledger_record_nth(ledger, 20240301, 1, 250000, BUDGET_SOURCE_OTHER, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");

    /* 1,000,000 + 20,000,000 + 15,000,000 − 3,000,000 + 10,000,000 (08-31 counts;
     * 09-01 is after as-of) = 43,000,000. */
    assert_fen(43000000, executed(ledger, "P1"));
    /* fiscal 1,000,000 + 20,000,000 − 3,000,000; carry-over 15,000,000; other 10,000,000. */
    assert_fen(18000000, by_source(ledger, "P1", BUDGET_SOURCE_FISCAL));
    assert_fen(15000000, by_source(ledger, "P1", BUDGET_SOURCE_CARRYOVER));
    assert_fen(10000000, by_source(ledger, "P1", BUDGET_SOURCE_OTHER));
    assert_fen(1000000, month(ledger, "P1", 0)); /* before the book's year */
    assert_fen(0, month(ledger, "P1", 1));
    assert_fen(20000000, month(ledger, "P1", 2));
    assert_fen(12000000, month(ledger, "P1", 5)); /* 15,000,000 − 3,000,000 */
    assert_fen(10000000, month(ledger, "P1", 8));
    assert_fen(0, month(ledger, "P1", 9)); /* after as-of: not executed */
    assert_fen(250000, executed(ledger, "P2"));
    assert_fen(250000, month(ledger, "P2", 3));
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(ledger, 0), 6);
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(ledger, 1), 1);
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(ledger), 7);
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(ledger, 2), 0);
    CU_ASSERT_EQUAL(budget_ledger_get_n_after_as_of(ledger), 1);
    CU_ASSERT_EQUAL(budget_ledger_get_n_warnings(ledger), 0);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_ledger_after_year(void)
{
    /* As of 2025-03-31 for a 2024 book: a 2025 payment is executed but in no
     * month of 2024, so the months stay honest. */
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20250331, NULL);
    BudgetFen sum = 0, v;

    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20241231, "P1", 700, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20250110, "P1", 300, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20250401, "P1", 50, BUDGET_SOURCE_FISCAL, NULL));
    assert_fen(1000, executed(ledger, "P1")); /* 700 + 300 */
    assert_fen(700, month(ledger, "P1", 12));
    for (int m = 0; m <= 12; m++)
        sum += month(ledger, "P1", m);
    assert_fen(700, sum);
    CU_ASSERT_EQUAL(budget_ledger_get_n_after_as_of(ledger), 1);
    CU_ASSERT_FALSE(budget_ledger_get_month_executed(ledger, 0, 13, &v));
    CU_ASSERT_FALSE(budget_ledger_get_month_executed(ledger, 0, -1, &v));
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_ledger_record_errors(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20240831, NULL);
    BudgetError err;
    BudgetFen v = 5;

    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240301, "P9", 1, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, "code");
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240230, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "date");
    /* A source outside the enum is misuse: a critical and INVALID_ARGUMENT. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240301, "P1", 1, (BudgetSource)3, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "source");
    CU_ASSERT_FALSE(budget_ledger_record_nth(ledger, 20240301, 2, 1, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_ledger_record_nth(ledger, 0, 0, 1, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "date");
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240301, NULL, 1, BUDGET_SOURCE_FISCAL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_ledger_record(NULL, 20240301, "P1", 1, BUDGET_SOURCE_FISCAL, &err)));
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(ledger), 0); /* nothing recorded */
    CU_ASSERT_FALSE(budget_ledger_get_executed(ledger, 2, &v));
    CU_ASSERT_FALSE(budget_ledger_get_executed_by_source(ledger, 0, (BudgetSource)3, &v));
    CU_ASSERT_FALSE(budget_ledger_get_executed_by_source(ledger, 5, BUDGET_SOURCE_FISCAL, &v));
    assert_fen(5, v);
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(ledger, 99), 0));
    EXPECT_CRITICAL(budget_ledger_set_policy(ledger, (BudgetSpendPolicy)3, false));
    EXPECT_CRITICAL(budget_ledger_set_policy(NULL, BUDGET_SPEND_STOP, false));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_ledger_get_book(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_ledger_get_executed(NULL, 0, &v)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_ledger_get_n_warnings(NULL), 0));
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_ledger_overflow(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20240831, NULL);
    BudgetError err;

    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240301, "P1", INT64_MAX - 1, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240302, "P1", 1, BUDGET_SOURCE_OTHER, &err));
    /* Executed is now INT64_MAX: one more fen is refused, nothing changes. */
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240303, "P1", 1, BUDGET_SOURCE_CARRYOVER, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, "amount");
    /* After as-of only the running total grows, and it overflows too. */
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20241001, "P1", 1, BUDGET_SOURCE_CARRYOVER, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, "amount");
    assert_fen(INT64_MAX, executed(ledger, "P1"));
    assert_fen(0, by_source(ledger, "P1", BUDGET_SOURCE_CARRYOVER));
    assert_fen(INT64_MAX, month(ledger, "P1", 3));
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(ledger, 0), 2);
    CU_ASSERT_EQUAL(budget_ledger_get_n_after_as_of(ledger), 0);
    /* A reversal still goes through: INT64_MAX − 5. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240304, "P1", -5, BUDGET_SOURCE_FISCAL, &err));
    assert_fen(INT64_MAX - 5, executed(ledger, "P1"));
    /* The other extreme: INT64_MIN then −1. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240301, "P2", INT64_MIN, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240301, "P2", -1, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, NULL);
    assert_fen(INT64_MIN, executed(ledger, "P2"));
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

typedef struct {
    int calls;
    int answer;
    BudgetError last;
} WarnLog;

static int on_warning(const BudgetError *warning, void *user_data)
{
    WarnLog *log = user_data;

    log->calls++;
    log->last = *warning;
    return log->answer;
}

/* P1 budget 1000 fen, +500 from 2024-06-01; plan 25/50/75/100. */
static BudgetBook *control_book(void)
{
    BudgetBook *book = budget_book_new();
    BudgetPlan *plan = test_make_plan(25, 50, 75, 100);

    add(book, "P1", 1000, plan);
    add(book, "P2", 1000, NULL);
    budget_plan_unref(plan);
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240601, "P1", 500, "追加", NULL));
    return book;
}

static void test_ledger_policy_stop(void)
{
    BudgetBook *book = control_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetError err;

    budget_ledger_set_policy(ledger, BUDGET_SPEND_STOP, false);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240501, "P1", 900, BUDGET_SOURCE_FISCAL, &err));
    /* 900 + 100 = 1000 = budget at 05-02: exactly the budget is allowed. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240502, "P1", 100, BUDGET_SOURCE_FISCAL, &err));
    /* 1000 + 1 > 1000 (the +500 comes on 06-01): refused, not recorded. */
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240503, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "amount");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "P1"));
    assert_fen(1000, executed(ledger, "P1"));
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(ledger, 0), 2);
    /* On 06-01 the budget is 1500: 1000 + 500 fits. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240601, "P1", 500, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240602, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
    /* A refund is never refused, even past the budget. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240603, "P1", -200, BUDGET_SOURCE_FISCAL, &err));
    assert_fen(1300, executed(ledger, "P1"));
    CU_ASSERT_EQUAL(budget_ledger_get_n_warnings(ledger), 0);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_ledger_policy_running_total(void)
{
    /* Control uses the running total of every payment recorded, including
     * those after as-of: as of 2024-03-31, a September payment still counts. */
    BudgetBook *book = control_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20240331, NULL);
    BudgetError err;

    budget_ledger_set_policy(ledger, BUDGET_SPEND_STOP, false);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240901, "P2", 800, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240301, "P2", 201, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240301, "P2", 200, BUDGET_SOURCE_FISCAL, &err));
    assert_fen(200, executed(ledger, "P2"));
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_ledger_policy_plan(void)
{
    /* P1: budget 1000 fen, +500 on 06-01, plan 25/50/75/100 at the ends of
     * March, June, October and December. The allowance at a date is the
     * budget adjusted to that date × the percent of the checkpoint that
     * closes its period (the first month end on or after it). */
    BudgetBook *book = control_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetError err;

    budget_ledger_set_policy(ledger, BUDGET_SPEND_STOP, true);
    /* 01-15 is in the period March closes: 25 % × 1000 = 250, not 0 (the
     * step percent at 01-15): a January payment is measured against March. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240115, "P1", 250, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, NULL);
    /* 03-31 is March's own month end: still 250, so 250 + 1 is refused. */
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240331, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "amount");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "plan"));
    /* 04-01 opens June's period: 50 % × 1000 (the +500 comes on 06-01) = 500:
     * 250 + 250 fits, one fen more does not. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240401, "P1", 250, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240401, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
    /* 06-30: 50 % of the adjusted 1500 = 750: 500 + 250 fits, + 1 does not. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240630, "P1", 250, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240630, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
    /* 07-01 is in October's period: 75 % × 1500 = 1125: 750 + 375 fits exactly. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240701, "P1", 375, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240701, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
    assert_fen(1125, executed(ledger, "P1"));
    /* P2 has no plan: only its budget controls it. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240105, "P2", 1000, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240105, "P2", 1, BUDGET_SOURCE_FISCAL, &err));
    /* Plan control off: 07-01 + 1 passes (1126 is within the budget 1500). */
    budget_ledger_set_policy(ledger, BUDGET_SPEND_STOP, false);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240701, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
    assert_fen(1126, executed(ledger, "P1"));
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_ledger_policy_warn(void)
{
    BudgetBook *book = control_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetError err;
    WarnLog log = {0, 0, {0}};

    /* Warn without a function: recorded and counted. */
    budget_ledger_set_policy(ledger, BUDGET_SPEND_WARN, false);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240105, "P2", 1001, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_EQUAL(budget_ledger_get_n_warnings(ledger), 1);
    assert_fen(1001, executed(ledger, "P2"));

    budget_ledger_set_warn_func(ledger, on_warning, &log);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240105, "P1", 1000, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_EQUAL(log.calls, 0); /* within the budget: no warning */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240106, "P1", 10, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL(log.calls, 1);
    CU_ASSERT_EQUAL(log.last.code, BUDGET_ERROR_RANGE);
    CU_ASSERT_STRING_EQUAL(log.last.field, "code");
    CU_ASSERT_PTR_NOT_NULL(strstr(log.last.message, "P1"));
    CU_ASSERT_PTR_NOT_NULL(strstr(log.last.message, "10.10")); /* the total, 1010 fen */
    CU_ASSERT_EQUAL(budget_ledger_get_n_warnings(ledger), 2);
    /* A non-zero answer: ABORTED, but the payment stays recorded. */
    log.answer = 1;
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240107, "P1", 5, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_ABORTED, 0, 0, NULL);
    assert_fen(1015, executed(ledger, "P1"));
    CU_ASSERT_EQUAL(budget_ledger_get_n_warnings(ledger), 3);
    CU_ASSERT_EQUAL(log.calls, 2);
    /* Refunds never warn. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240108, "P1", -5, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_EQUAL(log.calls, 2);
    /* Ignore: no check at all. */
    budget_ledger_set_policy(ledger, BUDGET_SPEND_IGNORE, true);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240109, "P1", 100000, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_EQUAL(log.calls, 2);
    CU_ASSERT_EQUAL(budget_ledger_get_n_warnings(ledger), 3);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

typedef struct {
    BudgetDate date;
    const char *code;
    BudgetFen amount;
    BudgetSource source;
} Tx;

static const Tx sample_txs[] = {
    {20231215, "P1", 120000, BUDGET_SOURCE_CARRYOVER}, {20240115, "P1", 3000000, BUDGET_SOURCE_FISCAL},
    {20240220, "P2", 450000, BUDGET_SOURCE_OTHER},     {20240331, "P1", 22000000, BUDGET_SOURCE_FISCAL},
    {20240412, "P1", -1000000, BUDGET_SOURCE_FISCAL},  {20240630, "P2", 1000000, BUDGET_SOURCE_FISCAL},
    {20240701, "P1", 9000000, BUDGET_SOURCE_OTHER},    {20240831, "P2", -50000, BUDGET_SOURCE_OTHER},
    {20240901, "P1", 7000000, BUDGET_SOURCE_FISCAL},   {20241231, "P2", 2, BUDGET_SOURCE_CARRYOVER},
    {20240808, "P1", 12345, BUDGET_SOURCE_CARRYOVER},
};

static void assert_same_ledgers(const BudgetLedger *a, const BudgetLedger *b)
{
    for (size_t p = 0; p < 2; p++) {
        BudgetFen va = 1, vb = 2;

        CU_ASSERT_TRUE(budget_ledger_get_executed(a, p, &va) && budget_ledger_get_executed(b, p, &vb));
        assert_fen(va, vb);
        for (int s = 0; s < 3; s++) {
            CU_ASSERT_TRUE(budget_ledger_get_executed_by_source(a, p, (BudgetSource)s, &va) &&
                           budget_ledger_get_executed_by_source(b, p, (BudgetSource)s, &vb));
            assert_fen(va, vb);
        }
        for (int m = 0; m <= 12; m++) {
            CU_ASSERT_TRUE(budget_ledger_get_month_executed(a, p, m, &va) &&
                           budget_ledger_get_month_executed(b, p, m, &vb));
            assert_fen(va, vb);
        }
        CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(a, p),
                        budget_ledger_get_n_transactions_nth(b, p));
    }
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(a), budget_ledger_get_n_transactions(b));
    CU_ASSERT_EQUAL(budget_ledger_get_n_after_as_of(a), budget_ledger_get_n_after_as_of(b));
    CU_ASSERT_EQUAL(budget_ledger_get_n_warnings(a), budget_ledger_get_n_warnings(b));
}

static void test_ledger_merge(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *a = budget_ledger_new(book, 20240831, NULL);
    BudgetLedger *b = budget_ledger_new(book, 20240831, NULL);
    BudgetLedger *c = budget_ledger_new(book, 20240831, NULL);
    BudgetError err;

    for (size_t i = 0; i < G_N_ELEMENTS(sample_txs); i++) {
        const Tx *t = &sample_txs[i];

        CU_ASSERT_TRUE(budget_ledger_record(i % 2 ? a : b, t->date, t->code, t->amount, t->source, NULL));
        CU_ASSERT_TRUE(budget_ledger_record(c, t->date, t->code, t->amount, t->source, NULL));
    }
    CU_ASSERT_TRUE(budget_ledger_merge(a, b, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    assert_same_ledgers(a, c);
    /* Spot values by hand: P1 = 120,000 + 3,000,000 + 22,000,000 − 1,000,000
     * + 9,000,000 + 12,345 = 33,132,345 (09-01 after as-of). */
    assert_fen(33132345, executed(a, "P1"));
    /* P2 = 450,000 + 1,000,000 − 50,000 = 1,400,000 (12-31 after as-of). */
    assert_fen(1400000, executed(a, "P2"));
    CU_ASSERT_EQUAL(budget_ledger_get_n_after_as_of(a), 2);
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(a), G_N_ELEMENTS(sample_txs));
    /* b is unchanged by the merge. */
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(b), (G_N_ELEMENTS(sample_txs) + 1) / 2);
    budget_ledger_unref(a);
    budget_ledger_unref(b);
    budget_ledger_unref(c);
    budget_book_unref(book);
}

static void test_ledger_merge_inconsistent(void)
{
    BudgetBook *book = sample_book(), *other_book = sample_book();
    BudgetLedger *a = budget_ledger_new(book, 20240831, NULL);
    BudgetLedger *b = budget_ledger_new(book, 20240930, NULL);
    BudgetLedger *c = budget_ledger_new(other_book, 20240831, NULL);
    BudgetError err;

    CU_ASSERT_TRUE(budget_ledger_record(b, 20240101, "P1", 5, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_FALSE(budget_ledger_merge(a, b, &err)); /* another as-of date */
    assert_error(&err, BUDGET_ERROR_INCONSISTENT, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_ledger_merge(a, c, &err)); /* another book */
    assert_error(&err, BUDGET_ERROR_INCONSISTENT, 0, 0, NULL);
    assert_fen(0, executed(a, "P1"));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_ledger_merge(a, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_ledger_unref(a);
    budget_ledger_unref(b);
    budget_ledger_unref(c);
    budget_book_unref(book);
    budget_book_unref(other_book);
}

/* The gross rule: payments INT64_MAX, then −INT64_MAX, then 1 fen. The
 * running total goes INT64_MAX, 0, 1 and would fit; but at an as-of date
 * between the first and last payment and before the reversal (or in a
 * ledger that reads them in another order), executed would be
 * INT64_MAX + 1. The third payment is refused, whatever the as-of date:
 * Σ positive amounts = INT64_MAX + 1 does not fit. */
static void test_ledger_gross_overflow(void)
{
    static const BudgetDate as_ofs[] = {20240131, 20240630, 20241231};
    BudgetBook *book = sample_book();
    BudgetError err;

    for (size_t i = 0; i < G_N_ELEMENTS(as_ofs); i++) {
        BudgetLedger *ledger = budget_ledger_new(book, as_ofs[i], NULL);

        CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240110, "P1", INT64_MAX, BUDGET_SOURCE_FISCAL, &err));
        CU_ASSERT_TRUE(budget_ledger_record(ledger, 20241220, "P1", -INT64_MAX, BUDGET_SOURCE_FISCAL, &err));
        CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240115, "P1", 1, BUDGET_SOURCE_FISCAL, &err));
        assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, "amount");
        CU_ASSERT_STRING_EQUAL(err.message,
                               "project P1: the sum of its payments would overflow 64 bits of fen; "
                               "the payment is not recorded");
        /* Refunds likewise: −INT64_MAX, then −1 fen: Σ negative = INT64_MIN fits, −2 does not. */
        CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240110, "P2", -INT64_MAX, BUDGET_SOURCE_FISCAL, &err));
        CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240111, "P2", -1, BUDGET_SOURCE_FISCAL, &err));
        CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240112, "P2", INT64_MAX, BUDGET_SOURCE_FISCAL, &err));
        CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240113, "P2", -1, BUDGET_SOURCE_FISCAL, &err));
        assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, "amount");
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "the sum of its refunds"));
        CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(ledger), 5);
        budget_ledger_unref(ledger);
    }
    budget_book_unref(book);
}

/* The reader places a refused payment: transactions.csv line 4, amount in
 * column 3 (same payments as above). */
static void test_ledger_gross_overflow_csv(void)
{
    char *dir = test_make_tmpdir();
    char *path = g_build_filename(dir, "transactions.csv", NULL);
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20240131, NULL);
    BudgetError err;

    CU_ASSERT_TRUE_FATAL(g_file_set_contents(path,
                                             "date,code,amount\n2024-01-10,P1,92233720368547758.07\n"
                                             "2024-12-20,P1,-92233720368547758.07\n2024-01-15,P1,0.01\n",
                                             -1, NULL));
    CU_ASSERT_FALSE(budget_csv_load_transactions(ledger, path, NULL, NULL, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 4, 3, "amount");
    /* As-of 01-31: the first payment only (the reversal is later). */
    assert_fen(INT64_MAX, executed(ledger, "P1"));
    budget_ledger_unref(ledger);
    budget_book_unref(book);
    g_free(path);
    g_free(dir);
}

static void test_ledger_merge_overflow(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *a = budget_ledger_new(book, 20240831, NULL);
    BudgetLedger *b = budget_ledger_new(book, 20240831, NULL);
    BudgetError err;

    /* P1 (index 0) comes first and would be fine; P2 overflows: all or nothing. */
    CU_ASSERT_TRUE(budget_ledger_record(a, 20240301, "P2", INT64_MAX, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_TRUE(budget_ledger_record(b, 20240301, "P1", 7, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_TRUE(budget_ledger_record(b, 20240301, "P2", 1, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_FALSE(budget_ledger_merge(a, b, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, NULL);
    assert_fen(0, executed(a, "P1"));
    assert_fen(INT64_MAX, executed(a, "P2"));
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(a), 1);
    /* Merging a ledger into itself is refused (issue 12): nothing changes. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_ledger_merge(b, b, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    assert_fen(7, executed(b, "P1"));
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(b), 2);
    budget_ledger_unref(a);
    budget_ledger_unref(b);
    budget_book_unref(book);
}

static void test_ledger_project_added_later(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20240831, NULL);
    BudgetProject *late = budget_project_new("A0", NULL);
    BudgetError err;
    BudgetFen v = 0;

    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240301, "P1", 100, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_TRUE(budget_book_add_project(book, late, NULL));
    budget_project_unref(late);
    /* "A0" sorts first, so P1 is now index 1 in the book; the ledger follows. */
    CU_ASSERT_EQUAL(index_of(book, "P1"), 1);
    CU_ASSERT_TRUE(budget_ledger_get_executed(ledger, 1, &v));
    assert_fen(100, v);
    CU_ASSERT_FALSE(budget_ledger_get_executed(ledger, 0, &v)); /* A0: not tracked */
    CU_ASSERT_FALSE(budget_ledger_record(ledger, 20240301, "A0", 1, BUDGET_SOURCE_FISCAL, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, "code");
    CU_ASSERT_TRUE(budget_ledger_record_nth(ledger, 20240302, 1, 5, BUDGET_SOURCE_FISCAL, &err));
    assert_fen(105, executed(ledger, "P1"));
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240302, "P2", 9, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(ledger, 2), 1);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_ledger_source_strings(void)
{
    BudgetSource s = BUDGET_SOURCE_OTHER;

    CU_ASSERT_STRING_EQUAL(budget_source_to_string(BUDGET_SOURCE_FISCAL), "fiscal");
    CU_ASSERT_STRING_EQUAL(budget_source_to_string(BUDGET_SOURCE_CARRYOVER), "carryover");
    CU_ASSERT_STRING_EQUAL(budget_source_to_string(BUDGET_SOURCE_OTHER), "other");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_source_to_string((BudgetSource)3)));
    CU_ASSERT_TRUE(budget_source_from_string("", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_FISCAL); /* blank = the default */
    CU_ASSERT_TRUE(budget_source_from_string("CarryOver", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_CARRYOVER);
    CU_ASSERT_TRUE(budget_source_from_string("OTHER", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_OTHER);
    CU_ASSERT_TRUE(budget_source_from_string("本年财政拨款", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_FISCAL);
    CU_ASSERT_TRUE(budget_source_from_string("上年结转", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_CARRYOVER);
    CU_ASSERT_TRUE(budget_source_from_string("结转", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_CARRYOVER);
    CU_ASSERT_TRUE(budget_source_from_string("其他资金", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_OTHER);
    CU_ASSERT_TRUE(budget_source_from_string("财政资金", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_FISCAL);
    CU_ASSERT_TRUE(budget_source_from_string("其他", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_OTHER);
    CU_ASSERT_TRUE(budget_source_from_string("财政", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_FISCAL);
    /* Surrounding ASCII space is trimmed, inner text must match whole. */
    CU_ASSERT_TRUE(budget_source_from_string(" \t carryover\r\n", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_CARRYOVER);
    CU_ASSERT_TRUE(budget_source_from_string("  上年结转 ", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_CARRYOVER);
    s = BUDGET_SOURCE_OTHER;
    CU_ASSERT_TRUE(budget_source_from_string(" \t ", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_FISCAL); /* blank after trimming */
    CU_ASSERT_TRUE(budget_source_from_string("fiscal", NULL));
    s = BUDGET_SOURCE_OTHER;
    CU_ASSERT_FALSE(budget_source_from_string("bank", &s));
    CU_ASSERT_FALSE(budget_source_from_string("fisca", &s));   /* a prefix */
    CU_ASSERT_FALSE(budget_source_from_string("fiscals", &s)); /* longer */
    CU_ASSERT_FALSE(budget_source_from_string("财政 资金", &s));
    CU_ASSERT_FALSE(budget_source_from_string("上年", &s));
    CU_ASSERT_EQUAL(s, BUDGET_SOURCE_OTHER); /* untouched */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_source_from_string(NULL, &s)));
}

/* A book with neither a set year nor a project year has no year, and a
 * ledger (which buckets payments by month of that year) refuses it. */
static void test_ledger_no_year(void)
{
    BudgetBook *book = budget_book_new();
    BudgetProject *p = budget_project_new("P1", NULL);
    BudgetLedger *ledger;
    BudgetError err;

    budget_project_set_budget(p, BUDGET_YUAN(1000)); /* no year */
    CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
    CU_ASSERT_EQUAL(budget_book_get_year(book), 0);
    CU_ASSERT_PTR_NULL(budget_ledger_new(book, 20241231, &err));
    assert_error(&err, BUDGET_ERROR_INCONSISTENT, 0, 0, "year");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "budget_book_set_year()"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "give the projects a year"));
    /* An as-of derived from the missing year is 0: the year is named, not
     * "invalid as-of date 0". */
    CU_ASSERT_PTR_NULL(budget_ledger_new(book, budget_date_month_end(budget_book_get_year(book), 12), &err));
    assert_error(&err, BUDGET_ERROR_INCONSISTENT, 0, 0, "year");
    CU_ASSERT_PTR_NULL(budget_ledger_new(book, 20241231, NULL)); /* no record: still refused */

    /* A project's year is the book's year. */
    budget_project_set_year(p, 2023);
    ledger = budget_ledger_new(book, 20231231, &err);
    CU_ASSERT_PTR_NOT_NULL(ledger);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    /* 2023-06-30 is June of the book's year 2023. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20230630, "P1", BUDGET_YUAN(10), BUDGET_SOURCE_FISCAL, &err));
    assert_fen(1000, month(ledger, "P1", 6));
    budget_ledger_unref(ledger);

    /* So is a year set on the book, with no project year. */
    budget_project_set_year(p, 0);
    CU_ASSERT_EQUAL(budget_book_get_year(book), 0);
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024));
    ledger = budget_ledger_new(book, 20241231, &err);
    CU_ASSERT_PTR_NOT_NULL(ledger);
    budget_ledger_unref(ledger);
    budget_project_unref(p);
    budget_book_unref(book);

    /* An empty book has no year either. */
    book = budget_book_new();
    CU_ASSERT_PTR_NULL(budget_ledger_new(book, 20241231, &err));
    assert_error(&err, BUDGET_ERROR_INCONSISTENT, 0, 0, "year");
    budget_book_unref(book);
}

typedef struct {
    int calls;         /* destroy calls */
    const void *freed; /* the last user data destroyed */
} DestroyLog;

static DestroyLog destroy_log;

static void on_destroy(void *data)
{
    destroy_log.calls++;
    destroy_log.freed = data;
}

/* The warn hook's destroy function runs once per stored user data: when the
 * hook is replaced (by either setter) or the last reference goes, never on
 * a mere unref, never twice. */
static void test_ledger_warn_destroy(void)
{
    BudgetBook *book = control_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetError err;
    WarnLog a = {0, 0, {0}}, b = {0, 0, {0}}, c = {0, 0, {0}};

    memset(&destroy_log, 0, sizeof destroy_log);
    budget_ledger_set_policy(ledger, BUDGET_SPEND_WARN, false);
    budget_ledger_set_warn_func_full(ledger, on_warning, &a, on_destroy);
    CU_ASSERT_EQUAL(destroy_log.calls, 0); /* stored, not destroyed */
    /* The hook gets its user data: P2's budget is 1000 fen, 1001 > 1000. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240105, "P2", 1001, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_EQUAL(a.calls, 1);

    /* Replaced by the _full setter: a's destroy runs, once. */
    budget_ledger_set_warn_func_full(ledger, on_warning, &b, on_destroy);
    CU_ASSERT_EQUAL(destroy_log.calls, 1);
    CU_ASSERT_PTR_EQUAL(destroy_log.freed, &a);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240106, "P2", 1, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_EQUAL(a.calls, 1); /* a is no longer called */
    CU_ASSERT_EQUAL(b.calls, 1);

    /* Replaced by the old setter (no destroy of its own): b's runs. */
    budget_ledger_set_warn_func(ledger, on_warning, &c);
    CU_ASSERT_EQUAL(destroy_log.calls, 2);
    CU_ASSERT_PTR_EQUAL(destroy_log.freed, &b);
    /* Replacing c, set without a destroy function, calls nothing. */
    budget_ledger_set_warn_func(ledger, NULL, NULL);
    CU_ASSERT_EQUAL(destroy_log.calls, 2);

    /* A NULL function with data and destroy: destroyed all the same, with
     * the ledger; a ref/unref pair does not free the ledger, so no call. */
    budget_ledger_set_warn_func_full(ledger, NULL, &c, on_destroy);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240107, "P2", 1, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_EQUAL(c.calls, 0); /* no function: nothing called */
    budget_ledger_unref(budget_ledger_ref(ledger));
    CU_ASSERT_EQUAL(destroy_log.calls, 2);
    budget_ledger_unref(ledger);
    CU_ASSERT_EQUAL(destroy_log.calls, 3);
    CU_ASSERT_PTR_EQUAL(destroy_log.freed, &c);

    /* NULL user data is destroyed too (the notify decides what NULL means). */
    ledger = budget_ledger_new(book, 20241231, NULL);
    destroy_log.freed = &a;
    budget_ledger_set_warn_func_full(ledger, on_warning, NULL, on_destroy);
    budget_ledger_unref(ledger);
    CU_ASSERT_EQUAL(destroy_log.calls, 4);
    CU_ASSERT_PTR_NULL(destroy_log.freed);

    /* Misuse: a NULL ledger is a critical, and the data is not taken. */
    EXPECT_CRITICAL(budget_ledger_set_warn_func_full(NULL, on_warning, &a, on_destroy));
    CU_ASSERT_EQUAL(destroy_log.calls, 4);
    budget_book_unref(book);
}

static CU_TestInfo ledger_tests[] = {
    {"new, ref, unref", test_ledger_new},
    {"executed, sources, months, as-of", test_ledger_accumulates},
    {"after the book's year", test_ledger_after_year},
    {"record errors", test_ledger_record_errors},
    {"overflow records nothing", test_ledger_overflow},
    {"gross payments and refunds must fit, at any as-of date", test_ledger_gross_overflow},
    {"a refused payment is placed by the reader", test_ledger_gross_overflow_csv},
    {"stop policy against the adjusted budget", test_ledger_policy_stop},
    {"control uses the running total", test_ledger_policy_running_total},
    {"plan control (the checkpoint closing the period)", test_ledger_policy_plan},
    {"warn policy and warning function", test_ledger_policy_warn},
    {"merge equals one ledger", test_ledger_merge},
    {"merge refuses other books and dates", test_ledger_merge_inconsistent},
    {"merge overflow changes nothing", test_ledger_merge_overflow},
    {"projects added after the ledger", test_ledger_project_added_later},
    {"source names", test_ledger_source_strings},
    {"a book without a year", test_ledger_no_year},
    {"warn function destroy notify", test_ledger_warn_destroy},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"ledger", test_criticals_init, test_criticals_cleanup, NULL, NULL, ledger_tests},
    CU_SUITE_INFO_NULL,
};
