#ifndef BUDGET_TYPES_H
#define BUDGET_TYPES_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <budget/budget-macros.h>

/**
 * SECTION:budget-types
 * @title: Types
 * @short_description: scalar types, opaque objects and enumerations
 *
 * Money is #BudgetFen, an exact signed count of fen (0.01 yuan). Dates are
 * #BudgetDate, yyyymmdd in one integer. Rates are exact integers too:
 * basis points (1 bp = 0.01 %, 10000 = 100.00 %) for every rate a report
 * shows, and micro-percent (1 = 0.000001 %, 100000000 = 100 %) for
 * plan percentages, so a plan written "33.333" is kept exactly.
 *
 * Every object is opaque; its layout is private and may change between
 * releases without breaking the ABI.
 *
 * Every enumeration has a count `BUDGET_<ENUM>_N` (one past its last value)
 * and a pair of name functions, `budget_<enum>_to_string()` and
 * `budget_<enum>_from_string()`. Those of the enumerations declared here,
 * which several modules share, are declared here too; a module's own
 * enumerations have theirs in the module's header. A value outside the
 * enumeration is a programming error: `_to_string()` returns NULL after a
 * critical warning (see docs/api-conventions.md).
 *
 * Thread safety: The name functions here are stateless and reentrant: safe
 * from any number of threads.
 */

BUDGET_BEGIN_DECLS

/**
 * BudgetFen:
 *
 * An amount of money in fen (分, 0.01 yuan), exact, signed. 1 yuan = 100.
 * Since: 1.0
 */
typedef int64_t BudgetFen;

/**
 * BudgetDate:
 *
 * A calendar date as yyyymmdd (20240831 for 2024-08-31). Values from
 * functions of the date module are always real calendar days.
 * Since: 1.0
 */
typedef int32_t BudgetDate;

/**
 * BUDGET_FEN_MAX:
 *
 * The largest amount a #BudgetFen holds (INT64_MAX fen). Since: 1.0
 */
#define BUDGET_FEN_MAX INT64_MAX
/**
 * BUDGET_FEN_MIN:
 *
 * The smallest amount a #BudgetFen holds (INT64_MIN fen). Since: 1.0
 */
#define BUDGET_FEN_MIN INT64_MIN
/**
 * BUDGET_BP_100:
 *
 * 100 % in basis points. Since: 1.0
 */
#define BUDGET_BP_100 10000
/**
 * BUDGET_MICROPCT_100:
 *
 * 100 % in micro-percent (the unit of plan percentages). Since: 1.0
 */
#define BUDGET_MICROPCT_100 INT64_C(100000000)

/**
 * BudgetProject:
 *
 * A project (项目): code, name, unit, year, budget, funding split, plan and
 * any extra columns. Refcounted. Since: 1.0
 */
typedef struct BudgetProject BudgetProject;
/**
 * BudgetPlan:
 *
 * A month-end disbursement plan (资金支出计划). Refcounted. Since: 1.0
 */
typedef struct BudgetPlan BudgetPlan;
/**
 * BudgetBook:
 *
 * A department's data for one year: projects, adjustments and indicator
 * rows. Refcounted. Since: 1.0
 */
typedef struct BudgetBook BudgetBook;
/**
 * BudgetLedger:
 *
 * Streaming per-project accumulators of disbursements up to an as-of
 * date. Refcounted. Since: 1.0
 */
typedef struct BudgetLedger BudgetLedger;
/**
 * BudgetMonitorConfig:
 *
 * The rules a report is computed with (thresholds, plan and time methods,
 * denominator). Singly owned. Since: 1.0
 */
typedef struct BudgetMonitorConfig BudgetMonitorConfig;
/**
 * BudgetReport:
 *
 * The result of an execution report: rows per project, unit or
 * department. Singly owned. Since: 1.0
 */
typedef struct BudgetReport BudgetReport;
/**
 * BudgetDiagnostics:
 *
 * A list of problems (errors and warnings) found while reading, each with
 * file, line, column and field. Singly owned. Since: 1.0
 */
typedef struct BudgetDiagnostics BudgetDiagnostics;
/**
 * BudgetCsvOptions:
 *
 * Options for reading CSV files (strict or lenient, encoding).
 * Singly owned. Since: 1.0
 */
typedef struct BudgetCsvOptions BudgetCsvOptions;

