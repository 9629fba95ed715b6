#ifndef BUDGET_DEPARTMENT_H
#define BUDGET_DEPARTMENT_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stdbool.h>
#include <stdint.h>

#include <budget/budget-error.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>

BUDGET_BEGIN_DECLS

/**
 * SECTION:budget-department
 * @title: Department ratios
 * @short_description: 部门整体 ratios: 预算调整率, 结转结余变动率, 政府采购执行率 …
 *
 * The department ratios of the 部门整体绩效目标 forms (see
 * #BudgetDepartmentRatio, and docs/concepts.md "Department ratios" for the
 * source of each formula) are computed from the book, the ledger and a
 * #BudgetDepartmentInputs of the figures the project files do not hold
 * (budget_csv_load_department() reads them from department.csv).
 *
 * Each ratio is computed exactly (128-bit integers) and rounded once, half
 * away from zero, to a basis point. A ratio that is not defined (an input
 * not given, a denominator ≤ 0) is a result with its reason
 * (#BudgetDepartmentReason), never 0 and never a failure.
 *
 * Inputs are singly owned. The ratios read a ledger and its book without
 * changing them, so many threads may compute them from one ledger at once.
 *
 * Thread safety: A #BudgetDepartmentInputs is read-only once loaded and may be
 * read from many threads; the ratio functions are reentrant over const inputs.
 */

/**
 * BudgetDepartmentItem:
 * @BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR: 上年结转结余 (fen)
 * @BUDGET_DEPARTMENT_CARRYOVER_THIS_YEAR: 本年(年末)结转结余 (fen)
 * @BUDGET_DEPARTMENT_SPECIAL_FUNDS_TOTAL: 专项资金总额 (fen)
 * @BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAILED: 已细化到项目/单位的专项资金 (fen)
 * @BUDGET_DEPARTMENT_PROCUREMENT_PLANNED: 政府采购预算 (fen)
 * @BUDGET_DEPARTMENT_PROCUREMENT_ACTUAL: 政府采购实际 (fen)
 * @BUDGET_DEPARTMENT_PUBLIC_EXPENSE: 本年公用经费 (fen)
 * @BUDGET_DEPARTMENT_PUBLIC_EXPENSE_LAST_YEAR: 上年公用经费 (fen)
 * @BUDGET_DEPARTMENT_STAFF_ACTUAL: 在职人数 (count)
 * @BUDGET_DEPARTMENT_STAFF_LAST_YEAR: 上年在职人数 (count)
 * @BUDGET_DEPARTMENT_STAFF_AUTHORISED: 编制数 (count)
 * @BUDGET_DEPARTMENT_SANGONG_EXPENSE: 本年“三公”经费 (fen)
 * @BUDGET_DEPARTMENT_SANGONG_EXPENSE_LAST_YEAR: 上年“三公”经费 (fen)
 * @BUDGET_DEPARTMENT_COST_BUDGET: 成本预算 for 成本节约率 (fen)
 * @BUDGET_DEPARTMENT_COST_ACTUAL: 实际成本 (fen)
 *
 * The department figures (docs/csv-formats.md lists their names in
 * department.csv, English and Chinese). Since: 1.0
 */
typedef enum {
    BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR = 0,
    BUDGET_DEPARTMENT_CARRYOVER_THIS_YEAR = 1,
    BUDGET_DEPARTMENT_SPECIAL_FUNDS_TOTAL = 2,
    BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAILED = 3,
    BUDGET_DEPARTMENT_PROCUREMENT_PLANNED = 4,
    BUDGET_DEPARTMENT_PROCUREMENT_ACTUAL = 5,
    BUDGET_DEPARTMENT_PUBLIC_EXPENSE = 6,
    BUDGET_DEPARTMENT_PUBLIC_EXPENSE_LAST_YEAR = 7,
    BUDGET_DEPARTMENT_STAFF_ACTUAL = 8,
    BUDGET_DEPARTMENT_STAFF_LAST_YEAR = 9,
    BUDGET_DEPARTMENT_STAFF_AUTHORISED = 10,
    BUDGET_DEPARTMENT_SANGONG_EXPENSE = 11,
    BUDGET_DEPARTMENT_SANGONG_EXPENSE_LAST_YEAR = 12,
    BUDGET_DEPARTMENT_COST_BUDGET = 13,
    BUDGET_DEPARTMENT_COST_ACTUAL = 14
} BudgetDepartmentItem;

