#ifndef BUDGET_PROJECT_H
#define BUDGET_PROJECT_H

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
 * SECTION:budget-project
 * @title: Projects
 * @short_description: a project's identity, budget, funding split and plan
 *
 * A project has a code (unique in a book), a name, a budget unit
 * (预算单位), a year, its original budget (年初预算数, in fen) and up to
 * three funding amounts: fiscal (本年财政拨款), carry-over (上年结转) and
 * other (其他资金). A funding amount that was never set is "not given",
 * which is not zero: budget_project_get_funding() returns false for it.
 *
 * Columns of projects.csv the library does not know are kept as extras,
 * in file order, and written back.
 *
 * Strings are copied in; getters return borrowed UTF-8 that stays valid
 * until the project is changed or released. A project may be read from
 * many threads; it must not be changed while another thread reads it.
 *
 * Thread safety: A #BudgetProject may be read from many threads once it is in
 * a book; changing it while another thread reads it is misuse. Its refcount is
 * atomic.
 */

/**
 * budget_project_new:
 * @code: the project code (项目编码), non-empty UTF-8; copied
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (NULL, empty or not UTF-8).
 *
 * Returns: (transfer full) (nullable): a project with budget 0, no plan,
 *   no funding given; release with budget_project_unref().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetProject *budget_project_new(const char *code, BudgetError *error) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_project_ref:
 * @project: a project
 *
 * Takes one more reference on @project; release it with
 * budget_project_unref(). Thread-safe.
 *
 * Returns: (transfer full): @project with one more reference.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetProject *budget_project_ref(BudgetProject *project);

/**
 * budget_project_unref:
 * @project: (nullable) (transfer full): a project
 *
 * Thread-safe.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_project_unref(BudgetProject *project);

/**
 * budget_project_get_code:
 * @project: a project
 *
 * Gives the project code (项目编码), which identifies the project in a book and in
 * every CSV file; it is fixed when the project is made.
 *
 * Returns: (transfer none): the code.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_project_get_code(const BudgetProject *project);

/**
 * budget_project_get_name:
 * @project: a project
 *
 * Gives the project name (项目名称) set with budget_project_set_name().
 *
 * Returns: (transfer none): the name (项目名称), "" if not set.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_project_get_name(const BudgetProject *project);

/**
 * budget_project_set_name:
 * @project: a project
 * @name: (nullable): the name; copied; NULL clears
 *
 * Sets the project name (项目名称). The string is copied; a pointer obtained
 * earlier from budget_project_get_name() becomes invalid.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_project_set_name(BudgetProject *project, const char *name);

/**
 * budget_project_get_unit:
 * @project: a project
 *
 * Gives the budget unit (预算单位) that runs the project; unit-level reports group
 * projects by it.
 *
 * Returns: (transfer none): the budget unit (预算单位), "" if not set.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_project_get_unit(const BudgetProject *project);

/**
 * budget_project_set_unit:
 * @project: a project
 * @unit: (nullable): the unit; copied; NULL clears
 *
 * Sets the budget unit (预算单位) that runs the project. The string is copied; a
 * pointer obtained earlier from budget_project_get_unit() becomes invalid.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_project_set_unit(BudgetProject *project, const char *unit);

/**
 * budget_project_get_purpose:
 * @project: a project
 *
 * Gives the use of funds (资金用途) text of the project.
 *
 * Returns: (transfer none): the use of funds (资金用途), "" if not set.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_project_get_purpose(const BudgetProject *project);

/**
 * budget_project_set_purpose:
 * @project: a project
 * @purpose: (nullable): the text; copied; NULL clears
 *
 * Sets the use of funds (资金用途) text. The string is copied; a pointer obtained
 * earlier from budget_project_get_purpose() becomes invalid.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_project_set_purpose(BudgetProject *project, const char *purpose);

/**
 * budget_project_get_year:
 * @project: a project
 *
 * Gives the project's budget year (年度), the year its plan months refer to.
 *
 * Returns: the budget year, or 0 if not set (the book's year applies).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_project_get_year(const BudgetProject *project);

/**
 * budget_project_set_year:
 * @project: a project
 * @year: 1 .. 9999, or 0 for "not set"
 *
 * Sets the project's budget year (年度); 0 means "not set", so the book's year
 * applies.
 *
 * Returns: false for a year out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_project_set_year(BudgetProject *project, int year);

/**
 * budget_project_get_budget:
 * @project: a project
 *
 * Gives the original budget (年初预算数) in fen, without adjustments;
 * budget_book_get_adjusted_budget() adds the adjustments up to a date.
 *
 * Returns: the original budget (预算数 / 年初预算数), in fen.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetFen budget_project_get_budget(const BudgetProject *project);

/**
 * budget_project_set_budget:
 * @project: a project
 * @budget: the original budget in fen (may be 0; a negative budget is allowed and gives no rate)
 *
 * Sets the original budget (年初预算数) in fen. Adjustments (预算调整) are kept by the
 * book, not here.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_project_set_budget(BudgetProject *project, BudgetFen budget);

/**
 * budget_project_get_funding:
 * @project: a project
 * @source: fiscal, carry-over or other
 * @out: (out) (nullable): the amount in fen
 *
 * Gives the amount of one funding source (本年财政拨款, 上年结转 or 其他资金) in fen. A
 * source that was never set is "not given", which is not the same as 0
 * (docs/concepts.md: a blank cell is not zero); @out is then left untouched.
 *
 * Returns: true if the amount was given (it may be 0); false if not given.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_project_get_funding(const BudgetProject *project, BudgetSource source, BudgetFen *out);

/**
 * budget_project_set_funding:
 * @project: a project
 * @source: fiscal, carry-over or other
 * @amount: the amount in fen
 *
 * Sets the amount of one funding source in fen; the source is then given, even
 * when the amount is 0.
 *
 * Returns: false for an unknown @source.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_project_set_funding(BudgetProject *project, BudgetSource source, BudgetFen amount);

/**
 * budget_project_unset_funding:
 * @project: a project
 * @source: fiscal, carry-over or other
 *
 * Marks the amount as not given.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_project_unset_funding(BudgetProject *project, BudgetSource source);

/**
 * budget_project_check_funding:
 * @project: a project
 * @error: (nullable): error record
 *
 * Checks that the funding amounts that are given add up to the budget
 * when all of fiscal and other are given (carry-over counts when given).
 * A blank source is not assumed to be zero, so a split with a blank is
 * not checked.
 *
 * Errors: %BUDGET_ERROR_INCONSISTENT (the parts do not add up),
 * %BUDGET_ERROR_OVERFLOW. The message names the project ("project P1: …").
 *
 * Returns: true if consistent or not checkable.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_project_check_funding(const BudgetProject *project, BudgetError *error);

/**
 * budget_project_get_plan:
 * @project: a project
 *
 * Gives the project's disbursement plan (资金支出计划), borrowed from the project:
 * it stays valid while the project holds it, i.e. until the next
 * budget_project_set_plan() or the project's release. A plan is a shared
 * object: take a reference with budget_plan_ref() to keep it longer (the
 * pointer is not const for that reason; a plan in a project is read, not
 * changed, per docs/api-conventions.md).
 *
 * Returns: (transfer none) (nullable): the plan, or NULL if it has none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetPlan *budget_project_get_plan(const BudgetProject *project);

/**
 * budget_project_set_plan:
 * @project: a project
 * @plan: (nullable) (transfer none): the plan; a reference is taken; NULL removes it
 *
 * Attaches a disbursement plan (资金支出计划), taking a reference on it and dropping
 * the previous plan's. The plan is shared, not copied: later changes to it are
 * seen by the project.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_project_set_plan(BudgetProject *project, BudgetPlan *plan);

/**
 * budget_project_set_extra:
 * @project: a project
 * @column: the column name; copied
 * @value: (nullable): the cell text; copied; NULL removes the column
 *
 * Keeps a column the library does not interpret. Order of first setting
 * is kept.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_project_set_extra(BudgetProject *project, const char *column, const char *value);

/**
 * budget_project_get_extra:
 * @project: a project
 * @column: a column name
 *
 * Gives the cell of an extra column, one of projects.csv the library does not
 * interpret, by its column name.
 *
 * Returns: (transfer none) (nullable): the cell text, or NULL if absent.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_project_get_extra(const BudgetProject *project, const char *column);

/**
 * budget_project_get_n_extras:
 * @project: a project
 *
 * Counts the extra columns kept for the project (the columns of projects.csv
 * the library does not interpret).
 *
 * Returns: the number of extra columns.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_project_get_n_extras(const BudgetProject *project);

/**
 * budget_project_get_extra_nth:
 * @project: a project
 * @index: 0 .. budget_project_get_n_extras() - 1
 * @value: (out) (nullable) (transfer none): the cell text
 *
 * Gives the name and the cell of the @index-th extra column, in the order the
 * columns were first set, so that a writer can put them back.
 *
 * Returns: (transfer none) (nullable): the column name, NULL if out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_project_get_extra_nth(const BudgetProject *project, size_t index, const char **value);

BUDGET_END_DECLS

#endif /* BUDGET_PROJECT_H */