/**
 * BudgetDepartmentInputs:
 *
 * The department figures the project files do not hold (department.csv).
 * Singly owned. Since: 1.0
 */
typedef struct BudgetDepartmentInputs BudgetDepartmentInputs;

/**
 * BudgetMoneyUnit:
 * @BUDGET_MONEY_UNIT_YUAN: 元 (100 fen)
 * @BUDGET_MONEY_UNIT_WAN: 万元 (10,000 yuan)
 * @BUDGET_MONEY_UNIT_YI: 亿元 (100,000,000 yuan)
 *
 * The unit money is written in. Since: 1.0
 */
typedef enum {
    BUDGET_MONEY_UNIT_YUAN = 0,
    BUDGET_MONEY_UNIT_WAN = 1,
    BUDGET_MONEY_UNIT_YI = 2
} BudgetMoneyUnit;

/**
 * BUDGET_MONEY_UNIT_N:
 *
 * The number of #BudgetMoneyUnit values, one past the last. Since: 1.0
 */
#define BUDGET_MONEY_UNIT_N 3

/**
 * budget_money_unit_to_string:
 * @unit: a unit
 *
 * Gives the name of @unit: "yuan", "wan" or "yi", as `budget report --money-unit` takes it and the JSON
 * export's "money_unit" holds it. The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @unit is not a #BudgetMoneyUnit value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_money_unit_to_string(BudgetMoneyUnit unit);

/**
 * budget_money_unit_from_string:
 * @text: a name as budget_money_unit_to_string() gives it, in any ASCII case; also 元, 万元 and 亿元
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetMoneyUnit.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_money_unit_from_string(const char *text, BudgetMoneyUnit *out);

/**
 * BudgetSource:
 * @BUDGET_SOURCE_FISCAL: 本年财政拨款, this year's fiscal appropriation
 * @BUDGET_SOURCE_CARRYOVER: 上年结转, carried over from last year
 * @BUDGET_SOURCE_OTHER: 其他资金, other funds
 *
 * Where the money of a disbursement comes from. Since: 1.0
 */
typedef enum {
    BUDGET_SOURCE_FISCAL = 0,
    BUDGET_SOURCE_CARRYOVER = 1,
    BUDGET_SOURCE_OTHER = 2
} BudgetSource;

/**
 * BUDGET_SOURCE_N:
 *
 * The number of #BudgetSource values, one past the last. Since: 1.0
 */
#define BUDGET_SOURCE_N 3

/**
 * budget_source_to_string:
 * @source: a funding source
 *
 * Gives the name of @source: "fiscal", "carryover" or "other", as the source column of transactions.csv holds
 * it. The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @source is not a #BudgetSource value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_source_to_string(BudgetSource source);

/**
 * budget_source_from_string:
 * @text: a name as budget_source_to_string() gives it, in any ASCII case; also, as a transactions.csv cell
 * holds them, text with surrounding ASCII white space, the empty string (fiscal, the column's default) and
 * the Chinese names 财政, 财政资金, 本年财政拨款, 上年结转, 结转, 其他 and 其他资金
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetSource.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_source_from_string(const char *text, BudgetSource *out);

/**
 * BudgetPlanForm:
 * @BUDGET_PLAN_FORM_AUTO: infer the form (the rule of docs/concepts.md: non-decreasing
 *   and last given value 100 → cumulative; otherwise summing to 100 →
 *   incremental; otherwise invalid)
 * @BUDGET_PLAN_FORM_CUMULATIVE: each value is the share paid by that month end
 * @BUDGET_PLAN_FORM_INCREMENTAL: each value is the share paid in that period
 *
 * How the percentages of a plan are written. Since: 1.0
 */
typedef enum {
    BUDGET_PLAN_FORM_AUTO = 0,
    BUDGET_PLAN_FORM_CUMULATIVE = 1,
    BUDGET_PLAN_FORM_INCREMENTAL = 2
} BudgetPlanForm;

/**
 * BUDGET_PLAN_FORM_N:
 *
 * The number of #BudgetPlanForm values, one past the last. Since: 1.0
 */
#define BUDGET_PLAN_FORM_N 3