/**
 * BUDGET_DEPARTMENT_ITEM_N:
 *
 * The number of #BudgetDepartmentItem values. Since: 1.0
 */
#define BUDGET_DEPARTMENT_ITEM_N 15

/**
 * budget_department_item_from_string:
 * @name: an item name: the English name ("carryover_last_year", any case)
 *   or a Chinese one ("上年结转结余", "编制数", …)
 * @out: (out): the item
 *
 * Reads a department.csv item name, English (any case; "staff_authorized" too)
 * or one of the Chinese names of the 部门整体 forms. @out is left untouched when
 * the name is unknown.
 *
 * Returns: false if the name is unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_department_item_from_string(const char *name, BudgetDepartmentItem *out);

/**
 * budget_department_item_to_string:
 * @item: an item
 *
 * Gives the English name of a department item, as written in department.csv.
 * The string is static.
 *
 * Returns: (transfer none) (nullable): its English name; NULL after a
 *   critical warning if @item is not a #BudgetDepartmentItem.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_department_item_to_string(BudgetDepartmentItem item);

/**
 * budget_department_item_is_count:
 * @item: an item
 *
 * Tells whether an item is a head count (the staff numbers) rather than an
 * amount in fen.
 *
 * Returns: true for the staff numbers (plain counts), false for money (fen).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_department_item_is_count(BudgetDepartmentItem item);

/**
 * budget_department_inputs_new:
 *
 * Creates an empty set of department figures; budget_csv_load_department()
 * fills one from department.csv.
 *
 * Returns: (transfer full): inputs with no item given; free with
 *   budget_department_inputs_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDepartmentInputs *budget_department_inputs_new(void) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_department_inputs_free:
 * @inputs: (nullable) (transfer full): inputs
 *
 * Frees @inputs. NULL is allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_department_inputs_free(BudgetDepartmentInputs *inputs);

/**
 * budget_department_inputs_set:
 * @inputs: inputs
 * @item: an item
 * @value: in fen, or a head count for staff items (≥ 0)
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (unknown item), %BUDGET_ERROR_RANGE
 * (a negative count).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_department_inputs_set(BudgetDepartmentInputs *inputs, BudgetDepartmentItem item, int64_t value,
                                  BudgetError *error);

/**
 * budget_department_inputs_get:
 * @inputs: (nullable): inputs
 * @item: an item
 * @out: (out): its value
 *
 * Reads one department figure: an amount in fen, or a head count for the staff
 * items. A figure never set is "not given", which is not 0, and leaves @out
 * untouched.
 *
 * Returns: false if the item was not given (not the same as 0).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_department_inputs_get(const BudgetDepartmentInputs *inputs, BudgetDepartmentItem item,
                                  int64_t *out);

/**
 * BudgetDepartmentRatio:
 * @BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT: 预算调整率 = (Σ 追加 + Σ |追减|) dated
 *   on or before as-of ÷ Σ original budgets: the gross measure, the default
 *   (budget_department_adjustment_rate() gives the net and additions-only
 *   measures, see #BudgetDepartmentAdjustmentMeasure)
 * @BUDGET_DEPARTMENT_CARRYOVER_RATE: 结转结余率 = this year's carry-over and
 *   balance ÷ Σ adjusted budgets; the carry-over is carryover_this_year or,
 *   when not given, Σ (adjusted budget − executed) at as-of
 * @BUDGET_DEPARTMENT_CARRYOVER_CHANGE: 结转结余变动率 = (this year's carry-over
 *   − carryover_last_year) ÷ carryover_last_year
 * @BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL: 专项资金细化率 =
 *   special_funds_detailed ÷ special_funds_total
 * @BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION: 政府采购执行率 =
 *   procurement_actual ÷ procurement_planned
 * @BUDGET_DEPARTMENT_COST_SAVING: 成本节约率 = (budget − actual) ÷ budget, from
 *   cost_budget and cost_actual or, when either is not given, Σ adjusted
 *   budgets and Σ executed
 * @BUDGET_DEPARTMENT_PUBLIC_EXPENSE_CHANGE: 人均公用经费变动率 = (public_expense ÷
 *   staff_actual − public_expense_last_year ÷ staff_last_year) ÷
 *   (public_expense_last_year ÷ staff_last_year), computed exactly as
 *   (public_expense × staff_last_year − public_expense_last_year ×
 *   staff_actual) ÷ (public_expense_last_year × staff_actual)
 * @BUDGET_DEPARTMENT_SANGONG_CHANGE: “三公”经费变动率 = (sangong_expense −
 *   sangong_expense_last_year) ÷ sangong_expense_last_year
 * @BUDGET_DEPARTMENT_STAFF_CONTROL: 在职人员控制率 = staff_actual ÷
 *   staff_authorised
 *
 * The department ratios of the 部门整体绩效目标 forms. Since: 1.0
 */
