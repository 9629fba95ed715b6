#ifndef BUDGET_LEDGER_H
#define BUDGET_LEDGER_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>
#include <budget/budget-error.h>

BUDGET_BEGIN_DECLS

/**
 * SECTION:budget-ledger
 * @title: Ledgers
 * @short_description: streaming accumulators of disbursements (支出)
 *
 * A ledger does not keep transactions. For each project of its book it
 * keeps a fixed-size accumulator: the amount executed up to the ledger's
 * as-of date, by funding source and by month of the book's year, the
 * count of transactions, and the running total used for spending
 * control. Memory therefore grows with the number of projects, never with
 * the number of transactions, and a ledger file of any length is read in
 * one pass.
 *
 * Executed = the sum of amounts dated on or before as-of; reversals
 * (冲销) are negative amounts. Transactions after as-of are counted but
 * not executed. Transactions before the book's year count as executed
 * (in month 0 of the series).
 *
 * Merging (budget_ledger_merge()) adds one ledger's accumulators into
 * another's, element by element, so merge(a, b) equals recording a's
 * transactions and then b's: a ledger can be split across threads,
 * processes or machines and combined. Spending-control warnings are not
 * re-checked by a merge.
 *
 * The ledger takes its list of projects from the book when it is made:
 * a project added to the book later is unknown to it (recording gives
 * %BUDGET_ERROR_NOT_FOUND and the getters return false for its index).
 *
 * A ledger holds a reference to its book. Record from one thread at a
 * time; read from any number once recording is done. Refcounted.
 *
 * Thread safety: A #BudgetLedger may be read from many threads, but recording
 * into one ledger from two threads at once is misuse (its totals are not
 * locked): give each thread its own ledger over the same book and merge them
 * with budget_ledger_merge() (docs/threads.md). Its refcount is atomic.
 */

/**
 * BudgetLedgerWarnFunc:
 * @warning: what happened, with the project code in @warning->field's
 *   place ("code") and a message naming the amounts
 * @user_data: what was given to budget_ledger_set_warn_func()
 *
 * Called under the warn policy for a payment past the budget or plan.
 *
 * Returns: 0 to go on; non-zero makes budget_ledger_record() fail with
 *   %BUDGET_ERROR_ABORTED (the payment stays recorded).
 * Since: 1.0
 */
typedef int (*BudgetLedgerWarnFunc)(const BudgetError *warning, void *user_data);

