/* ledger: streaming per-project accumulators of disbursements, mergeable. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#endif

#include "guard-private.h"
#include "ledger-private.h"
#include "plan-private.h"

G_STATIC_ASSERT(sizeof(BudgetpLedgerAcc) % 64 == 0);

/* The totals are read in random order, a payment each: on 2 MiB pages from
 * 2 MiB (32,768 projects). Not the buckets: a ledger in date order fills
 * one bucket's row at a time, and a huge page would only be cleared whole
 * for nothing (measured: it cost more than it gave). */
static BudgetpLedgerAcc *acc_new(size_t n, bool zero)
{
    return budgetp_book_block_new(n * sizeof(BudgetpLedgerAcc), 64, BUDGETP_HUGE_PAGE, zero);
}

static BudgetFen *buckets_new(size_t n, bool zero)
{
    return budgetp_book_block_new(n * BUDGETP_LEDGER_N_BUCKETS * sizeof(BudgetFen), 64, 0, zero);
}

BudgetLedger *budget_ledger_new(BudgetBook *book, BudgetDate as_of, BudgetError *error)
{
    BudgetpBookEntry *const *entries;
    BudgetLedger *ledger;
    size_t n;
    int year;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, NULL, error);
    budgetp_guard_return_val_if_dead_error(&book->ref_count, "BudgetBook", NULL, error);
    /* The year first: without one, an as-of date derived from it (the
     * year's end) is 0, and "invalid as-of date 0" would hide the cause. */
    if (!budgetp_book_require_year(book, &year, error))
        return NULL;
    if (!budget_date_is_valid(as_of)) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, "as_of", "invalid as-of date %d",
                          (int)as_of);
        return NULL;
    }
    entries = budgetp_book_entries(book, &n);
    ledger = g_new0(BudgetLedger, 1);
    ledger->ref_count = 1;
    ledger->book = budget_book_ref(book);
    ledger->as_of = as_of;
    ledger->year = year;
    /* A snapshot: projects added to the book later are not tracked, and the
     * entries of those tracked never move, whatever the book does. */
    ledger->n = n;
    ledger->entries = g_new(BudgetpBookEntry *, n + 1);
    if (n > 0)
        memcpy(ledger->entries, entries, n * sizeof *entries);
    ledger->acc = acc_new(n, true);
    ledger->buckets = buckets_new(n, true);
    ledger->policy = BUDGET_SPEND_IGNORE;
    return ledger;
}

BudgetLedger *budget_ledger_ref(BudgetLedger *ledger)
{
    g_return_val_if_fail(ledger != NULL, NULL);
    budgetp_guard_return_val_if_dead(&ledger->ref_count, "BudgetLedger", NULL);
    g_atomic_int_inc(&ledger->ref_count);
    return ledger;
}

void budget_ledger_unref(BudgetLedger *ledger)
{
    if (ledger == NULL)
        return;
    budgetp_guard_return_if_dead(&ledger->ref_count, "BudgetLedger");
    if (!g_atomic_int_dec_and_test(&ledger->ref_count))
        return;
    if (ledger->warn_destroy != NULL)
        ledger->warn_destroy(ledger->warn_data);
    free(ledger->acc);
    free(ledger->buckets);
    g_free(ledger->entries);
    budget_book_unref(ledger->book);
    budgetp_guard_release(ledger, &ledger->ref_count);
}

BudgetBook *budget_ledger_get_book(const BudgetLedger *ledger)
{
    g_return_val_if_fail(ledger != NULL, NULL);
    return ledger->book;
}

BudgetDate budget_ledger_get_as_of(const BudgetLedger *ledger)
{
    g_return_val_if_fail(ledger != NULL, 0);
    return ledger->as_of;
}

void budget_ledger_set_policy(BudgetLedger *ledger, BudgetSpendPolicy policy, bool control_plan)
{
    g_return_if_fail(ledger != NULL);
    g_return_if_fail((unsigned)policy < BUDGET_SPEND_POLICY_N);
    ledger->policy = policy;
    ledger->control_plan = control_plan;
}

