#ifndef BUDGET_PLAN_H
#define BUDGET_PLAN_H

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
 * SECTION:budget-plan
 * @title: Disbursement plans
 * @short_description: month-end checkpoints, cumulative or incremental
 *
 * A plan (资金支出计划) gives, for some months, the share of the budget to be
 * paid out by that month's end. Each month 1..12 is absent (no column),
 * blank (a column with an empty cell) or holds a percentage in
 * micro-percent.
 *
 * Forms (docs/concepts.md, "Disbursement plans"):
 * - cumulative (25,50,75,100 / 95,,,100): a blank carries the previous value;
 * - incremental (20,35,20,25 / 80,20): a blank adds nothing;
 * - auto: non-decreasing with last given value 100 → cumulative; otherwise
 *   summing to 100 → incremental; otherwise invalid.
 *
 * An explicit form wins over inference, but the result must still be a
 * plan: cumulative values within 0..100, never decreasing and ending at
 * 100; incremental shares ≥ 0 summing to 100. A plan that is not (or has
 * no values at all) is invalid: its planned percent is undefined, the
 * project's status is "no_plan", and `budget validate` warns.
 *
 * A plan is refcounted; it is not modified after it is given to a project
 * (budget_project_set_plan() takes a reference, so later changes by the
 * caller are seen; do not change a plan another thread reads).
 *
 * Thread safety: A #BudgetPlan may be read from many threads (no cached
 * state); changing it while another thread reads it is misuse. Its refcount is
 * atomic.
 */

