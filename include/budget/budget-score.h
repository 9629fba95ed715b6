#ifndef BUDGET_SCORE_H
#define BUDGET_SCORE_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>
#include <budget/budget-target.h>
#include <budget/budget-error.h>
/* <budget.h> includes budget-target.h first: BudgetTarget and its enums. */

BUDGET_BEGIN_DECLS

/**
 * SECTION:budget-score
 * @title: Self-evaluation scores and department ratios
 * @short_description: 绩效自评 scores per project, 部门整体 ratios
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
 *   one. The rate is budget_rate_bp()'s, the one rule every module uses. A
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
 *   larger for "=", the nearer bound for ranges, computed exactly and capped
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
 *   practice: what is not reported is not achieved);
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
 * Department ratios (部门整体, see #BudgetDepartmentRatio) are computed from
 * the book, the ledger and a #BudgetDepartmentInputs of the figures the
 * project files do not hold (budget_csv_load_department() reads them from
 * department.csv).
 *
 * Configurations, inputs, scorecards and score reports are singly owned.
 * Scoring reads a ledger and its book without changing them, so many
 * threads may score one ledger at once.
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
 *   bits of basis points (budget_rate_bp() gives none), or, with an
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
BUDGET_AVAILABLE_IN_1_0 BUDGET_WARN_UNUSED_RESULT
BudgetScoreConfig *budget_score_config_new(void);

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
bool budget_score_config_set_qualitative_bands(BudgetScoreConfig *config, int64_t achieved_bp, int64_t partly_bp,
                                               int64_t not_achieved_bp, BudgetError *error);

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
 * Returns: (transfer none) (nullable): its name, NULL if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_absent_level_to_string(BudgetScoreAbsentLevel absent);

/**
 * budget_score_absent_level_from_string:
 * @text: "rescale" or "to_output_outcome"
 * @out: (out) (nullable): the value
 *
 * Reads an absent-level rule name; @out is left untouched when it is unknown.
 *
 * Returns: false if @text names none.
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
bool budget_score_config_add_step(BudgetScoreConfig *config, const char *level3, BudgetTargetComparator cmp, int64_t threshold,
                                  int64_t points, BudgetError *error);

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
bool budget_score_config_set_deduction(BudgetScoreConfig *config, const char *level3, bool over, int64_t threshold,
                                       int64_t step, int64_t points_per_step, bool whole_steps, BudgetError *error);

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
BUDGET_AVAILABLE_IN_1_0 BUDGET_WARN_UNUSED_RESULT
BudgetScorecard *budget_score_project(const BudgetLedger *ledger, const char *code, const BudgetScoreConfig *config,
                                      BudgetError *error);

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
 * Returns: (transfer none) (nullable): its name, NULL if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_score_execution_to_string(BudgetScoreExecution execution);

/**
 * budget_score_execution_from_string:
 * @text: a name as budget_score_execution_to_string() gives it
 * @out: (out) (nullable): the value
 *
 * Reads a #BudgetScoreExecution name; @out is left untouched when it is
 * unknown.
 *
 * Returns: false if @text names none.
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
 * as budget_rate_bp() computes it for every module.
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
 * budget_scorecard_get_indicator_text:
 * @card: a scorecard
 * @index: an indicator index
 * @name: "level1", "level2", "level3", "target", "actual", "weight" (the
 *   cells as written) or "reason" (why it could not be evaluated, or how a
 *   rule scored it; "" if nothing to say)
 *
 * Gives one cell of an indicator row as written in indicators.csv, or the
 * reason behind its score, borrowed from the scorecard.
 *
 * Returns: (transfer none) (nullable): the text ("" for a blank cell), NULL
 *   if @index or @name is unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_scorecard_get_indicator_text(const BudgetScorecard *card, size_t index, const char *name);

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
 *   @card lives.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const BudgetTarget *budget_scorecard_get_indicator_target(const BudgetScorecard *card, size_t index);

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
 * budget_score_report:
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
BUDGET_AVAILABLE_IN_1_0 BUDGET_WARN_UNUSED_RESULT
BudgetScoreReport *budget_score_report(const BudgetLedger *ledger, const BudgetScoreConfig *config,
                                       BudgetError *error);

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
 * BUDGET_DEPARTMENT_N_ITEMS:
 *
 * The number of #BudgetDepartmentItem values. Since: 1.0
 */
#define BUDGET_DEPARTMENT_N_ITEMS 15

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
 * Returns: (transfer none) (nullable): its English name, NULL if unknown.
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
BUDGET_AVAILABLE_IN_1_0 BUDGET_WARN_UNUSED_RESULT
BudgetDepartmentInputs *budget_department_inputs_new(void);

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
bool budget_department_inputs_get(const BudgetDepartmentInputs *inputs, BudgetDepartmentItem item, int64_t *out);

