/* CUnit suite: one book read from several threads (docs/threads.md).
 *
 * A book of projects in several units is loaded once. N_THREADS threads then
 * each read it concurrently — from cold, so the book's lazy caches (code
 * order, code index, units) are built under contention — look up every
 * payment's project by code, and record their share of the payments (every
 * N_THREADS-th) into a ledger of their own. The main thread merges the
 * per-thread ledgers and checks that every total (per project, per source,
 * per month) and the project and unit reports equal those of one ledger fed
 * every payment on one thread.
 *
 * ThreadSanitizer: .ci/run builds this with clang -fsanitize=thread and
 * TSAN_OPTIONS=suppressions=tests/tsan.supp. The library's own
 * synchronisation is GLib atomics (compiler builtins, which TSan sees) and
 * GMutex, which GLib implements on futexes that TSan does not see; book.c
 * marks its lock's acquire and release for TSan (BUDGETP_TSAN_ACQUIRE/RELEASE
 * in book-private.h), so its critical sections are not reported as races.
 * tsan.supp suppresses only reports inside GLib itself (its thread pool and
 * mutex internals), never a libbudget frame. */
#include <inttypes.h>
#include <string.h>

#include <glib.h>

#include "test-util.h"

#define N_THREADS 4
#define N_PROJECTS 60
#define N_PAYMENTS 6000

typedef struct {
    char code[16];
    BudgetDate date;
    BudgetFen amount;
    BudgetSource source;
} Payment;

typedef struct {
    BudgetBook *book; /* shared, read only */
    const Payment *payments;
    int first; /* records payments first, first + N_THREADS, ... */
    BudgetLedger *ledger;
    int failures;
} Work;

static BudgetBook *make_book(void)
{
    BudgetBook *book = budget_book_new();

    for (int i = 0; i < N_PROJECTS; i++) {
        char code[16], unit[16];
        BudgetProject *p;

        /* Added in reverse code order, so the first reader has to sort. */
        g_snprintf(code, sizeof code, "P%03d", N_PROJECTS - i);
        g_snprintf(unit, sizeof unit, "U%d", i % 5);
        p = budget_project_new(code, NULL);
        budget_project_set_unit(p, unit);
        budget_project_set_year(p, 2024);
        budget_project_set_budget(p, (BudgetFen)(i + 1) * 1000000);
        CU_ASSERT_FATAL(budget_book_add_project(book, p, NULL));
        budget_project_unref(p);
    }
    return book;
}

static Payment *make_payments(void)
{
    Payment *payments = g_new(Payment, N_PAYMENTS);
    GRand *rng = g_rand_new_with_seed(12);

    for (int i = 0; i < N_PAYMENTS; i++) {
        g_snprintf(payments[i].code, sizeof payments[i].code, "P%03d",
                   g_rand_int_range(rng, 1, N_PROJECTS + 1));
        payments[i].date = 20240000 + g_rand_int_range(rng, 1, 13) * 100 + g_rand_int_range(rng, 1, 29);
        payments[i].amount = g_rand_int_range(rng, -5000, 100000);
        payments[i].source = (BudgetSource)g_rand_int_range(rng, 0, BUDGET_SOURCE_N);
    }
    g_rand_free(rng);
    return payments;
}

static gpointer record_share(gpointer data)
{
    Work *w = data;
    BudgetError error;

    w->ledger = budget_ledger_new(w->book, 20241231, &error);
    if (w->ledger == NULL) {
        w->failures++;
        return NULL;
    }
    /* Read-only calls on the shared book, concurrently with the others. */
    if (budget_book_get_n_units(w->book) != 5 || budget_book_get_unit_nth(w->book, 0) == NULL)
        w->failures++;
    for (int i = w->first; i < N_PAYMENTS; i += N_THREADS) {
        const Payment *p = &w->payments[i];
        size_t index;
        if (!budget_book_get_project_index(w->book, p->code, &index) ||
            strcmp(budget_project_get_code(budget_book_get_project_nth(w->book, index)), p->code) != 0 ||
            !budget_ledger_record_nth(w->ledger, p->date, index, p->amount, p->source, &error))
            w->failures++;
    }
    return NULL;
}

static void assert_same_totals(const BudgetLedger *a, const BudgetLedger *b)
{
    for (size_t i = 0; i < N_PROJECTS; i++) {
        BudgetFen x = 0, y = 0;
        CU_ASSERT(budget_ledger_get_executed(a, i, &x) && budget_ledger_get_executed(b, i, &y));
        assert_fen(x, y);
        CU_ASSERT_EQUAL(budget_ledger_get_n_transactions_nth(a, i),
                        budget_ledger_get_n_transactions_nth(b, i));
        for (int s = 0; s < BUDGET_SOURCE_N; s++) {
            CU_ASSERT(budget_ledger_get_executed_by_source(a, i, (BudgetSource)s, &x));
            CU_ASSERT(budget_ledger_get_executed_by_source(b, i, (BudgetSource)s, &y));
            assert_fen(x, y);
        }
        for (int m = 0; m <= 12; m++) {
            CU_ASSERT(budget_ledger_get_month_executed(a, i, m, &x));
            CU_ASSERT(budget_ledger_get_month_executed(b, i, m, &y));
            assert_fen(x, y);
        }
    }
}

