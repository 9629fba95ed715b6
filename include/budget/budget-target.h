#ifndef BUDGET_TARGET_H
#define BUDGET_TARGET_H

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
 * SECTION:budget-target
 * @title: Indicator targets
 * @short_description: the 指标值 of a performance indicator, parsed and evaluated
 *
 * A #BudgetTarget is the text of an indicator's target (指标值) as written in
 * a 绩效目标表, read into one of the #BudgetTargetKind forms (docs/concepts.md,
 * "Indicators and targets"). The original text is always kept. Text that cannot be read
 * without guessing becomes %BUDGET_TARGET_UNPARSED with a #BudgetTargetReason
 * code (budget_target_get_reason_code(): what a program decides on) and a
 * precise message (budget_target_get_reason(): for people, naming the text).
 *
 * Rules (all documented here so a scorer can rely on them):
 *
 * - Numbers are exact: up to 6 decimals, full-width digits allowed, ASCII
 *   thousands commas allowed ("1,000", "12,345.5": a first group of 1 to 3
 *   digits, then groups of exactly 3, as for money; "1234,567" is two
 *   numbers). A value is kept as a scaled integer:
 *   micro-units (value × 10^6) of the unit as written for percent, counts
 *   and bare numbers (95 % = 95000000, which is the micro-percent of plan
 *   percentages); **fen** for money (元, 万元, 亿元, read with
 *   budget_money_parse_unit(), so "1.5万元" = 1500000). Floating point is
 *   only offered for display.
 * - Comparators: `≥ ≧ ⩾ ⋝ ≮ >= ＞＝`, `≤ ≦ ⩽ ⋜ ≯ <= ＜＝`, `> ＞ ﹥`, `< ＜ ﹤`,
 *   `= == ＝ ﹦ ═ ≡ 〓` (═ U+2550 is the "=" of a Yunnan form), and
 *   the words 不低于/不少于/不小于/大于等于/至少/达到 (≥), 不高于/不超过/
 *   不多于/不大于/小于等于/至多/最多 (≤), 大于/高于/超过/多于 (>), 小于/
 *   低于/少于/不足 (<), 等于 (=); after the unit 以上/及以上 (≥) and
 *   以下/及以下/以内/之内/内 (≤). A number with no comparator ("100%",
 *   "1建成一套平台") means at least: ≥, flagged as implied
 *   (budget_target_comparator_is_implied()). Conflicting comparators
 *   ("≤90%以上") are unparsed. Any other symbol next to the number ("≈100%",
 *   "≠0", "±10%") is never dropped nor read as another comparator: the target
 *   is unparsed with %BUDGET_TARGET_REASON_UNKNOWN_SYMBOL.
 * - Units: % ％ 百分比 (percent); 元 万元 亿元 (money); a count unit from a
 *   fixed list (个 次 套 期 天 项 家 人 人次 台 份 篇 场 户 辆 平方米 公里 吨 亩
 *   处 座 件 条 批 本 张 部 名 组 类 站 站点 点位 小时 分钟 个月 月 年 周 日 分,
 *   measures such as 厘米 毫米 平方千米 克 升 千瓦 分贝 ℃ ㎡ …),
 *   each optionally followed by "/per" ("元/站", "次/年"). Text glued after
 *   the number that is not a unit is kept as the label ("≥90出除率达标" is
 *   ≥ 90 with no unit and label "出除率达标"), and an actual that repeats it
 *   ("92出除率达标") is read in it: an unknown unit ("≥20羽") is kept, and an
 *   actual in another unit is a unit mismatch, never dropped; ASCII letters there are an
 *   unknown unit and unparsed. Text before the number ("设备完好率不低于95%",
 *   "建成1套平台") is kept in the label too. A label that still holds a
 *   comparator or a percent sign ("<31不低于", "%85.5") is unparsed: the
 *   comparator or unit is not next to its number.
 * - One number only: a second number (outside a range, date or tiers) makes
 *   the target unparsed ("more than one number") rather than a guess.
 * - Ranges: "80%-90%", "80～90%", "80%至90%", "[80,90]"; one unit given
 *   for both ends applies to both; lower bound above upper is unparsed.
 * - Deadlines (met when done on or before): "2024年12月31日", "2024-12-31",
 *   "2024年12月底", "2024年6月" (the month's end), "2024年底"/"年末"/"年内",
 *   with an optional 前/之前/以前/止/为止 read as "on or before" (the
 *   usual 截止 meaning). Forms without a year ("12月31日前", "年底前") use
 *   the @year given to budget_target_parse(); with @year 0 they are
 *   unparsed. "2024年6月前" (before June, or by its end?) is unparsed as
 *   ambiguous.
 * - Tiers: clauses separated by ，,；;、。 of the form
 *   "[comparator] number [unit] [以上|以下] [label] 为 优|良|中|差" (优秀, 良好,
 *   中等, 较差 too), e.g. "85%站点为优，70%站点为良，60%站点为中，60%以下站点为差".
 *   Graded bands must all point the same way, with strictly monotone
 *   thresholds in the order 优, 良, 中; the catch-all band (少于/低于/不足/
 *   以下 for higher-is-better tiers, 超过/高于/以上 for lower-is-better ones,
 *   or a clause with no number such as "其余为差") must start exactly at the
 *   last threshold. Other clauses ("乡镇空气质量排名") form the label.
 * - Text with no digit is qualitative (定性) unless it holds a comparator
 *   (unparsed: "comparator '…' without a number"; the words 大于, 小于,
 *   高于, 低于, 少于, 多于, 超过 count too), "百分之" (unparsed: number
 *   written in words), a percent sign, no Han character at all (unparsed),
 *   tier words (unparsed: "tier text without thresholds") or a deadline
 *   word (年底, 年末, 年内: a deadline).
 *   Qualitative targets are judged from the actual's wording; the best
 *   known phrase found in the text is given by budget_target_get_keyword().
 *
 * Targets are immutable once parsed and refcounted; every function here is
 * reentrant and uses no global mutable state.
 *
 * Thread safety: A #BudgetTarget is immutable once parsed: it may be read and
 * evaluated from many threads. Its refcount is atomic.
 */

/**
 * BudgetTarget:
 *
 * A parsed indicator target (指标值). Immutable, refcounted. Since: 1.0
 */
typedef struct BudgetTarget BudgetTarget;

/**
 * BudgetTargetKind:
 * @BUDGET_TARGET_UNPARSED: could not be read; see budget_target_get_reason()
 * @BUDGET_TARGET_NUMBER: comparator + number (+ unit), e.g. "≥95%", "=12个"
 * @BUDGET_TARGET_RANGE: lower..upper bound, both included, e.g. "80%-90%"
 * @BUDGET_TARGET_DEADLINE: a date, met when done on or before it
 * @BUDGET_TARGET_QUALITATIVE: words, e.g. "按期完成", "符合要求"
 * @BUDGET_TARGET_TIERS: graded bands 优/良/中/差 with thresholds
 *
 * What a target text was read as. Since: 1.0
 */
typedef enum {
    BUDGET_TARGET_UNPARSED = 0,
    BUDGET_TARGET_NUMBER = 1,
    BUDGET_TARGET_RANGE = 2,
    BUDGET_TARGET_DEADLINE = 3,
    BUDGET_TARGET_QUALITATIVE = 4,
    BUDGET_TARGET_TIERS = 5
} BudgetTargetKind;

/**
 * BUDGET_TARGET_KIND_N:
 *
 * The number of #BudgetTargetKind values, one past the last. Since: 1.0
 */
#define BUDGET_TARGET_KIND_N 6

/**
 * BudgetTargetComparator:
 * @BUDGET_TARGET_CMP_NONE: no comparator (kinds other than number and tiers)
 * @BUDGET_TARGET_CMP_EQ: =
 * @BUDGET_TARGET_CMP_GE: ≥
 * @BUDGET_TARGET_CMP_GT: >
 * @BUDGET_TARGET_CMP_LE: ≤
 * @BUDGET_TARGET_CMP_LT: <
 *
 * How the actual must compare with the value. Since: 1.0
 */
typedef enum {
    BUDGET_TARGET_CMP_NONE = 0,
    BUDGET_TARGET_CMP_EQ = 1,
    BUDGET_TARGET_CMP_GE = 2,
    BUDGET_TARGET_CMP_GT = 3,
    BUDGET_TARGET_CMP_LE = 4,
    BUDGET_TARGET_CMP_LT = 5
} BudgetTargetComparator;

/**
 * BUDGET_TARGET_COMPARATOR_N:
 *
 * The number of #BudgetTargetComparator values, one past the last. Since: 1.0
 */
#define BUDGET_TARGET_COMPARATOR_N 6

/**
 * BudgetTargetDirection:
 * @BUDGET_TARGET_DIRECTION_NONE: not a quantity (qualitative, unparsed)
 * @BUDGET_TARGET_DIRECTION_HIGHER: higher is better (≥, >; tiers whose 优
 *   band is the highest)
 * @BUDGET_TARGET_DIRECTION_LOWER: lower is better (≤, <, deadlines, tiers
 *   whose 优 band is the lowest)
 * @BUDGET_TARGET_DIRECTION_EXACT: the value itself (=) or inside a range
 *
 * Which way a target points; it follows the comparator. Since: 1.0
 */
typedef enum {
    BUDGET_TARGET_DIRECTION_NONE = 0,
    BUDGET_TARGET_DIRECTION_HIGHER = 1,
    BUDGET_TARGET_DIRECTION_LOWER = 2,
    BUDGET_TARGET_DIRECTION_EXACT = 3
} BudgetTargetDirection;

/**
 * BUDGET_TARGET_DIRECTION_N:
 *
 * The number of #BudgetTargetDirection values, one past the last. Since: 1.0
 */
#define BUDGET_TARGET_DIRECTION_N 4

/**
 * BudgetTargetUnitClass:
 * @BUDGET_TARGET_UNIT_NONE: a bare number (values in micro-units)
 * @BUDGET_TARGET_UNIT_PERCENT: % ％ 百分比 (values in micro-percent)
 * @BUDGET_TARGET_UNIT_COUNT: a count unit such as 个, 次, 台/年 (values in
 *   micro-units)
 * @BUDGET_TARGET_UNIT_MONEY: 元, 万元, 亿元, optionally per something
 *   ("元/站"); values in fen
 *
 * The kind of unit a number is written in, which fixes the scale of its
 * value. Since: 1.0
 */
typedef enum {
    BUDGET_TARGET_UNIT_NONE = 0,
    BUDGET_TARGET_UNIT_PERCENT = 1,
    BUDGET_TARGET_UNIT_COUNT = 2,
    BUDGET_TARGET_UNIT_MONEY = 3
} BudgetTargetUnitClass;

/**
 * BUDGET_TARGET_UNIT_CLASS_N:
 *
 * The number of #BudgetTargetUnitClass values, one past the last. Since: 1.0
 */
#define BUDGET_TARGET_UNIT_CLASS_N 4

/**
 * BudgetTargetGrade:
 * @BUDGET_TARGET_GRADE_NONE: no grade (not a tiers target, or not reached)
 * @BUDGET_TARGET_GRADE_EXCELLENT: 优
 * @BUDGET_TARGET_GRADE_GOOD: 良
 * @BUDGET_TARGET_GRADE_FAIR: 中
 * @BUDGET_TARGET_GRADE_POOR: 差
 *
 * A band of a graded target. Since: 1.0
 */
typedef enum {
    BUDGET_TARGET_GRADE_NONE = 0,
    BUDGET_TARGET_GRADE_EXCELLENT = 1,
    BUDGET_TARGET_GRADE_GOOD = 2,
    BUDGET_TARGET_GRADE_FAIR = 3,
    BUDGET_TARGET_GRADE_POOR = 4
} BudgetTargetGrade;

/**
 * BUDGET_TARGET_GRADE_N:
 *
 * The number of #BudgetTargetGrade values, one past the last. Since: 1.0
 */
#define BUDGET_TARGET_GRADE_N 5

/**
 * BudgetTargetResult:
 * @BUDGET_TARGET_MET: the target is met
 * @BUDGET_TARGET_PARTLY_MET: partly met: a qualitative actual such as
 *   基本完成/部分完成, or tier 良 or 中. Quantitative targets are never partly
 *   met: they are met or not, and the ratio says how close.
 * @BUDGET_TARGET_NOT_MET: not met (tier 差 included)
 * @BUDGET_TARGET_NOT_REPORTED: the actual is blank (or NULL)
 * @BUDGET_TARGET_NOT_APPLICABLE: the actual is 不适用, 不涉及, 无, n/a or na
 *   (any case): the indicator is dropped
 * @BUDGET_TARGET_CANNOT_EVALUATE: the target is unparsed, or the actual is
 *   of the wrong kind, has another unit, or is an unknown word; the
 *   evaluation's reason says which
 *
 * The outcome of budget_target_evaluate(). Since: 1.0
 */
typedef enum {
    BUDGET_TARGET_MET = 0,
    BUDGET_TARGET_PARTLY_MET = 1,
    BUDGET_TARGET_NOT_MET = 2,
    BUDGET_TARGET_NOT_REPORTED = 3,
    BUDGET_TARGET_NOT_APPLICABLE = 4,
    BUDGET_TARGET_CANNOT_EVALUATE = 5
} BudgetTargetResult;

/**
 * BUDGET_TARGET_RESULT_N:
 *
 * The number of #BudgetTargetResult values, one past the last. Since: 1.0
 */
#define BUDGET_TARGET_RESULT_N 6

/**
 * BudgetTargetReason:
 * @BUDGET_TARGET_REASON_NONE: no reason: the target was parsed, or the
 *   evaluation could be done
 * @BUDGET_TARGET_REASON_EMPTY: the target is blank or punctuation only
 * @BUDGET_TARGET_REASON_NO_CONTENT: no number, date or Han word ("[。]", "abc")
 * @BUDGET_TARGET_REASON_UNKNOWN_UNIT: ASCII letters after a number, not a
 *   known unit ("≥90kg")
 * @BUDGET_TARGET_REASON_NUMBER_TOO_LARGE: a number or amount does not fit
 *   (past 64 bits of micro-units or of fen): of the target, or of the actual
 *   in an evaluation
 * @BUDGET_TARGET_REASON_NUMBER_TOO_PRECISE: more than 6 decimals, or an
 *   amount not exact to the fen ("≥1.001元"): of the target, or of the
 *   actual in an evaluation
 * @BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER: a second number where one is
 *   read ("完成3个项目5次"; two in one tier band; one besides a date): of the
 *   target, or of the actual in an evaluation
 * @BUDGET_TARGET_REASON_CONFLICTING_COMPARATORS: comparators before and after
 *   a number disagree ("≤90%以上"), in a target or in a tier band
 * @BUDGET_TARGET_REASON_COMPARATOR_WITHOUT_NUMBER: a comparator in text with
 *   no number ("噪声低于标准限值")
 * @BUDGET_TARGET_REASON_COMPARATOR_AWAY: a comparator not next to its number
 *   ("<31不低于")
 * @BUDGET_TARGET_REASON_UNIT_WITHOUT_NUMBER: a percent sign with no number ("%")
 * @BUDGET_TARGET_REASON_UNIT_AWAY: a percent sign not next to its number ("%85.5")
 * @BUDGET_TARGET_REASON_NUMBER_IN_WORDS: a number written in words ("百分之百")
 * @BUDGET_TARGET_REASON_RANGE_UNCLOSED: "[80,90" without its closing bracket
 * @BUDGET_TARGET_REASON_RANGE_WITH_COMPARATOR: a comparator before a range
 *   ("≥80%-90%")
 * @BUDGET_TARGET_REASON_RANGE_REVERSED: the lower bound is above the upper
 *   ("90%-80%")
 * @BUDGET_TARGET_REASON_UNITS_DIFFER: the bounds of a range, or the bands of
 *   tiers, are written in different units ("80%-90个")
 * @BUDGET_TARGET_REASON_DATE_MALFORMED: a date missing a part ("2024-12",
 *   "2024年完成80%": a year without a month)
 * @BUDGET_TARGET_REASON_DATE_AMBIGUOUS: "2024年6月前": before June, or by its end?
 * @BUDGET_TARGET_REASON_DATE_NO_YEAR: a deadline without a year ("年底前")
 *   and no budget year given
 * @BUDGET_TARGET_REASON_DATE_INVALID: no such date or month ("2024年2月30日")
 * @BUDGET_TARGET_REASON_TIERS_WITHOUT_THRESHOLDS: grades without numbers
 *   ("达标为优，其余为差")
 * @BUDGET_TARGET_REASON_TIERS_CLAUSE_WITHOUT_GRADE: a clause of tiers with a
 *   number but no grade
 * @BUDGET_TARGET_REASON_TIERS_TOO_MANY_BANDS: more than four bands
 * @BUDGET_TARGET_REASON_TIERS_GRADE_REPEATED: a grade given twice
 * @BUDGET_TARGET_REASON_TIERS_EQUALS: a band that uses "="
 * @BUDGET_TARGET_REASON_TIERS_NOT_IN_ORDER: thresholds not strictly monotone
 *   in the order 优, 良, 中 ("60%为优，70%为良")
 * @BUDGET_TARGET_REASON_TIERS_CATCH_ALL_MISPLACED: a catch-all band that is
 *   not the last one, or is the only one
 * @BUDGET_TARGET_REASON_TIERS_CATCH_ALL_GAP: the catch-all band does not start
 *   at the last threshold ("85%为优，70%为良，50%以下为差")
 * @BUDGET_TARGET_REASON_TARGET_UNPARSED: (evaluation) the target is unparsed;
 *   budget_target_get_reason_code() says why
 * @BUDGET_TARGET_REASON_ACTUAL_INVALID_UTF8: (evaluation) the actual is not UTF-8
 * @BUDGET_TARGET_REASON_ACTUAL_NOT_A_NUMBER: (evaluation) a number or range
 *   target got an actual that is not a number with an optional unit
 *   ("完成", "约96%")
 * @BUDGET_TARGET_REASON_ACTUAL_NOT_A_WORD: (evaluation) a qualitative target
 *   got a number ("95%")
 * @BUDGET_TARGET_REASON_ACTUAL_UNKNOWN_WORD: (evaluation) a qualitative
 *   target got a word that is not known ("还行")
 * @BUDGET_TARGET_REASON_ACTUAL_NOT_GRADE_OR_NUMBER: (evaluation) a tiers
 *   target got neither a grade nor a number ("良好以上")
 * @BUDGET_TARGET_REASON_ACTUAL_NOT_DATE_OR_WORD: (evaluation) a deadline
 *   target got neither a date nor a known completion word ("95%")
 * @BUDGET_TARGET_REASON_UNIT_MISMATCH: (evaluation) the actual's unit is not
 *   the target's ("96个" against "≥95%")
 * @BUDGET_TARGET_REASON_UNKNOWN_SYMBOL: a symbol next to a number that is not
 *   a comparator the parser knows ("≈100%", "≠0"): refused rather than read
 *   as another comparator or dropped. Since: 1.0
 *
 * Why a target is %BUDGET_TARGET_UNPARSED (budget_target_get_reason_code())
 * or an evaluation %BUDGET_TARGET_CANNOT_EVALUATE (the @reason_code of
 * #BudgetTargetEvaluation). Code decides on this value; the reason text
 * beside it is for people and may change. Values are fixed; new ones are
 * only ever appended. Since: 1.0
 */
typedef enum {
    BUDGET_TARGET_REASON_NONE = 0,
    BUDGET_TARGET_REASON_EMPTY = 1,
    BUDGET_TARGET_REASON_NO_CONTENT = 2,
    BUDGET_TARGET_REASON_UNKNOWN_UNIT = 3,
    BUDGET_TARGET_REASON_NUMBER_TOO_LARGE = 4,
    BUDGET_TARGET_REASON_NUMBER_TOO_PRECISE = 5,
    BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER = 6,
    BUDGET_TARGET_REASON_CONFLICTING_COMPARATORS = 7,
    BUDGET_TARGET_REASON_COMPARATOR_WITHOUT_NUMBER = 8,
    BUDGET_TARGET_REASON_COMPARATOR_AWAY = 9,
    BUDGET_TARGET_REASON_UNIT_WITHOUT_NUMBER = 10,
    BUDGET_TARGET_REASON_UNIT_AWAY = 11,
    BUDGET_TARGET_REASON_NUMBER_IN_WORDS = 12,
    BUDGET_TARGET_REASON_RANGE_UNCLOSED = 13,
    BUDGET_TARGET_REASON_RANGE_WITH_COMPARATOR = 14,
    BUDGET_TARGET_REASON_RANGE_REVERSED = 15,
    BUDGET_TARGET_REASON_UNITS_DIFFER = 16,
    BUDGET_TARGET_REASON_DATE_MALFORMED = 17,
    BUDGET_TARGET_REASON_DATE_AMBIGUOUS = 18,
    BUDGET_TARGET_REASON_DATE_NO_YEAR = 19,
    BUDGET_TARGET_REASON_DATE_INVALID = 20,
    BUDGET_TARGET_REASON_TIERS_WITHOUT_THRESHOLDS = 21,
    BUDGET_TARGET_REASON_TIERS_CLAUSE_WITHOUT_GRADE = 22,
    BUDGET_TARGET_REASON_TIERS_TOO_MANY_BANDS = 23,
    BUDGET_TARGET_REASON_TIERS_GRADE_REPEATED = 24,
    BUDGET_TARGET_REASON_TIERS_EQUALS = 25,
    BUDGET_TARGET_REASON_TIERS_NOT_IN_ORDER = 26,
    BUDGET_TARGET_REASON_TIERS_CATCH_ALL_MISPLACED = 27,
    BUDGET_TARGET_REASON_TIERS_CATCH_ALL_GAP = 28,
    BUDGET_TARGET_REASON_TARGET_UNPARSED = 29,
    BUDGET_TARGET_REASON_ACTUAL_INVALID_UTF8 = 30,
    BUDGET_TARGET_REASON_ACTUAL_NOT_A_NUMBER = 31,
    BUDGET_TARGET_REASON_ACTUAL_NOT_A_WORD = 32,
    BUDGET_TARGET_REASON_ACTUAL_UNKNOWN_WORD = 33,
    BUDGET_TARGET_REASON_ACTUAL_NOT_GRADE_OR_NUMBER = 34,
    BUDGET_TARGET_REASON_ACTUAL_NOT_DATE_OR_WORD = 35,
    BUDGET_TARGET_REASON_UNIT_MISMATCH = 36,
    BUDGET_TARGET_REASON_UNKNOWN_SYMBOL = 37
} BudgetTargetReason;

/**
 * BUDGET_TARGET_REASON_N:
 *
 * The number of #BudgetTargetReason values. Since: 1.0
 */
#define BUDGET_TARGET_REASON_N 38

/**
 * BudgetTargetEvaluation:
 * @result: a #BudgetTargetResult
 * @grade: a #BudgetTargetGrade: for tiers targets the band reached, else
 *   %BUDGET_TARGET_GRADE_NONE
 * @has_ratio: whether @ratio_bp is defined
 * @has_deviation: whether @deviation is defined
 * @has_actual_value: whether @actual_value is defined
 * @ratio_bp: completion ratio in basis points, 0 .. 10000 (see
 *   budget_target_evaluate())
 * @deviation: actual − target in the target's scale (micro-units, or fen
 *   for money); for ranges the distance past the nearer bound (0 inside);
 *   for deadlines the days late (negative: early); for tiers actual − the
 *   优 threshold
 * @actual_value: the actual as read, in the target's scale; for deadlines
 *   the completion date (yyyymmdd)
 * @reason_code: a #BudgetTargetReason: why the result is
 *   %BUDGET_TARGET_CANNOT_EVALUATE; %BUDGET_TARGET_REASON_NONE otherwise.
 *   Decide on this, not on @reason.
 * @reserved: reserved, always 0
 * @reason: why the result is %BUDGET_TARGET_CANNOT_EVALUATE, for people
 *   (UTF-8, may be truncated with "..."); for an evaluation that was done, a
 *   warning about how the actual was read ("warning: actual '≥266米' is
 *   written with the comparator '≥': read as its number", @reason_code
 *   staying %BUDGET_TARGET_REASON_NONE); "" otherwise
 *
 * The result of evaluating a target against an actual value, filled by
 * budget_target_evaluate(). A by-value record whose layout is frozen for
 * soname 1. Since: 1.0
 */
typedef struct BudgetTargetEvaluation {
    int result;
    int grade;
    bool has_ratio;
    bool has_deviation;
    bool has_actual_value;
    int64_t ratio_bp;
    int64_t deviation;
    int64_t actual_value;
    int reason_code;
    int reserved[7];
    char reason[160];
} BudgetTargetEvaluation;

/**
 * budget_target_parse:
 * @text: the target text as written, e.g. "≥95%", "2024年12月31日", "按期完成"
 * @len: length of @text in bytes, or -1 if NUL-terminated (below -1: a
 *   critical warning and %BUDGET_ERROR_INVALID_ARGUMENT)
 * @year: the budget year, used by deadlines written without one ("12月31日前",
 *   "年底前"); 0 if unknown (such deadlines are then unparsed)
 * @error: (nullable): error record
 *
 * Reads a target text (see the section introduction for every rule).
 * Text that cannot be read is not an error: the result is a target of
 * kind %BUDGET_TARGET_UNPARSED with a reason code and message. A blank text
 * is unparsed with %BUDGET_TARGET_REASON_EMPTY ("empty target").
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (@text NULL, @year outside
 * 0..9999), %BUDGET_ERROR_ENCODING (@text is not UTF-8).
 *
 * Returns: (transfer full) (nullable): the target, or NULL on error;
 *   release with budget_target_unref().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTarget *budget_target_parse(const char *text, ptrdiff_t len, int year, BudgetError *error)
    BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_target_ref:
 * @target: a target
 *
 * Takes one more reference on @target; release it with budget_target_unref().
 * Thread-safe.
 *
 * Returns: (transfer full): @target, with one more reference.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTarget *budget_target_ref(BudgetTarget *target);

/**
 * budget_target_unref:
 * @target: (nullable) (transfer full): a target
 *
 * Drops one reference; frees the target with the last one. Thread-safe.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_target_unref(BudgetTarget *target);

/**
 * budget_target_get_text:
 * @target: a target
 *
 * Gives the original target text, exactly as given to budget_target_parse(),
 * whatever it was read as.
 *
 * Returns: (transfer none): the original text exactly as given (of @len
 *   bytes), valid while @target lives; NULL only if @target is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_get_text(const BudgetTarget *target);

/**
 * budget_target_get_kind:
 * @target: a target
 *
 * Gives what the target text was read as: a number, range, deadline,
 * qualitative words, graded tiers, or unparsed.
 *
 * Returns: what the text was read as (%BUDGET_TARGET_UNPARSED if @target
 *   is NULL).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTargetKind budget_target_get_kind(const BudgetTarget *target);

/**
 * budget_target_get_reason:
 * @target: a target
 *
 * Says why a target could not be parsed, in English, naming the text at fault:
 * the library refuses to guess rather than mis-score. The text is for people
 * and may change; a program decides on budget_target_get_reason_code().
 *
 * Returns: (transfer none) (nullable): for an unparsed target, why (e.g.
 *   "more than one number ('3' and '5')", "tier text without thresholds",
 *   "unknown unit 'kg'"); NULL for any other kind.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_get_reason(const BudgetTarget *target);

/**
 * budget_target_get_reason_code:
 * @target: a target
 *
 * Says why a target could not be parsed, as a code to decide on;
 * budget_target_get_reason() gives the same for people, naming the text at
 * fault.
 *
 * Returns: for an unparsed target, why (never %BUDGET_TARGET_REASON_NONE);
 *   %BUDGET_TARGET_REASON_NONE for any other kind, or if @target is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTargetReason budget_target_get_reason_code(const BudgetTarget *target);

/**
 * budget_target_get_comparator:
 * @target: a target
 *
 * Gives how an actual must compare with a number target's value, whether the
 * comparator was written or implied.
 *
 * Returns: the comparator of a number target (implied ones included);
 *   %BUDGET_TARGET_CMP_NONE for other kinds.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTargetComparator budget_target_get_comparator(const BudgetTarget *target);

/**
 * budget_target_comparator_is_implied:
 * @target: a target
 *
 * Tells whether a number target was written without a comparator ("100%"), so
 * that ≥ was assumed.
 *
 * Returns: true if the comparator was not written and ≥ was assumed
 *   (docs/concepts.md: a target with no comparator means at least that value).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_comparator_is_implied(const BudgetTarget *target);

/**
 * budget_target_get_direction:
 * @target: a target
 *
 * Gives which way a target points, following its comparator: higher is better
 * for ≥ and >, lower for ≤, < and deadlines, exact for = and ranges.
 *
 * Returns: which way the target points (see #BudgetTargetDirection).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTargetDirection budget_target_get_direction(const BudgetTarget *target);

/**
 * budget_target_get_value:
 * @target: a target
 * @out_value: (out): the value: micro-units (value × 10^6) for percent,
 *   count and bare numbers, fen for money
 *
 * Gives a number target's value as an exact scaled integer: micro-units (value
 * × 10^6) for percent, counts and bare numbers, fen for money.
 *
 * Returns: false (leaving @out_value untouched) unless @target is a number
 *   target.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_get_value(const BudgetTarget *target, int64_t *out_value);

/**
 * budget_target_get_value_double:
 * @target: a target
 * @out_value: (out): the value for display: 95 for "≥95%"; money in yuan
 *   (15000 for "≥1.5万元")
 *
 * For display only; compare with budget_target_get_value().
 *
 * Returns: false (leaving @out_value untouched) unless @target is a number
 *   target.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_get_value_double(const BudgetTarget *target, double *out_value);

/**
 * budget_target_get_range:
 * @target: a target
 * @out_low: (out) (nullable): the lower bound, in the scale of budget_target_get_value()
 * @out_high: (out) (nullable): the upper bound
 *
 * Gives the bounds of a range target, both included, as exact scaled integers
 * in the scale of budget_target_get_value(). Out parameters are left untouched
 * for other kinds.
 *
 * Returns: false unless @target is a range target.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_get_range(const BudgetTarget *target, int64_t *out_low, int64_t *out_high);

/**
 * budget_target_get_unit_class:
 * @target: a target
 *
 * Gives the kind of unit a number, range or tiers target is written in, which
 * fixes the scale of its values: micro-units, micro-percent or fen.
 *
 * Returns: the unit class of a number, range or tiers target;
 *   %BUDGET_TARGET_UNIT_NONE for other kinds.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTargetUnitClass budget_target_get_unit_class(const BudgetTarget *target);

/**
 * budget_target_get_unit:
 * @target: a target
 *
 * Gives the unit exactly as written after the number, borrowed from the
 * target.
 *
 * Returns: (transfer none): the unit as written ("%", "％", "百分比", "台",
 *   "元/站"), "" when none; never NULL for a non-NULL @target.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_get_unit(const BudgetTarget *target);

/**
 * budget_target_get_label:
 * @target: a target
 *
 * Gives the text of the target that is not part of its number, date or tiers,
 * borrowed from the target; it names what is measured.
 *
 * Returns: (transfer none) (nullable): the text around the number, date or
 *   tiers that is not part of them ("出除率达标" in "≥90出除率达标",
 *   "建成一套平台" in "1建成一套平台", "乡镇空气质量排名，每月出具空气质量月报" in
 *   the tiers of the seeds); NULL when there is none or for qualitative and
 *   unparsed targets.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_get_label(const BudgetTarget *target);

/**
 * budget_target_get_deadline:
 * @target: a target
 * @out_date: (out): the last day on which completion meets the target
 *
 * Gives a deadline target's date (yyyymmdd): completion on or before it meets
 * the target. @out_date is left untouched for other kinds.
 *
 * Returns: false unless @target is a deadline target.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_get_deadline(const BudgetTarget *target, BudgetDate *out_date);

/**
 * budget_target_get_keyword:
 * @target: a target
 *
 * Gives the standard phrase a qualitative target was recognised by, which an
 * actual may repeat to be judged met.
 *
 * Returns: (transfer none) (nullable): for a qualitative target the
 *   standard phrase found in it (the earliest, longest one: "按期完成" in
 *   "按期完成采购任务，提升监测水平"), NULL if none is known (the target is
 *   still qualitative) or for other kinds. A static string.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_get_keyword(const BudgetTarget *target);

/**
 * budget_target_get_n_tiers:
 * @target: a target
 *
 * Counts the bands of a graded (tiers) target, best first.
 *
 * Returns: the number of bands of a tiers target, catch-all band included
 *   (4 for "85%站点为优，70%站点为良，60%站点为中，60%以下站点为差"); 0 for
 *   other kinds.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_target_get_n_tiers(const BudgetTarget *target);

/**
 * budget_target_get_tier:
 * @target: a tiers target
 * @index: 0 .. budget_target_get_n_tiers() − 1, best band first
 * @out_grade: (out) (nullable): the band's grade
 * @out_cmp: (out) (nullable): how an actual must compare with the
 *   threshold to reach the band (≥ or >, ≤ or <; for the catch-all band the
 *   complement of the previous one: < for "60%以下为差"; NONE for a
 *   catch-all without a number such as "其余为差")
 * @out_threshold: (out) (nullable): the threshold in the scale of
 *   budget_target_get_value() (0 when the band has none)
 *
 * Reads one band of a graded (tiers) target: its grade, comparator and
 * threshold, in the scale of budget_target_get_value(). Out parameters are
 * left untouched when it fails.
 *
 * Returns: false if @target is not a tiers target or @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_get_tier(const BudgetTarget *target, size_t index, BudgetTargetGrade *out_grade,
                            BudgetTargetComparator *out_cmp, int64_t *out_threshold);

/**
 * budget_target_evaluate:
 * @target: a target
 * @actual: (nullable): the actual value (实际完成值) as written: a number with
 *   or without unit ("96.5%", "12个", "4800元/站", "96"), a date
 *   ("2024年12月20日", "2024-12-20", "12月20日" in the deadline's year), a
 *   word ("按期完成", "基本完成", "未完成") or a grade ("优", "良好"); NULL is
 *   a blank
 * @len: length of @actual in bytes, or -1 if NUL-terminated (below -1: a
 *   critical warning and %BUDGET_ERROR_INVALID_ARGUMENT)
 * @out: (out): the evaluation; every field is written
 * @error: (nullable): error record
 *
 * Judges @actual against @target. In order:
 * blank (spaces only) → %BUDGET_TARGET_NOT_REPORTED; 不适用, 不涉及, 无, n/a,
 * na (any case) → %BUDGET_TARGET_NOT_APPLICABLE; an unparsed target →
 * %BUDGET_TARGET_CANNOT_EVALUATE. Then by kind:
 *
 * Number and range targets need a number. One written with a comparator
 * ("≥266米", as forms copy the target into the actual) is read as its number,
 * with a warning in @out's reason. A bare actual takes the target's
 * unit; a unitless target takes a percent or count actual's unit; otherwise
 * the units must agree (% ％ 百分比 are one unit; 元/万元/亿元 are compared in
 * fen but the "/per" part must match) or the result is "cannot evaluate".
 * Met is decided exactly by the comparator. The ratio is:
 * for ≥ and >, actual ÷ target; for ≤ and <, target ÷ actual; for =, the
 * smaller over the larger; for a range, actual ÷ lower bound below it and
 * upper bound ÷ actual above it. It is rounded half away from zero to
 * basis points, 10000 when met, at most 9999 when not met (so a score
 * taken from it never gives full points to an unmet target), and at least
 * 0 (a negative actual against a positive target is 0). A zero target:
 * an unmet "≤0"/"<0"/"=0" gives 0 (and "≥0"/">0" unmet ratio 0 too); a
 * negative target or bound the actual misses has no ratio.
 * Deviation = actual − target (for ranges, past the nearer bound).
 *
 * Deadline targets take a date (met if on or before the deadline, no ratio,
 * deviation = days late) or a word as for qualitative targets (no ratio). A
 * date with words around it is read as the date, with a warning in @out's
 * reason, when the words are the target's own ("完成时间为2022年12月30日"
 * copied from the target) or a completion word ("2024年11月完成"); other
 * words make it "cannot evaluate".
 *
 * Qualitative (and deadline) targets read the three bands of the national
 * 自评表 first: 达成预期指标 is met, 部分达成预期指标 (…并具有一定效果)
 * partly met, 未达成预期指标 (…且效果较差) not met.
 *
 * Qualitative targets take a word. After trimming spaces and a final
 * 。.！!, and dropping a leading 已/已经/均已/均/全部/全面: it is met if it is the
 * target's own text or keyword, or one of 完成 按期完成 按时完成 如期完成
 * 按要求完成 按计划完成 达标 达到 达成 达到要求 达到预期 实现 实现目标 是 符合
 * 符合要求 符合标准 符合规定 通过 通过评审 通过验收 合格 满足 满足要求
 * 满足需要 满足工作需要 满足工作要求 有效 充分 合理 完整 规范 合规 完备
 * 良好 正常 正常运行 正常使用 稳定运行 成效明显 明显 显著 及时 准确 及时准确
 * 落实 到位 持续提升 提升 提高 好 优 优秀 y yes √ ✓; partly met if it is
 * 部分/基本/大部分/初步/较为 followed by such a word (or by the target's text),
 * or 一般, 较好, 部分, 基本; not met if it is 否 n no × ✗ 差, starts with 未,
 * 尚未, 没有, 没 or 无法, or is 不 followed by such a word ("不符合要求").
 * Degree words (after the band words, before the others): 程度 or 水平
 * followed by 高/较高/很高 is met, by 一般/中等 partly met, by 低/较低/很低
 * not met ("程度较高"); 较高 and 很高 alone are met, 较低 and 很低 alone not
 * met. A percent without a comparator, 0 or more ("100%"), is the degree
 * achieved: 100 % or more is met, 0 not met, anything between partly met;
 * the ratio is that percent (capped at 10000 basis points) and the actual
 * value the percent, with a warning in @out's reason (the score places the
 * ratio in its qualitative bands). Anything else cannot be evaluated
 * ("unknown word '…'", or "a qualitative target needs a word" for another
 * number).
 *
 * Tiers targets take a grade (优/优秀, 良/良好, 中/中等, 差/较差) or a
 * number in the tiers' unit, which reaches the first band (优, 良, 中)
 * whose comparator holds, else 差. 优 is met, 良 and 中 partly met, 差 not
 * met. The ratio and deviation are against the 优 threshold (numbers
 * only).
 *
 * Every %BUDGET_TARGET_CANNOT_EVALUATE result carries a #BudgetTargetReason
 * in @out's reason_code (and a message in its reason): the target is
 * unparsed (%BUDGET_TARGET_REASON_TARGET_UNPARSED), the actual has the wrong
 * kind or unit (the ACTUAL_ codes, %BUDGET_TARGET_REASON_UNIT_MISMATCH), or
 * the actual's number cannot be read exactly: then the actual's own code
 * (%BUDGET_TARGET_REASON_NUMBER_TOO_LARGE, %BUDGET_TARGET_REASON_NUMBER_TOO_PRECISE,
 * %BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER) and message are given.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (@target or @out NULL),
 * %BUDGET_ERROR_ENCODING (@actual is not UTF-8; @out is then "cannot
 * evaluate" with %BUDGET_TARGET_REASON_ACTUAL_INVALID_UTF8). Every other
 * case is an evaluation result, not an error.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_evaluate(const BudgetTarget *target, const char *actual, ptrdiff_t len,
                            BudgetTargetEvaluation *out, BudgetError *error);

/**
 * budget_target_evaluate_text:
 * @target_text: a target text, as for budget_target_parse()
 * @actual: (nullable): the actual, as for budget_target_evaluate()
 * @year: the budget year, or 0
 * @out: (out): the evaluation
 * @error: (nullable): error record
 *
 * Parses @target_text and evaluates @actual against it in one stateless
 * call (for spreadsheet cells and bindings). Both strings are
 * NUL-terminated.
 *
 * Errors: as budget_target_parse() and budget_target_evaluate().
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_evaluate_text(const char *target_text, const char *actual, int year,
                                 BudgetTargetEvaluation *out, BudgetError *error);

/**
 * budget_target_kind_to_string:
 * @kind: a kind
 *
 * Gives the English name of a target kind, for messages and bindings. The
 * string is static.
 *
 * Returns: (transfer none) (nullable): "unparsed", "number", "range",
 *   "deadline", "qualitative" or "tiers"; NULL, after a critical warning,
 *   when @kind is not a #BudgetTargetKind value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_kind_to_string(BudgetTargetKind kind);

/**
 * budget_target_kind_from_string:
 * @text: a name as budget_target_kind_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a target kind's name back.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_kind_from_string(const char *text, BudgetTargetKind *out);

/**
 * budget_target_comparator_to_string:
 * @cmp: a comparator
 *
 * Gives a comparator as the symbol it is shown with. The string is static.
 *
 * Returns: (transfer none) (nullable): "=", "≥", ">", "≤", "<", or "" for
 *   none; NULL, after a critical warning, when @cmp is not a
 *   #BudgetTargetComparator value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_comparator_to_string(BudgetTargetComparator cmp);

/**
 * budget_target_comparator_from_string:
 * @text: a name as budget_target_comparator_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a comparator's symbol ("" is %BUDGET_TARGET_CMP_NONE) back.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_comparator_from_string(const char *text, BudgetTargetComparator *out);

/**
 * budget_target_result_to_string:
 * @result: a result
 *
 * Gives the English name of an evaluation result, as the result column of
 * `budget score --detail` prints it. The string is static.
 *
 * Returns: (transfer none) (nullable): "met", "partly_met", "not_met",
 *   "not_reported", "not_applicable" or "cannot_evaluate"; NULL, after a
 *   critical warning, when @result is not a #BudgetTargetResult value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_result_to_string(BudgetTargetResult result);

/**
 * budget_target_result_from_string:
 * @text: a name as budget_target_result_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a result's name back.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_result_from_string(const char *text, BudgetTargetResult *out);

/**
 * budget_target_grade_to_string:
 * @grade: a grade
 *
 * Gives a grade in Chinese (优, 良, 中, 差), as the grade column of `budget score`
 * prints it. The string is static.
 *
 * Returns: (transfer none) (nullable): "优", "良", "中", "差", or "" for
 *   none; NULL, after a critical warning, when @grade is not a
 *   #BudgetTargetGrade value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_grade_to_string(BudgetTargetGrade grade);

/**
 * budget_target_grade_from_string:
 * @text: a name as budget_target_grade_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a grade ("" is %BUDGET_TARGET_GRADE_NONE) back.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_grade_from_string(const char *text, BudgetTargetGrade *out);

/**
 * budget_target_direction_to_string:
 * @direction: a direction
 *
 * Gives the English name of a direction, for messages and bindings. The
 * string is static.
 *
 * Returns: (transfer none) (nullable): "none", "higher", "lower" or "exact";
 *   NULL, after a critical warning, when @direction is not a
 *   #BudgetTargetDirection value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_direction_to_string(BudgetTargetDirection direction);

/**
 * budget_target_direction_from_string:
 * @text: a name as budget_target_direction_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a direction's name back.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_direction_from_string(const char *text, BudgetTargetDirection *out);

/**
 * budget_target_unit_class_to_string:
 * @unit_class: a unit class
 *
 * Gives the English name of a unit class, for messages and bindings. The
 * string is static.
 *
 * Returns: (transfer none) (nullable): "none", "percent", "count" or
 *   "money"; NULL, after a critical warning, when @unit_class is not a
 *   #BudgetTargetUnitClass value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_unit_class_to_string(BudgetTargetUnitClass unit_class);

/**
 * budget_target_unit_class_from_string:
 * @text: a name as budget_target_unit_class_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a unit class's name back.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_unit_class_from_string(const char *text, BudgetTargetUnitClass *out);

/**
 * budget_target_reason_to_string:
 * @reason: a reason
 *
 * Gives the English name of a reason, for logs, bindings and machine-read
 * output: the enum value's name in lower case without its prefix
 * ("none", "empty", "unknown_unit", "more_than_one_number", "unit_mismatch",
 * ...). The string is static.
 *
 * Returns: (transfer none) (nullable): its name; NULL, after a critical
 *   warning, when @reason is not a #BudgetTargetReason value.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_target_reason_to_string(BudgetTargetReason reason);

/**
 * budget_target_reason_from_string:
 * @text: a name as budget_target_reason_to_string() gives it, in any ASCII case
 * @out: (out) (nullable): the value, left untouched when @text names none
 *
 * Reads a reason's name back.
 *
 * Returns: true when @text names a value; false when it names none, or
 *   (after a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_target_reason_from_string(const char *text, BudgetTargetReason *out);

BUDGET_END_DECLS

#endif /* BUDGET_TARGET_H */
