#ifndef BUDGET_SCORE_H
#define BUDGET_SCORE_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <budget/budget-error.h>
#include <budget/budget-indicator.h>
#include <budget/budget-macros.h>
#include <budget/budget-target.h>
#include <budget/budget-types.h>

BUDGET_BEGIN_DECLS

/**
 * SECTION:budget-score
 * @title: Self-evaluation scores
 * @short_description: 绩效自评 scores per project
 *
 * Every default below follows the national rules for the 项目支出绩效自评
 * (财政部《项目支出绩效评价管理办法》, 财预〔2020〕10号, and its 自评表), as
 * docs/concepts.md "Self-evaluation score" restates them; each is a parameter of
 * #BudgetScoreConfig.
 *
 * Points are exact integers in **micro-points** (%BUDGET_SCORE_POINT = 1
 * point). Each score is computed from exact integers and rounded once, half
 * away from zero, to a micro-point; budget_score_format() rounds once more,
 * to 2 decimals, for display. No floating point is used.
 *
 * A project's 100 points (财预〔2020〕10号 自评表):
 *
 * - budget execution (预算执行率) 10 points: score = points × executed ÷
 *   budget, capped at the points and never below 0. Executed is the ledger's
 *   total up to its as-of date; budget is the adjusted budget (全年预算数,
 *   adjustments dated on or before as-of) or, if configured, the original
 *   one. The rate is budget_money_rate_bp()'s, the one rule every module uses. A
 *   budget ≤ 0 gives no rate, so the part is not applicable: it is dropped
 *   and the total rescaled, with the reason (budget_scorecard_get_execution()
 *   and a note), never 0 points; so is a rate that does not fit in 64 bits
 *   of basis points, a reason of its own, never a clamped rate.
 * - output (产出) 50, outcome (效益/效果) 30, satisfaction (满意度) 10, read
 *   from the indicators' level1 (一级指标) with budget_score_part_from_level1();
 *   一级 成本指标 counts with 产出. An indicator whose level1 is none of these
 *   scores nothing, counts nowhere and is listed with a reason.
 *
 * Weights (分值): an indicators.csv "weight" cell is the indicator's points
 * (a plain number with up to 6 decimals, e.g. "10" or "2.5"). Within a part,
 * given weights are used as they are; the part's points minus the given
 * weights (0 if they use more) are split evenly among the indicators whose
 * weight is blank. An even split is exact: the micro-points that do not
 * divide go one each to the first indicators, so the split adds up to the
 * part's points exactly. Dropped indicators keep their place in the split
 * (their points are removed by the rescaling below).
 *
 * An indicator's score, from budget_target_evaluate() of its target (指标值)
 * and actual (实际完成值):
 *
 * - met: full points;
 * - number and range targets not met: points × actual ÷ target for "≥" and
 *   ">", points × target ÷ actual for "≤" and "<", the smaller over the
 *   larger for "=", the nearer bound for ranges (or, for "≤" and "<", a
 *   linear deduction reaching 0 at twice the target:
 *   budget_score_config_set_lower_rule()), computed exactly and capped
 *   at 99.99 % of the points (an unmet target never scores full); where that
 *   fraction is not defined (a target or actual ≤ 0) the evaluation's
 *   completion ratio is used, or 0 without one. A target with no comparator
 *   ("100%") means at least (≥);
 * - qualitative and deadline targets: achieved / partly achieved / not
 *   achieved score 100 % / 70 % / 0 % of the points by default, each a
 *   share inside its half-open band: achieved [80 %, 100 %], partly
 *   [60 %, 80 %), not achieved [0, 60 %), as provincial systems check them;
 *   the shares and the two band edges are parameters
 *   (budget_score_config_set_qualitative_bands_full(); some local forms put
 *   the lower edge at 50 %). Libbudget's defaults: 70 % is the middle of the
 *   partly band, so that partly achieved never scores as achieved;
 * - tiers: 优 100 %, 良 80 %, 中 60 %, 差 0 %;
 * - not reported (blank actual): 0 points, listed as not reported (finance
 *   practice: what is not reported is not achieved), and counted
 *   (budget_scorecard_get_n_blank_zero()); a profile may score such rows
 *   full or drop them instead (budget_score_config_set_blank_actual());
 * - cannot evaluate (unparsed target, an actual of another unit, an unknown
 *   word): 0 points, listed with the reason;
 * - not applicable (不适用, 不涉及, 无, n/a): the indicator is dropped.
 *
 * Rules attached to an indicator (by its level3 name) or to the execution
 * part replace the scoring above for it, on the actual's value (see
 * budget_score_config_add_step() and budget_score_config_set_deduction()).
 *
 * Rescaling: when the points available (the execution part, plus the
 * weights of the indicators not dropped) are not 100, the total is
 * Σ scores × 100 ÷ available; an empty part has no points available. The
 * part scores are scaled by the same factor (each rounded once), so they
 * may differ from the total by a rounding unit.
 *
 * A whole level absent (产出, 效益 or 满意度 with points configured but no
 * indicator that counts): by default its points are left out with the rest
 * (the rescaling above). With %BUDGET_SCORE_ABSENT_TO_OUTPUT_OUTCOME
 * (budget_score_config_set_absent_level()) they go to 产出 and 效益 in
 * proportion to the points those have available, scaling both by
 * (O + A) ÷ O, where O is their points available together and A the
 * absent points, while execution and 满意度 keep theirs; anything else
 * dropped is then rescaled as above. With neither 产出 nor 效益 present the
 * points cannot go there and the total is rescaled.
 *
 * Grade (等级), read from the total rounded to 2 decimals so that the printed
 * total and grade agree: [90, 100] 优, [80, 90) 良, [60, 80) 中, below 60 差.
 *
 * The department ratios (部门整体) are in budget-department.h.
 *
 * Configurations, scorecards and score reports are singly owned.
 * Scoring reads a ledger and its book without changing them, so many
 * threads may score one ledger at once.
 *
 * Thread safety: A score report is immutable once made and may be read from
 * many threads; the scoring functions are reentrant over const inputs.
 */

/**
 * BUDGET_SCORE_POINT:
 *
 * One point in micro-points, the unit of every score. Since: 1.0
 */
