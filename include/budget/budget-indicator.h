#ifndef BUDGET_INDICATOR_H
#define BUDGET_INDICATOR_H

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
 * SECTION:budget-indicator
 * @title: Indicators
 * @short_description: one performance indicator (绩效指标) of a project
 *
 * An indicator is one row of indicators.csv (see csv-formats.md): the code
 * of the project it belongs to, its three levels (一级 产出/效益/满意度/成本,
 * 二级 such as 数量 or 质量, 三级 the named measure), a description, the
 * target and the actual as written, the basis (指标值设定依据), and a weight
 * in points (分值) that may be absent. Every field has its own getter and
 * setter, so a misspelt field is a compile error, never a silent NULL.
 *
 * Texts are kept as written; the target and the actual are parsed and
 * evaluated when the project is scored (budget_score_project()), because a
 * target's dates need the budget year. The weight is checked when it is set.
 * Columns of indicators.csv the library does not interpret are kept by name
 * as extras, so that writing the indicators and reading them back gives the
 * same data.
 *
 * An indicator belongs to a book with budget_book_add_indicator(), which
 * takes a reference. Refcounted; may be read from many threads at once, not
 * changed while another thread reads it. See concepts.md, "Indicators".
 *
 * Thread safety: A #BudgetIndicator may be read from many threads once it is
 * in a book; setting its fields while another thread reads it is misuse. Its
 * refcount is atomic.
 */

/**
 * BudgetIndicator:
 *
 * A performance indicator (绩效指标); opaque and refcounted.
 *
 * Since: 1.0
 */
typedef struct BudgetIndicator BudgetIndicator;

/**
 * BudgetIndicatorLevel:
 * @BUDGET_INDICATOR_LEVEL_OUTPUT: 产出指标
 * @BUDGET_INDICATOR_LEVEL_OUTCOME: 效益指标 (also written 效果指标)
 * @BUDGET_INDICATOR_LEVEL_SATISFACTION: 满意度指标
 * @BUDGET_INDICATOR_LEVEL_COST: 成本指标 (scored with 产出, 财预〔2020〕10号)
 * @BUDGET_INDICATOR_LEVEL_N: the number of levels
 *
 * The 一级指标 an indicator's level1 text names.
 *
 * Since: 1.0
 */
typedef enum {
    BUDGET_INDICATOR_LEVEL_OUTPUT = 0,
    BUDGET_INDICATOR_LEVEL_OUTCOME = 1,
    BUDGET_INDICATOR_LEVEL_SATISFACTION = 2,
    BUDGET_INDICATOR_LEVEL_COST = 3,
    BUDGET_INDICATOR_LEVEL_N = 4
} BudgetIndicatorLevel;

