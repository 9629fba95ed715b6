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
 * threads; the monitoring functions are reentrant over const inputs. A
 * #BudgetMonitorResult is read-only once budget_monitor_result_new() has
 * returned it: many threads may call its getters (and budget_export_monitor())
 * at once; free it only when no thread reads it. Making results from one
 * ledger in several threads at once is safe as long as no thread records
 * into that ledger meanwhile.
 */

/**
 * budget_monitor_config_new:
 *
 * Creates the rules a report is computed with, set to the defaults of docs/concepts.md;
 * passing NULL to budget_report_new() gives the same result.
 *
 * Returns: (transfer full): a configuration holding the defaults: step
 *   plan, days time progress, adjusted denominator, thresholds −1500,
 *   −500 and +1000 bp; for the 双监控 the ratio basis against time
 *   progress (red below 6000, yellow below 8000 bp; gap −2000 and −1000),
 *   no floor, goal red ratio 6000, plan-based projection first, and the
 *   stop policy with plan control (docs/config.md). Free with
 *   budget_monitor_config_free().
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

/* ---- 双监控: colours, roll-ups, year-end projection ---------------------- */

/**
 * BudgetMonitorColour:
 * @BUDGET_MONITOR_COLOUR_NONE: not judged (the reason says why: below the
 *   amount floor, no rate, no plan, no mid-year actual)
 * @BUDGET_MONITOR_COLOUR_GREEN: 绿色, normal
 * @BUDGET_MONITOR_COLOUR_YELLOW: 黄色, a warning
 * @BUDGET_MONITOR_COLOUR_RED: 红色, an alert
 *
 * A monitoring colour (docs/monitoring.md). The values grow with severity,
 * so the worse of two colours is the larger. "Not judged" is a colour of its
 * own, not a missing value: a roll-up counts it, and it never hides a red.
 * Since: 1.0
 */
typedef enum {
    BUDGET_MONITOR_COLOUR_NONE = 0,
    BUDGET_MONITOR_COLOUR_GREEN = 1,
    BUDGET_MONITOR_COLOUR_YELLOW = 2,
    BUDGET_MONITOR_COLOUR_RED = 3
} BudgetMonitorColour;

/**
 * BUDGET_MONITOR_COLOUR_N:
 *
 * The number of #BudgetMonitorColour values. Since: 1.0
 */
#define BUDGET_MONITOR_COLOUR_N 4

/**
 * budget_monitor_colour_to_string:
 * @colour: a colour
 *
 * Gives the English name of a colour, as the monitor table writes it. The string is static.
 *
 * Returns: (transfer none) (nullable): "none", "green", "yellow" or "red";
 *   NULL after a critical warning for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_monitor_colour_to_string(BudgetMonitorColour colour);

/**
 * budget_monitor_colour_from_string:
 * @text: a name as budget_monitor_colour_to_string() gives it (any ASCII case)
 * @out: (out) (nullable): the colour; untouched when @text names none
 *
 * Reads the name of a colour back into a #BudgetMonitorColour.
 *
 * Returns: true when @text names a colour; false otherwise, or (after a
 *   critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_colour_from_string(const char *text, BudgetMonitorColour *out);

/**
 * BudgetMonitorBasis:
 * @BUDGET_MONITOR_BASIS_RATIO: execution rate ÷ reference (time progress or
 *   planned percent), in percent; red below 60 %, yellow below 80 % by default
 * @BUDGET_MONITOR_BASIS_GAP: execution rate − reference, in percentage
 *   points; red below −20 pp, yellow below −10 pp by default
 *
 * How the money colour compares execution with its reference. The ratio
 * defaults are those of deployed provincial systems, the gap defaults are
 * libbudget's own choice; 财预〔2019〕136号 sets no thresholds. Since: 1.0
 */
typedef enum {
    BUDGET_MONITOR_BASIS_RATIO = 0,
    BUDGET_MONITOR_BASIS_GAP = 1
} BudgetMonitorBasis;

/**
 * BUDGET_MONITOR_BASIS_N:
 *
 * The number of #BudgetMonitorBasis values. Since: 1.0
 */
#define BUDGET_MONITOR_BASIS_N 2