#define BUDGET_SCORE_POINT INT64_C(1000000)

/**
 * BudgetScoreConfig:
 *
 * The scoring rules: part points, bands, tiers, grades and custom rules.
 * Singly owned. Since: 1.0
 */
typedef struct BudgetScoreConfig BudgetScoreConfig;
/**
 * BudgetScorecard:
 *
 * One project's self-evaluation: parts, indicators, total and grade.
 * Singly owned. Since: 1.0
 */
typedef struct BudgetScorecard BudgetScorecard;
/**
 * BudgetScoreReport:
 *
 * The scorecards of every project of a book, in code order. Singly owned.
 * Since: 1.0
 */
typedef struct BudgetScoreReport BudgetScoreReport;

/**
 * BudgetScorePart:
 * @BUDGET_SCORE_PART_EXECUTION: 预算执行率 (default 10 points)
 * @BUDGET_SCORE_PART_OUTPUT: 产出指标, with 一级 成本指标 (default 50)
 * @BUDGET_SCORE_PART_OUTCOME: 效益指标 / 效果指标 (default 30)
 * @BUDGET_SCORE_PART_SATISFACTION: 满意度指标 (default 10)
 * @BUDGET_SCORE_PART_NONE: an indicator whose level1 is none of these
 *
 * The parts of the 100 points (财预〔2020〕10号). Since: 1.0
 */
typedef enum {
    BUDGET_SCORE_PART_EXECUTION = 0,
    BUDGET_SCORE_PART_OUTPUT = 1,
    BUDGET_SCORE_PART_OUTCOME = 2,
    BUDGET_SCORE_PART_SATISFACTION = 3,
    BUDGET_SCORE_PART_NONE = 4
} BudgetScorePart;

/**
 * BudgetScoreExecution:
 * @BUDGET_SCORE_EXECUTION_SCORED: the part is scored from the execution rate
 * @BUDGET_SCORE_EXECUTION_ZERO_BUDGET: the budget is 0: no rate, the part is
 *   not applicable (dropped, the total rescaled)
 * @BUDGET_SCORE_EXECUTION_NEGATIVE_BUDGET: the budget is below 0: likewise
 * @BUDGET_SCORE_EXECUTION_RATE_DOES_NOT_FIT: the rate does not fit in 64
 *   bits of basis points (budget_money_rate_bp() gives none), or, with an
 *   execution rule, in 64 bits of micro-percent: likewise
 *
 * Why a scorecard's execution part is scored or not
 * (budget_scorecard_get_execution()): a code, so that callers branch on it
 * and never on a note's text. Values are fixed; new ones are only ever
 * appended. Since: 1.0
 */
typedef enum {
    BUDGET_SCORE_EXECUTION_SCORED = 0,
    BUDGET_SCORE_EXECUTION_ZERO_BUDGET = 1,
    BUDGET_SCORE_EXECUTION_NEGATIVE_BUDGET = 2,
    BUDGET_SCORE_EXECUTION_RATE_DOES_NOT_FIT = 3
} BudgetScoreExecution;

/**
 * BUDGET_SCORE_EXECUTION_N:
 *
 * The number of #BudgetScoreExecution values. Since: 1.0
 */
#define BUDGET_SCORE_EXECUTION_N 4

/**
 * BudgetScoreAbsentLevel:
 * @BUDGET_SCORE_ABSENT_RESCALE: the points of an absent level are left out
 *   and the whole total is rescaled to 100 (the default)
 * @BUDGET_SCORE_ABSENT_TO_OUTPUT_OUTCOME: they go to 产出 and 效益 in
 *   proportion to the points those parts have available; execution and
 *   满意度 keep their points (the national rule as it is recalled,
 *   unverified)
 *
 * Where the points of a whole indicator level (产出, 效益 or 满意度) go when
 * a form has none of its indicators (or all of them are not applicable).
 * Since: 1.0
 */
typedef enum {
    BUDGET_SCORE_ABSENT_RESCALE = 0,
    BUDGET_SCORE_ABSENT_TO_OUTPUT_OUTCOME = 1
} BudgetScoreAbsentLevel;

/**
 * BUDGET_SCORE_ABSENT_N:
 *
 * The number of #BudgetScoreAbsentLevel values. Since: 1.0
 */
#define BUDGET_SCORE_ABSENT_N 2

/**
 * BudgetScoreBlank:
 * @BUDGET_SCORE_BLANK_ZERO: a blank actual scores 0 points, counted as not
 *   reported (the documented rule: what is not reported is not achieved;
 *   the default)
 * @BUDGET_SCORE_BLANK_FULL: a blank actual scores full points (the habit of
 *   some published forms, whose blank rows carry full 得分)
 * @BUDGET_SCORE_BLANK_EXCLUDE: a blank actual drops the indicator, as
 *   不适用 does, and the total is rescaled
 *
 * How an indicator whose actual (实际完成值) is blank is scored. Since: 1.0
 */
typedef enum {
    BUDGET_SCORE_BLANK_ZERO = 0,
    BUDGET_SCORE_BLANK_FULL = 1,
    BUDGET_SCORE_BLANK_EXCLUDE = 2
} BudgetScoreBlank;

/**
 * BUDGET_SCORE_BLANK_N:
 *
 * The number of #BudgetScoreBlank values. Since: 1.0
 */
#define BUDGET_SCORE_BLANK_N 3

/**
 * BudgetScoreRounding:
 * @BUDGET_SCORE_ROUNDING_HALF_UP: round half away from zero (四舍五入, as the
 *   notes of the 自评表 ask; the default): 8.63 → 9, 5.5 → 6
 * @BUDGET_SCORE_ROUNDING_DOWN: drop the fraction below the printed
 *   decimals, as some published forms do: 8.63 → 8, 5.7 → 5, 9.78 → 9
 *
 * How points are rounded to the decimals set by
 * budget_score_config_set_decimals(). Points are never negative (every
 * score is clamped at 0 and deductions stop there), so "down" is both
 * truncation and rounding towards minus infinity. Since: 1.0
 */
typedef enum {
    BUDGET_SCORE_ROUNDING_HALF_UP = 0,
    BUDGET_SCORE_ROUNDING_DOWN = 1
} BudgetScoreRounding;

