#ifndef BUDGET_DIAGNOSTICS_H
#define BUDGET_DIAGNOSTICS_H

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
 * SECTION:budget-diagnostics
 * @title: Diagnostics
 * @short_description: every problem of a lenient reading, kept or streamed
 *
 * Lenient reading collects every problem in a #BudgetDiagnostics list, each
 * entry a #BudgetError value plus a warning flag. A list made with
 * budget_diagnostics_new() keeps every entry (about 500 bytes each); one made
 * with budget_diagnostics_new_full() hands each entry to a callback as it is
 * added and keeps only the counts, so a program can print a million problems
 * in constant memory. budget_diagnostics_set_max_kept() bounds what either
 * kind stores.
 *
 * A list is used by one thread at a time.
 *
 * Thread safety: A #BudgetDiagnostics belongs to one thread at a time: a load
 * appends to it, so two loads sharing one list at once is misuse.
 */

/**
 * BudgetDiagnosticFunc:
 * @entry: (transfer none): the problem just added; valid only during the call
 *   (copy what you keep)
 * @is_warning: true for a warning, false for an error
 * @user_data: what was given to budget_diagnostics_new_full()
 *
 * Receives each entry of a streaming #BudgetDiagnostics as it is added, in
 * the order the problems are found. When it is called the counts
 * (budget_diagnostics_get_n() and budget_diagnostics_get_n_errors()) already
 * include @entry. It must not add to, sort or free the list that calls it.
 *
 * Returns: 0 to go on; non-zero asks the reader to stop:
 *   budget_diagnostics_is_stopped() becomes true, the callback is not called
 *   again for this list, and a reader that sees it stops reading and fails
 *   with %BUDGET_ERROR_ABORTED. Entries added after that are still counted
 *   (and kept, within budget_diagnostics_set_max_kept()).
 * Since: 1.0
 */
typedef int (*BudgetDiagnosticFunc)(const BudgetError *entry, bool is_warning, void *user_data);

/**
 * budget_diagnostics_new:
 *
 * Creates an empty list of problems, to pass as the @diag argument of the CSV
 * readers; in lenient mode it receives every rejected row with its reason.
 *
 * Returns: (transfer full): an empty list; free with budget_diagnostics_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDiagnostics *budget_diagnostics_new(void) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_diagnostics_new_full:
 * @func: (nullable): called with each entry as it is added; NULL for none
 * @user_data: (nullable) (transfer full): passed to @func, and to @destroy
 *   when the list is freed
 * @destroy: (nullable): releases @user_data when the list is freed
 *
 * Creates an empty list that streams: each entry is handed to @func as it is
 * added (see #BudgetDiagnosticFunc) and then forgotten, so memory does not
 * grow with the number of problems. The counts still cover every entry.
 * budget_diagnostics_get() returns NULL for an entry that was not kept; to
 * keep the first entries as well, call budget_diagnostics_set_max_kept().
 *
 * With @func NULL the list keeps every entry, as budget_diagnostics_new()
 * does, and @destroy still releases @user_data.
 *
 * Returns: (transfer full): an empty list; free with budget_diagnostics_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDiagnostics *budget_diagnostics_new_full(BudgetDiagnosticFunc func, void *user_data,
                                               BudgetDestroyNotify destroy) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_diagnostics_free:
 * @diag: (nullable) (transfer full): a list
 *
 * Frees @diag and every entry in it; pointers returned by
 * budget_diagnostics_get() become invalid. A list made with
 * budget_diagnostics_new_full() calls its destroy function on its user data
 * here, once. NULL is allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_diagnostics_free(BudgetDiagnostics *diag);

/**
 * budget_diagnostics_add:
 * @diag: a list
 * @entry: the problem to copy in
 * @is_warning: true for a usable but suspicious row
 *
 * Counts @entry and appends a copy of it, unless the list already keeps as
 * many entries as budget_diagnostics_set_max_kept() allows (then it is only
 * counted, as dropped). On a streaming list the callback is then called with
 * @entry, unless it has already asked to stop. Readers call this; programs
 * may too.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_diagnostics_add(BudgetDiagnostics *diag, const BudgetError *entry, bool is_warning);

/**
 * budget_diagnostics_get_n:
 * @diag: a list
 *
 * Counts the entries added to @diag, errors and warnings together, kept or
 * not; use budget_diagnostics_get_n_errors() for the errors alone.
 *
 * Returns: the number of entries (errors and warnings).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_diagnostics_get_n(const BudgetDiagnostics *diag);

/**
 * budget_diagnostics_get_n_errors:
 * @diag: a list
 *
 * Counts the entries added to @diag that are errors (rejected rows, failed
 * files), kept or not, leaving out warnings: a lenient load that rejected
 * rows has a count above 0.
 *
 * Returns: the number of entries that are errors (rejected rows).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_diagnostics_get_n_errors(const BudgetDiagnostics *diag);

/**
 * budget_diagnostics_get:
 * @diag: a list
 * @index: 0 .. budget_diagnostics_get_n() - 1
 * @is_warning: (out) (nullable): set to the entry's warning flag
 *
 * Entries are in the order they were found: by file, then by line. Only
 * kept entries can be read: the first budget_diagnostics_get_n() minus
 * budget_diagnostics_get_n_dropped() of them, which is none on a streaming
 * list unless budget_diagnostics_set_max_kept() was called.
 *
 * Returns: (transfer none) (nullable): the entry, valid until @diag is
 *   modified or freed; NULL if @index is out of range or the entry was not
 *   kept (then @is_warning is left untouched).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const BudgetError *budget_diagnostics_get(const BudgetDiagnostics *diag, size_t index, bool *is_warning);

/**
 * budget_diagnostics_set_max_kept:
 * @diag: a list
 * @max_kept: how many entries to store at most; (size_t)-1 for no limit
 *
 * Bounds the memory of @diag: the first @max_kept entries are stored, later
 * ones are only counted (budget_diagnostics_get_n_dropped() says how many).
 * Entries already stored past @max_kept are released and count as dropped.
 * Kept entries are always the first ones added: once an entry has been
 * dropped, raising the limit keeps no more.
 * The default is no limit for budget_diagnostics_new() and 0 for a streaming
 * list from budget_diagnostics_new_full().
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_diagnostics_set_max_kept(BudgetDiagnostics *diag, size_t max_kept);

/**
 * budget_diagnostics_get_n_dropped:
 * @diag: a list
 *
 * Counts the entries that were counted but not stored, because of
 * budget_diagnostics_set_max_kept() or because the list streams. Such
 * entries were seen only by the list's callback, if it has one.
 *
 * Returns: the number of entries not kept.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_diagnostics_get_n_dropped(const BudgetDiagnostics *diag);

/**
 * budget_diagnostics_is_stopped:
 * @diag: a list
 *
 * Tells whether the list's callback has returned non-zero. Readers check
 * this after each entry they add and then stop with %BUDGET_ERROR_ABORTED; a
 * program that adds entries itself may do the same.
 *
 * Returns: true once the callback has asked to stop; false for a list
 *   without a callback.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_diagnostics_is_stopped(const BudgetDiagnostics *diag);

/**
 * budget_diagnostics_sort:
 * @diag: a list
 *
 * Sorts the kept entries by source name, then line, then column (stable).
 * Entries that were not kept are not there to sort: a list that must come
 * out sorted keeps everything, or its callback sorts.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_diagnostics_sort(BudgetDiagnostics *diag);

BUDGET_END_DECLS

#endif /* BUDGET_DIAGNOSTICS_H */
