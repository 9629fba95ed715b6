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
 * For each project at the ledger's as-of date:
 *
 * - budget_adjusted = budget + adjustments dated on or before as-of (全年预算数);
 * - execution rate = executed ÷ denominator (adjusted by default, or the
 *   original budget), in bp, undefined when the denominator ≤ 0; the rate
 *   on the original budget is always given too;
 * - planned percent from the plan (step by default, or linear), rounded
 *   once to bp from the exact planned fraction; undefined without a valid
 *   plan;
 * - planned amount = denominator × planned percent, computed exactly and
 *   rounded once to the fen, for the linear method too (see
 *   budget_plan_planned_amount());
 * - time progress (序时进度) by days (default) or months;
 * - variance in pp = displayed rate − displayed planned percent (both
 *   rounded to bp first, so the printed columns add up, as published
 *   notices do); variance in money = executed − planned amount;
 * - remaining = adjusted budget − executed;
 * - to_next_checkpoint = max(0, denominator × cumulative percent of the
 *   next checkpoint − executed), where the next checkpoint is the first one
 *   whose month end is after as-of and that asks for more than is planned
 *   at as-of (a blank cell, or a value equal to the one in force, is passed
 *   over; see budget_plan_next_checkpoint()); the last checkpoint once none
 *   is left;
 * - budget without a plan = the denominator if the project has no valid
 *   plan, else 0;
 * - status, first match wins: over_budget (executed > adjusted budget),
 *   no_plan (no valid plan, or no rate), seriously_behind (variance <
 *   −15 pp), behind (< −5 pp), ahead (> +10 pp), else on_track. The
 *   three thresholds are settable.
 *
 * Unit and department rows add the money of their projects and divide the
 * sums (Σexecuted ÷ Σbudget), never averaging rates; their execution rate
 * is over all their projects. A roll-up compares like with like: its
 * planned percent, variance (pp and money) and status are computed over the
 * projects that have a valid plan only (a plan that is missing is unknown,
 * not zero), so that a project without a plan can neither hide nor flatter
 * a late one:
 *
 * - planned percent = Σ planned amounts ÷ Σ denominators of the projects
 *   with a plan; undefined if none has;
 * - variance in pp = (Σ executed ÷ Σ denominators of the projects with a
 *   plan, rounded to bp) − planned percent; when some budget has no plan
 *   this is not the execution rate column minus the planned column;
 * - variance in money = Σ over the projects with a plan of (executed −
 *   planned amount), so it can differ from the executed column minus the
 *   planned column;
 * - status: over_budget when Σ executed > Σ adjusted budgets over all the
 *   projects (as for one project, a fact about the money, plan or not);
 *   else no_plan when no project has a plan (or their rate is undefined);
 *   else the thresholds on the variance above;
 * - budget without a plan (%BUDGET_REPORT_BUDGET_WITHOUT_PLAN) = Σ
 *   denominators of the projects without a valid plan: how much of the
 *   row's budget the variance and status do not cover.
 *
 * A unit with a project 30 % executed against 50 % planned and a fast
 * project without a plan is seriously_behind at −20 pp, whatever the other
 * project spent.
 *
 * Reports are immutable once made and may be read from many threads.
 */

