#ifndef BUDGET_REPORT_H
#define BUDGET_REPORT_H

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
 * SECTION:budget-report
 * @title: Execution report
 * @short_description: one row per project, unit or department: execution
 *   rate, plan and time progress, variance, status
 *
 * A #BudgetReport is made from an accumulated ledger with the rules of a
 * #BudgetMonitorConfig (budget-monitor.h) by budget_report_new(). For each
 * project at the ledger's as-of date:
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
 *
 * Rows are read by index, 0 to budget_report_get_n_rows() − 1. A row index
 * out of range (or an unknown column, or a NULL pointer) is a caller error,
 * handled the same way by every getter: a critical warning, and the
 * getter's failure value — NULL for a string, 0 for a count, false for a
 * bool getter — never a value that could be a row's. Getters that read a
 * value that may be undefined (a money or rate column, the status) return
 * a bool and write the value through an out parameter.
 *
 * Reports are immutable once made and may be read from many threads.
 *
 * Thread safety: A #BudgetReport is immutable once made: it may be read from
 * many threads; it is freed by one thread, after the readers are done. Making
 * reports from one ledger on several threads at once is safe.
 */

/**
 * budget_report_new:
 * @ledger: the accumulated ledger (its book and as-of date are used)
 * @config: (nullable): the rules; NULL for the defaults
 *   (budget_monitor_config_new())
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
 * %BUDGET_ERROR_INVALID_ARGUMENT (@ledger NULL, @level unknown).
 *
 * Returns: (transfer full) (nullable): the report; free with budget_report_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetReport *budget_report_new(const BudgetLedger *ledger, BudgetLevel level,
                                const BudgetMonitorConfig *config, BudgetError *error)
    BUDGET_WARN_UNUSED_RESULT;

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
 * Returns: the level of its rows (%BUDGET_LEVEL_PROJECT, with a critical,
 *   if @report is NULL).
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
 * Returns: the as-of date (0, with a critical, if @report is NULL).
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
 * Returns: the number of rows (0, with a critical, if @report is NULL).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_report_get_n_rows(const BudgetReport *report);

/**
 * budget_report_get_key:
 * @report: a report
 * @row: a row index, below budget_report_get_n_rows()
 *
 * Gives the key of a row: the project code, the unit name or "" for the
 * department row; rows are sorted by it in byte order.
 *
 * Returns: (transfer none) (nullable): the project code, the unit name, or
 *   "" for the department row; NULL, with a critical, if @row is out of
 *   range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_report_get_key(const BudgetReport *report, size_t row);

/**
 * budget_report_get_unit:
 * @report: a report
 * @row: a row index, below budget_report_get_n_rows()
 *
 * Gives the budget unit (预算单位) a row belongs to: the project's unit at project
 * level, the unit itself at unit level, "" for the department row.
 *
 * Returns: (transfer none) (nullable): the unit of the row; NULL, with a
 *   critical, if @row is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_report_get_unit(const BudgetReport *report, size_t row);

/**
 * budget_report_get_name:
 * @report: a report
 * @row: a row index, below budget_report_get_n_rows()
 *
 * Gives the name of a row's project (项目名称) at the project level, as the
 * book held it when the report was made ("" for a project without a name),
 * so that a report can be shown without its book. A unit or department row
 * covers several projects and has no name: "" (its key names it).
 *
 * Returns: (transfer none) (nullable): the project's name, or "" for a
 *   roll-up; NULL, with a critical, if @row is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_report_get_name(const BudgetReport *report, size_t row);

/**
 * budget_report_get_n_projects:
 * @report: a report
 * @row: a row index, below budget_report_get_n_rows()
 *
 * Counts the projects a row covers, whose money the row adds up.
 *
 * Returns: how many projects the row covers (1 at project level; 0 for the
 *   department row of a book without projects); 0, with a critical, if @row
 *   is out of range.
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
 * The money columns of a report row; budget_report_money_to_string() gives
 * the name `budget report --format csv` heads each with. Since: 1.0
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
 * BUDGET_REPORT_MONEY_N:
 *
 * The number of #BudgetReportMoney values. Since: 1.0
 */