/**
 * budget_ledger_new:
 * @book: (transfer none): the book whose projects are accumulated; a
 *   reference is taken. Projects added to the book later are not tracked.
 * @as_of: the as-of date (a valid date)
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (NULL book, invalid date),
 * %BUDGET_ERROR_INCONSISTENT (the book has no year: see
 * budget_book_get_year(); checked before @as_of, which is often derived
 * from the year).
 *
 * Returns: (transfer full) (nullable): an empty ledger; release with budget_ledger_unref().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetLedger *budget_ledger_new(BudgetBook *book, BudgetDate as_of, BudgetError *error)
    BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_ledger_ref:
 * @ledger: a ledger
 *
 * Takes one more reference on @ledger; release it with budget_ledger_unref().
 * Thread-safe.
 *
 * Returns: (transfer full): @ledger with one more reference.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetLedger *budget_ledger_ref(BudgetLedger *ledger);

/**
 * budget_ledger_unref:
 * @ledger: (nullable) (transfer full): a ledger
 *
 * Thread-safe.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_ledger_unref(BudgetLedger *ledger);

/**
 * budget_ledger_get_book:
 * @ledger: a ledger
 *
 * Gives the book the ledger accumulates for; the ledger holds a reference on
 * it, so the book lives at least as long as the ledger.
 *
 * Returns: (transfer none): the ledger's book.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetBook *budget_ledger_get_book(const BudgetLedger *ledger);

/**
 * budget_ledger_get_as_of:
 * @ledger: a ledger
 *
 * Gives the ledger's as-of date: transactions dated on or before it are
 * executed, later ones are only counted.
 *
 * Returns: the as-of date.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDate budget_ledger_get_as_of(const BudgetLedger *ledger);

/**
 * budget_ledger_set_policy:
 * @ledger: a ledger
 * @policy: ignore (the default), warn or stop
 * @control_plan: also control against the plan, not only the adjusted
 *   budget: the allowance at the payment's date is the planned amount of
 *   the checkpoint that closes the current period
 *
 * Sets the spending control applied by budget_ledger_record(). The check
 * compares the project's running total of every payment recorded so far,
 * plus this one, with its budget adjusted to the payment's date and, with
 * @control_plan, with the allowance: the budget adjusted to the payment's
 * date × the cumulative percent of the first checkpoint whose month end is
 * on or after that date (a blank checkpoint cell carries the previous
 * value; after the last checkpoint, the last), so that a January payment
 * is measured against the March target. A project without a valid plan is
 * controlled against its budget only. Refunds (negative amounts) are never
 * refused.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_ledger_set_policy(BudgetLedger *ledger, BudgetSpendPolicy policy, bool control_plan);

/**
 * budget_ledger_set_warn_func:
 * @ledger: a ledger
 * @func: (nullable): called for each warning under the warn policy
 * @user_data: (nullable): passed to @func
 *
 * Sets the hook called for each spending-control warning under
 * %BUDGET_SPEND_WARN (see budget_ledger_set_policy()); NULL removes it. The
 * hook runs inside budget_ledger_record(), on the recording thread.
 *
 * The same as budget_ledger_set_warn_func_full() with no destroy function:
 * @user_data must outlive the ledger (or the hook's replacement), which a
 * refcounted ledger held elsewhere makes hard to know; bindings use the
 * _full variant.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_ledger_set_warn_func(BudgetLedger *ledger, BudgetLedgerWarnFunc func, void *user_data);

/**
 * budget_ledger_set_warn_func_full:
 * @ledger: a ledger
 * @func: (nullable): called for each warning under the warn policy
 * @user_data: (nullable) (transfer full): passed to @func; the ledger owns
 *   it from now on when @destroy is given
 * @destroy: (nullable): called once on @user_data when the hook is replaced
 *   (by either setter) or the ledger is freed by its last
 *   budget_ledger_unref()
 *
 * Sets the hook as budget_ledger_set_warn_func() does, and hands @user_data
 * to the ledger (GLib's `_full` + GDestroyNotify, SQLite's xDestroy): a
 * binding passes a reference to its callable and the function that drops
 * it, so the callable lives exactly as long as the ledger uses it. @destroy
 * is called with @user_data even when @func is NULL, and also when
 * @user_data is NULL. The previous hook's destroy function, if any, runs
 * after the new hook is in place, on the calling thread. A merged ledger
 * (budget_ledger_merge()) keeps its own hook; @other's is not copied.
 * Passing the user data already stored, with a destroy function, destroys
 * it (the old hook's notify runs), as in GLib: set a new reference. A NULL
 * @ledger is a caller error (a critical): nothing is stored and @destroy is
 * not called.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_ledger_set_warn_func_full(BudgetLedger *ledger, BudgetLedgerWarnFunc func, void *user_data,
                                      BudgetDestroyNotify destroy);

/**
 * budget_ledger_record:
 * @ledger: a ledger
 * @date: the payment date (a valid date)
 * @code: the project code
 * @amount: the amount in fen; negative for a reversal
 * @source: the funding source
 * @error: (nullable): error record
 *
 * Adds one disbursement to the project's accumulator.
 *
 * A payment is refused with %BUDGET_ERROR_OVERFLOW when the sum of the
 * project's positive amounts, or of its negative ones, would not fit in 64
 * bits of fen, even if its running total would (a later reversal bringing
 * it back). Every total a ledger keeps is a sum of some of these amounts, so
 * the rule makes the refusal independent of the as-of date, of the order of
 * the payments and of how a ledger is split and merged: a ledger at any
 * other date refuses the same payment. A project's budget adjusted to @date
 * that does not fit (under a spending policy) is also OVERFLOW, naming the
 * adjustment that takes it out of range.
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND (unknown code), %BUDGET_ERROR_PARSE
 * (invalid date), %BUDGET_ERROR_INVALID_ARGUMENT (unknown source),
 * %BUDGET_ERROR_OVERFLOW (a total would overflow, see above; nothing is recorded),
 * %BUDGET_ERROR_RANGE (stop policy: the payment would go past the
 * budget or plan; nothing is recorded), %BUDGET_ERROR_ABORTED (the warn
 * function returned non-zero; the payment is recorded).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_ledger_record(BudgetLedger *ledger, BudgetDate date, const char *code, BudgetFen amount,
                          BudgetSource source, BudgetError *error);

/**
 * budget_ledger_record_nth:
 * @ledger: a ledger
 * @date: the payment date
 * @project_index: the project's index in the book (budget_book_get_project_index())
 * @amount: the amount in fen
 * @source: the funding source
 * @error: (nullable): error record
 *
 * budget_ledger_record() without the code lookup, for readers that
 * resolve codes themselves. Same errors, with NOT_FOUND for a bad index.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_ledger_record_nth(BudgetLedger *ledger, BudgetDate date, size_t project_index, BudgetFen amount,
                              BudgetSource source, BudgetError *error);

/**
 * budget_ledger_merge:
 * @ledger: the ledger to add into
 * @other: a ledger over the same book and as-of date, not @ledger itself
 * @error: (nullable): error record
 *
 * Adds @other's accumulators into @ledger: afterwards @ledger reports what
 * one ledger fed with both inputs would. @other is unchanged. Merging a
 * ledger into itself is a caller error (it would count every payment twice):
 * a critical and %BUDGET_ERROR_INVALID_ARGUMENT.
 *
 * Errors: %BUDGET_ERROR_INCONSISTENT (another book or as-of date),
 * %BUDGET_ERROR_OVERFLOW (nothing is changed),
 * %BUDGET_ERROR_INVALID_ARGUMENT (@ledger or @other NULL, or the same).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_ledger_merge(BudgetLedger *ledger, const BudgetLedger *other, BudgetError *error);

/**
 * budget_ledger_get_executed:
 * @ledger: a ledger
 * @project_index: the project's index in the book
 * @out: (out): the amount executed up to as-of, all sources, in fen
 *
 * Gives the amount a project has executed up to the as-of date, in fen: the
 * sum of its transactions dated on or before as-of, reversals included, from
 * all funding sources.
 *
 * Returns: false for a bad index.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_ledger_get_executed(const BudgetLedger *ledger, size_t project_index, BudgetFen *out);

/**
 * budget_ledger_get_executed_by_source:
 * @ledger: a ledger
 * @project_index: the project's index in the book
 * @source: a funding source
 * @out: (out): the amount executed up to as-of from @source, in fen
 *
 * Gives the amount a project has executed up to the as-of date from one
 * funding source, in fen; the three sources add up to
 * budget_ledger_get_executed().
 *
 * Returns: false for a bad index or source.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_ledger_get_executed_by_source(const BudgetLedger *ledger, size_t project_index,
                                          BudgetSource source, BudgetFen *out);

/**
 * budget_ledger_get_month_executed:
 * @ledger: a ledger
 * @project_index: the project's index in the book
 * @month: 0 for everything dated before the book's year, 1 .. 12 for that
 *   month of the book's year
 * @out: (out): the amount executed in that period (up to as-of), in fen
 *
 * Gives the amount a project executed in one month of the book's year (or, for
 * month 0, before that year), in fen, counting only transactions dated on or
 * before as-of: the data behind the S-curve series.
 *
 * Returns: false for a bad index or month.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_ledger_get_month_executed(const BudgetLedger *ledger, size_t project_index, int month,
                                      BudgetFen *out);

/**
 * budget_ledger_get_n_transactions:
 * @ledger: a ledger
 *
 * Counts the transactions recorded in the whole ledger, including those
 * dated after the as-of date.
 *
 * Returns: how many transactions were recorded.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_ledger_get_n_transactions(const BudgetLedger *ledger);

/**
 * budget_ledger_get_n_transactions_nth:
 * @ledger: a ledger
 * @project_index: the project's index in the book
 *
 * Counts the transactions recorded for one project, including those dated
 * after the as-of date; 0 for a project added to the book after the ledger
 * was made. An index past the book's projects is misuse (a critical warning,
 * and 0).
 *
 * Returns: how many transactions were recorded for the project.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_ledger_get_n_transactions_nth(const BudgetLedger *ledger, size_t project_index);

/**
 * budget_ledger_get_n_after_as_of:
 * @ledger: a ledger
 *
 * Counts the recorded transactions dated after the as-of date, which are
 * counted but not executed, so that a report can say how many it left out.
 *
 * Returns: how many recorded transactions are dated after the as-of date
 *   (counted, not executed).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_ledger_get_n_after_as_of(const BudgetLedger *ledger);

/**
 * budget_ledger_get_n_warnings:
 * @ledger: a ledger
 *
 * Counts the spending-control warnings raised so far under the warn policy
 * (see budget_ledger_set_policy()).
 *
 * Returns: how many spending-control warnings the warn policy raised.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_ledger_get_n_warnings(const BudgetLedger *ledger);

BUDGET_END_DECLS

#endif /* BUDGET_LEDGER_H */
