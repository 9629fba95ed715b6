#ifndef BUDGET_FIXED_H
#define BUDGET_FIXED_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/**
 * SECTION:budget-fixed
 * @title: Fixed-point scales
 * @short_description: writing yuan, percent and points in the library's integer units
 *
 * libbudget keeps every quantity an exact integer, on one of four scales:
 *
 * - fen (0.01 yuan; 100 = 1 yuan): every #BudgetFen — budgets, amounts,
 *   totals;
 * - basis points (0.01 %; 10000 = 100 %, %BUDGET_BP_100): the rates a report
 *   shows — execution rate, planned percent, variance, time progress;
 * - micro-percent (0.000001 %; 100000000 = 100 %, %BUDGET_MICROPCT_100): plan
 *   percentages (budget_plan_set_month()), target values, score thresholds;
 * - micro-points (0.000001 point; 1000000 = 1 point, %BUDGET_SCORE_POINT):
 *   scores and part points.
 *
 * A bare number passed on the wrong scale is not a type error in C, and is
 * usually still in range: 50 meant as 50 % is 0.00005 % to the plan. The
 * macros below take a whole number of the unit their name starts with
 * (yuan, percent, points) and give it in the library's scale for that unit;
 * percent has two scales, so its macros end with the one they give (_BP,
 * _MICROPCT). A call then reads as what it means:
 *
 * |[<!-- language="C" -->
 * budget_project_set_budget(project, BUDGET_YUAN(1200000));           // 1,200,000.00 yuan
 * budget_plan_set_month(plan, 6, BUDGET_PERCENT_MICROPCT(50), &err);   // 50 % by end of June
 * if (rate_bp < BUDGET_PERCENT_BP(60)) ...                             // below 60.00 %
 * budget_score_config_set_part_points(config, part, BUDGET_POINTS(10), &err);
 * ]|
 *
 * Each macro takes an integer (a fraction such as `BUDGET_YUAN(1.5)` does
 * not compile, since it would be truncated) and gives an `int64_t`
 * integer constant expression, usable in static initializers. Its argument
 * is evaluated once. The product must fit in 64 bits (|yuan| below about
 * 9.2 × 10^16); a constant that overflows is a compiler diagnostic. Amounts
 * with fen or fractional percentages are written in the scale directly
 * (123456 fen, 33333333 micro-percent) or parsed from text with
 * budget_money_parse() and budget_money_percent_parse().
 *
 * Thread safety: Stateless and reentrant: safe from any number of threads.
 */

/* In each macro, (int64_t)(0 * sizeof((x) % 1)) adds 0: `%` does not
 * compile for a floating-point argument, and sizeof does not evaluate it. */

/**
 * BUDGET_FEN_PER_YUAN:
 *
 * Fen in one yuan (100): the scale of #BudgetFen. Since: 1.0
 */
#define BUDGET_FEN_PER_YUAN INT64_C(100)

/**
 * BUDGET_YUAN:
 * @y: a whole number of yuan (an integer)
 *
 * @y yuan in fen, the unit of every amount: `BUDGET_YUAN(5)` is 500.
 *
 * Returns: @y × %BUDGET_FEN_PER_YUAN, as `int64_t`.
 * Since: 1.0
 */
#define BUDGET_YUAN(y) (BUDGET_FEN_PER_YUAN * (int64_t)(y) + (int64_t)(0 * sizeof((y) % 1)))

/**
 * BUDGET_BP_PER_PERCENT:
 *
 * Basis points in one percent (100): the scale of report rates, where
 * %BUDGET_BP_100 (10000) is 100 %. Since: 1.0
 */
#define BUDGET_BP_PER_PERCENT INT64_C(100)

/**
 * BUDGET_PERCENT_BP:
 * @p: a whole number of percent (an integer)
 *
 * @p percent in basis points, the scale of execution rates, planned percent,
 * variance and time progress in reports: `BUDGET_PERCENT_BP(60)` is 6000.
 *
 * Returns: @p × %BUDGET_BP_PER_PERCENT, as `int64_t`.
 * Since: 1.0
 */
#define BUDGET_PERCENT_BP(p) (BUDGET_BP_PER_PERCENT * (int64_t)(p) + (int64_t)(0 * sizeof((p) % 1)))

/**
 * BUDGET_MICROPCT_PER_PERCENT:
 *
 * Micro-percent in one percent (1000000): the scale of plan percentages,
 * target values and score thresholds, where %BUDGET_MICROPCT_100 is 100 %.
 * Since: 1.0
 */
#define BUDGET_MICROPCT_PER_PERCENT INT64_C(1000000)

/**
 * BUDGET_PERCENT_MICROPCT:
 * @p: a whole number of percent (an integer)
 *
 * @p percent in micro-percent, the scale budget_plan_set_month() takes:
 * `BUDGET_PERCENT_MICROPCT(50)` is 50000000, 50 % of the budget.
 *
 * Returns: @p × %BUDGET_MICROPCT_PER_PERCENT, as `int64_t`.
 * Since: 1.0
 */
#define BUDGET_PERCENT_MICROPCT(p)                                                                           \
    (BUDGET_MICROPCT_PER_PERCENT * (int64_t)(p) + (int64_t)(0 * sizeof((p) % 1)))

/**
 * BUDGET_MICROPOINTS_PER_POINT:
 *
 * Micro-points in one point (1000000, the same value as
 * %BUDGET_SCORE_POINT): the scale of scores. Since: 1.0
 */
#define BUDGET_MICROPOINTS_PER_POINT INT64_C(1000000)

/**
 * BUDGET_POINTS:
 * @n: a whole number of points (an integer)
 *
 * @n points in micro-points, the scale of every score and part weight:
 * `BUDGET_POINTS(10)` is 10000000, the default execution part.
 *
 * Returns: @n × %BUDGET_MICROPOINTS_PER_POINT, as `int64_t`.
 * Since: 1.0
 */
#define BUDGET_POINTS(n) (BUDGET_MICROPOINTS_PER_POINT * (int64_t)(n) + (int64_t)(0 * sizeof((n) % 1)))

#endif /* BUDGET_FIXED_H */