void budget_ledger_set_warn_func_full(BudgetLedger *ledger, BudgetLedgerWarnFunc func, void *user_data,
                                      BudgetDestroyNotify destroy)
{
    BudgetDestroyNotify old_destroy;
    void *old_data;

    g_return_if_fail(ledger != NULL);
    old_destroy = ledger->warn_destroy;
    old_data = ledger->warn_data;
    ledger->warn_func = func;
    ledger->warn_data = user_data;
    ledger->warn_destroy = destroy;
    /* Last: the destroy function may run host code (a binding's decref)
     * that reaches this ledger again, and must find the new hook. */
    if (old_destroy != NULL)
        old_destroy(old_data);
}

void budget_ledger_set_warn_func(BudgetLedger *ledger, BudgetLedgerWarnFunc func, void *user_data)
{
    g_return_if_fail(ledger != NULL);
    budget_ledger_set_warn_func_full(ledger, func, user_data, NULL);
}

/* While the book holds exactly the projects of the snapshot (projects are
 * only ever added), its code order is the snapshot's: a position in the book
 * is the ledger slot, with no sorting, locking or search. */
static inline bool book_unchanged(const BudgetLedger *ledger)
{
    return budgetp_book_n_entries(ledger->book) == ledger->n;
}

/* The ledger slot of a book entry, or -1 if the entry is not tracked. */
static gssize slot_of_entry(const BudgetLedger *ledger, const BudgetpBookEntry *entry)
{
    size_t n, lo = 0, hi = ledger->n;

    if (!book_unchanged(ledger))
        budgetp_book_entries(ledger->book, &n); /* makes entry->index current */
    if (entry->index < ledger->n && ledger->entries[entry->index] == entry)
        return (gssize)entry->index;
    /* The book gained projects since the snapshot: search it by code. */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ledger->entries[mid]->project->code, entry->project->code);

        if (c == 0)
            return ledger->entries[mid] == entry ? (gssize)mid : -1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

gssize budgetp_ledger_slot(const BudgetLedger *ledger, const char *code)
{
    const BudgetpBookEntry *entry = budgetp_book_lookup(ledger->book, code);

    return entry != NULL ? slot_of_entry(ledger, entry) : -1;
}

/* The slot for an index in the book's current code order, or -1. */
static gssize slot_of_index(const BudgetLedger *ledger, size_t project_index)
{
    BudgetpBookEntry *const *entries;
    size_t n;

    if (book_unchanged(ledger))
        return project_index < ledger->n ? (gssize)project_index : -1;
    entries = budgetp_book_entries(ledger->book, &n);
    if (project_index >= n)
        return -1;
    return slot_of_entry(ledger, entries[project_index]);
}

static bool overflow(BudgetError *error, const char *code, const char *what)
{
    budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, "amount",
                      "project %s: %s would overflow 64 bits of fen; the payment is not recorded", code,
                      what);
    return false;
}

/* Spending control: is the running total past the budget adjusted to @date,
 * or (with plan control) past the allowance at @date: the planned amount of
 * the checkpoint that closes the period holding @date (the first checkpoint
 * on or after it), so that a January payment is measured against the March
 * target, not refused because nothing is planned before March? On true,
 * fills @what/@limit for the message. */
static bool check_limit(const BudgetLedger *ledger, const BudgetpBookEntry *entry, BudgetDate date,
                        BudgetFen running, bool *past, const char **what, BudgetFen *limit,
                        BudgetError *error)
{
    const BudgetProject *project = entry->project;
    BudgetFen budget, planned;
    int64_t micropct;
    int month;

    *past = false;
    if (!budgetp_book_entry_adjusted(ledger->book, entry, date, &budget, error))
        return false;
    if (running > budget) {
        *past = true;
        *what = "adjusted budget";
        *limit = budget;
        return true;
    }
    if (ledger->control_plan && project->plan != NULL &&
        budgetp_plan_closing_checkpoint(project->plan, budgetp_project_year(project, ledger->year), date,
                                        &month, &micropct) &&
        budget_money_scale_micropct(budget, micropct, &planned) && running > planned) {
        *past = true;
        *what = "planned amount";
        *limit = planned;
    }
    return true;
}

