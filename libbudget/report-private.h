/* report internals: a project's figures at a date (the one place its
 * execution rate, planned amount and variance are computed), and the sums
 * a report row adds up, which budget_monitor_check() bounds. */
#ifndef BUDGET_REPORT_PRIVATE_H
#define BUDGET_REPORT_PRIVATE_H

#include "book-private.h"
#include "budget-private.h"

/* One project at a date, under a denominator and a plan method. */
typedef struct {
    BudgetFen original;    /* 年初预算数 */
    BudgetFen adjusted;    /* 全年预算数: original + adjustments dated on or before the date */
    BudgetFen denominator; /* original or adjusted, as asked */
    BudgetFen executed;    /* as given by the caller */
    bool has_rate;         /* executed ÷ denominator (budget_money_rate_bp(): none when ≤ 0) */
    int64_t rate_bp;
    /* A valid plan gives all three, each rounded once from the exact planned
     * fraction: the planned percent, the planned amount (denominator ×
     * planned percent) and the amount at the next checkpoint (denominator ×
     * its cumulative percent, see budget_plan_next_checkpoint()). */
    bool has_plan;
    int64_t planned_bp;
    BudgetFen planned;
    BudgetFen next_amount;
    /* rate − planned percent, both rounded to bp (the printed columns add
     * up); with a rate and a plan only. */
    bool has_variance;
    int64_t variance_bp;
    /* executed − planned (0 without a plan); exact, may not fit in 64 bits. */
    __int128 variance_amount;
} BudgetpProjectFigures;

/* The figures of @entry's project of @book at @as_of, with @executed paid
 * (the caller's sum up to @as_of); @default_year is the year of a project
 * that gives none (the book's). Used by the report, the S-curve series and
 * the score, so that they agree to the fen and the bp. Fails only when the
 * adjusted budget does not fit in 64 bits (@error names the adjustment). */
bool budgetp_report_project_figures(const BudgetBook *book, const BudgetpBookEntry *entry, BudgetFen executed,
                                    int default_year, BudgetDate as_of, BudgetDenominator denominator,
                                    BudgetPlanMethod plan_method, BudgetpProjectFigures *out,
                                    BudgetError *error);

/* Money that report rows add up, one slot per column. The plan sums cover
 * only projects with a valid plan: their plan is unknown, not zero.
 * Remaining and variance are summed per project (Σ (adjusted − executed)
 * is Σ adjusted − Σ executed), so that each shown amount of a roll-up is a
 * sum over its projects and an overflow can name the project that caused
 * it. budget_monitor_check() bounds each of them over every as-of date. */
typedef enum {
    BUDGETP_SUM_ORIGINAL,
    BUDGETP_SUM_ADJUSTED,
    BUDGETP_SUM_EXECUTED,
    BUDGETP_SUM_FISCAL, /* BUDGETP_SUM_FISCAL + BudgetSource */
    BUDGETP_SUM_CARRYOVER,
    BUDGETP_SUM_OTHER,
    BUDGETP_SUM_PLAN_DENOMINATOR,
    BUDGETP_SUM_PLAN_EXECUTED,
    BUDGETP_SUM_PLANNED,
    BUDGETP_SUM_TO_NEXT,
    BUDGETP_SUM_REMAINING,
    BUDGETP_SUM_VARIANCE,
    BUDGETP_SUM_NO_PLAN_DENOMINATOR,
    BUDGETP_N_SUMS
} BudgetpSumKind;

/* How an overflow message names a sum. */
typedef struct {
    const char *what; /* "the sum of …" */
    const char *one;  /* "its …" (one project) */
    bool at_budget;   /* the project's cell to name: budget, else code */
} BudgetpSumInfo;

extern const BudgetpSumInfo budgetp_sum_info[BUDGETP_N_SUMS];

/* A unit's name in a message; a blank unit is a unit too. */
const char *budgetp_report_unit_label(const char *unit);

/* Whether a 128-bit sum fits in 64 bits of fen. */
static inline bool budgetp_report_fits(__int128 v)
{
    return v >= INT64_MIN && v <= INT64_MAX;
}

#endif /* BUDGET_REPORT_PRIVATE_H */