/**
 * budget_indicator_level_to_string:
 * @level: a level
 *
 * Gives the English name of a level: "output", "outcome", "satisfaction" or
 * "cost". The string is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL after a critical
 *   warning for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_level_to_string(BudgetIndicatorLevel level);

/**
 * budget_indicator_level_from_string:
 * @text: a level1 (一级指标) text as forms write it
 * @out: (out) (nullable): the level; untouched when @text names none
 *
 * Reads the level a level1 text names. It accepts more than the names
 * budget_indicator_level_to_string() gives: the words are looked for
 * anywhere in the text, ASCII case ignored, in this order: 成本 (cost),
 * 产出 (output), 效益 and 效果 (outcome), 满意 (satisfaction), then
 * output, cost, outcome, benefit (outcome) and satisfaction. So "产出指标",
 * "效果指标", "满意度指标" and "Output" are all read; "成本效益" is cost.
 *
 * Returns: true if @text names a level; false if not, and false after a
 *   critical warning for a NULL @text.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_indicator_level_from_string(const char *text, BudgetIndicatorLevel *out);

/**
 * budget_indicator_new:
 * @code: the code of the project the indicator belongs to; copied
 * @error: (nullable): error record
 *
 * Creates an indicator of project @code with every text empty and no
 * weight. The code cannot change afterwards.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (NULL, empty or not UTF-8 @code;
 * field "code").
 *
 * Returns: (transfer full) (nullable): the indicator; release it with
 *   budget_indicator_unref(). NULL on error.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetIndicator *budget_indicator_new(const char *code, BudgetError *error) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_indicator_copy:
 * @indicator: an indicator
 *
 * Makes an independent copy of @indicator: every field and extra column.
 *
 * Returns: (transfer full) (nullable): the copy, with one reference; release
 *   it with budget_indicator_unref(). NULL after a critical warning for a
 *   NULL @indicator.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetIndicator *budget_indicator_copy(const BudgetIndicator *indicator) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_indicator_ref:
 * @indicator: an indicator
 *
 * Takes one more reference on @indicator. Thread-safe.
 *
 * Returns: (transfer full): @indicator.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetIndicator *budget_indicator_ref(BudgetIndicator *indicator);

/**
 * budget_indicator_unref:
 * @indicator: (nullable) (transfer full): an indicator
 *
 * Drops one reference; the last one frees the indicator. Thread-safe.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_unref(BudgetIndicator *indicator);

/**
 * budget_indicator_get_code:
 * @indicator: an indicator
 *
 * Gives the code of the project the indicator belongs to.
 *
 * Returns: (transfer none): the project code; NULL for a NULL @indicator.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_code(const BudgetIndicator *indicator);

/**
 * budget_indicator_get_level1:
 * @indicator: an indicator
 *
 * Gives the 一级指标 as written ("产出指标").
 *
 * Returns: (transfer none): the text, "" if none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_level1(const BudgetIndicator *indicator);

/**
 * budget_indicator_set_level1:
 * @indicator: an indicator
 * @text: (nullable): the 一级指标 as written; copied; NULL is ""
 *
 * Sets the 一级指标 text, from which budget_indicator_get_level() reads the
 * level.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_level1(BudgetIndicator *indicator, const char *text);

/**
 * budget_indicator_get_level:
 * @indicator: an indicator
 * @out: (out) (nullable): the level
 *
 * Reads the level the level1 text names, with
 * budget_indicator_level_from_string(). An indicator whose level1 names no
 * level counts in no part of the score.
 *
 * Returns: true if the level1 text names a level; false if not (@out is
 *   then untouched).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_indicator_get_level(const BudgetIndicator *indicator, BudgetIndicatorLevel *out);

/**
 * budget_indicator_get_level2:
 * @indicator: an indicator
 *
 * Gives the 二级指标 as written (数量指标, 质量指标, ...).
 *
 * Returns: (transfer none): the text, "" if none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_level2(const BudgetIndicator *indicator);

/**
 * budget_indicator_set_level2:
 * @indicator: an indicator
 * @text: (nullable): the 二级指标; copied; NULL is ""
 *
 * Sets the 二级指标 text.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_level2(BudgetIndicator *indicator, const char *text);

/**
 * budget_indicator_get_level3:
 * @indicator: an indicator
 *
 * Gives the 三级指标, the named measure ("监测站点数"); score rules are
 * keyed on it (budget_score_config_add_step()).
 *
 * Returns: (transfer none): the text, "" if none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_level3(const BudgetIndicator *indicator);

/**
 * budget_indicator_set_level3:
 * @indicator: an indicator
 * @text: (nullable): the 三级指标; copied; NULL is ""
 *
 * Sets the 三级指标 text.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_level3(BudgetIndicator *indicator, const char *text);

/**
 * budget_indicator_get_description:
 * @indicator: an indicator
 *
 * Gives the description (指标解释).
 *
 * Returns: (transfer none): the text, "" if none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_description(const BudgetIndicator *indicator);

/**
 * budget_indicator_set_description:
 * @indicator: an indicator
 * @text: (nullable): the description; copied; NULL is ""
 *
 * Sets the description.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_description(BudgetIndicator *indicator, const char *text);

/**
 * budget_indicator_get_target:
 * @indicator: an indicator
 *
 * Gives the target (指标值) as written ("≥95%", "2024年12月31日",
 * "按期完成"); budget_target_parse() reads it.
 *
 * Returns: (transfer none): the text, "" if none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_target(const BudgetIndicator *indicator);

/**
 * budget_indicator_set_target:
 * @indicator: an indicator
 * @text: (nullable): the target as written; copied; NULL is ""
 *
 * Sets the target text. It is parsed when the project is scored, with the
 * budget year of its book.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_target(BudgetIndicator *indicator, const char *text);

/**
 * budget_indicator_get_basis:
 * @indicator: an indicator
 *
 * Gives the basis of the target (指标值设定依据).
 *
 * Returns: (transfer none): the text, "" if none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_basis(const BudgetIndicator *indicator);

/**
 * budget_indicator_set_basis:
 * @indicator: an indicator
 * @text: (nullable): the basis; copied; NULL is ""
 *
 * Sets the basis of the target.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_basis(BudgetIndicator *indicator, const char *text);

/**
 * budget_indicator_get_actual:
 * @indicator: an indicator
 *
 * Gives the actual value (实际完成值) as written; "" when not reported,
 * "不适用" or "n/a" when the indicator does not apply.
 *
 * Returns: (transfer none): the text, "" if none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_actual(const BudgetIndicator *indicator);

/**
 * budget_indicator_set_actual:
 * @indicator: an indicator
 * @text: (nullable): the actual as written; copied; NULL is ""
 *
 * Sets the actual value; budget_target_evaluate() reads it when the project
 * is scored.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_actual(BudgetIndicator *indicator, const char *text);

/**
 * budget_indicator_get_weight:
 * @indicator: an indicator
 * @out: (out) (nullable): the weight in micro-points (%BUDGET_SCORE_POINT
 *   per point)
 *
 * Gives the indicator's points (分值). An indicator without a weight shares
 * what the given weights leave of its part's points (budget_score_project()).
 *
 * Returns: true if a weight is given; false if not (@out is then untouched).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_indicator_get_weight(const BudgetIndicator *indicator, int64_t *out);

/**
 * budget_indicator_get_weight_text:
 * @indicator: an indicator
 *
 * Gives the weight as written ("10", "2.5", "10分"), or as
 * budget_indicator_set_weight_points() wrote it.
 *
 * Returns: (transfer none): the text, "" when no weight is given.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_weight_text(const BudgetIndicator *indicator);

/**
 * budget_indicator_set_weight:
 * @indicator: an indicator
 * @text: (nullable): the weight as written, read by
 *   budget_score_parse_points(); NULL or "" for no weight
 * @error: (nullable): error record
 *
 * Sets the weight from its text, keeping the text as written. On error the
 * indicator is unchanged.
 *
 * Errors: %BUDGET_ERROR_PARSE (not a number of points),
 * %BUDGET_ERROR_RANGE (more than 100 points), each with field "weight";
 * %BUDGET_ERROR_INVALID_ARGUMENT (NULL @indicator).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_indicator_set_weight(BudgetIndicator *indicator, const char *text, BudgetError *error);

/**
 * budget_indicator_set_weight_points:
 * @indicator: an indicator
 * @points: the weight in micro-points, 0 .. 100 × %BUDGET_SCORE_POINT
 * @error: (nullable): error record
 *
 * Sets the weight from a number; its text becomes the shortest exact
 * decimal (2500000 → "2.5"). On error the indicator is unchanged.
 *
 * Errors: %BUDGET_ERROR_RANGE (negative or more than 100 points; field
 * "weight"), %BUDGET_ERROR_INVALID_ARGUMENT (NULL @indicator).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_indicator_set_weight_points(BudgetIndicator *indicator, int64_t points, BudgetError *error);

/**
 * budget_indicator_set_extra:
 * @indicator: an indicator
 * @column: the column name; copied. Not "" and not one of the columns the
 *   library interprets (code, level1, level2, level3, description, target,
 *   basis, weight, actual, in any ASCII case)
 * @value: (nullable): the cell text; copied; NULL removes the column
 *
 * Keeps a column of indicators.csv the library does not interpret
 * (偏差原因, 备注, ...). The order of first setting is kept. A @column the
 * library interprets is refused with a critical warning: set the field
 * with its own setter.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_extra(BudgetIndicator *indicator, const char *column, const char *value);

/**
 * budget_indicator_get_extra:
 * @indicator: an indicator
 * @column: a column name
 *
 * Gives the cell of an extra column by its name (exact byte comparison).
 *
 * Returns: (transfer none) (nullable): the cell text, NULL if the indicator
 *   has no such extra column.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_extra(const BudgetIndicator *indicator, const char *column);

/**
 * budget_indicator_get_n_extras:
 * @indicator: an indicator
 *
 * Counts the extra columns kept for the indicator.
 *
 * Returns: the number of extra columns.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_indicator_get_n_extras(const BudgetIndicator *indicator);

/**
 * budget_indicator_get_extra_nth:
 * @indicator: an indicator
 * @index: 0 .. budget_indicator_get_n_extras() - 1
 * @value: (out) (nullable) (transfer none): the cell text
 *
 * Gives the name and the cell of the @index-th extra column, in the order
 * the columns were first set, so that a writer can put them back.
 *
 * Returns: (transfer none) (nullable): the column name; NULL after a
 *   critical warning if @index is out of range (@value is then NULL).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_extra_nth(const BudgetIndicator *indicator, size_t index,
                                           const char **value);

/**
 * BudgetIndicatorNote:
 * @BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR: 1–N月实际完成值, the actual so far
 *   (column `actual_midyear`)
 * @BUDGET_INDICATOR_NOTE_PROJECTED: 全年预计完成值, the value expected at year
 *   end (column `projected`)
 * @BUDGET_INDICATOR_NOTE_LIKELIHOOD: 完成目标可能性, as the 绩效运行监控表 asks
 *   it: 确定能 / 有可能 / 完全不可能 (column `likelihood`)
 * @BUDGET_INDICATOR_NOTE_DEVIATION_REASON: 偏差原因 (column `deviation_reason`)
 * @BUDGET_INDICATOR_NOTE_MEASURES: 改进措施 / 完善措施 (column `measures`)
 *
 * The optional texts of indicators.csv the monitoring and self-evaluation
 * forms carry (docs/csv-formats.md). Each is kept as written; a column the
 * file does not have is "not given". Since: 1.0
 */