static bool record_slot(BudgetLedger *ledger, BudgetDate date, size_t slot, BudgetFen amount,
                        BudgetSource source, BudgetError *error)
{
    const BudgetpBookEntry *entry = ledger->entries[slot]; /* only touched on the slow paths */
    BudgetpLedgerAcc *acc = &ledger->acc[slot];
    BudgetFen running, executed = 0, by_source = 0, in_bucket = 0, *bucket = NULL;
    BudgetFen paid = acc->paid, refunded = acc->refunded;
    const char *what = NULL;
    BudgetFen limit = 0;
    bool past = false;

    if ((unsigned)source >= BUDGET_SOURCE_N) {
        g_return_if_fail_warning(G_LOG_DOMAIN, G_STRFUNC, "(unsigned)source < BUDGET_SOURCE_N");
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, "source",
                          "unknown funding source %d", (int)source);
        return false;
    }
    /* Compute every new total first so that an overflow anywhere records nothing.
     * The gross sums come first: a payment is refused when the project's
     * payments, or its refunds, would no longer fit, even if the running
     * total would. That makes the refusal independent of the as-of date and
     * of the order of payments: a ledger at another date (whose executed
     * total skips the payments after it, perhaps the refund that brought
     * the running total back) or one merged from parts refuses the same
     * payment, and `budget validate` finds what every report would stop at. */
    if (amount > 0 && !budgetp_fen_add(paid, amount, &paid))
        return overflow(error, entry->project->code, "the sum of its payments");
    if (amount < 0 && !budgetp_fen_add(refunded, amount, &refunded))
        return overflow(error, entry->project->code, "the sum of its refunds");
    /* Every total below lies in [refunded, paid]: these checks cannot fail,
     * and stay as the rule's guard. */
    if (!budgetp_fen_add(acc->running, amount, &running))
        return overflow(error, entry->project->code, "its running total");
    if (date <= ledger->as_of) {
        bucket =
            budgetp_ledger_bucket(ledger, budgetp_ledger_bucket_of(ledger, date), slot); /* @date valid */
        if (!budgetp_fen_add(acc->executed, amount, &executed) ||
            !budgetp_fen_add(acc->by_source[source], amount, &by_source) ||
            !budgetp_fen_add(*bucket, amount, &in_bucket))
            return overflow(error, entry->project->code, "its executed total");
    }

    /* Refunds (and zero amounts) never go past anything. */
    if (ledger->policy != BUDGET_SPEND_IGNORE && amount > 0 &&
        !check_limit(ledger, entry, date, running, &past, &what, &limit, error))
        return false;
    if (past && ledger->policy == BUDGET_SPEND_STOP) {
        char total[32], lim[32];

        budget_money_format(running, total, sizeof total);
        budget_money_format(limit, lim, sizeof lim);
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, "amount",
                          "project %s: payments would total %s, past its %s %s; not recorded",
                          entry->project->code, total, what, lim);
        return false;
    }

    acc->running = running;
    acc->paid = paid;
    acc->refunded = refunded;
    if (bucket != NULL) {
        acc->executed = executed;
        acc->by_source[source] = by_source;
        *bucket = in_bucket;
    }
    acc->n_transactions++;
    if (date > ledger->as_of)
        ledger->n_after_as_of++;
    if (past) {
        ledger->n_warnings++;
        if (ledger->warn_func != NULL) {
            char total[32], lim[32], pay[32];
            BudgetError warning;

            budget_error_clear(&warning);
            budget_money_format(amount, pay, sizeof pay);
            budget_money_format(running, total, sizeof total);
            budget_money_format(limit, lim, sizeof lim);
            budgetp_error_set(&warning, BUDGET_ERROR_RANGE, NULL, 0, 0, "code",
                              "project %s: payment of %s brings payments to %s, past its %s %s",
                              entry->project->code, pay, total, what, lim);
            if (ledger->warn_func(&warning, ledger->warn_data) != 0) {
                budgetp_error_set(error, BUDGET_ERROR_ABORTED, NULL, 0, 0, "code",
                                  "project %s: stopped by the warning function (the payment is recorded)",
                                  entry->project->code);
                return false;
            }
        }
    }
    return true;
}

