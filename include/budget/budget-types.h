#ifndef BUDGET_TYPES_H
#define BUDGET_TYPES_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

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
 */

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
 * BudgetPlanForm:
 * @BUDGET_PLAN_FORM_AUTO: infer the form (DESIGN.md rule: non-decreasing
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

#endif /* BUDGET_TYPES_H */
