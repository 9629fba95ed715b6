/* Private layout of BudgetLedger, shared with monitor.c. */
#ifndef BUDGET_LEDGER_PRIVATE_H
#define BUDGET_LEDGER_PRIVATE_H

#include "book-private.h"
#include "budget-private.h"

/* Month buckets: 0 = before the book's year, 1..12 = months of the year,
 * and BUDGETP_LEDGER_AFTER_YEAR = after it. */
#define BUDGETP_LEDGER_N_MONTHS 13
#define BUDGETP_LEDGER_AFTER_YEAR 13
#define BUDGETP_LEDGER_N_BUCKETS 14

/* One project's totals but its buckets, in one cache line: what every
 * payment touches. Every field merges by addition. */
typedef struct BudgetpLedgerAcc {
    BudgetFen executed;                     /* dated <= as-of */
    BudgetFen running;                      /* every amount recorded, any date */
    guint64 n_transactions;                 /* including those after as-of */
    BudgetFen by_source[BUDGETP_N_SOURCES]; /* dated <= as-of */
    /* Σ of the positive and Σ of the negative amounts recorded, any date.
     * Every other total is a sum of some of these amounts, taken in some
     * order, so it lies in [refunded, paid] whatever the as-of date and
     * however the ledger was split and merged: while both fit, no total of
     * any ledger over the same payments can overflow (see record_slot()). */
    BudgetFen paid;
    BudgetFen refunded;
} BudgetpLedgerAcc;

struct BudgetLedger {
    gint ref_count; /* atomic */
    BudgetBook *book;
    BudgetDate as_of;
    int year;                   /* the book's year when the ledger was made */
    size_t n;                   /* projects tracked (the book's at creation) */
    BudgetpBookEntry **entries; /* snapshot in code order */
    BudgetpLedgerAcc *acc;      /* parallel to entries */
    /* The amounts dated <= as-of per bucket, bucket by bucket: bucket b of
     * slot i at buckets[b * n + i]. A ledger read in date order adds to one
     * bucket's row for a long time, which stays in the core's cache. */
    BudgetFen *buckets;
    guint64 n_after_as_of;
    guint64 n_warnings;
    BudgetSpendPolicy policy;
    bool control_plan;
    BudgetLedgerWarnFunc warn_func;
    void *warn_data;
    BudgetDestroyNotify warn_destroy; /* called on warn_data when replaced or freed */
};

/* The bucket of a payment dated @date (valid, <= as-of), and its total for
 * slot @slot. */
static inline int budgetp_ledger_bucket_of(const BudgetLedger *ledger, BudgetDate date)
{
    int year = date / 10000;

    return year < ledger->year ? 0 : year == ledger->year ? date / 100 % 100 : BUDGETP_LEDGER_AFTER_YEAR;
}
static inline BudgetFen *budgetp_ledger_bucket(const BudgetLedger *ledger, int bucket, size_t slot)
{
    return &ledger->buckets[(size_t)bucket * ledger->n + slot];
}

/* The ledger slot (index into entries/acc) of the project @code, or -1 if
 * unknown or added to the book after the ledger was made. */
gssize budgetp_ledger_slot(const BudgetLedger *ledger, const char *code);

/* ---- The ledger pass (csv-load.c, csv-split.c) ---- */

/* Whether budgetp_ledger_record_plain() may be used: no spending control
 * (whose decisions depend on the order of payments) and the book's code
 * order still the ledger's slots. */
bool budgetp_ledger_plain_ok(const BudgetLedger *ledger);
/* budget_ledger_record_nth() for a caller that has checked the date and the
 * index and will, on false (an overflow: nothing recorded), record the same
 * payment again through budget_ledger_record_nth() for its error. */
bool budgetp_ledger_record_plain(BudgetLedger *ledger, BudgetDate date, size_t project_index,
                                 BudgetFen amount, BudgetSource source);
/* How much more, in absolute amounts, may be recorded before any project's
 * gross sums could overflow: while the payments recorded stay within it,
 * budgetp_ledger_record_plain() cannot fail. */
BudgetFen budgetp_ledger_headroom(const BudgetLedger *ledger);
/* budgetp_ledger_record_plain() without its checks, for a caller that has
 * them all from elsewhere: the ledger is plain_ok, @slot < ledger->n, @date
 * valid, @source a source, and |@amount| within what remains of a headroom
 * taken with budgetp_ledger_headroom() (so that no total can overflow).
 * Adds to the same totals as record_slot(). */
static inline void budgetp_ledger_add_plain(BudgetLedger *ledger, BudgetDate date, size_t slot,
                                            BudgetFen amount, BudgetSource source)
{
    BudgetpLedgerAcc *acc = &ledger->acc[slot];

    if (amount > 0)
        acc->paid += amount;
    else if (amount < 0)
        acc->refunded += amount;
    acc->running += amount;
    acc->n_transactions++;
    if (date <= ledger->as_of) {
        acc->executed += amount;
        acc->by_source[source] += amount;
        *budgetp_ledger_bucket(ledger, budgetp_ledger_bucket_of(ledger, date), slot) += amount;
    } else {
        ledger->n_after_as_of++;
    }
}
/* Asks for the cache line of the totals a payment of project slot @slot
 * will touch. Not its bucket: a ledger in date order finds that in the
 * core's cache, and more fetches in flight would only wait for each other
 * (measured: fetching both was slower). */
static inline void budgetp_ledger_prefetch(const BudgetLedger *ledger, size_t slot)
{
    __builtin_prefetch(&ledger->acc[slot], 1);
}
/* A ledger over the same book, date and policy with every total zero: one
 * part of a ledger split across threads, merged back with
 * budget_ledger_merge(). */
BudgetLedger *budgetp_ledger_new_part(const BudgetLedger *ledger);

#endif /* BUDGET_LEDGER_PRIVATE_H */