/**
 * budget_monitor_basis_to_string:
 * @basis: a basis
 *
 * Gives the name of a basis, as `--basis` and the config key take it. The string is static.
 *
 * Returns: (transfer none) (nullable): "ratio" or "gap"; NULL after a
 *   critical warning for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_monitor_basis_to_string(BudgetMonitorBasis basis);

/**
 * budget_monitor_basis_from_string:
 * @text: "ratio" or "gap" (any ASCII case)
 * @out: (out) (nullable): the basis; untouched when @text names none
 *
 * Reads the name of a basis back into a #BudgetMonitorBasis.
 *
 * Returns: true when @text names a basis.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_basis_from_string(const char *text, BudgetMonitorBasis *out);

/**
 * BudgetMonitorAgainst:
 * @BUDGET_MONITOR_AGAINST_TIME: the reference is time progress (序时进度), the
 *   default
 * @BUDGET_MONITOR_AGAINST_PLAN: the reference is the planned percent at the
 *   as-of date (plan method of the configuration)
 *
 * What execution is measured against for the money colour. Since: 1.0
 */
typedef enum {
    BUDGET_MONITOR_AGAINST_TIME = 0,
    BUDGET_MONITOR_AGAINST_PLAN = 1
} BudgetMonitorAgainst;

/**
 * BUDGET_MONITOR_AGAINST_N:
 *
 * The number of #BudgetMonitorAgainst values. Since: 1.0
 */
#define BUDGET_MONITOR_AGAINST_N 2

/**
 * budget_monitor_against_to_string:
 * @against: a reference
 *
 * Gives the name of a reference, as `--against` and the config key take it. The string is static.
 *
 * Returns: (transfer none) (nullable): "time" or "plan"; NULL after a
 *   critical warning for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_monitor_against_to_string(BudgetMonitorAgainst against);

/**
 * budget_monitor_against_from_string:
 * @text: "time" or "plan" (any ASCII case)
 * @out: (out) (nullable): the value; untouched when @text names none
 *
 * Reads the name of a reference back into a #BudgetMonitorAgainst.
 *
 * Returns: true when @text names a value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_against_from_string(const char *text, BudgetMonitorAgainst *out);

/**
 * BudgetMonitorProjection:
 * @BUDGET_MONITOR_PROJECTION_PLAN: plan-based: executed + the part of the
 *   budget the plan still has to pay after the as-of date (denominator −
 *   planned amount), i.e. the gap to plan is carried to year end; needs a
 *   valid plan
 * @BUDGET_MONITOR_PROJECTION_RUN_RATE: run rate: executed ÷ elapsed time ×
 *   the whole year (the configuration's time method); needs elapsed time
 *
 * How a year-end figure (全年预计执行数) is extrapolated. Since: 1.0
 */
typedef enum {
    BUDGET_MONITOR_PROJECTION_PLAN = 0,
    BUDGET_MONITOR_PROJECTION_RUN_RATE = 1
} BudgetMonitorProjection;

/**
 * BUDGET_MONITOR_PROJECTION_N:
 *
 * The number of #BudgetMonitorProjection values. Since: 1.0
 */
#define BUDGET_MONITOR_PROJECTION_N 2

/**
 * budget_monitor_projection_to_string:
 * @method: a projection method
 *
 * Gives the name of a projection method, as the monitor table writes it. The string is static.
 *
 * Returns: (transfer none) (nullable): "plan" or "run_rate"; NULL after a
 *   critical warning for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_monitor_projection_to_string(BudgetMonitorProjection method);

/**
 * budget_monitor_projection_from_string:
 * @text: "plan" or "run_rate" (any ASCII case)
 * @out: (out) (nullable): the method; untouched when @text names none
 *
 * Reads the name of a projection method back into a #BudgetMonitorProjection.
 *
 * Returns: true when @text names a method.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_projection_from_string(const char *text, BudgetMonitorProjection *out);

/**
 * BudgetMonitorReason:
 * @BUDGET_MONITOR_REASON_OK: judged by the rule
 * @BUDGET_MONITOR_REASON_OVER_BUDGET: red: executed is past the adjusted budget
 * @BUDGET_MONITOR_REASON_BELOW_FLOOR: not judged: the budget is below the
 *   amount floor
 * @BUDGET_MONITOR_REASON_NO_RATE: not judged: a zero or negative budget has
 *   no execution rate
 * @BUDGET_MONITOR_REASON_NO_PLAN: not judged: measured against the plan, and
 *   the project has no valid plan
 * @BUDGET_MONITOR_REASON_NOTHING_DUE: green: the reference is 0 % (nothing
 *   planned yet, or the year has not begun), so nothing can be late
 * @BUDGET_MONITOR_REASON_NO_ACTUALS: goal not judged: no indicator has a
 *   likelihood, projected value or mid-year actual that can be evaluated
 *
 * Why a colour is what it is. Since: 1.0
 */