/**
 * budget_plan_form_to_string:
 * @form: a plan form
 *
 * Gives the name of @form: "auto", "cumulative" or "incremental", as the plan_form column of projects.csv
 * holds it. The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @form is not a #BudgetPlanForm value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_plan_form_to_string(BudgetPlanForm form);

/**
 * budget_plan_form_from_string:
 * @text: a name as budget_plan_form_to_string() gives it, in any ASCII case; also, as a projects.csv cell
 * holds them, text with surrounding ASCII white space, the empty string (auto, the column's default) and the
 * Chinese names 自动, 累计, 累计数, 分期 and 增量
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetPlanForm.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_form_from_string(const char *text, BudgetPlanForm *out);

/**
 * BudgetPlanMethod:
 * @BUDGET_PLAN_METHOD_STEP: the cumulative percent of the last checkpoint
 *   on or before the date (0 before the first): a checkpoint is a deadline
 * @BUDGET_PLAN_METHOD_LINEAR: interpolated by days between checkpoints,
 *   from 0 % at the start of 1 January
 *
 * How the planned percent at a date is read from a plan. Since: 1.0
 */
typedef enum {
    BUDGET_PLAN_METHOD_STEP = 0,
    BUDGET_PLAN_METHOD_LINEAR = 1
} BudgetPlanMethod;

/**
 * BUDGET_PLAN_METHOD_N:
 *
 * The number of #BudgetPlanMethod values, one past the last. Since: 1.0
 */
#define BUDGET_PLAN_METHOD_N 2

/**
 * budget_plan_method_to_string:
 * @method: a plan method
 *
 * Gives the name of @method: "step" or "linear", as `budget report --plan-method` takes it. The string is
 * static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @method is not a #BudgetPlanMethod value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_plan_method_to_string(BudgetPlanMethod method);

/**
 * budget_plan_method_from_string:
 * @text: a name as budget_plan_method_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetPlanMethod.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_method_from_string(const char *text, BudgetPlanMethod *out);

/**
 * BudgetTimeMethod:
 * @BUDGET_TIME_METHOD_DAYS: elapsed days ÷ days in the year, the as-of
 *   day counted as elapsed (2024-01-01 → 1/366)
 * @BUDGET_TIME_METHOD_MONTHS: whole months elapsed ÷ 12, as published
 *   notices use (a month counts once its last day is reached)
 *
 * How time progress (序时进度) is measured. Since: 1.0
 */
typedef enum {
    BUDGET_TIME_METHOD_DAYS = 0,
    BUDGET_TIME_METHOD_MONTHS = 1
} BudgetTimeMethod;

/**
 * BUDGET_TIME_METHOD_N:
 *
 * The number of #BudgetTimeMethod values, one past the last. Since: 1.0
 */
#define BUDGET_TIME_METHOD_N 2

/**
 * budget_time_method_to_string:
 * @method: a time method
 *
 * Gives the name of @method: "days" or "months", as `budget report --time-method` takes it. The string is
 * static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @method is not a #BudgetTimeMethod value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_time_method_to_string(BudgetTimeMethod method);

/**
 * budget_time_method_from_string:
 * @text: a name as budget_time_method_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetTimeMethod.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_time_method_from_string(const char *text, BudgetTimeMethod *out);

/**
 * BudgetDenominator:
 * @BUDGET_DENOMINATOR_ADJUSTED: 全年预算数, original plus adjustments dated
 *   on or before the as-of date (the national 自评表 default)
 * @BUDGET_DENOMINATOR_ORIGINAL: 年初预算数, the budget as first approved
 *
 * Which budget an execution rate divides by. Since: 1.0
 */
typedef enum {
    BUDGET_DENOMINATOR_ADJUSTED = 0,
    BUDGET_DENOMINATOR_ORIGINAL = 1
} BudgetDenominator;

/**
 * BUDGET_DENOMINATOR_N:
 *
 * The number of #BudgetDenominator values, one past the last. Since: 1.0
 */
#define BUDGET_DENOMINATOR_N 2