/**
 * BudgetDepartmentRatio:
 * @BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT: 预算调整率 = (Σ 追加 + Σ |追减|) dated
 *   on or before as-of ÷ Σ original budgets: the gross measure, the default
 *   (budget_department_adjustment_rate() gives the net and additions-only
 *   measures, see #BudgetAdjustmentMeasure)
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
 * BUDGET_DEPARTMENT_N_RATIOS:
 *
 * The number of #BudgetDepartmentRatio values. Since: 1.0
 */
#define BUDGET_DEPARTMENT_N_RATIOS 9

/**
 * budget_department_ratio_to_string:
 * @ratio: a ratio
 *
 * Gives the English name of a department ratio, as the ratio column of `budget
 * score --department` prints it. The string is static.
 *
 * Returns: (transfer none) (nullable): its English name
 *   ("budget_adjustment_rate", …), NULL if unknown.
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
 * Returns: (transfer none) (nullable): its Chinese name ("预算调整率", …),
 *   NULL if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_department_ratio_to_chinese(BudgetDepartmentRatio ratio);

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
 * BUDGET_DEPARTMENT_N_REASONS:
 *
 * The number of #BudgetDepartmentReason values. Since: 1.0
 */
#define BUDGET_DEPARTMENT_N_REASONS 6

/**
 * budget_department_reason_to_string:
 * @reason: a reason
 *
 * Gives the name of a reason as the reason column of `budget score
 * --department` prints it: "ok", "not_given", "zero_denominator",
 * "negative_denominator", "overflow" or "invalid". The string is static.
 *
 * Returns: (transfer none) (nullable): its name, NULL if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_department_reason_to_string(BudgetDepartmentReason reason);

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
 * BudgetAdjustmentMeasure:
 * @BUDGET_ADJUSTMENT_GROSS: Σ |追加| + Σ |追减|: every adjustment counts,
 *   whichever way it goes (the default: libbudget's own choice, because a
 *   signed rate gives a budget cut full marks under the step bands forms use,
 *   0 → 3 points …; no published formula verified)
 * @BUDGET_ADJUSTMENT_NET: Σ signed adjustments = adjusted − original budget
 *   (the signed formula some published forms write; source not verified)
 * @BUDGET_ADJUSTMENT_ADDITIONS: Σ 追加 only (as forms that control added
 *   budget count it; source not verified)
 *
 * Which adjustments the numerator of 预算调整率 counts: published formulas
 * disagree, so each measure names its source status
 * (budget_adjustment_measure_get_source()). The denominator is always Σ
 * original budgets (年初预算数). Since: 1.0
 */
typedef enum {
    BUDGET_ADJUSTMENT_GROSS = 0,
    BUDGET_ADJUSTMENT_NET = 1,
    BUDGET_ADJUSTMENT_ADDITIONS = 2
} BudgetAdjustmentMeasure;

/**
 * BUDGET_ADJUSTMENT_MEASURE_N:
 *
 * The number of #BudgetAdjustmentMeasure values. Since: 1.0
 */
#define BUDGET_ADJUSTMENT_MEASURE_N 3

/**
 * budget_adjustment_measure_to_string:
 * @measure: a measure
 *
 * Gives the name of a 预算调整率 measure: "gross", "net" or "additions". The
 * string is static.
 *
 * Returns: (transfer none) (nullable): its name, NULL if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_adjustment_measure_to_string(BudgetAdjustmentMeasure measure);

/**
 * budget_adjustment_measure_from_string:
 * @text: "gross", "net" or "additions"
 * @out: (out) (nullable): the measure
 *
 * Reads a measure name; @out is left untouched when it is unknown.
 *
 * Returns: false if @text names no measure.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_adjustment_measure_from_string(const char *text, BudgetAdjustmentMeasure *out);

/**
 * budget_adjustment_measure_get_source:
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
const char *budget_adjustment_measure_get_source(BudgetAdjustmentMeasure measure);

/**
 * budget_department_adjustment_rate:
 * @ledger: (nullable): the accumulated ledger (its book and as-of date);
 *   NULL gives %BUDGET_DEPARTMENT_REASON_NOT_GIVEN
 * @measure: which adjustments count (see #BudgetAdjustmentMeasure)
 * @out_bp: (out): the rate in basis points, rounded half away from zero;
 *   set only when the result is %BUDGET_DEPARTMENT_REASON_OK
 * @error: (nullable): error record
 *
 * 预算调整率 under a chosen measure: the adjustments of the book dated on or
 * before the ledger's as-of date, counted as @measure says, ÷ Σ original
 * budgets, exactly. %BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT of
 * budget_department_ratio_full() is this with %BUDGET_ADJUSTMENT_GROSS.
 *
 * Errors: as budget_department_ratio_full() (%BUDGET_ERROR_OVERFLOW,
 * %BUDGET_ERROR_INVALID_ARGUMENT for an unknown @measure or @out_bp NULL).
 *
 * Returns: %BUDGET_DEPARTMENT_REASON_OK with *@out_bp set, or why not.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDepartmentReason budget_department_adjustment_rate(const BudgetLedger *ledger,
                                                         BudgetAdjustmentMeasure measure, int64_t *out_bp,
                                                         BudgetError *error);

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

#endif /* BUDGET_SCORE_H */