typedef enum {
    BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR = 0,
    BUDGET_INDICATOR_NOTE_PROJECTED = 1,
    BUDGET_INDICATOR_NOTE_LIKELIHOOD = 2,
    BUDGET_INDICATOR_NOTE_DEVIATION_REASON = 3,
    BUDGET_INDICATOR_NOTE_MEASURES = 4
} BudgetIndicatorNote;

/**
 * BUDGET_INDICATOR_NOTE_N:
 *
 * The number of #BudgetIndicatorNote values. Since: 1.0
 */
#define BUDGET_INDICATOR_NOTE_N 5

/**
 * budget_indicator_note_to_string:
 * @note: a note
 *
 * Gives the column name of a note in indicators.csv: "actual_midyear",
 * "projected", "likelihood", "deviation_reason" or "measures". The string
 * is static.
 *
 * Returns: (transfer none) (nullable): the name; NULL after a critical
 *   warning for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_note_to_string(BudgetIndicatorNote note);

/**
 * budget_indicator_note_from_string:
 * @text: a column header
 * @out: (out) (nullable): the note; untouched when @text names none
 *
 * Reads a column header as a note: the names budget_indicator_note_to_string()
 * gives (any ASCII case) and the Chinese headers of the national forms:
 * 1-N月实际完成值 (any N, also 1—N月, 1-6月实际完成值), 截至目前实际完成值, 半年实际完成值
 * (actual_midyear); 全年预计完成值 (projected); 完成目标可能性 (likelihood); 偏差原因,
 * 偏差原因分析 (deviation_reason); 改进措施, 完善措施 (measures).
 *
 * Returns: true when @text names a note; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_indicator_note_from_string(const char *text, BudgetIndicatorNote *out);

/**
 * budget_indicator_get_note:
 * @indicator: an indicator
 * @note: which note
 *
 * Gives one of the optional texts (the loader of indicators.csv reads them
 * from the columns budget_indicator_note_from_string() names).
 *
 * Returns: (transfer none) (nullable): the text as written, NULL when it is
 *   not given (a blank cell is ""); NULL after a critical warning for a bad
 *   argument.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_indicator_get_note(const BudgetIndicator *indicator, BudgetIndicatorNote note);

/**
 * budget_indicator_set_note:
 * @indicator: an indicator
 * @note: which note
 * @text: (nullable): the text; copied; NULL removes it
 *
 * Sets one of the optional texts. It is kept among the extra columns under
 * the name budget_indicator_note_to_string() gives, so that
 * budget_csv_save_indicators() writes it back.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_indicator_set_note(BudgetIndicator *indicator, BudgetIndicatorNote note, const char *text);

BUDGET_END_DECLS

#endif /* BUDGET_INDICATOR_H */