#define BUDGET_REPORT_MONEY_N 11

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
 * The rate columns of a report row, in basis points;
 * budget_report_rate_to_string() gives the name `budget report --format csv`
 * heads each with. Since: 1.0
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
 * BUDGET_REPORT_RATE_N:
 *
 * The number of #BudgetReportRate values. Since: 1.0
 */
#define BUDGET_REPORT_RATE_N 6

/**
 * budget_report_money_to_string:
 * @column: a money column
 *
 * Gives the name of a money column, as `budget report --format csv` heads
 * it and budget_export_report() writes it: "budget_original",
 * "budget_adjusted", "executed", "executed_fiscal", "executed_carryover",
 * "executed_other", "planned_amount", "variance_amount", "remaining",
 * "to_next_checkpoint", "budget_no_plan". The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL after a critical
 *   warning if @column is not a #BudgetReportMoney.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_report_money_to_string(BudgetReportMoney column);

/**
 * budget_report_money_from_string:
 * @name: a name budget_report_money_to_string() gives (ASCII case
 *   ignored)
 * @out: (out) (nullable): the column; NULL to check the name only
 *
 * Reads the name of a money column, such as a CSV header.
 *
 * Returns: true with @out set; false (@out untouched) for an unknown name,
 *   without a warning; false after a critical warning for NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_report_money_from_string(const char *name, BudgetReportMoney *out);

/**
 * budget_report_rate_to_string:
 * @column: a rate column
 *
 * Gives the name of a rate column, as `budget report --format csv` heads
 * it and budget_export_report() writes it: "execution_rate_pct",
 * "execution_rate_original_pct", "planned_pct", "time_progress_pct",
 * "variance_pp", "time_variance_pp". The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL after a critical
 *   warning if @column is not a #BudgetReportRate.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_report_rate_to_string(BudgetReportRate column);

/**
 * budget_report_rate_from_string:
 * @name: a name budget_report_rate_to_string() gives (ASCII case
 *   ignored)
 * @out: (out) (nullable): the column; NULL to check the name only
 *
 * Reads the name of a rate column, such as a CSV header.
 *
 * Returns: true with @out set; false (@out untouched) for an unknown name,
 *   without a warning; false after a critical warning for NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_report_rate_from_string(const char *name, BudgetReportRate *out);

/**
 * budget_report_get_money:
 * @report: a report
 * @row: a row index, below budget_report_get_n_rows()
 * @column: which amount
 * @out: (out): the amount in fen
 *
 * Reads one money column of a row, in fen (see #BudgetReportMoney); unit and
 * department rows hold sums over their projects.
 *
 * Returns: true with @out set; false (@out untouched) if the amount is
 *   undefined (shown as an empty cell), and false with a critical if @row
 *   is out of range or @column unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_report_get_money(const BudgetReport *report, size_t row, BudgetReportMoney column,
                             BudgetFen *out);

/**
 * budget_report_get_rate:
 * @report: a report
 * @row: a row index, below budget_report_get_n_rows()
 * @column: which rate
 * @out_bp: (out): the rate in basis points
 *
 * Reads one rate column of a row, in basis points (see #BudgetReportRate);
 * unit and department rows divide sums, never average rates.
 *
 * Returns: true with @out_bp set; false (@out_bp untouched) if the rate is
 *   undefined (shown as an empty cell), and false with a critical if @row
 *   is out of range or @column unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_report_get_rate(const BudgetReport *report, size_t row, BudgetReportRate column, int64_t *out_bp);

/**
 * budget_report_get_status:
 * @report: a report
 * @row: a row index, below budget_report_get_n_rows()
 * @out: (out): the row's status
 *
 * Gives a row's status, judged from its variance with the configured
 * thresholds (first match wins; see #BudgetStatus). Every row has one.
 *
 * Returns: true with @out set; false (@out untouched), with a critical, if
 *   @row is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_report_get_status(const BudgetReport *report, size_t row, BudgetStatus *out);

/**
 * budget_report_find:
 * @report: a report
 * @key: a project code, a unit name, or "" for the department row
 * @out_row: (out): the row index
 *
 * Finds the row of a key (exact byte comparison), by binary search over the
 * sorted rows.
 *
 * Returns: true with @out_row set; false (@out_row untouched) if no row has
 *   @key.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_report_find(const BudgetReport *report, const char *key, size_t *out_row);

BUDGET_END_DECLS

#endif /* BUDGET_REPORT_H */