typedef enum {
    BUDGET_MONITOR_REASON_OK = 0,
    BUDGET_MONITOR_REASON_OVER_BUDGET = 1,
    BUDGET_MONITOR_REASON_BELOW_FLOOR = 2,
    BUDGET_MONITOR_REASON_NO_RATE = 3,
    BUDGET_MONITOR_REASON_NO_PLAN = 4,
    BUDGET_MONITOR_REASON_NOTHING_DUE = 5,
    BUDGET_MONITOR_REASON_NO_ACTUALS = 6
} BudgetMonitorReason;

/**
 * BUDGET_MONITOR_REASON_N:
 *
 * The number of #BudgetMonitorReason values. Since: 1.0
 */
#define BUDGET_MONITOR_REASON_N 7

/**
 * budget_monitor_reason_to_string:
 * @reason: a reason
 *
 * Gives the name of a reason, as the monitor table writes it. The string is static.
 *
 * Returns: (transfer none) (nullable): "ok", "over_budget", "below_floor",
 *   "no_rate", "no_plan", "nothing_due" or "no_actuals"; NULL after a
 *   critical warning for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_monitor_reason_to_string(BudgetMonitorReason reason);

/**
 * budget_monitor_reason_from_string:
 * @text: a name as budget_monitor_reason_to_string() gives it
 * @out: (out) (nullable): the reason; untouched when @text names none
 *
 * Reads the name of a reason back into a #BudgetMonitorReason.
 *
 * Returns: true when @text names a reason.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_reason_from_string(const char *text, BudgetMonitorReason *out);

/**
 * BudgetMonitorAspect:
 * @BUDGET_MONITOR_ASPECT_MONEY: the money colour (执行进度)
 * @BUDGET_MONITOR_ASPECT_GOAL: the goal colour (绩效目标)
 * @BUDGET_MONITOR_ASPECT_OVERALL: the worse of the two
 *
 * Which colour of a project or roll-up. Since: 1.0
 */
typedef enum {
    BUDGET_MONITOR_ASPECT_MONEY = 0,
    BUDGET_MONITOR_ASPECT_GOAL = 1,
    BUDGET_MONITOR_ASPECT_OVERALL = 2
} BudgetMonitorAspect;

/**
 * BUDGET_MONITOR_ASPECT_N:
 *
 * The number of #BudgetMonitorAspect values. Since: 1.0
 */
#define BUDGET_MONITOR_ASPECT_N 3