/**
 * budget_monitor_config_new:
 *
 * Creates the rules a report is computed with, set to the defaults of docs/concepts.md;
 * passing NULL to budget_monitor_report() gives the same result.
 *
 * Returns: (transfer full): a configuration holding the defaults: step
 *   plan, days time progress, adjusted denominator, thresholds −1500,
 *   −500 and +1000 bp. Free with budget_monitor_config_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0 BUDGET_WARN_UNUSED_RESULT
BudgetMonitorConfig *budget_monitor_config_new(void);

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
 * budget_monitor_report:
 * @ledger: the accumulated ledger (its book and as-of date are used)
 * @config: (nullable): the rules; NULL for the defaults
 * @level: project, unit or department rows
 * @error: (nullable): error record
 *
 * Computes the report. Rows are sorted by key (code or unit, byte order).
 *
 * Sums are exact (128 bits): only an amount the report shows has to fit in
 * 64 bits of fen, whatever the order of the projects.
 *
 * Errors: %BUDGET_ERROR_OVERFLOW (an amount does not fit in 64 bits of fen:
 * a project's adjusted budget names the adjustment that took it out of range,
 * by file, line and column; any other amount names the project's row in
 * projects.csv, and for a unit or department row, the unit and the project
 * whose addition took the sum out of range),
 * %BUDGET_ERROR_INVALID_ARGUMENT.
 *
 * Returns: (transfer full) (nullable): the report; free with budget_report_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0 BUDGET_WARN_UNUSED_RESULT
BudgetReport *budget_monitor_report(const BudgetLedger *ledger, const BudgetMonitorConfig *config,
                                    BudgetLevel level, BudgetError *error);

/**
 * budget_monitor_check:
 * @book: the book
 * @ledger: (nullable): a ledger over @book with the payments recorded, or
 *   NULL for none
 * @inputs: (nullable): the department figures (department.csv), or NULL
 * @diag: (transfer none): where every problem found is added
 * @error: (nullable): error record
 *
 * Runs every computation that budget_monitor_report() at each level
 * (project, unit, department; either denominator and plan method),
 * budget_score_report() and budget_department_ratio_full() would run over
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
 * budget_report_free:
 * @report: (nullable) (transfer full): a report
 *
 * Frees @report and its rows; strings borrowed from it become invalid. NULL is
 * allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_report_free(BudgetReport *report);

/**
 * budget_report_get_level:
 * @report: a report
 *
 * Gives the level the report's rows were rolled up to: project, unit or
 * department.
 *
 * Returns: the level of its rows.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetLevel budget_report_get_level(const BudgetReport *report);

/**
 * budget_report_get_as_of:
 * @report: a report
 *
 * Gives the date the report was computed at, the as-of date of its ledger.
 *
 * Returns: the as-of date.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDate budget_report_get_as_of(const BudgetReport *report);

/**
 * budget_report_get_n_rows:
 * @report: a report
 *
 * Counts the rows of the report: one per project, one per unit, or one for the
 * department.
 *
 * Returns: the number of rows.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_report_get_n_rows(const BudgetReport *report);

/**
 * budget_report_get_key:
 * @report: a report
 * @row: a row index
 *
 * Gives the key of a row: the project code, the unit name or "" for the
 * department row; rows are sorted by it in byte order.
 *
 * Returns: (transfer none) (nullable): the project code, the unit name, or
 *   "" for the department row; NULL if @row is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_report_get_key(const BudgetReport *report, size_t row);

/**
 * budget_report_get_unit:
 * @report: a report
 * @row: a row index
 *
 * Gives the budget unit (预算单位) a row belongs to: the project's unit at project
 * level, the unit itself at unit level.
 *
 * Returns: (transfer none) (nullable): the unit of the row ("" for the department row).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_report_get_unit(const BudgetReport *report, size_t row);

/**
 * budget_report_get_n_projects:
 * @report: a report
 * @row: a row index
 *
 * Counts the projects a row covers, whose money the row adds up.
 *
 * Returns: how many projects the row covers (1 at project level).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_report_get_n_projects(const BudgetReport *report, size_t row);

/**
 * BudgetReportMoney:
 * @BUDGET_REPORT_BUDGET_ORIGINAL: 年初预算数
 * @BUDGET_REPORT_BUDGET_ADJUSTED: 全年预算数 (original + adjustments to as-of)
 * @BUDGET_REPORT_EXECUTED: executed up to as-of, all sources
 * @BUDGET_REPORT_EXECUTED_FISCAL: executed from fiscal funds
 * @BUDGET_REPORT_EXECUTED_CARRYOVER: executed from last year's carry-over
 * @BUDGET_REPORT_EXECUTED_OTHER: executed from other funds
 * @BUDGET_REPORT_PLANNED_AMOUNT: planned amount at as-of (undefined without a plan)
 * @BUDGET_REPORT_VARIANCE_AMOUNT: executed − planned amount (undefined without a plan)
 * @BUDGET_REPORT_REMAINING: adjusted budget − executed
 * @BUDGET_REPORT_TO_NEXT_CHECKPOINT: still to pay to meet the next checkpoint (undefined without a plan)
 * @BUDGET_REPORT_BUDGET_WITHOUT_PLAN: the budget (in the configured
 *   denominator, adjusted by default) of the projects without a valid plan,
 *   which the planned percent, variance and status do not cover; 0 when
 *   every project has a plan
 *
 * The money columns of a report row. Since: 1.0
 */
