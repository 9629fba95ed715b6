#ifndef BUDGET_MONITOR_H
#define BUDGET_MONITOR_H

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
 * SECTION:budget-monitor
 * @title: Monitoring
 * @short_description: execution rate, plan and time progress, variance, status
 *
 * The rules an execution report is computed with (#BudgetMonitorConfig:
 * the plan method, the time-progress method, the denominator and the status
 * thresholds; what each column of a report means is described in
 * budget-report.h, see budget_report_new()); the status rule on plain
 * values; the month-by-month series behind an S-curve; and
 * budget_monitor_check(), which finds every problem that would make a
 * report or a score fail.
 *
 * A configuration may be read from many threads once set up.
 *
 * Thread safety: A #BudgetMonitorConfig may be shared read-only by many
 * threads; the monitoring functions are reentrant over const inputs.
 */

/**
 * budget_monitor_config_new:
 *
 * Creates the rules a report is computed with, set to the defaults of docs/concepts.md;
 * passing NULL to budget_report_new() gives the same result.
 *
 * Returns: (transfer full): a configuration holding the defaults: step
 *   plan, days time progress, adjusted denominator, thresholds −1500,
 *   −500 and +1000 bp. Free with budget_monitor_config_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetMonitorConfig *budget_monitor_config_new(void) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_monitor_config_free:
 * @config: (nullable) (transfer full): a configuration
 *
 * Frees @config. NULL is allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_free(BudgetMonitorConfig *config);

/**
 * budget_monitor_config_set_plan_method:
 * @config: a configuration
 * @method: step or linear
 *
 * Chooses how the planned percent at the as-of date is read from each plan:
 * step (the default: a checkpoint is a deadline) or linear. An unknown @method
 * is a caller error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_set_plan_method(BudgetMonitorConfig *config, BudgetPlanMethod method);

/**
 * budget_monitor_config_set_time_method:
 * @config: a configuration
 * @method: days or months
 *
 * Chooses how time progress (序时进度) is measured: elapsed days (the default) or
 * whole months, as published notices do. An unknown @method is a caller error
 * and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_set_time_method(BudgetMonitorConfig *config, BudgetTimeMethod method);

/**
 * budget_monitor_config_set_denominator:
 * @config: a configuration
 * @denominator: adjusted (default) or original budget
 *
 * Chooses the budget the execution rate, planned amount and next-checkpoint
 * amount are computed on: the adjusted budget (全年预算数, the default, as the
 * national 自评表) or the original one (年初预算数). An unknown value is a caller
 * error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_set_denominator(BudgetMonitorConfig *config, BudgetDenominator denominator);

/**
 * budget_monitor_config_set_thresholds:
 * @config: a configuration
 * @seriously_behind_bp: below this variance → seriously_behind (default −1500)
 * @behind_bp: below this → behind (default −500)
 * @ahead_bp: above this → ahead (default +1000)
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT unless seriously_behind ≤ behind ≤ ahead.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_config_set_thresholds(BudgetMonitorConfig *config, int64_t seriously_behind_bp,
                                          int64_t behind_bp, int64_t ahead_bp, BudgetError *error);

/**
 * budget_monitor_status:
 * @config: (nullable): thresholds; NULL for the defaults
 * @over_budget: executed > adjusted budget
 * @has_variance: a variance exists (there is a rate and a valid plan)
 * @variance_bp: the variance in bp (ignored unless @has_variance)
 *
 * The status rule on plain values, for spreadsheet cells.
 *
 * Returns: the status.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetStatus budget_monitor_status(const BudgetMonitorConfig *config, bool over_budget, bool has_variance,
                                   int64_t variance_bp);

/**
 * budget_monitor_check:
 * @book: the book
 * @ledger: (nullable): a ledger over @book with the payments recorded, or
 *   NULL for none
 * @inputs: (nullable): the department figures (department.csv), or NULL
 * @diag: (transfer none): where every problem found is added
 * @error: (nullable): error record
 *
 * Runs every computation that budget_report_new() at each level
 * (project, unit, department; either denominator and plan method),
 * budget_score_report_new() and budget_department_ratio_full() would run over
 * @book and @ledger, at every as-of date, and adds each problem to @diag
 * instead of stopping at the first, so that a book this check passes never
 * makes a report or score fail later. Errors added:
 *
 * - %BUDGET_ERROR_OVERFLOW at an adjustment's file, line and column (field
 *   "amount") when a project's budget adjusted to some date does not fit;
 * - %BUDGET_ERROR_OVERFLOW at a project's row (field "budget" or "code") when
 *   one of its report amounts (remaining, variance, to the next checkpoint …)
 *   can pass 64 bits of fen at some date, or when a unit's or the
 *   department's sum can: the message names the unit and the project whose
 *   addition took the sum out of range;
 * - whatever makes a project's scorecard fail (an unreadable target).
 *
 * Warnings added: a negative budget (%BUDGET_ERROR_RANGE, at the budget
 * cell), a project year outside 1950 to 2100 (%BUDGET_ERROR_RANGE) or other
 * than the book's year (%BUDGET_ERROR_INCONSISTENT), both at the year cell,
 * and a department ratio that does not fit at the ledger's as-of date
 * (%BUDGET_ERROR_OVERFLOW: budget score --department shows it as the reason
 * "overflow"; it does not fail).
 *
 * Payments enter only through the bound the ledger keeps (the sums of the
 * positive and of the negative amounts, see budget_ledger_record()), which
 * holds at every as-of date; the check is therefore a worst case, which can
 * only differ from what some date reaches for amounts within a few fen of
 * the 64-bit limit. Places come from the CSV readers: a project or
 * adjustment added by hand has none (line 0). The check takes time linear
 * in projects, adjustments, indicator rows and units.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (@book or @diag NULL, @ledger over
 * another book). Problems found are not errors of the call.
 *
 * Returns: true if the check ran (look in @diag for what it found).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_check(const BudgetBook *book, const BudgetLedger *ledger,
                          const BudgetDepartmentInputs *inputs, BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_monitor_series:
 * @ledger: an accumulated ledger
 * @level: project, unit or department
 * @key: (nullable): the project code or unit name; ignored for the department
 * @executed: (out caller-allocates) (array fixed-size=12): cumulative executed
 *   amount at the end of each month of the book's year, in fen (everything
 *   before the year included; payments dated after 31 December are in the
 *   report's executed figure but in no month); months after the as-of
 *   month repeat the as-of total
 * @planned: (out caller-allocates) (array fixed-size=12) (nullable): cumulative
 *   planned amount at each month end (step rule, budget adjusted to that
 *   month end); only projects with a valid plan contribute
 * @has_plan: (out) (nullable): false if no project of the key has a valid plan
 * @error: (nullable): error record
 *
 * The month-by-month data behind an S-curve.
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND (unknown key), %BUDGET_ERROR_OVERFLOW,
 * %BUDGET_ERROR_INVALID_ARGUMENT.
 *
 * Returns: the number of months (0 .. 12) whose end is on or before the
 *   as-of date, i.e. how many @executed values are final; -1 on error.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_monitor_series(const BudgetLedger *ledger, BudgetLevel level, const char *key,
                          BudgetFen executed[12], BudgetFen planned[12], bool *has_plan, BudgetError *error);

BUDGET_END_DECLS

#endif /* BUDGET_MONITOR_H */