/**
 * budget_monitor_config_set_basis:
 * @config: a configuration
 * @basis: ratio (the default) or gap
 *
 * Chooses how the money colour compares execution with its reference. An
 * unknown @basis is a caller error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_set_basis(BudgetMonitorConfig *config, BudgetMonitorBasis basis);

/**
 * budget_monitor_config_get_basis:
 * @config: (nullable): a configuration; NULL for the defaults
 *
 * Gives the basis the money colour is judged on.
 *
 * Returns: the basis the money colour is judged on.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetMonitorBasis budget_monitor_config_get_basis(const BudgetMonitorConfig *config);

/**
 * budget_monitor_config_set_against:
 * @config: a configuration
 * @against: time progress (the default) or plan
 *
 * Chooses the reference of the money colour. An unknown value is a caller
 * error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_set_against(BudgetMonitorConfig *config, BudgetMonitorAgainst against);

/**
 * budget_monitor_config_set_colour_thresholds:
 * @config: a configuration
 * @basis: the basis the thresholds are for (each basis keeps its own)
 * @red_bp: below this → red (ratio: percent in bp, default 6000; gap:
 *   percentage points in bp, default −2000)
 * @yellow_bp: below this → yellow (default 8000; gap −1000)
 * @error: (nullable): error record
 *
 * Sets the colour thresholds of @basis. A measure equal to a threshold is
 * not below it: a ratio of exactly 60.00 % is yellow.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT unless red ≤ yellow (and, for
 * the ratio basis, red ≥ 0), or for an unknown @basis.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_config_set_colour_thresholds(BudgetMonitorConfig *config, BudgetMonitorBasis basis,
                                                 int64_t red_bp, int64_t yellow_bp, BudgetError *error);

/**
 * budget_monitor_config_get_colour_thresholds:
 * @config: (nullable): a configuration; NULL for the defaults
 * @basis: a basis
 * @red_bp: (out) (optional): the red threshold in bp
 * @yellow_bp: (out) (optional): the yellow threshold in bp
 *
 * Gives the thresholds of @basis. An unknown @basis is a caller error
 * (critical) and gives those of the ratio basis.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_get_colour_thresholds(const BudgetMonitorConfig *config, BudgetMonitorBasis basis,
                                                 int64_t *red_bp, int64_t *yellow_bp);

/**
 * budget_monitor_config_set_floor:
 * @config: a configuration
 * @floor: an amount in fen (default 0: no floor)
 *
 * A project whose budget (the configuration's denominator) is below @floor
 * gets no money colour (%BUDGET_MONITOR_COLOUR_NONE, reason
 * %BUDGET_MONITOR_REASON_BELOW_FLOOR): small projects are not flagged red or
 * yellow for a few late invoices. Its goal colour is still judged. A
 * negative @floor is a caller error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_set_floor(BudgetMonitorConfig *config, BudgetFen floor);

/**
 * budget_monitor_config_set_goal_red_ratio:
 * @config: a configuration
 * @red_bp: an unmet indicator whose completion ratio (budget_target_evaluate())
 *   is below this, or has none, is red; one at or above it is yellow
 *   (default 6000, libbudget's choice)
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT unless 0 ≤ @red_bp ≤ 10000.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_config_set_goal_red_ratio(BudgetMonitorConfig *config, int64_t red_bp,
                                              BudgetError *error);

/**
 * budget_monitor_config_set_projection:
 * @config: a configuration
 * @method: plan (the default) or run_rate
 *
 * Chooses the projection each row shows first. Both are computed; a row
 * whose preferred method is not defined (no valid plan, no elapsed time)
 * shows the other and names it. An unknown value is a caller error and is
 * ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_set_projection(BudgetMonitorConfig *config, BudgetMonitorProjection method);

/**
 * budget_monitor_config_set_spend_policy:
 * @config: a configuration
 * @policy: what a payment check does with a payment past the limit
 *   (default %BUDGET_SPEND_STOP)
 * @control_plan: also control against the plan (default true)
 *
 * The spending policy a configuration file gives a ledger: pass the values
 * of budget_monitor_config_get_spend_policy() to budget_ledger_set_policy().
 * An unknown @policy is a caller error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_config_set_spend_policy(BudgetMonitorConfig *config, BudgetSpendPolicy policy,
                                            bool control_plan);

/**
 * budget_monitor_config_get_spend_policy:
 * @config: (nullable): a configuration; NULL for the defaults
 * @control_plan: (out) (optional): whether the plan is controlled too
 *
 * Gives the spending policy of a configuration (for budget_ledger_set_policy()).
 *
 * Returns: the spending policy.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetSpendPolicy budget_monitor_config_get_spend_policy(const BudgetMonitorConfig *config,
                                                         bool *control_plan);

/**
 * budget_monitor_config_load_data:
 * @config: a configuration; keys found are set in it, others left as they are
 * @data: (array length=len): the text of a key file (GKeyFile syntax, UTF-8)
 * @len: its length in bytes, or -1 if NUL-terminated (below -1: a critical
 *   warning and %BUDGET_ERROR_INVALID_ARGUMENT)
 * @source_name: (nullable): the name errors give as their source
 * @error: (nullable): error record
 *
 * Reads the groups `[report]` (plan_method, time_method, denominator,
 * seriously_behind, behind, ahead) and `[monitor]` (basis, against,
 * ratio_red, ratio_yellow, gap_red, gap_yellow, floor, goal_red_ratio,
 * projection, spend_policy, control_plan) of a configuration file; every
 * key is described in docs/config.md. Other groups (`[score]` …) are left
 * to their own readers. A percentage is written as in a report (-15, 60,
 * 12.5, with or without %), the floor as money ("50000", "5万元").
 *
 * The file is read whole before anything is set: on failure @config is
 * unchanged.
 *
 * Errors: %BUDGET_ERROR_PARSE (a line that is neither a group, a key nor a
 * comment; a value that cannot be read), %BUDGET_ERROR_NOT_FOUND (a key
 * these groups do not have), %BUDGET_ERROR_INVALID_ARGUMENT (thresholds out
 * of order), %BUDGET_ERROR_ENCODING (not UTF-8): with the line and the key
 * (field) in @error.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_config_load_data(BudgetMonitorConfig *config, const char *data, ptrdiff_t len,
                                     const char *source_name, BudgetError *error);

/**
 * budget_monitor_config_load_file:
 * @config: a configuration
 * @path: a key file
 * @error: (nullable): error record
 *
 * budget_monitor_config_load_data() on the contents of @path (errors name
 * @path as their source).
 *
 * Errors: %BUDGET_ERROR_IO (cannot be read), and those of
 * budget_monitor_config_load_data().
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_config_load_file(BudgetMonitorConfig *config, const char *path, BudgetError *error);

/**
 * BudgetMonitorResult:
 *
 * The 双监控 of a ledger at its as-of date: one row per project (in code
 * order), its money and goal colours and the worse of the two, its
 * year-end projection, and the roll-ups per unit and for the department.
 * Singly owned; free with budget_monitor_result_free(). Read-only once made:
 * many threads may read one result at once. Since: 1.0
 */