typedef enum {
    BUDGET_REPORT_BUDGET_ORIGINAL = 0,
    BUDGET_REPORT_BUDGET_ADJUSTED = 1,
    BUDGET_REPORT_EXECUTED = 2,
    BUDGET_REPORT_EXECUTED_FISCAL = 3,
    BUDGET_REPORT_EXECUTED_CARRYOVER = 4,
    BUDGET_REPORT_EXECUTED_OTHER = 5,
    BUDGET_REPORT_PLANNED_AMOUNT = 6,
    BUDGET_REPORT_VARIANCE_AMOUNT = 7,
    BUDGET_REPORT_REMAINING = 8,
    BUDGET_REPORT_TO_NEXT_CHECKPOINT = 9,
    BUDGET_REPORT_BUDGET_WITHOUT_PLAN = 10
} BudgetReportMoney;

/**
 * BudgetReportRate:
 * @BUDGET_REPORT_EXECUTION_RATE: executed ÷ the configured denominator
 * @BUDGET_REPORT_EXECUTION_RATE_ORIGINAL: executed ÷ original budget
 * @BUDGET_REPORT_PLANNED_PCT: planned percent at as-of
 * @BUDGET_REPORT_TIME_PROGRESS: 序时进度
 * @BUDGET_REPORT_VARIANCE_PP: execution rate − planned percent, both rounded to bp;
 *   for a roll-up, the rate of its projects with a plan only
 * @BUDGET_REPORT_TIME_VARIANCE_PP: execution rate − time progress
 *
 * The rate columns of a report row, in basis points. Since: 1.0
 */
typedef enum {
    BUDGET_REPORT_EXECUTION_RATE = 0,
    BUDGET_REPORT_EXECUTION_RATE_ORIGINAL = 1,
    BUDGET_REPORT_PLANNED_PCT = 2,
    BUDGET_REPORT_TIME_PROGRESS = 3,
    BUDGET_REPORT_VARIANCE_PP = 4,
    BUDGET_REPORT_TIME_VARIANCE_PP = 5
} BudgetReportRate;

/**
 * budget_report_get_money:
 * @report: a report
 * @row: a row index
 * @column: which amount
 * @out: (out): the amount in fen
 *
 * Reads one money column of a row, in fen (see #BudgetReportMoney); unit and
 * department rows hold sums over their projects.
 *
 * Returns: false if the amount is undefined (shown as an empty cell) or
 *   an argument is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_report_get_money(const BudgetReport *report, size_t row, BudgetReportMoney column, BudgetFen *out);

/**
 * budget_report_get_rate:
 * @report: a report
 * @row: a row index
 * @column: which rate
 * @out_bp: (out): the rate in basis points
 *
 * Reads one rate column of a row, in basis points (see #BudgetReportRate);
 * unit and department rows divide sums, never average rates.
 *
 * Returns: false if the rate is undefined (shown as an empty cell) or
 *   an argument is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_report_get_rate(const BudgetReport *report, size_t row, BudgetReportRate column, int64_t *out_bp);

/**
 * budget_report_get_status:
 * @report: a report
 * @row: a row index
 *
 * Gives a row's status, judged from its variance with the configured
 * thresholds (first match wins; see #BudgetStatus).
 *
 * Returns: the row's status (%BUDGET_STATUS_NO_PLAN if @row is out of range).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetStatus budget_report_get_status(const BudgetReport *report, size_t row);

/**
 * budget_report_find:
 * @report: a report
 * @key: a project code or unit name
 *
 * Finds the row of a project code or unit name (exact byte comparison), by
 * binary search over the sorted rows.
 *
 * Returns: the row index, or -1.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
ptrdiff_t budget_report_find(const BudgetReport *report, const char *key);

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