/**
 * budget_plan_new:
 *
 * Creates an empty disbursement plan (资金支出计划): every month absent and the form
 * auto, so the form is inferred when the plan is resolved.
 *
 * Returns: (transfer full): an empty plan with form auto; release with
 *   budget_plan_unref().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetPlan *budget_plan_new(void) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_plan_ref:
 * @plan: a plan
 *
 * Takes one more reference on @plan; release it with budget_plan_unref().
 * Thread-safe.
 *
 * Returns: (transfer full): @plan, with one more reference.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetPlan *budget_plan_ref(BudgetPlan *plan);

/**
 * budget_plan_unref:
 * @plan: (nullable) (transfer full): a plan
 *
 * Drops one reference; frees the plan with the last one. Thread-safe.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_plan_unref(BudgetPlan *plan);

/**
 * budget_plan_set_form:
 * @plan: a plan
 * @form: the declared form
 *
 * Declares how the plan's percentages are written. A declared form wins over
 * inference (docs/concepts.md); %BUDGET_PLAN_FORM_AUTO restores inference. An unknown
 * @form is a caller error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_plan_set_form(BudgetPlan *plan, BudgetPlanForm form);

/**
 * budget_plan_get_form:
 * @plan: a plan
 *
 * Gives the form declared with budget_plan_set_form(); budget_plan_resolve()
 * gives the form actually used, inferred when this is auto.
 *
 * Returns: the declared form (auto unless set).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetPlanForm budget_plan_get_form(const BudgetPlan *plan);

/**
 * budget_plan_set_month:
 * @plan: a plan
 * @month: 1 .. 12
 * @micropct: the percentage as written, in micro-percent (25 % =
 *   25000000 = BUDGET_PERCENT_MICROPCT(25))
 * @error: (nullable): error record
 *
 * Sets the value written for the end of @month.
 *
 * A value on the wrong scale is refused rather than read as a tiny share:
 * 50 meant as 50 % (or 5000 meant as 50 % in basis points) would be
 * 0.00005 % (0.005 %), making the plan invalid and the project "no_plan"
 * without a word. So every value above 0 and at most 0.01 % (1 .. 10000
 * micro-percent, the values a whole percent 1 .. 100 or basis points
 * 1 .. 10000 would be) is a %BUDGET_ERROR_RANGE error whose message names
 * BUDGET_PERCENT_MICROPCT(); 0 is allowed. Use BUDGET_PERCENT_MICROPCT()
 * for whole percents. A share that small cannot be set through this
 * function; a CSV plan cell is text in percent and may hold one ("0.01").
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (NULL plan, bad month),
 * %BUDGET_ERROR_RANGE (a value below 0 or above 100 %, or above 0 and at
 * most 0.01 %: see above).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_set_month(BudgetPlan *plan, int month, int64_t micropct, BudgetError *error);

/**
 * budget_plan_set_blank:
 * @plan: a plan
 * @month: 1 .. 12
 *
 * Marks @month as a checkpoint column left blank (carries the previous
 * value in a cumulative plan, adds nothing in an incremental one).
 *
 * Returns: false for a bad month.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_set_blank(BudgetPlan *plan, int month);

/**
 * budget_plan_has_month:
 * @plan: a plan
 * @month: 1 .. 12
 * @micropct: (out) (nullable): the value as written
 *
 * Reads the percentage written for the end of @month, in micro-percent,
 * exactly as written (an incremental share is not made cumulative). Blank and
 * absent months have no value and leave @micropct untouched.
 *
 * Returns: true if a value (not a blank) is written for @month.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_has_month(const BudgetPlan *plan, int month, int64_t *micropct);

/**
 * budget_plan_is_blank:
 * @plan: a plan
 * @month: 1 .. 12
 *
 * Tells whether @month is a checkpoint column whose cell was left empty, as
 * opposed to a value or no column at all.
 *
 * Returns: true if @month is a checkpoint column left blank.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_is_blank(const BudgetPlan *plan, int month);

/**
 * budget_plan_resolve:
 * @plan: a plan
 * @form: (out) (nullable): the form used: the declared one, or the inferred one
 * @error: (nullable): error record
 *
 * Decides the form and checks that the plan is a plan (see the section
 * introduction).
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND (no values at all),
 * %BUDGET_ERROR_INCONSISTENT (reaches 100 % neither way, decreases, or
 * an explicit form whose values do not fit it); the message says which.
 *
 * Returns: true if the plan is valid.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_resolve(const BudgetPlan *plan, BudgetPlanForm *form, BudgetError *error);

/**
 * budget_plan_get_cumulative:
 * @plan: a valid plan
 * @month: 1 .. 12
 * @out_micropct: (out): the cumulative share planned by the end of @month
 *   (step rule: the last checkpoint at or before @month; 0 before the first)
 *
 * Gives the cumulative share of the budget planned by the end of @month, in
 * micro-percent, after the plan is resolved: incremental shares are summed and
 * blank cells carry the previous value.
 *
 * Returns: false if the plan is invalid or @month is bad.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_get_cumulative(const BudgetPlan *plan, int month, int64_t *out_micropct);

/**
 * budget_plan_planned_micropct:
 * @plan: a plan
 * @year: the budget year the months belong to
 * @as_of: a valid date
 * @method: step or linear
 * @out_micropct: (out): the planned cumulative percent at @as_of
 *
 * Step: the cumulative value of the last checkpoint whose month end is on
 * or before @as_of, 0 before the first. Linear: interpolated by days
 * between checkpoints (day 0 = 31 December of the previous year, 0 %),
 * rounded half away from zero to a micro-percent; after the last
 * checkpoint its value. Dates after @year give the last value, dates
 * before it 0.
 *
 * Returns: false if the plan is invalid (planned percent undefined) or an
 *   argument is bad.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_planned_micropct(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                                  int64_t *out_micropct);

/**
 * budget_plan_planned_amount:
 * @plan: a plan
 * @year: the budget year the months belong to
 * @as_of: a valid date
 * @method: step or linear
 * @budget: the budget the plan shares out, in fen
 * @out_amount: (out): the planned amount at @as_of, in fen
 *
 * The planned amount at @as_of: @budget × the planned cumulative percent
 * (as budget_plan_planned_micropct() reads it), computed exactly in 128
 * bits and rounded once to the fen, half away from zero (四舍五入). For the
 * linear method the interpolated percent is not rounded first: on a budget
 * of 98,765,432.10 元 with checkpoints 25 % (March) and 50 % (June), the
 * amount at 2024-05-15 is 9,876,543,210 × 34/91 fen = 36,901,370.24 元, not
 * 9,876,543,210 × 37.362637 % = 36,901,369.88 元. The amount lies between 0
 * and @budget, so it always fits.
 *
 * Returns: false if the plan is invalid (no planned amount) or an
 *   argument is bad.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_planned_amount(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                                BudgetFen budget, BudgetFen *out_amount);

/**
 * budget_plan_next_checkpoint:
 * @plan: a valid plan
 * @year: the budget year
 * @as_of: a valid date
 * @month: (out): the month of the first checkpoint whose month end is after
 *   @as_of and whose cumulative percent is above the one in force at @as_of
 *   (a blank cell, which only carries a value, is not a new target), or of
 *   the last checkpoint when none is left
 * @out_micropct: (out): its cumulative percent
 *
 * Finds the next checkpoint the project still has to meet after @as_of, the
 * target behind the to_next_checkpoint column of a report (see
 * budget_report_new()).
 *
 * Returns: false if the plan is invalid.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_plan_next_checkpoint(const BudgetPlan *plan, int year, BudgetDate as_of, int *month,
                                 int64_t *out_micropct);

BUDGET_END_DECLS

#endif /* BUDGET_PLAN_H */