typedef enum {
    BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT = 0,
    BUDGET_DEPARTMENT_CARRYOVER_RATE = 1,
    BUDGET_DEPARTMENT_CARRYOVER_CHANGE = 2,
    BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL = 3,
    BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION = 4,
    BUDGET_DEPARTMENT_COST_SAVING = 5,
    BUDGET_DEPARTMENT_PUBLIC_EXPENSE_CHANGE = 6,
    BUDGET_DEPARTMENT_SANGONG_CHANGE = 7,
    BUDGET_DEPARTMENT_STAFF_CONTROL = 8
} BudgetDepartmentRatio;

/**
 * BUDGET_DEPARTMENT_RATIO_N:
 *
 * The number of #BudgetDepartmentRatio values. Since: 1.0
 */
#define BUDGET_DEPARTMENT_RATIO_N 9

/**
 * budget_department_ratio_to_string:
 * @ratio: a ratio
 *
 * Gives the English name of a department ratio, as the ratio column of `budget
 * score --department` prints it. The string is static.
 *
 * Returns: (transfer none) (nullable): its English name
 *   ("budget_adjustment_rate", …); NULL after a critical warning if @ratio
 *   is not a #BudgetDepartmentRatio.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_department_ratio_to_string(BudgetDepartmentRatio ratio);

/**
 * budget_department_ratio_to_chinese:
 * @ratio: a ratio
 *
 * Gives the Chinese name of a department ratio, as the 部门整体绩效目标 forms write
 * it. The string is static.
 *
 * Returns: (transfer none) (nullable): its Chinese name ("预算调整率", …);
 *   NULL after a critical warning if @ratio is not a #BudgetDepartmentRatio.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_department_ratio_to_chinese(BudgetDepartmentRatio ratio);

/**
 * budget_department_ratio_from_string:
 * @name: a ratio name: the English one of
 *   budget_department_ratio_to_string() ("budget_adjustment_rate", any case)
 *   or the Chinese one of budget_department_ratio_to_chinese() ("预算调整率")
 * @out: (out) (nullable): the ratio
 *
 * Reads a department ratio name, as the ratio column of `budget score
 * --department` prints it. @out is left untouched when the name is unknown.
 *
 * Returns: false if @name names no ratio (no warning); false after a
 *   critical warning if @name is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_department_ratio_from_string(const char *name, BudgetDepartmentRatio *out);

/**
 * BudgetDepartmentReason:
 * @BUDGET_DEPARTMENT_REASON_OK: the ratio is defined
 * @BUDGET_DEPARTMENT_REASON_NOT_GIVEN: an input it needs is not given (an
 *   item of #BudgetDepartmentInputs, or the ledger for a ratio on the book)
 * @BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR: its denominator is 0 (or a
 *   head count it divides by is 0)
 * @BUDGET_DEPARTMENT_REASON_NEGATIVE_DENOMINATOR: its denominator is below 0
 * @BUDGET_DEPARTMENT_REASON_OVERFLOW: a total it needs (a project's adjusted
 *   budget) or the ratio itself does not fit in 64 bits
 * @BUDGET_DEPARTMENT_REASON_INVALID: an invalid argument (an unknown ratio)
 *
 * Why budget_department_ratio_full() gives no value: a code, so that callers
 * branch on it and never on message text. Values are fixed; new ones are only
 * ever appended. Since: 1.0
 */