/**
 * budget_denominator_to_string:
 * @denominator: a denominator
 *
 * Gives the name of @denominator: "adjusted" or "original", as `budget report --denominator` takes it. The
 * string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @denominator is not a #BudgetDenominator value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_denominator_to_string(BudgetDenominator denominator);

/**
 * budget_denominator_from_string:
 * @text: a name as budget_denominator_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetDenominator.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_denominator_from_string(const char *text, BudgetDenominator *out);

/**
 * BudgetStatus:
 * @BUDGET_STATUS_ON_TRACK: none of the others
 * @BUDGET_STATUS_AHEAD: variance above the "ahead" threshold (+10 pp)
 * @BUDGET_STATUS_BEHIND: variance below the "behind" threshold (−5 pp)
 * @BUDGET_STATUS_SERIOUSLY_BEHIND: variance below −15 pp
 * @BUDGET_STATUS_NO_PLAN: the plan is missing or invalid (or no rate)
 * @BUDGET_STATUS_OVER_BUDGET: executed more than the adjusted budget
 *
 * Where a project stands. The first match wins, in the order over_budget,
 * no_plan, seriously_behind, behind, ahead, on_track. Since: 1.0
 */
typedef enum {
    BUDGET_STATUS_ON_TRACK = 0,
    BUDGET_STATUS_AHEAD = 1,
    BUDGET_STATUS_BEHIND = 2,
    BUDGET_STATUS_SERIOUSLY_BEHIND = 3,
    BUDGET_STATUS_NO_PLAN = 4,
    BUDGET_STATUS_OVER_BUDGET = 5
} BudgetStatus;

/**
 * BUDGET_STATUS_N:
 *
 * The number of #BudgetStatus values, one past the last. Since: 1.0
 */
#define BUDGET_STATUS_N 6

/**
 * budget_status_to_string:
 * @status: a status
 *
 * Gives the name of @status: "on_track", "ahead", "behind", "seriously_behind", "no_plan" or "over_budget",
 * as the status column of `budget report` prints it. The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @status is not a #BudgetStatus value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_status_to_string(BudgetStatus status);

/**
 * budget_status_from_string:
 * @text: a name as budget_status_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetStatus.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_status_from_string(const char *text, BudgetStatus *out);

/**
 * BudgetLevel:
 * @BUDGET_LEVEL_PROJECT: one row per project
 * @BUDGET_LEVEL_UNIT: one row per budget unit (预算单位)
 * @BUDGET_LEVEL_DEPARTMENT: one row for the whole book (部门)
 *
 * The level a report is rolled up to. Since: 1.0
 */
typedef enum {
    BUDGET_LEVEL_PROJECT = 0,
    BUDGET_LEVEL_UNIT = 1,
    BUDGET_LEVEL_DEPARTMENT = 2
} BudgetLevel;

/**
 * BUDGET_LEVEL_N:
 *
 * The number of #BudgetLevel values, one past the last. Since: 1.0
 */
#define BUDGET_LEVEL_N 3

/**
 * budget_level_to_string:
 * @level: a level
 *
 * Gives the name of @level: "project", "unit" or "department", as `budget report --level` takes it and the
 * first column of a unit or department report is headed. The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @level is not a #BudgetLevel value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_level_to_string(BudgetLevel level);

/**
 * budget_level_from_string:
 * @text: a name as budget_level_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetLevel.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_level_from_string(const char *text, BudgetLevel *out);

/**
 * BudgetSpendPolicy:
 * @BUDGET_SPEND_IGNORE: record every payment without checking
 * @BUDGET_SPEND_WARN: record it, count a warning and call the warning hook
 * @BUDGET_SPEND_STOP: refuse it with %BUDGET_ERROR_RANGE
 *
 * What the ledger does with a payment that takes a project past its
 * adjusted budget (or past its plan, when plan control is on), as ERP
 * systems' budget control does. Since: 1.0
 */
typedef enum {
    BUDGET_SPEND_IGNORE = 0,
    BUDGET_SPEND_WARN = 1,
    BUDGET_SPEND_STOP = 2
} BudgetSpendPolicy;

/**
 * BUDGET_SPEND_POLICY_N:
 *
 * The number of #BudgetSpendPolicy values, one past the last. Since: 1.0
 */
#define BUDGET_SPEND_POLICY_N 3

/**
 * budget_spend_policy_to_string:
 * @policy: a spending policy
 *
 * Gives the name of @policy: "ignore", "warn" or "stop". The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL, after a critical
 *   warning, when @policy is not a #BudgetSpendPolicy value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_spend_policy_to_string(BudgetSpendPolicy policy);

/**
 * budget_spend_policy_from_string:
 * @text: a name as budget_spend_policy_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a name back into a #BudgetSpendPolicy.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_spend_policy_from_string(const char *text, BudgetSpendPolicy *out);

BUDGET_END_DECLS

#endif /* BUDGET_TYPES_H */