static void assert_same_reports(const BudgetLedger *a, const BudgetLedger *b, BudgetLevel level)
{
    BudgetReport *ra = budget_report_new(a, level, NULL, NULL);
    BudgetReport *rb = budget_report_new(b, level, NULL, NULL);

    CU_ASSERT_PTR_NOT_NULL_FATAL(ra);
    CU_ASSERT_PTR_NOT_NULL_FATAL(rb);
    CU_ASSERT_EQUAL(budget_report_get_n_rows(ra), budget_report_get_n_rows(rb));
    for (size_t r = 0; r < budget_report_get_n_rows(ra) && r < budget_report_get_n_rows(rb); r++) {
        CU_ASSERT_STRING_EQUAL(budget_report_get_key(ra, r), budget_report_get_key(rb, r));
        for (int c = 0; c < BUDGET_REPORT_MONEY_N; c++) {
            BudgetFen x = -1, y = -2;
            bool hx = budget_report_get_money(ra, r, (BudgetReportMoney)c, &x);
            bool hy = budget_report_get_money(rb, r, (BudgetReportMoney)c, &y);
            CU_ASSERT_EQUAL(hx, hy);
            if (hx && hy)
                assert_fen(x, y);
        }
    }
    budget_report_free(ra);
    budget_report_free(rb);
}

static void test_threads_per_thread_ledgers_merged(void)
{
    BudgetBook *book = make_book();
    Payment *payments = make_payments();
    Work work[N_THREADS];
    GThread *threads[N_THREADS];
    BudgetLedger *single, *merged;
    BudgetFen total_single = 0, total_payments = 0;

    for (int t = 0; t < N_THREADS; t++) {
        work[t] = (Work){book, payments, t, NULL, 0};
        threads[t] = g_thread_new("reader", record_share, &work[t]);
    }
    for (int t = 0; t < N_THREADS; t++)
        g_thread_join(threads[t]);

    /* The same payments on one thread, after the threads are done. */
    single = budget_ledger_new(book, 20241231, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(single);
    for (int i = 0; i < N_PAYMENTS; i++) {
        CU_ASSERT(budget_ledger_record(single, payments[i].date, payments[i].code, payments[i].amount,
                                       payments[i].source, NULL));
        total_payments += payments[i].amount;
    }

    merged = work[0].ledger;
    CU_ASSERT_PTR_NOT_NULL_FATAL(merged);
    for (int t = 0; t < N_THREADS; t++) {
        CU_ASSERT_EQUAL(work[t].failures, 0);
        if (t > 0) {
            CU_ASSERT_PTR_NOT_NULL_FATAL(work[t].ledger);
            CU_ASSERT(budget_ledger_merge(merged, work[t].ledger, NULL));
        }
    }
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(merged), N_PAYMENTS);
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(single), N_PAYMENTS);
    assert_same_totals(single, merged);
    /* The sum over projects is the sum of the payments (all dated in 2024,
     * on or before the as-of date). */
    for (size_t i = 0; i < N_PROJECTS; i++) {
        BudgetFen x = 0;
        CU_ASSERT(budget_ledger_get_executed(single, i, &x));
        total_single += x;
    }
    assert_fen(total_payments, total_single);
    assert_same_reports(single, merged, BUDGET_LEVEL_PROJECT);
    assert_same_reports(single, merged, BUDGET_LEVEL_UNIT);

    for (int t = 0; t < N_THREADS; t++)
        budget_ledger_unref(work[t].ledger);
    budget_ledger_unref(single);
    budget_book_unref(book);
    g_free(payments);
}

/* The last reference may be dropped on any thread (refcounts are atomic):
 * each thread holds a reference to the book and drops it when done. */
static gpointer drop_ref(gpointer data)
{
    BudgetBook *book = data;
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);

    budget_ledger_unref(ledger);
    budget_book_unref(book);
    return NULL;
}

static void test_threads_refcounts(void)
{
    BudgetBook *book = make_book();
    GThread *threads[N_THREADS];

    for (int t = 0; t < N_THREADS; t++)
        threads[t] = g_thread_new("unref", drop_ref, budget_book_ref(book));
    budget_book_unref(book);
    for (int t = 0; t < N_THREADS; t++)
        g_thread_join(threads[t]);
}

static CU_TestInfo threads_tests[] = {
    {"per-thread ledgers merged equal one ledger", test_threads_per_thread_ledgers_merged},
    {"references dropped on several threads", test_threads_refcounts},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"threads", NULL, NULL, NULL, NULL, threads_tests},
    CU_SUITE_INFO_NULL,
};