typedef struct BudgetMonitorResult BudgetMonitorResult;

/**
 * budget_monitor_result_new:
 * @ledger: an accumulated ledger
 * @config: (nullable): the rules; NULL for the defaults
 * @error: (nullable): error record
 *
 * Computes the monitoring of every project of @ledger at its as-of date
 * (docs/monitoring.md):
 *
 * - money colour: a project past its adjusted budget is red
 *   (%BUDGET_MONITOR_REASON_OVER_BUDGET); one below the floor, with no
 *   rate, or (against the plan) without a valid plan is not judged; a
 *   reference of 0 % is green (%BUDGET_MONITOR_REASON_NOTHING_DUE); else the
 *   measure (ratio of the rounded execution rate to the rounded reference,
 *   rounded half away from zero to bp, or their difference) is red below
 *   the red threshold, yellow below the yellow one, else green;
 * - goal colour: per indicator, the likelihood note if given (确定能 green,
 *   有可能 yellow, 完全不可能 red), else the projected value, else the mid-year
 *   actual evaluated against the target: met green, partly met yellow,
 *   unmet yellow when its ratio reaches the goal red ratio, else red; an
 *   indicator not reported, not applicable or not evaluable is not
 *   counted; the project's goal colour is its worst indicator's;
 * - the overall colour is the worse of the two.
 *
 * The execution figures are those of budget_report_new() at the project
 * level with @config, available through budget_monitor_result_get_report().
 *
 * Errors: those of budget_report_new() (%BUDGET_ERROR_OVERFLOW …),
 * %BUDGET_ERROR_INVALID_ARGUMENT (@ledger NULL).
 *
 * Returns: (transfer full) (nullable): the result; NULL on error.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetMonitorResult *budget_monitor_result_new(const BudgetLedger *ledger, const BudgetMonitorConfig *config,
                                               BudgetError *error) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_monitor_result_free:
 * @result: (nullable) (transfer full): a result
 *
 * Frees @result. NULL is allowed.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_result_free(BudgetMonitorResult *result);

/**
 * budget_monitor_result_get_as_of:
 * @result: a result
 *
 * Gives the date the monitoring is at.
 *
 * Returns: the as-of date of the ledger it was computed from; 0 after a
 *   critical for NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDate budget_monitor_result_get_as_of(const BudgetMonitorResult *result);

/**
 * budget_monitor_result_get_basis:
 * @result: a result
 * @against: (out) (optional): what execution was measured against
 *
 * Gives how the money colours were judged.
 *
 * Returns: the basis the money colours were judged on.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetMonitorBasis budget_monitor_result_get_basis(const BudgetMonitorResult *result,
                                                   BudgetMonitorAgainst *against);

/**
 * budget_monitor_result_get_report:
 * @result: a result
 *
 * Gives the project-level execution report the colours were computed from:
 * its row @i is the project of the result's row @i.
 *
 * Returns: (transfer none): the report, owned by @result.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const BudgetReport *budget_monitor_result_get_report(const BudgetMonitorResult *result);

/**
 * budget_monitor_result_get_n_projects:
 * @result: a result
 *
 * Counts the project rows (every project of the ledger, in code order).
 *
 * Returns: the number of project rows.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_monitor_result_get_n_projects(const BudgetMonitorResult *result);

/**
 * budget_monitor_result_get_colour:
 * @result: a result
 * @row: a project row, 0 .. n_projects − 1
 * @aspect: money, goal or overall
 * @reason: (out) (optional): why (for the overall colour, the reason of the
 *   aspect it was taken from: money when the two are equal)
 *
 * Gives one colour of a project and why it is that colour.
 *
 * Returns: the colour; %BUDGET_MONITOR_COLOUR_NONE after a critical for a
 *   bad argument.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetMonitorColour budget_monitor_result_get_colour(const BudgetMonitorResult *result, size_t row,
                                                     BudgetMonitorAspect aspect, BudgetMonitorReason *reason);

/**
 * budget_monitor_result_get_measure:
 * @result: a result
 * @row: a project row
 * @reference_bp: (out) (optional): the reference: time progress or planned
 *   percent, in bp
 * @measure_bp: (out) (optional): the ratio (bp of percent) or gap (bp of
 *   percentage points) the money colour was judged on
 *
 * Gives the reference and the measure the money colour was judged on.
 *
 * Returns: true when the money colour was judged by the measure (reason
 *   %BUDGET_MONITOR_REASON_OK); false otherwise (the outs are untouched).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_result_get_measure(const BudgetMonitorResult *result, size_t row, int64_t *reference_bp,
                                       int64_t *measure_bp);

/**
 * budget_monitor_result_get_goal_counts:
 * @result: a result
 * @row: a project row
 * @counts: (out caller-allocates) (array fixed-size=4): the number of the
 *   project's indicators of each #BudgetMonitorColour (NONE: not judged)
 *
 * Counts the project's indicators by the colour each was judged.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_monitor_result_get_goal_counts(const BudgetMonitorResult *result, size_t row,
                                           size_t counts[BUDGET_MONITOR_COLOUR_N]);

/**
 * budget_monitor_result_get_projection:
 * @result: a result
 * @row: a project row
 * @method: a projection method
 * @projected: (out) (optional): 全年预计执行数, in fen
 * @balance: (out) (optional): 预计结余 = adjusted budget − @projected, in fen
 *
 * Gives a project's year-end projection by one method, and the balance it leaves.
 *
 * Returns: true when @method is defined for the project (plan: a valid
 *   plan; run rate: elapsed time > 0) and its figures fit in 64 bits.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_result_get_projection(const BudgetMonitorResult *result, size_t row,
                                          BudgetMonitorProjection method, BudgetFen *projected,
                                          BudgetFen *balance);

/**
 * budget_monitor_result_get_projection_method:
 * @result: a result
 * @row: a project row
 * @method: (out): the method the row shows: the configuration's, or the
 *   other one when it is not defined for the project
 *
 * Tells which projection a project row shows.
 *
 * Returns: false when neither method is defined (@method untouched).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_result_get_projection_method(const BudgetMonitorResult *result, size_t row,
                                                 BudgetMonitorProjection *method);

/**
 * budget_monitor_result_get_n_units:
 * @result: a result
 *
 * Counts the units of the roll-up.
 *
 * Returns: the number of units (rows of the unit roll-up, sorted by name).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_monitor_result_get_n_units(const BudgetMonitorResult *result);

/**
 * budget_monitor_result_get_unit_nth:
 * @result: a result
 * @index: 0 .. n_units − 1
 *
 * Gives the name of a unit of the roll-up.
 *
 * Returns: (transfer none) (nullable): the unit's name ("" for projects
 *   without a unit); NULL after a critical for a bad index.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_monitor_result_get_unit_nth(const BudgetMonitorResult *result, size_t index);

/**
 * budget_monitor_result_get_rollup:
 * @result: a result
 * @unit: (nullable): a unit name, or NULL for the whole department
 * @aspect: which colour to count
 * @counts: (out caller-allocates) (array fixed-size=4) (optional): the
 *   number of projects of each #BudgetMonitorColour
 * @worst: (out) (optional): the worst colour among them
 *   (%BUDGET_MONITOR_COLOUR_NONE when none is judged)
 * @projected: (out) (optional): Σ of the shown projections (全年预计执行数), in fen
 * @balance: (out) (optional): Σ adjusted budgets − @projected, in fen
 *
 * A roll-up counts and takes the worst over projects; the projection is a
 * sum of the projects' shown projections (a project without any adds its
 * executed amount, so a sum is never flattered by a missing row).
 *
 * Returns: false when @unit names no unit, or when @projected or @balance
 *   is asked and its sum does not fit in 64 bits of fen (the outs are then
 *   untouched).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_monitor_result_get_rollup(const BudgetMonitorResult *result, const char *unit,
                                      BudgetMonitorAspect aspect, size_t counts[BUDGET_MONITOR_COLOUR_N],
                                      BudgetMonitorColour *worst, BudgetFen *projected, BudgetFen *balance);

BUDGET_END_DECLS

#endif /* BUDGET_MONITOR_H */