typedef enum {
    BUDGET_DEPARTMENT_REASON_OK = 0,
    BUDGET_DEPARTMENT_REASON_NOT_GIVEN = 1,
    BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR = 2,
    BUDGET_DEPARTMENT_REASON_NEGATIVE_DENOMINATOR = 3,
    BUDGET_DEPARTMENT_REASON_OVERFLOW = 4,
    BUDGET_DEPARTMENT_REASON_INVALID = 5
} BudgetDepartmentReason;

/**
 * BUDGET_DEPARTMENT_REASON_N:
 *
 * The number of #BudgetDepartmentReason values. Since: 1.0
 */
#define BUDGET_DEPARTMENT_REASON_N 6

/**
 * budget_department_reason_to_string:
 * @reason: a reason
 *
 * Gives the name of a reason as the reason column of `budget score
 * --department` prints it: "ok", "not_given", "zero_denominator",
 * "negative_denominator", "overflow" or "invalid". The string is static.
 *
 * Returns: (transfer none) (nullable): its name; NULL after a critical
 *   warning if @reason is not a #BudgetDepartmentReason.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_department_reason_to_string(BudgetDepartmentReason reason);

/**
 * budget_department_reason_from_string:
 * @name: a reason name as budget_department_reason_to_string()
 *   gives it ("ok", "not_given", …, any case)
 * @out: (out) (nullable): the reason
 *
 * Reads a reason name, as the reason column of `budget score --department`
 * prints it. @out is left untouched when the name is unknown.
 *
 * Returns: false if @name names no reason (no warning); false after a
 *   critical warning if @name is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_department_reason_from_string(const char *name, BudgetDepartmentReason *out);

/**
 * budget_department_ratio_full:
 * @ledger: (nullable): the accumulated ledger (its book and as-of date);
 *   NULL if only @inputs are known (ratios that need the book are then
 *   not given)
 * @inputs: (nullable): the department figures; NULL if none
 * @ratio: which ratio
 * @out_bp: (out): the ratio in basis points, rounded half away from zero;
 *   set only when the result is %BUDGET_DEPARTMENT_REASON_OK
 * @error: (nullable): error record
 *
 * Computes one ratio exactly (128-bit integers), or says why it has no value.
 * Change rates may be negative. An undefined ratio (not given, a denominator
 * ≤ 0) is a result, not a failure: @error stays clear. The call fails, with
 * @error filled, exactly when the result is %BUDGET_DEPARTMENT_REASON_OVERFLOW
 * or %BUDGET_DEPARTMENT_REASON_INVALID.
 *
 * Errors: %BUDGET_ERROR_OVERFLOW (a project's adjusted budget does not fit:
 * the error names the adjustment's file, line and column, as
 * budget_book_get_adjusted_budget() does; or the ratio does not fit in 64
 * bits of basis points: the error's field is the ratio's English name),
 * %BUDGET_ERROR_INVALID_ARGUMENT (an unknown @ratio, @out_bp NULL).
 *
 * Returns: %BUDGET_DEPARTMENT_REASON_OK with *@out_bp set, or why not.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDepartmentReason budget_department_ratio_full(const BudgetLedger *ledger,
                                                    const BudgetDepartmentInputs *inputs,
                                                    BudgetDepartmentRatio ratio, int64_t *out_bp,
                                                    BudgetError *error);

/**
 * BudgetDepartmentAdjustmentMeasure:
 * @BUDGET_DEPARTMENT_ADJUSTMENT_GROSS: Σ |追加| + Σ |追减|: every adjustment counts,
 *   whichever way it goes (the default: libbudget's own choice, because a
 *   signed rate gives a budget cut full marks under the step bands forms use,
 *   0 → 3 points …; no published formula verified)
 * @BUDGET_DEPARTMENT_ADJUSTMENT_NET: Σ signed adjustments = adjusted − original budget
 *   (the signed formula some published forms write; source not verified)
 * @BUDGET_DEPARTMENT_ADJUSTMENT_ADDITIONS: Σ 追加 only (as forms that control added
 *   budget count it; source not verified)
 *
 * Which adjustments the numerator of 预算调整率 counts: published formulas
 * disagree, so each measure names its source status
 * (budget_department_adjustment_measure_get_source()). The denominator is always Σ
 * original budgets (年初预算数). Since: 1.0
 */