bool budget_ledger_record(BudgetLedger *ledger, BudgetDate date, const char *code, BudgetFen amount,
                          BudgetSource source, BudgetError *error)
{
    const BudgetpBookEntry *entry;
    gssize slot;

    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    budgetp_return_val_if_fail(code != NULL, false, error);
    if (!budget_date_is_valid(date)) {
        budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, "date", "invalid date %d", (int)date);
        return false;
    }
    entry = budgetp_book_lookup(ledger->book, code);
    slot = entry != NULL ? slot_of_entry(ledger, entry) : -1;
    if (slot < 0) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, "code",
                          entry != NULL ? "project %s was added after the ledger was made"
                                        : "unknown project code %s",
                          code);
        return false;
    }
    return record_slot(ledger, date, (size_t)slot, amount, source, error);
}

bool budget_ledger_record_nth(BudgetLedger *ledger, BudgetDate date, size_t project_index, BudgetFen amount,
                              BudgetSource source, BudgetError *error)
{
    gssize slot;

    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    if (!budget_date_is_valid(date)) {
        budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, "date", "invalid date %d", (int)date);
        return false;
    }
    slot = slot_of_index(ledger, project_index);
    if (slot < 0) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, "code",
                          "no tracked project at index %zu", project_index);
        return false;
    }
    return record_slot(ledger, date, (size_t)slot, amount, source, error);
}

bool budgetp_ledger_plain_ok(const BudgetLedger *ledger)
{
    return ledger->policy == BUDGET_SPEND_IGNORE && book_unchanged(ledger);
}

bool budgetp_ledger_record_plain(BudgetLedger *ledger, BudgetDate date, size_t project_index,
                                 BudgetFen amount, BudgetSource source)
{
    /* No error record: the caller records the row again through the full
     * path, which says why, when this refuses it. */
    if (G_UNLIKELY(project_index >= ledger->n || !book_unchanged(ledger)))
        return false;
    return record_slot(ledger, date, project_index, amount, source, NULL);
}

BudgetFen budgetp_ledger_headroom(const BudgetLedger *ledger)
{
    BudgetFen most = 0;

    for (size_t i = 0; i < ledger->n; i++) {
        most = MAX(most, ledger->acc[i].paid);
        most = MAX(most, -(ledger->acc[i].refunded + 1)); /* refunded > INT64_MIN */
    }
    return G_MAXINT64 - 1 - most;
}

BudgetLedger *budgetp_ledger_new_part(const BudgetLedger *ledger)
{
    BudgetLedger *part = g_new0(BudgetLedger, 1);

    part->ref_count = 1;
    part->book = budget_book_ref(ledger->book);
    part->as_of = ledger->as_of;
    part->year = ledger->year;
    part->n = ledger->n;
    part->entries = g_new(BudgetpBookEntry *, ledger->n + 1);
    if (ledger->n > 0)
        memcpy(part->entries, ledger->entries, ledger->n * sizeof *ledger->entries);
    part->acc = acc_new(ledger->n, true);
    part->buckets = buckets_new(ledger->n, true);
    part->policy = ledger->policy;
    part->control_plan = ledger->control_plan;
    return part;
}

/* Adds @b's totals of slot @i to @a's (into @a when @store, else only
 * checks that every sum fits); false if one does not. */
static bool slot_add(BudgetLedger *a, const BudgetLedger *b, size_t i, bool store)
{
    BudgetpLedgerAcc sum, *x = &a->acc[i];
    const BudgetpLedgerAcc *y = &b->acc[i];
    BudgetFen bucket[BUDGETP_LEDGER_N_BUCKETS];
    bool ok = budgetp_fen_add(x->executed, y->executed, &sum.executed) &&
              budgetp_fen_add(x->running, y->running, &sum.running) &&
              budgetp_fen_add(x->paid, y->paid, &sum.paid) &&
              budgetp_fen_add(x->refunded, y->refunded, &sum.refunded) &&
              !__builtin_add_overflow(x->n_transactions, y->n_transactions, &sum.n_transactions);

    for (int s = 0; ok && s < BUDGETP_N_SOURCES; s++)
        ok = budgetp_fen_add(x->by_source[s], y->by_source[s], &sum.by_source[s]);
    for (int k = 0; ok && k < BUDGETP_LEDGER_N_BUCKETS; k++)
        ok = budgetp_fen_add(*budgetp_ledger_bucket(a, k, i), *budgetp_ledger_bucket(b, k, i), &bucket[k]);
    if (ok && store) {
        *x = sum;
        for (int k = 0; k < BUDGETP_LEDGER_N_BUCKETS; k++)
            *budgetp_ledger_bucket(a, k, i) = bucket[k];
    }
    return ok;
}