/**
 * BUDGET_SCORE_ROUNDING_N:
 *
 * The number of #BudgetScoreRounding values. Since: 1.0
 */
#define BUDGET_SCORE_ROUNDING_N 2

/**
 * BudgetScoreLower:
 * @BUDGET_SCORE_LOWER_RATIO: an unmet "≤"/"<" target scores points × target
 *   ÷ actual, as local forms do (the default)
 * @BUDGET_SCORE_LOWER_LINEAR: a linear deduction reaching 0 at twice the
 *   target: points × (2 × target − actual) ÷ target, 0 from twice the target
 *   on, as some provincial systems do
 *
 * How an unmet lower-is-better ("≤", "<") number target scores. Since: 1.0
 */
typedef enum {
    BUDGET_SCORE_LOWER_RATIO = 0,
    BUDGET_SCORE_LOWER_LINEAR = 1
} BudgetScoreLower;

/**
 * BUDGET_SCORE_LOWER_N:
 *
 * The number of #BudgetScoreLower values. Since: 1.0
 */
#define BUDGET_SCORE_LOWER_N 2

/**
 * budget_score_config_new:
 *
 * Creates the scoring rules of a 绩效自评, set to the national defaults; passing
 * NULL to the scoring functions gives the same result.
 *
 * Returns: (transfer full): the national defaults (财预〔2020〕10号): parts
 *   10/50/30/10 points, qualitative shares 100 %/70 %/0 % in the bands
 *   [80 %, 100 %], [60 %, 80 %), [0, 60 %), an absent level's points
 *   rescaling the whole total, tiers
 *   100 %/80 %/60 %/0 %, grades from 90, 80 and 60 points, the adjusted
 *   budget, no rules. Free with budget_score_config_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetScoreConfig *budget_score_config_new(void) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_score_config_free:
 * @config: (nullable) (transfer full): a configuration
 *
 * Frees @config and its rules. NULL is allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_score_config_free(BudgetScoreConfig *config);

/**
 * budget_score_config_set_part_points:
 * @config: a configuration
 * @part: execution, output, outcome or satisfaction
 * @points: the part's points in micro-points, 0 .. 100 points (0 leaves
 *   the part out)
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (@part NONE or unknown, @points
 * out of range).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_set_part_points(BudgetScoreConfig *config, BudgetScorePart part, int64_t points,
                                         BudgetError *error);

/**
 * budget_score_config_get_part_points:
 * @config: (nullable): a configuration; NULL for the defaults
 * @part: a part
 *
 * Gives the points of one part of the 100 (default execution 10, output 50,
 * outcome 30, satisfaction 10: 财预〔2020〕10号), in micro-points.
 *
 * Returns: the part's points in micro-points (0 for NONE).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int64_t budget_score_config_get_part_points(const BudgetScoreConfig *config, BudgetScorePart part);

/**
 * budget_score_config_set_qualitative_bands:
 * @config: a configuration
 * @achieved_bp: share of the points for achieved (达成), in the achieved
 *   band [achieved_min, 10000] bp (default 10000)
 * @partly_bp: for partly achieved (部分达成), in [partly_min, achieved_min)
 *   (default 7000)
 * @not_achieved_bp: for not achieved (未达成), in [0, partly_min) (default 0)
 * @error: (nullable): error record
 *
 * Sets the shares of qualitative and deadline indicators within the band
 * edges in force (default achieved_min 8000, partly_min 6000 bp; see
 * budget_score_config_set_qualitative_bands_full() to move them). The bands
 * are half-open, so a share of 80 % is achieved, never partly achieved.
 *
 * Errors: %BUDGET_ERROR_RANGE (a share outside its band); nothing is
 * changed then.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_set_qualitative_bands(BudgetScoreConfig *config, int64_t achieved_bp,
                                               int64_t partly_bp, int64_t not_achieved_bp,
                                               BudgetError *error);

/**
 * budget_score_config_set_qualitative_bands_full:
 * @config: a configuration
 * @achieved_bp: share of the points for achieved, in [@achieved_min_bp, 10000]
 *   (default 10000)
 * @partly_bp: for partly achieved, in [@partly_min_bp, @achieved_min_bp)
 *   (default 7000)
 * @not_achieved_bp: for not achieved, in [0, @partly_min_bp) (default 0)
 * @achieved_min_bp: the lower edge of the achieved band (default 8000)
 * @partly_min_bp: the lower edge of the partly band (default 6000; some
 *   local forms use 5000), 0 < @partly_min_bp < @achieved_min_bp ≤ 10000
 * @error: (nullable): error record
 *
 * Sets the three shares and the two band edges at once, so that they are
 * checked together: achieved [achieved_min, 100 %], partly
 * [partly_min, achieved_min), not achieved [0, partly_min), the half-open
 * bands provincial systems check.
 *
 * Errors: %BUDGET_ERROR_RANGE (edges out of order, or a share outside its
 * band); nothing is changed then.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_set_qualitative_bands_full(BudgetScoreConfig *config, int64_t achieved_bp,
                                                    int64_t partly_bp, int64_t not_achieved_bp,
                                                    int64_t achieved_min_bp, int64_t partly_min_bp,
                                                    BudgetError *error);

/**
 * budget_score_config_set_absent_level:
 * @config: a configuration
 * @absent: where an absent level's points go (default
 *   %BUDGET_SCORE_ABSENT_RESCALE)
 *
 * Chooses where the points of a whole indicator level that a form lacks
 * go: rescale the whole total (the default), or to 产出 and 效益 in
 * proportion (see the section introduction). An unknown value is a caller
 * error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_score_config_set_absent_level(BudgetScoreConfig *config, BudgetScoreAbsentLevel absent);

/**
 * budget_score_absent_level_to_string:
 * @absent: a value
 *
 * Gives the name of an absent-level rule: "rescale" or "to_output_outcome".
 * The string is static.
 *
 * Returns: (transfer none) (nullable): its name; NULL after a critical
 *   warning if @absent is not a #BudgetScoreAbsentLevel.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_absent_level_to_string(BudgetScoreAbsentLevel absent);

/**
 * budget_score_absent_level_from_string:
 * @text: "rescale" or "to_output_outcome" (any ASCII case)
 * @out: (out) (nullable): the value
 *
 * Reads an absent-level rule name; @out is left untouched when it is unknown.
 *
 * Returns: false if @text names none (no warning); false after a critical
 *   warning if @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_absent_level_from_string(const char *text, BudgetScoreAbsentLevel *out);

/**
 * budget_score_config_set_tier_shares:
 * @config: a configuration
 * @excellent_bp: share of the points for 优 (default 10000)
 * @good_bp: for 良 (default 8000)
 * @fair_bp: for 中 (default 6000)
 * @poor_bp: for 差 (default 0)
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_RANGE unless 10000 ≥ 优 ≥ 良 ≥ 中 ≥ 差 ≥ 0.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_set_tier_shares(BudgetScoreConfig *config, int64_t excellent_bp, int64_t good_bp,
                                         int64_t fair_bp, int64_t poor_bp, BudgetError *error);

/**
 * budget_score_config_set_grade_bands:
 * @config: a configuration
 * @excellent_min: lowest total graded 优, in micro-points (default 90 points)
 * @good_min: lowest total graded 良 (default 80 points)
 * @fair_min: lowest total graded 中 (default 60 points); below it is 差
 * @error: (nullable): error record
 *
 * Bands are half-open: [excellent_min, 100] 优, [good_min, excellent_min) 良,
 * [fair_min, good_min) 中. The total is rounded to 2 decimals first.
 *
 * Errors: %BUDGET_ERROR_RANGE unless 100 points ≥ excellent_min > good_min >
 * fair_min ≥ 0.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_set_grade_bands(BudgetScoreConfig *config, int64_t excellent_min, int64_t good_min,
                                         int64_t fair_min, BudgetError *error);

/**
 * budget_score_config_set_denominator:
 * @config: a configuration
 * @denominator: the budget the execution score divides by (default adjusted)
 *
 * Chooses the budget the execution part divides by: the adjusted budget
 * (全年预算数, the default, as the national 自评表) or the original one (年初预算数). An
 * unknown value is a caller error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_score_config_set_denominator(BudgetScoreConfig *config, BudgetDenominator denominator);

/**
 * budget_score_config_add_step:
 * @config: a configuration
 * @level3: (nullable): the 三级指标 name the rule applies to (every indicator
 *   of that name, in any project); NULL for the execution part
 * @cmp: how the value must compare with @threshold (=, ≥, >, ≤, <)
 * @threshold: in the scale of budget_target_get_value() (micro-percent for
 *   percent: 10 % = 10000000; fen for money); for the execution part, the
 *   execution rate in micro-percent
 * @points: the points this band gives, in micro-points (capped at the
 *   indicator's weight)
 * @error: (nullable): error record
 *
 * Appends a step band (阶梯计分). Bands are tried in the order added; the
 * first whose comparison holds gives its points; when none holds the score
 * is 0. The value is the actual as read by budget_target_evaluate() (for
 * the execution part, executed ÷ budget). For example, 预算调整率 0 → 3
 * points, ≤ 10 % → 2, ≤ 20 % → 1, else 0 is three calls: (≤ 0, 3),
 * (≤ 10 %, 2), (≤ 20 %, 1). A step rule replaces a deduction rule of the
 * same name.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (@cmp NONE or unknown, @points < 0).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_add_step(BudgetScoreConfig *config, const char *level3, BudgetTargetComparator cmp,
                                  int64_t threshold, int64_t points, BudgetError *error);

/**
 * budget_score_config_set_deduction:
 * @config: a configuration
 * @level3: (nullable): the 三级指标 name, or NULL for the execution part
 * @over: true to deduct for a value above @threshold (e.g. 预算调整率),
 *   false for a value below it (e.g. 执行率 under 90 %)
 * @threshold: in the scale of budget_score_config_add_step()'s threshold
 * @step: the size of one step, same scale, > 0 (one percentage point is
 *   1000000 micro-percent)
 * @points_per_step: points deducted per step, in micro-points, ≥ 0
 * @whole_steps: true to count only complete steps (每超 1 个百分点扣 N 分,
 *   a part of a step costs nothing); false to deduct in proportion
 * @error: (nullable): error record
 *
 * "Deduct N points per step past the threshold, down to zero": score =
 * max(0, weight − points_per_step × excess ÷ step). Replaces any rule of
 * the same name.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (@step ≤ 0, @points_per_step < 0).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_set_deduction(BudgetScoreConfig *config, const char *level3, bool over,
                                       int64_t threshold, int64_t step, int64_t points_per_step,
                                       bool whole_steps, BudgetError *error);

/**
 * budget_score_config_set_blank_actual:
 * @config: a configuration
 * @blank: how a blank actual scores (default %BUDGET_SCORE_BLANK_ZERO)
 *
 * Chooses how an indicator with a blank actual is scored: 0 points (the
 * documented rule, the default), full points, or dropped with the total
 * rescaled. An unknown value is a caller error and is ignored with a
 * warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_score_config_set_blank_actual(BudgetScoreConfig *config, BudgetScoreBlank blank);

/**
 * budget_score_blank_to_string:
 * @blank: a value
 *
 * Gives the name of a blank-actual policy: "zero", "full" or "exclude", as
 * the `blank_actual` key of a profile writes it. The string is static.
 *
 * Returns: (transfer none) (nullable): its name; NULL, after a critical
 *   warning, for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_blank_to_string(BudgetScoreBlank blank);

/**
 * budget_score_blank_from_string:
 * @text: "zero", "full" or "exclude" (any ASCII case)
 * @out: (out) (nullable): the value
 *
 * Reads a blank-actual policy name; @out is left untouched when it is
 * unknown.
 *
 * Returns: false if @text names none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_blank_from_string(const char *text, BudgetScoreBlank *out);

/**
 * budget_score_config_set_lower_rule:
 * @config: a configuration
 * @lower: how an unmet "≤" target scores (default %BUDGET_SCORE_LOWER_RATIO)
 *
 * Chooses the rule for unmet lower-is-better number targets: target ÷
 * actual (the default) or a linear deduction reaching 0 at twice the
 * target. An unknown value is a caller error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_score_config_set_lower_rule(BudgetScoreConfig *config, BudgetScoreLower lower);

/**
 * budget_score_lower_to_string:
 * @lower: a value
 *
 * Gives the name of a lower-is-better rule: "ratio" or "linear", as the
 * `lower_rule` key of a profile writes it. The string is static.
 *
 * Returns: (transfer none) (nullable): its name; NULL, after a critical
 *   warning, for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_lower_to_string(BudgetScoreLower lower);

/**
 * budget_score_lower_from_string:
 * @text: "ratio" or "linear" (any ASCII case)
 * @out: (out) (nullable): the value
 *
 * Reads a lower-is-better rule name; @out is left untouched when it is
 * unknown.
 *
 * Returns: false if @text names none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_lower_from_string(const char *text, BudgetScoreLower *out);

/**
 * budget_score_config_set_execution_cap:
 * @config: a configuration
 * @cap: true (the default, libbudget's choice) to cap the execution part at
 *   its points; false to let an execution rate over 100 % score over them
 *
 * Chooses whether the execution part is capped at its points.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_score_config_set_execution_cap(BudgetScoreConfig *config, bool cap);

/**
 * budget_score_config_set_decimals:
 * @config: a configuration
 * @decimals: 0 .. 6 to round every score to that many decimals, or -1 (the
 *   default) to keep scores exact and print 2 decimals
 * @error: (nullable): error record
 *
 * Sets the rounding of points, as forms print them: with @decimals ≥ 0 the
 * execution part and every indicator are scored, then rounded half away
 * from zero (四舍五入, or down: budget_score_config_set_rounding()) to @decimals before they are added up,
 * the total is rounded the same way, and points print with @decimals decimals (0: whole points, so 86.2 %
 * execution of 10 points scores 9). With -1, scores stay exact to the micro-point and print with 2 decimals.
 *
 * Errors: %BUDGET_ERROR_RANGE (@decimals outside -1 .. 6); nothing is
 * changed then.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_set_decimals(BudgetScoreConfig *config, int decimals, BudgetError *error);

/**
 * budget_score_config_get_decimals:
 * @config: (nullable): a configuration; NULL for the defaults
 *
 * Gives the rounding of points set by budget_score_config_set_decimals().
 *
 * Returns: 0 .. 6, or -1 for exact scores printed with 2 decimals (the
 *   default).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_score_config_get_decimals(const BudgetScoreConfig *config);

/**
 * budget_score_config_set_rounding:
 * @config: a configuration
 * @rounding: how points are rounded (default
 *   %BUDGET_SCORE_ROUNDING_HALF_UP)
 *
 * Chooses how the execution part, every indicator and the total are
 * rounded to the decimals of budget_score_config_set_decimals(): half away
 * from zero (四舍五入, the default) or down (the fraction dropped, as the
 * 裕安区 and 临翔区 forms print 9 × 95.86 % = 8.63 as 8). Each score is
 * first computed to the micro-point as always, then rounded. With exact
 * scores (decimals -1) the choice has no effect. An unknown value is a
 * caller error and is ignored with a warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_score_config_set_rounding(BudgetScoreConfig *config, BudgetScoreRounding rounding);

/**
 * budget_score_config_get_rounding:
 * @config: (nullable): a configuration; NULL for the defaults
 *
 * Gives the rounding set by budget_score_config_set_rounding().
 *
 * Returns: the rounding (%BUDGET_SCORE_ROUNDING_HALF_UP by default).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetScoreRounding budget_score_config_get_rounding(const BudgetScoreConfig *config);

/**
 * budget_score_rounding_to_string:
 * @rounding: a value
 *
 * Gives the name of a rounding: "half_up" or "down", as the
 * `score_rounding` key of a profile writes it. The string is static.
 *
 * Returns: (transfer none) (nullable): its name; NULL, after a critical
 *   warning, for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_rounding_to_string(BudgetScoreRounding rounding);

/**
 * budget_score_rounding_from_string:
 * @text: "half_up" or "down" (any ASCII case)
 * @out: (out) (nullable): the value
 *
 * Reads a rounding name; @out is left untouched when it is unknown.
 *
 * Returns: false if @text names none.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_rounding_from_string(const char *text, BudgetScoreRounding *out);

/**
 * budget_score_config_set_name:
 * @config: a configuration
 * @name: the profile's name, printed with every score ("national"), at
 *   most 63 bytes of UTF-8
 * @source: (nullable): the document it follows ("财预〔2020〕10号"), at most
 *   255 bytes; NULL for none
 * @error: (nullable): error record
 *
 * Names the rules, so that every score printed with them can say which
 * profile it was computed under.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (@name NULL, empty, too long or
 * not UTF-8; @source too long or not UTF-8).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_set_name(BudgetScoreConfig *config, const char *name, const char *source,
                                  BudgetError *error);

/**
 * budget_score_config_get_name:
 * @config: (nullable): a configuration; NULL for the defaults
 *
 * Gives the profile's name.
 *
 * Returns: (transfer none): the name, "national" for the defaults; valid
 *   while @config lives and is not renamed.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_config_get_name(const BudgetScoreConfig *config);

/**
 * budget_score_config_get_source:
 * @config: (nullable): a configuration; NULL for the defaults
 *
 * Gives the document the profile follows.
 *
 * Returns: (transfer none): the source, "" if none was given; for the
 *   defaults "财预〔2020〕10号".
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_config_get_source(const BudgetScoreConfig *config);

/**
 * budget_score_config_load_file:
 * @config: a configuration, changed only on success
 * @path: a GKeyFile (INI) file, UTF-8
 * @error: (nullable): error record
 *
 * Sets scoring parameters from the `[score]` group of a key file, and the
 * rules per indicator from its `[score step NAME]` and `[score deduction
 * NAME]` groups (NAME the 三级指标 name, or `execution` for the execution
 * part). Every parameter of this header has a key (docs/scoring-profiles.md
 * lists them): `name`, `source`, `description`, `execution_points`,
 * `output_points`, `outcome_points`, `satisfaction_points`, `absent_level`,
 * `execution_cap`, `denominator`, `qualitative_shares`, `qualitative_edges`,
 * `tier_shares`, `grade_bands`, `lower_rule`, `blank_actual` and
 * `score_decimals`; a step group has `bands` ("≤0%:3; ≤10%:2; ≤20%:1"), a
 * deduction group `direction` (below or above), `threshold`, `step`,
 * `points` and `whole_steps`. Keys not given keep their value in @config,
 * so profiles can be layered. Other groups (`[report]`, `[monitor]`, …) are
 * ignored: one file may configure every command.
 *
 * Errors (the file as source, the line and the key as field): %BUDGET_ERROR_IO
 * (cannot read), %BUDGET_ERROR_ENCODING (not UTF-8), %BUDGET_ERROR_PARSE (not
 * a key file, a value that does not read, an unknown key or group kind in
 * the score groups), %BUDGET_ERROR_RANGE (a value out of its range, bands
 * out of order). On error @config is unchanged.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_load_file(BudgetScoreConfig *config, const char *path, BudgetError *error);

/**
 * budget_score_config_load_data:
 * @config: a configuration, changed only on success
 * @data: the key file's text
 * @len: its length in bytes, or -1 if NUL-terminated (below -1: a critical
 *   warning and %BUDGET_ERROR_INVALID_ARGUMENT)
 * @error: (nullable): error record
 *
 * As budget_score_config_load_file(), from memory; errors name no source.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_config_load_data(BudgetScoreConfig *config, const char *data, ptrdiff_t len,
                                   BudgetError *error);

/**
 * budget_score_format_decimals:
 * @points: a score in micro-points
 * @decimals: 0 .. 6 decimals, or -1 for 2
 * @buf: (out caller-allocates): the buffer
 * @size: its size
 *
 * Writes the score rounded half away from zero to @decimals decimals
 * ("9" for 8.62 points with 0, "16.67" with 2).
 *
 * Returns: the length the text needs (without the NUL), as snprintf.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_score_format_decimals(int64_t points, int decimals, char *buf, size_t size);

/**
 * budget_score_part_from_level1:
 * @level1: an 一级指标 name ("产出指标", "效益指标", "效果指标", "满意度指标",
 *   "成本指标", with or without 指标; English output/outcome/satisfaction/cost)
 *
 * Tells which part of the 100 points an indicator counts in from its 一级指标
 * name, matched as a substring; 成本 counts with 产出 (财预〔2020〕10号).
 *
 * Returns: the part (成本 → output), %BUDGET_SCORE_PART_NONE if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetScorePart budget_score_part_from_level1(const char *level1);

/**
 * budget_score_part_to_string:
 * @part: a part
 *
 * Gives the English name of a part, as the part column of `budget score
 * --detail` prints it. The string is static.
 *
 * Returns: (transfer none) (nullable): "execution", "output", "outcome",
 *   "satisfaction" or "none"; NULL if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_part_to_string(BudgetScorePart part);

/**
 * budget_score_grade:
 * @config: (nullable): the grade bands; NULL for the defaults
 * @total: a total in micro-points
 *
 * Rounds @total to 2 decimals (half away from zero) and reads the grade:
 * 89.995 rounds to 90.00 and is 优.
 *
 * Returns: excellent (优), good (良), fair (中) or poor (差).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTargetGrade budget_score_grade(const BudgetScoreConfig *config, int64_t total);

/**
 * budget_score_format:
 * @points: a score in micro-points
 * @buf: (out caller-allocates): the buffer
 * @size: its size
 *
 * Writes the score rounded half away from zero to 2 decimals ("16.67").
 *
 * Returns: the length the text needs (without the NUL), as snprintf.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_score_format(int64_t points, char *buf, size_t size);

/**
 * budget_score_parse_points:
 * @text: points as written: "10", "2.5", up to 6 decimals, no sign
 * @out: (out): micro-points
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_PARSE (not such a number), %BUDGET_ERROR_RANGE
 * (more than 100 points).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_parse_points(const char *text, int64_t *out, BudgetError *error);

/**
 * budget_score_indicator:
 * @config: (nullable): the rules; NULL for the defaults
 * @target: the parsed target (a #BudgetTarget)
 * @actual: (nullable): the actual as written (NULL or blank: not reported)
 * @level3: (nullable): the indicator's name, for rules
 * @weight: the indicator's points, in micro-points, ≥ 0
 * @out_score: (out): the score in micro-points (0 when dropped)
 * @out_eval: (out) (nullable): the evaluation behind it
 * @error: (nullable): error record
 *
 * Scores one indicator (the section introduction has the rules), for
 * spreadsheet cells and bindings.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT, %BUDGET_ERROR_ENCODING (@actual
 * not UTF-8).
 *
 * Returns: true on success; the result (%BUDGET_TARGET_NOT_APPLICABLE:
 *   dropped) is in @out_eval.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_indicator(const BudgetScoreConfig *config, const BudgetTarget *target, const char *actual,
                            const char *level3, int64_t weight, int64_t *out_score,
                            BudgetTargetEvaluation *out_eval, BudgetError *error);

/**
 * budget_score_project:
 * @ledger: the accumulated ledger (its book and as-of date are used)
 * @code: a project code
 * @config: (nullable): the rules; NULL for the defaults
 * @error: (nullable): error record
 *
 * Scores one project from its indicator rows (level1, level2, level3,
 * target, weight, actual) and its execution at the ledger's as-of date.
 * Targets without a year are read in the project's year (the book's if
 * none).
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND (unknown code), %BUDGET_ERROR_PARSE (a
 * weight cell that is not a number of points; line 0, field "weight"),
 * %BUDGET_ERROR_ENCODING, %BUDGET_ERROR_OVERFLOW,
 * %BUDGET_ERROR_INVALID_ARGUMENT.
 *
 * Returns: (transfer full) (nullable): the scorecard; free with
 *   budget_scorecard_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetScorecard *budget_score_project(const BudgetLedger *ledger, const char *code,
                                      const BudgetScoreConfig *config, BudgetError *error)
    BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_scorecard_free:
 * @card: (nullable) (transfer full): a scorecard
 *
 * Frees @card; strings and targets borrowed from it become invalid. NULL is
 * allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_scorecard_free(BudgetScorecard *card);

/**
 * budget_scorecard_get_code:
 * @card: a scorecard
 *
 * Gives the code of the project the scorecard is for, borrowed from it.
 *
 * Returns: (transfer none): the project code.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_scorecard_get_code(const BudgetScorecard *card);

/**
 * budget_scorecard_get_total:
 * @card: a scorecard
 * @out: (out): the total out of 100 points, in micro-points (rescaled)
 *
 * Gives the project's total score out of 100, in micro-points, after dropped
 * indicators were taken out and the rest rescaled to 100.
 *
 * Returns: false if no points are available at all (no indicator applies
 *   and the execution part is 0 points).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_scorecard_get_total(const BudgetScorecard *card, int64_t *out);

/**
 * budget_scorecard_get_grade:
 * @card: a scorecard
 *
 * Gives the project's grade (等级), read from the total rounded to 2 decimals:
 * [90, 100] 优, [80, 90) 良, [60, 80) 中, below 60 差 by default.
 *
 * Returns: the grade of the total (%BUDGET_TARGET_GRADE_NONE without a total).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTargetGrade budget_scorecard_get_grade(const BudgetScorecard *card);

/**
 * budget_scorecard_get_part:
 * @card: a scorecard
 * @part: execution, output, outcome or satisfaction
 * @out_available: (out) (nullable): the points available in the part
 *   (weights of the indicators not dropped), micro-points
 * @out_score: (out) (nullable): the part's score before rescaling
 * @out_scaled: (out) (nullable): the part's score rescaled as the total
 *
 * Reads one part of a scorecard: the points available in it, its score, and
 * its score rescaled as the total is, all in micro-points.
 *
 * Returns: false if the part has no points available (empty, all dropped,
 *   or 0 points configured): its cell is empty.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_scorecard_get_part(const BudgetScorecard *card, BudgetScorePart part, int64_t *out_available,
                               int64_t *out_score, int64_t *out_scaled);

/**
 * budget_scorecard_get_execution:
 * @card: a scorecard
 *
 * Says whether the execution part was scored, and if not, why: a zero or
 * negative budget, or a rate that does not fit. A part that is not scored is
 * not applicable: dropped, and the total rescaled (a note says so too).
 *
 * Returns: %BUDGET_SCORE_EXECUTION_SCORED, or why the part was dropped.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetScoreExecution budget_scorecard_get_execution(const BudgetScorecard *card);

/**
 * budget_score_execution_to_string:
 * @execution: a value
 *
 * Gives the name of a #BudgetScoreExecution: "scored", "zero_budget",
 * "negative_budget" or "rate_does_not_fit". The string is static.
 *
 * Returns: (transfer none) (nullable): its name; NULL after a critical
 *   warning if @execution is not a #BudgetScoreExecution.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_execution_to_string(BudgetScoreExecution execution);

/**
 * budget_score_execution_from_string:
 * @text: a name as budget_score_execution_to_string() gives it (any ASCII
 *   case)
 * @out: (out) (nullable): the value
 *
 * Reads a #BudgetScoreExecution name; @out is left untouched when it is
 * unknown.
 *
 * Returns: false if @text names none (no warning); false after a critical
 *   warning if @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_score_execution_from_string(const char *text, BudgetScoreExecution *out);

/**
 * budget_scorecard_get_execution_rate:
 * @card: a scorecard
 * @out_bp: (out): executed ÷ budget in basis points (not capped)
 *
 * Gives the execution rate the execution part was scored from, executed ÷
 * budget in basis points (the budget as configured, adjusted by default),
 * as budget_money_rate_bp() computes it for every module.
 *
 * Returns: false if there is no rate: the budget is ≤ 0, or the rate does
 *   not fit in 64 bits (see budget_scorecard_get_execution()).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_scorecard_get_execution_rate(const BudgetScorecard *card, int64_t *out_bp);

/**
 * budget_scorecard_get_n_notes:
 * @card: a scorecard
 *
 * Counts the project-level notes of a scorecard: what the indicator rows do
 * not explain about its total.
 *
 * Returns: the number of project-level notes (why the execution part could
 *   not be evaluated, a part whose given weights exceed its points, …).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_scorecard_get_n_notes(const BudgetScorecard *card);

/**
 * budget_scorecard_get_note:
 * @card: a scorecard
 * @index: 0 .. n − 1
 *
 * Gives one project-level note, in English, borrowed from the scorecard.
 *
 * Returns: (transfer none) (nullable): the note, NULL if out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_scorecard_get_note(const BudgetScorecard *card, size_t index);

/**
 * budget_scorecard_get_n_indicators:
 * @card: a scorecard
 *
 * Counts the indicator rows the scorecard lists, including those dropped or
 * counted in no part.
 *
 * Returns: the number of indicator rows of the project, in book order.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_scorecard_get_n_indicators(const BudgetScorecard *card);

/**
 * budget_scorecard_get_indicator:
 * @card: a scorecard
 * @index: an indicator index
 *
 * Gives the @index-th indicator as it was scored: a copy the scorecard
 * keeps, so later changes to the book's indicator do not show here.
 *
 * Returns: (transfer none) (nullable): the indicator, borrowed from the
 *   scorecard; NULL if @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const BudgetIndicator *budget_scorecard_get_indicator(const BudgetScorecard *card, size_t index);

/**
 * budget_scorecard_get_indicator_reason:
 * @card: a scorecard
 * @index: an indicator index
 *
 * Gives the reason behind an indicator's score: why it could not be
 * evaluated or is not scored, or how a rule scored it.
 *
 * Returns: (transfer none) (nullable): the reason, "" if there is nothing
 *   to say, borrowed from the scorecard; NULL if @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_scorecard_get_indicator_reason(const BudgetScorecard *card, size_t index);

/**
 * budget_scorecard_get_indicator_part:
 * @card: a scorecard
 * @index: an indicator index
 *
 * Gives the part of the 100 points an indicator counts in, from its 一级指标 (see
 * budget_score_part_from_level1()).
 *
 * Returns: the part it counts in (%BUDGET_SCORE_PART_NONE if out of range).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetScorePart budget_scorecard_get_indicator_part(const BudgetScorecard *card, size_t index);

/**
 * budget_scorecard_get_indicator_target:
 * @card: a scorecard
 * @index: an indicator index
 *
 * Gives the parsed target of an indicator row (a #BudgetTarget, see its
 * getters), borrowed from the scorecard.
 *
 * Returns: (transfer none) (nullable): the parsed target, valid while
 *   @card lives; a target is a shared object, kept longer with
 *   budget_target_ref().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTarget *budget_scorecard_get_indicator_target(const BudgetScorecard *card, size_t index);

/**
 * budget_scorecard_get_indicator_score:
 * @card: a scorecard
 * @index: an indicator index
 * @out_weight: (out) (nullable): the points available (given or from the
 *   even split), micro-points
 * @out_score: (out) (nullable): the score, micro-points (not rescaled)
 * @out_eval: (out) (nullable): the evaluation (result, grade, ratio,
 *   deviation, reason)
 *
 * Reads how an indicator scored: its points (weight), its score before
 * rescaling, both in micro-points, and the evaluation of its actual against
 * its target.
 *
 * Returns: false if @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_scorecard_get_indicator_score(const BudgetScorecard *card, size_t index, int64_t *out_weight,
                                          int64_t *out_score, BudgetTargetEvaluation *out_eval);

/**
 * budget_scorecard_get_indicator_rule:
 * @card: a scorecard
 * @index: an indicator index
 *
 * Names the rule that gave an indicator its score, so that an officer can
 * check it against the form: "met" (full points), "proportional" (points ×
 * actual ÷ target), "inverse" (points × target ÷ actual), "linear_to_double"
 * (the linear ≤ rule), "equal_ratio" (smaller ÷ larger for "="),
 * "range_bound", "completion_ratio", "qualitative_achieved",
 * "qualitative_partly", "qualitative_not", "tier_excellent", "tier_good",
 * "tier_fair", "tier_poor", "step", "deduction", "blank_zero",
 * "blank_full", "blank_excluded", "not_applicable", "cannot_evaluate" or
 * "not_scored" (level1 counts in no part).
 *
 * Returns: (transfer none) (nullable): the rule's name, a static string;
 *   NULL if @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_scorecard_get_indicator_rule(const BudgetScorecard *card, size_t index);

/**
 * budget_scorecard_get_indicator_deduction:
 * @card: a scorecard
 * @index: an indicator index
 *
 * Says why an indicator scored less than its points, with the numbers
 * ("95公里 against ≥ 100公里: 10 × 95 ÷ 100 = 9.50").
 *
 * Returns: (transfer none) (nullable): the reason for the deduction, ""
 *   when the indicator scored its full points or is not scored; NULL if
 *   @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_scorecard_get_indicator_deduction(const BudgetScorecard *card, size_t index);

/**
 * budget_scorecard_get_indicator_reading:
 * @card: a scorecard
 * @index: an indicator index
 * @out_target: (out) (optional) (transfer none): the target as read
 *   ("≥ 266 米", "= 100 %", "80 % – 90 %", "by 2024-12-31",
 *   "qualitative (按期完成)", "tiers 优 ≥ 85 % …", "unparsed: …")
 * @out_actual: (out) (optional) (transfer none): the actual as read
 *   ("266 米", "2024-11-30", "word: met", "grade 良", "blank",
 *   "not applicable", "unread: …")
 *
 * Gives the target and actual of an indicator as the library read them,
 * beside the texts as written (budget_indicator_get_target()), borrowed
 * from the scorecard.
 *
 * Returns: false if @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_scorecard_get_indicator_reading(const BudgetScorecard *card, size_t index,
                                            const char **out_target, const char **out_actual);

/**
 * budget_scorecard_get_indicator_warning:
 * @card: a scorecard
 * @index: an indicator index
 *
 * Gives a warning about how the indicator's actual was read (an actual
 * written with a comparator, read as its number).
 *
 * Returns: (transfer none) (nullable): the warning, "" if none; NULL if
 *   @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_scorecard_get_indicator_warning(const BudgetScorecard *card, size_t index);

/**
 * budget_scorecard_get_n_blank_zero:
 * @card: a scorecard
 *
 * Counts the indicators scored 0 because their actual is blank
 * (%BUDGET_SCORE_BLANK_ZERO), so that a score can say how much of it is
 * missing reports rather than missed targets.
 *
 * Returns: the number of indicators scored 0 for a blank actual.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_scorecard_get_n_blank_zero(const BudgetScorecard *card);

/**
 * budget_scorecard_get_decimals:
 * @card: a scorecard
 *
 * Gives the rounding the scorecard was scored with
 * (budget_score_config_set_decimals()), for printing its points.
 *
 * Returns: 0 .. 6, or -1 (exact, printed with 2 decimals).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_scorecard_get_decimals(const BudgetScorecard *card);

/**
 * budget_scorecard_get_profile:
 * @card: a scorecard
 *
 * Gives the name of the profile (budget_score_config_get_name()) the
 * scorecard was scored under, borrowed from it.
 *
 * Returns: (transfer none): the profile's name.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_scorecard_get_profile(const BudgetScorecard *card);

/**
 * budget_score_report_new:
 * @ledger: the accumulated ledger
 * @config: (nullable): the rules; NULL for the defaults
 * @error: (nullable): error record
 *
 * Scores every project of the ledger's book (one pass over the indicator
 * rows).
 *
 * Errors: as budget_score_project().
 *
 * Returns: (transfer full) (nullable): the report; free with
 *   budget_score_report_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetScoreReport *budget_score_report_new(const BudgetLedger *ledger, const BudgetScoreConfig *config,
                                           BudgetError *error) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_score_report_free:
 * @report: (nullable) (transfer full): a report
 *
 * Frees @report and all its scorecards. NULL is allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_score_report_free(BudgetScoreReport *report);

/**
 * budget_score_report_get_n:
 * @report: a report
 *
 * Counts the scorecards of a score report, one per project of the book.
 *
 * Returns: the number of scorecards (one per project, code order).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_score_report_get_n(const BudgetScoreReport *report);

/**
 * budget_score_report_get_nth:
 * @report: a report
 * @index: 0 .. n − 1
 *
 * Gives the @index-th scorecard of a score report, in project code order,
 * borrowed from the report.
 *
 * Returns: (transfer none) (nullable): the scorecard, NULL if out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const BudgetScorecard *budget_score_report_get_nth(const BudgetScoreReport *report, size_t index);

BUDGET_END_DECLS

#endif /* BUDGET_SCORE_H */