typedef enum {
    BUDGET_DEPARTMENT_ADJUSTMENT_GROSS = 0,
    BUDGET_DEPARTMENT_ADJUSTMENT_NET = 1,
    BUDGET_DEPARTMENT_ADJUSTMENT_ADDITIONS = 2
} BudgetDepartmentAdjustmentMeasure;

/**
 * BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N:
 *
 * The number of #BudgetDepartmentAdjustmentMeasure values. Since: 1.0
 */
#define BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N 3

/**
 * budget_department_adjustment_measure_to_string:
 * @measure: a measure
 *
 * Gives the name of a 预算调整率 measure: "gross", "net" or "additions". The
 * string is static.
 *
 * Returns: (transfer none) (nullable): its name; NULL after a critical
 *   warning if @measure is not a #BudgetDepartmentAdjustmentMeasure.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_department_adjustment_measure_to_string(BudgetDepartmentAdjustmentMeasure measure);

/**
 * budget_department_adjustment_measure_from_string:
 * @text: "gross", "net" or "additions" (any ASCII case)
 * @out: (out) (nullable): the measure
 *
 * Reads a measure name; @out is left untouched when it is unknown.
 *
 * Returns: false if @text names no measure (no warning); false after a
 *   critical warning if @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_department_adjustment_measure_from_string(const char *text,
                                                      BudgetDepartmentAdjustmentMeasure *out);

/**
 * budget_department_adjustment_measure_get_source:
 * @measure: a measure
 *
 * Says where a measure comes from and how far that is verified, in English,
 * for a report's footnote: whether it is libbudget's own choice or a
 * published formula, and whether its source was checked. The string is
 * static.
 *
 * Returns: (transfer none) (nullable): its source status, NULL if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_department_adjustment_measure_get_source(BudgetDepartmentAdjustmentMeasure measure);

/**
 * budget_department_adjustment_rate:
 * @ledger: (nullable): the accumulated ledger (its book and as-of date);
 *   NULL gives %BUDGET_DEPARTMENT_REASON_NOT_GIVEN
 * @measure: which adjustments count (see #BudgetDepartmentAdjustmentMeasure)
 * @out_bp: (out): the rate in basis points, rounded half away from zero;
 *   set only when the result is %BUDGET_DEPARTMENT_REASON_OK
 * @error: (nullable): error record
 *
 * 预算调整率 under a chosen measure: the adjustments of the book dated on or
 * before the ledger's as-of date, counted as @measure says, ÷ Σ original
 * budgets, exactly. %BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT of
 * budget_department_ratio_full() is this with %BUDGET_DEPARTMENT_ADJUSTMENT_GROSS.
 *
 * Errors: as budget_department_ratio_full() (%BUDGET_ERROR_OVERFLOW,
 * %BUDGET_ERROR_INVALID_ARGUMENT for an unknown @measure or @out_bp NULL).
 *
 * Returns: %BUDGET_DEPARTMENT_REASON_OK with *@out_bp set, or why not.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDepartmentReason budget_department_adjustment_rate(const BudgetLedger *ledger,
                                                         BudgetDepartmentAdjustmentMeasure measure,
                                                         int64_t *out_bp, BudgetError *error);

/**
 * budget_department_ratio:
 * @ledger: (nullable): the accumulated ledger (its book and as-of date);
 *   NULL if only @inputs are known (ratios that need the book are then
 *   undefined)
 * @inputs: (nullable): the department figures; NULL if none
 * @ratio: which ratio
 * @out_bp: (out): the ratio in basis points, rounded half away from zero
 *
 * Computes one ratio exactly (128-bit integers). Change rates may be
 * negative. budget_department_ratio_full() also says why a ratio has no value.
 *
 * Returns: false if the ratio is undefined: an input is not given, a
 *   denominator is ≤ 0, a total or the result does not fit, or @ratio is
 *   unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_department_ratio(const BudgetLedger *ledger, const BudgetDepartmentInputs *inputs,
                             BudgetDepartmentRatio ratio, int64_t *out_bp);

BUDGET_END_DECLS

#endif /* BUDGET_DEPARTMENT_H */