bool budget_ledger_merge(BudgetLedger *ledger, const BudgetLedger *other, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    budgetp_return_val_if_fail(other != NULL, false, error);
    /* Merging a ledger into itself would count every payment twice. */
    budgetp_return_val_if_fail(other != ledger, false, error);
    if (other->book != ledger->book || other->as_of != ledger->as_of || other->year != ledger->year ||
        other->n != ledger->n ||
        memcmp(other->entries, ledger->entries, ledger->n * sizeof *ledger->entries) != 0) {
        budgetp_error_set(error, BUDGET_ERROR_INCONSISTENT, NULL, 0, 0, NULL,
                          "ledgers over different books, projects or as-of dates cannot be merged");
        return false;
    }
    /* All or nothing: every sum is checked before any is stored. */
    for (size_t i = 0; i < ledger->n; i++) {
        if (!slot_add(ledger, other, i, false)) {
            budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, "amount",
                              "project %s: merged totals would overflow; nothing is changed",
                              ledger->entries[i]->project->code);
            return false;
        }
    }
    for (size_t i = 0; i < ledger->n; i++)
        (void)slot_add(ledger, other, i, true);
    ledger->n_after_as_of += other->n_after_as_of;
    ledger->n_warnings += other->n_warnings;
    return true;
}

static const BudgetpLedgerAcc *acc_at(const BudgetLedger *ledger, size_t project_index)
{
    gssize slot = slot_of_index(ledger, project_index);

    return slot >= 0 ? &ledger->acc[slot] : NULL;
}

bool budget_ledger_get_executed(const BudgetLedger *ledger, size_t project_index, BudgetFen *out)
{
    const BudgetpLedgerAcc *acc;

    g_return_val_if_fail(ledger != NULL, false);
    g_return_val_if_fail(out != NULL, false);
    acc = acc_at(ledger, project_index);
    if (acc == NULL)
        return false;
    *out = acc->executed;
    return true;
}

bool budget_ledger_get_executed_by_source(const BudgetLedger *ledger, size_t project_index,
                                          BudgetSource source, BudgetFen *out)
{
    const BudgetpLedgerAcc *acc;

    g_return_val_if_fail(ledger != NULL, false);
    g_return_val_if_fail(out != NULL, false);
    g_return_val_if_fail((unsigned)source < BUDGET_SOURCE_N, false);
    acc = acc_at(ledger, project_index);
    if (acc == NULL)
        return false;
    *out = acc->by_source[source];
    return true;
}

bool budget_ledger_get_month_executed(const BudgetLedger *ledger, size_t project_index, int month,
                                      BudgetFen *out)
{
    const BudgetpLedgerAcc *acc;

    g_return_val_if_fail(ledger != NULL, false);
    g_return_val_if_fail(out != NULL, false);
    if (month < 0 || month > 12)
        return false;
    acc = acc_at(ledger, project_index);
    if (acc == NULL)
        return false;
    *out = *budgetp_ledger_bucket(ledger, month, (size_t)(acc - ledger->acc));
    return true;
}

size_t budget_ledger_get_n_transactions(const BudgetLedger *ledger)
{
    guint64 total = 0;

    g_return_val_if_fail(ledger != NULL, 0);
    for (size_t i = 0; i < ledger->n; i++)
        total += ledger->acc[i].n_transactions;
    return (size_t)total;
}

size_t budget_ledger_get_n_transactions_nth(const BudgetLedger *ledger, size_t project_index)
{
    const BudgetpLedgerAcc *acc;

    g_return_val_if_fail(ledger != NULL, 0);
    g_return_val_if_fail(project_index < budget_book_get_n_projects(ledger->book), 0);
    acc = acc_at(ledger, project_index);
    return acc != NULL ? (size_t)acc->n_transactions : 0;
}

size_t budget_ledger_get_n_after_as_of(const BudgetLedger *ledger)
{
    g_return_val_if_fail(ledger != NULL, 0);
    return (size_t)ledger->n_after_as_of;
}

size_t budget_ledger_get_n_warnings(const BudgetLedger *ledger)
{
    g_return_val_if_fail(ledger != NULL, 0);
    return (size_t)ledger->n_warnings;
}
