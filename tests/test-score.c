/* score: self-evaluation scores, every value computed by hand in the
 * comment beside it. Points are micro-points (P = 1 point). */
#include <string.h>

#include <glib.h>

#include "test-util.h"

#define P BUDGET_SCORE_POINT
#define W (10 * P)                     /* the usual weight of the cases below: 10 points */
#define MPCT(x) ((int64_t)(x)*1000000) /* x % in micro-percent */

/* Scores @actual against @target_text with weight @weight. */
static int64_t score_of(const BudgetScoreConfig *config, const char *target_text, const char *actual,
                        const char *level3, int64_t weight, int *result)
{
    BudgetError err;
    BudgetTarget *target = budget_target_parse(target_text, -1, 2024, &err);
    BudgetTargetEvaluation ev;
    int64_t score = -1;

    CU_ASSERT_PTR_NOT_NULL_FATAL(target);
    CU_ASSERT_TRUE(budget_score_indicator(config, target, actual, level3, weight, &score, &ev, &err));
    if (result != NULL)
        *result = ev.result;
    budget_target_unref(target);
    return score;
}

static void test_score_number_met_and_proportional(void)
{
    int r;
    /* met: full points */
    CU_ASSERT_EQUAL(score_of(NULL, "≥95%", "96%", NULL, W, &r), 10 * P);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_MET);
    /* unmet ≥: 10 × 76 ÷ 95 = 8.00 */
    CU_ASSERT_EQUAL(score_of(NULL, "≥95%", "76%", NULL, W, &r), 8 * P);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_MET);
    /* 10 × 85 ÷ 90 = 9.444444.4 → 9444444 micro-points (rounded once) */
    CU_ASSERT_EQUAL(score_of(NULL, "≥90%", "85%", NULL, W, NULL), 9444444);
    /* weight 3: 3 × 45 ÷ 90 = 1.5 */
    CU_ASSERT_EQUAL(score_of(NULL, "≥90%", "45%", NULL, 3 * P, NULL), 1500000);
    /* ASCII comparator and a count: 10 × 9 ÷ 12 = 7.5 */
    CU_ASSERT_EQUAL(score_of(NULL, ">=12期", "9期", NULL, W, NULL), 7500000);
    /* an actual of 0 against ≥: 0 points */
    CU_ASSERT_EQUAL(score_of(NULL, "≥90%", "0%", NULL, W, NULL), 0);
}

static void test_score_number_lower_is_better(void)
{
    int r;
    /* actual above a ≤ target: 10 × 20 ÷ 25 = 8.00 */
    CU_ASSERT_EQUAL(score_of(NULL, "≤20%", "25%", NULL, W, &r), 8 * P);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_MET);
    /* below it: met */
    CU_ASSERT_EQUAL(score_of(NULL, "≤20%", "15%", NULL, W, &r), W);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_MET);
    /* 10 × 5 ÷ 6 = 8.333333.3 → 8333333 */
    CU_ASSERT_EQUAL(score_of(NULL, "<=5天", "6天", NULL, W, NULL), 8333333);
}

static void test_score_target_zero(void)
{
    int r;
    /* "≤0": any positive actual is 0 ÷ actual = 0 points */
    CU_ASSERT_EQUAL(score_of(NULL, "≤0个", "2个", NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_MET);
    /* "≤0" with 0: met */
    CU_ASSERT_EQUAL(score_of(NULL, "≤0个", "0个", NULL, W, &r), W);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_MET);
    /* "=0" with 0: met */
    CU_ASSERT_EQUAL(score_of(NULL, "=0", "0", NULL, W, NULL), W);
}

static void test_score_equal_and_bare(void)
{
    int r;
    /* "=100%" with 90 %: smaller ÷ larger = 90 ÷ 100 → 9.00 */
    CU_ASSERT_EQUAL(score_of(NULL, "=100%", "90%", NULL, W, NULL), 9 * P);
    /* with 110 %: 100 ÷ 110 = 0.9090909 → 9090909.09 → 9090909 */
    CU_ASSERT_EQUAL(score_of(NULL, "=100%", "110%", NULL, W, NULL), 9090909);
    /* a bare "100%" means at least: 98 % → 9.80; 120 % → met */
    CU_ASSERT_EQUAL(score_of(NULL, "100%", "98%", NULL, W, &r), 9800000);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_MET);
    CU_ASSERT_EQUAL(score_of(NULL, "100%", "120%", NULL, W, &r), W);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_MET);
}

static void test_score_unmet_never_full(void)
{
    int r;
    /* ">90%" with exactly 90 %: unmet, 90 ÷ 90 = 1 capped at 99.99 % → 9.999 */
    CU_ASSERT_EQUAL(score_of(NULL, ">90%", "90%", NULL, W, &r), 9999000);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_MET);
}

static void test_score_range(void)
{
    /* "80%-90%": inside → full; 72 % → 72 ÷ 80 = 0.9 → 9.00; 100 % → 90 ÷ 100 → 9.00 */
    CU_ASSERT_EQUAL(score_of(NULL, "80%-90%", "85%", NULL, W, NULL), W);
    CU_ASSERT_EQUAL(score_of(NULL, "80%-90%", "72%", NULL, W, NULL), 9 * P);
    CU_ASSERT_EQUAL(score_of(NULL, "80%-90%", "100%", NULL, W, NULL), 9 * P);
}

static void test_score_not_reported_and_not_applicable(void)
{
    int r;
    /* blank actual: 0 points, listed as not reported */
    CU_ASSERT_EQUAL(score_of(NULL, "≥95%", "", NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_REPORTED);
    CU_ASSERT_EQUAL(score_of(NULL, "按期完成", NULL, NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_REPORTED);
    /* 不适用 and n/a: dropped (0, result not applicable) */
    CU_ASSERT_EQUAL(score_of(NULL, "≥95%", "不适用", NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_APPLICABLE);
    CU_ASSERT_EQUAL(score_of(NULL, "按期完成", "n/a", NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_APPLICABLE);
}

static void test_score_qualitative_bands(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetError err;
    int r;

    /* defaults 100 % / 70 % / 0 % (issue 7, fix 4: 80 % would sit in the
     * achieved band [80 %, 100 %]): partly achieved → 10 × 70 % = 7.00 */
    CU_ASSERT_EQUAL(score_of(NULL, "按期完成", "按期完成", NULL, W, &r), W);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_MET);
    CU_ASSERT_EQUAL(score_of(NULL, "按期完成", "基本完成", NULL, W, &r), 7 * P);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_PARTLY_MET);
    CU_ASSERT_EQUAL(score_of(NULL, "符合要求", "不符合要求", NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_MET);
    /* unknown word: cannot evaluate, 0 */
    CU_ASSERT_EQUAL(score_of(NULL, "按期完成", "马马虎虎", NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_CANNOT_EVALUATE);
    /* shares 90 % / 65 % / 30 %: achieved → 9.00, partly → 6.50, not → 3.00 */
    CU_ASSERT_TRUE(budget_score_config_set_qualitative_bands(c, 9000, 6500, 3000, &err));
    CU_ASSERT_EQUAL(score_of(c, "按期完成", "按期完成", NULL, W, NULL), 9 * P);
    CU_ASSERT_EQUAL(score_of(c, "按期完成", "基本完成", NULL, W, NULL), 6500000);
    CU_ASSERT_EQUAL(score_of(c, "按期完成", "未完成", NULL, W, NULL), 3 * P);
    /* outside the half-open bands [80, 100], [60, 80), [0, 60): achieved 70 %;
     * partly 85 %; partly 80 % (the achieved band's edge); not achieved 60 %
     * (the partly band's edge); each refused, nothing changed */
    CU_ASSERT_FALSE(budget_score_config_set_qualitative_bands(c, 7000, 7000, 0, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_config_set_qualitative_bands(c, 10000, 8500, 0, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_config_set_qualitative_bands(c, 10000, 8000, 0, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_config_set_qualitative_bands(c, 10000, 7000, 6000, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_EQUAL(score_of(c, "按期完成", "基本完成", NULL, W, NULL), 6500000);
    /* the edges as parameters: partly from 50 % (some local forms): partly
     * 50 % is allowed, not achieved 50 % no longer is */
    CU_ASSERT_TRUE(budget_score_config_set_qualitative_bands_full(c, 10000, 5000, 0, 8000, 5000, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, NULL);
    CU_ASSERT_EQUAL(score_of(c, "按期完成", "基本完成", NULL, W, NULL), 5 * P);
    CU_ASSERT_FALSE(budget_score_config_set_qualitative_bands(c, 10000, 5000, 5000, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_TRUE(budget_score_config_set_qualitative_bands(c, 10000, 5500, 4000, &err)); /* edges kept */
    CU_ASSERT_EQUAL(score_of(c, "按期完成", "未完成", NULL, W, NULL), 4 * P);
    /* edges out of order: 0 < partly < achieved <= 100 % */
    CU_ASSERT_FALSE(budget_score_config_set_qualitative_bands_full(c, 10000, 7000, 0, 6000, 6000, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_config_set_qualitative_bands_full(c, 10000, 7000, 0, 10001, 6000, &err));
    CU_ASSERT_FALSE(budget_score_config_set_qualitative_bands_full(c, 10000, 7000, 0, 8000, 0, &err));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(
        budget_score_config_set_qualitative_bands_full(NULL, 10000, 7000, 0, 8000, 6000, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_score_config_free(c);
}

static void test_score_deadline(void)
{
    /* on or before the deadline: full; after: not achieved, 0 */
    CU_ASSERT_EQUAL(score_of(NULL, "2024年12月31日", "2024年12月20日", NULL, W, NULL), W);
    CU_ASSERT_EQUAL(score_of(NULL, "2024年12月31日", "2024-12-31", NULL, W, NULL), W);
    CU_ASSERT_EQUAL(score_of(NULL, "2024年12月31日", "2025年1月5日", NULL, W, NULL), 0);
}

#define SITES "85%站点为优，70%站点为良，60%站点为中，60%以下站点为差"

static void test_score_tiers_boundaries(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetError err;
    int r;

    /* 优 100 %, 良 80 %, 中 60 %, 差 0 %, each at and just below its threshold */
    CU_ASSERT_EQUAL(score_of(NULL, SITES, "85%", NULL, W, &r), W);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_MET);
    CU_ASSERT_EQUAL(score_of(NULL, SITES, "84.99%", NULL, W, &r), 8 * P);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_PARTLY_MET);
    CU_ASSERT_EQUAL(score_of(NULL, SITES, "70%", NULL, W, NULL), 8 * P);
    CU_ASSERT_EQUAL(score_of(NULL, SITES, "69.99%", NULL, W, NULL), 6 * P);
    CU_ASSERT_EQUAL(score_of(NULL, SITES, "60%", NULL, W, NULL), 6 * P);
    CU_ASSERT_EQUAL(score_of(NULL, SITES, "59.99%", NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_MET);
    /* a grade as actual, and the period tiers of the seeds (12 期 优, 11 良, 10 中) */
    CU_ASSERT_EQUAL(score_of(NULL, SITES, "良", NULL, W, NULL), 8 * P);
    CU_ASSERT_EQUAL(score_of(NULL, "12期为优，11期为良，10期为中，少于10期为差", "11期", NULL, W, NULL),
                    8 * P);
    CU_ASSERT_EQUAL(score_of(NULL, "12期为优，11期为良，10期为中，少于10期为差", "9期", NULL, W, NULL), 0);
    /* shares 100/90/50/10 %: 中 → 5.00, 差 → 1.00 */
    CU_ASSERT_TRUE(budget_score_config_set_tier_shares(c, 10000, 9000, 5000, 1000, &err));
    CU_ASSERT_EQUAL(score_of(c, SITES, "65%", NULL, W, NULL), 5 * P);
    CU_ASSERT_EQUAL(score_of(c, SITES, "10%", NULL, W, NULL), 1 * P);
    /* not monotone */
    CU_ASSERT_FALSE(budget_score_config_set_tier_shares(c, 10000, 5000, 9000, 0, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    budget_score_config_free(c);
}

static void test_score_unparsed_target(void)
{
    int r;
    /* two numbers: the target is unparsed, so the indicator cannot be evaluated: 0 */
    CU_ASSERT_EQUAL(score_of(NULL, "3至5个，不少于4个", "4个", NULL, W, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_CANNOT_EVALUATE);
}

static void test_score_step_band_rule(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetError err;
    int r;

    /* 预算调整率: 0 → 3 points, ≤ 10 % → 2, ≤ 20 % → 1, else 0 */
    CU_ASSERT_TRUE(budget_score_config_add_step(c, "预算调整率", BUDGET_TARGET_CMP_LE, 0, 3 * P, &err));
    CU_ASSERT_TRUE(
        budget_score_config_add_step(c, "预算调整率", BUDGET_TARGET_CMP_LE, MPCT(10), 2 * P, &err));
    CU_ASSERT_TRUE(
        budget_score_config_add_step(c, "预算调整率", BUDGET_TARGET_CMP_LE, MPCT(20), 1 * P, &err));
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "0%", "预算调整率", 3 * P, &r), 3 * P);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_MET);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "5%", "预算调整率", 3 * P, &r), 2 * P);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_PARTLY_MET);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "10%", "预算调整率", 3 * P, NULL), 2 * P);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "10.01%", "预算调整率", 3 * P, NULL), 1 * P);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "25%", "预算调整率", 3 * P, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_NOT_MET);
    /* the band's points are capped at the weight: 3 points on a 2-point indicator → 2 */
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "0%", "预算调整率", 2 * P, NULL), 2 * P);
    /* a qualitative target: the actual read as a number still feeds the rule */
    CU_ASSERT_EQUAL(score_of(c, "合理", "5%", "预算调整率", 3 * P, NULL), 2 * P);
    /* a word cannot feed it */
    CU_ASSERT_EQUAL(score_of(c, "合理", "合理", "预算调整率", 3 * P, &r), 0);
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_CANNOT_EVALUATE);
    /* other names are scored normally */
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "20%", "其他", 3 * P, NULL), 1500000); /* 3 × 10 ÷ 20 */
    /* bad arguments */
    CU_ASSERT_FALSE(budget_score_config_add_step(c, "x", BUDGET_TARGET_CMP_NONE, 0, P, &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_config_add_step(c, "x", BUDGET_TARGET_CMP_LE, 0, -1, &err));
    budget_score_config_free(c);
}

static void test_score_deduction_rule(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetError err;

    /* deduct 0.5 point per percentage point over 10 %, in proportion */
    CU_ASSERT_TRUE(
        budget_score_config_set_deduction(c, "预算调整率", true, MPCT(10), MPCT(1), P / 2, false, &err));
    /* 12.5 %: 2.5 pp over → 1.25 deducted → 3 − 1.25 = 1.75 */
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "12.5%", "预算调整率", 3 * P, NULL), 1750000);
    /* 8 %: not over → full */
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "8%", "预算调整率", 3 * P, NULL), 3 * P);
    /* 20 %: 10 pp → 5 deducted, down to zero */
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "20%", "预算调整率", 3 * P, NULL), 0);
    /* whole steps only: 12.5 % → 2 steps → 1 deducted → 2.00 */
    CU_ASSERT_TRUE(
        budget_score_config_set_deduction(c, "预算调整率", true, MPCT(10), MPCT(1), P / 2, true, &err));
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "12.5%", "预算调整率", 3 * P, NULL), 2 * P);
    /* under: 1 point per pp below 90 %, 87 % → 3 deducted → 10 − 3 = 7 */
    CU_ASSERT_TRUE(budget_score_config_set_deduction(c, "完成率", false, MPCT(90), MPCT(1), P, false, &err));
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "87%", "完成率", W, NULL), 7 * P);
    /* a step rule replaces the deduction of the same name */
    CU_ASSERT_TRUE(budget_score_config_add_step(c, "完成率", BUDGET_TARGET_CMP_GE, MPCT(80), 4 * P, &err));
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "87%", "完成率", W, NULL), 4 * P);
    CU_ASSERT_FALSE(budget_score_config_set_deduction(c, "x", true, 0, 0, P, false, &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_score_config_free(c);
}

static void test_score_grade_bands(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetError err;

    CU_ASSERT_EQUAL(budget_score_grade(NULL, 100 * P), BUDGET_TARGET_GRADE_EXCELLENT);
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 90 * P), BUDGET_TARGET_GRADE_EXCELLENT);
    /* 89.995 rounds to 90.00 → 优; 89.994999 rounds to 89.99 → 良 */
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 89995000), BUDGET_TARGET_GRADE_EXCELLENT);
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 89994999), BUDGET_TARGET_GRADE_GOOD);
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 80 * P), BUDGET_TARGET_GRADE_GOOD);
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 79994999), BUDGET_TARGET_GRADE_FAIR);
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 60 * P), BUDGET_TARGET_GRADE_FAIR);
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 59995000), BUDGET_TARGET_GRADE_FAIR); /* 60.00 */
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 59994999), BUDGET_TARGET_GRADE_POOR);
    CU_ASSERT_EQUAL(budget_score_grade(NULL, 0), BUDGET_TARGET_GRADE_POOR);
    /* bands 85 / 70 / 50 */
    CU_ASSERT_TRUE(budget_score_config_set_grade_bands(c, 85 * P, 70 * P, 50 * P, &err));
    CU_ASSERT_EQUAL(budget_score_grade(c, 86 * P), BUDGET_TARGET_GRADE_EXCELLENT);
    CU_ASSERT_EQUAL(budget_score_grade(c, 69 * P), BUDGET_TARGET_GRADE_FAIR);
    CU_ASSERT_EQUAL(budget_score_grade(c, 49 * P), BUDGET_TARGET_GRADE_POOR);
    CU_ASSERT_FALSE(budget_score_config_set_grade_bands(c, 80 * P, 80 * P, 50 * P, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_config_set_grade_bands(c, 101 * P, 80 * P, 50 * P, &err));
    budget_score_config_free(c);
}

static void test_score_format_and_parse(void)
{
    char buf[32];
    int64_t v = -1;
    BudgetError err;

    /* 16.666667 → "16.67"; 89.995 → "90.00"; −1.345 → "−1.35" (half away from zero) */
    CU_ASSERT_EQUAL(budget_score_format(16666667, buf, sizeof buf), 5);
    CU_ASSERT_STRING_EQUAL(buf, "16.67");
    budget_score_format(89995000, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "90.00");
    budget_score_format(-1345000, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "-1.35");
    budget_score_format(0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "0.00");

    CU_ASSERT_TRUE(budget_score_parse_points("10", &v, &err));
    CU_ASSERT_EQUAL(v, 10 * P);
    CU_ASSERT_TRUE(budget_score_parse_points("2.5", &v, &err));
    CU_ASSERT_EQUAL(v, 2500000);
    CU_ASSERT_TRUE(budget_score_parse_points("12.345678", &v, &err));
    CU_ASSERT_EQUAL(v, 12345678);
    CU_ASSERT_TRUE(budget_score_parse_points("5分", &v, &err));
    CU_ASSERT_EQUAL(v, 5 * P);
    CU_ASSERT_FALSE(budget_score_parse_points("abc", &v, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_parse_points("", &v, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_parse_points("1.2345678", &v, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_parse_points("-1", &v, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_parse_points("101", &v, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
}

static void test_score_parts(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetError err;

    CU_ASSERT_EQUAL(budget_score_part_from_level1("产出指标"), BUDGET_SCORE_PART_OUTPUT);
    CU_ASSERT_EQUAL(budget_score_part_from_level1("成本指标"), BUDGET_SCORE_PART_OUTPUT);
    CU_ASSERT_EQUAL(budget_score_part_from_level1("效益指标"), BUDGET_SCORE_PART_OUTCOME);
    CU_ASSERT_EQUAL(budget_score_part_from_level1("效果指标"), BUDGET_SCORE_PART_OUTCOME);
    CU_ASSERT_EQUAL(budget_score_part_from_level1("满意度指标"), BUDGET_SCORE_PART_SATISFACTION);
    CU_ASSERT_EQUAL(budget_score_part_from_level1("Output"), BUDGET_SCORE_PART_OUTPUT);
    CU_ASSERT_EQUAL(budget_score_part_from_level1("其他"), BUDGET_SCORE_PART_NONE);
    CU_ASSERT_EQUAL(budget_score_part_from_level1(NULL), BUDGET_SCORE_PART_NONE);
    CU_ASSERT_STRING_EQUAL(budget_score_part_to_string(BUDGET_SCORE_PART_OUTCOME), "outcome");
    CU_ASSERT_PTR_NULL(budget_score_part_to_string((BudgetScorePart)9));

    /* national defaults 10 / 50 / 30 / 10 */
    CU_ASSERT_EQUAL(budget_score_config_get_part_points(NULL, BUDGET_SCORE_PART_EXECUTION), 10 * P);
    CU_ASSERT_EQUAL(budget_score_config_get_part_points(c, BUDGET_SCORE_PART_OUTPUT), 50 * P);
    CU_ASSERT_EQUAL(budget_score_config_get_part_points(c, BUDGET_SCORE_PART_OUTCOME), 30 * P);
    CU_ASSERT_EQUAL(budget_score_config_get_part_points(c, BUDGET_SCORE_PART_SATISFACTION), 10 * P);
    CU_ASSERT_EQUAL(budget_score_config_get_part_points(c, BUDGET_SCORE_PART_NONE), 0);
    CU_ASSERT_TRUE(budget_score_config_set_part_points(c, BUDGET_SCORE_PART_OUTPUT, 40 * P, &err));
    CU_ASSERT_EQUAL(budget_score_config_get_part_points(c, BUDGET_SCORE_PART_OUTPUT), 40 * P);
    CU_ASSERT_FALSE(budget_score_config_set_part_points(c, BUDGET_SCORE_PART_NONE, P, &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_score_config_set_part_points(c, BUDGET_SCORE_PART_OUTPUT, 101 * P, &err));
    budget_score_config_free(c);
}

/* ---- Whole projects --------------------------------------------------- */

typedef struct {
    const char *level1, *level3, *target, *weight, *actual;
} Row;

/* Adds an indicator of project @code to @book; @weight NULL or "" is none. */
static void add_indicator(BudgetBook *book, const char *code, const char *level1, const char *level3,
                          const char *target, const char *weight, const char *actual)
{
    BudgetError err;
    BudgetIndicator *ind = budget_indicator_new(code, &err);

    CU_ASSERT_PTR_NOT_NULL_FATAL(ind);
    budget_indicator_set_level1(ind, level1);
    budget_indicator_set_level3(ind, level3);
    budget_indicator_set_target(ind, target);
    CU_ASSERT_TRUE_FATAL(budget_indicator_set_weight(ind, weight, &err));
    budget_indicator_set_actual(ind, actual);
    CU_ASSERT_TRUE_FATAL(budget_book_add_indicator(book, ind, &err));
    budget_indicator_unref(ind);
}

/* A book with project "P" (budget @budget_fen, year 2024) and @rows; a
 * ledger at 2024-12-31 with @executed paid on 2024-06-30. */
static BudgetLedger *make_project(BudgetFen budget_fen, BudgetFen executed, const Row *rows, size_t n)
{
    BudgetError err;
    BudgetBook *book = budget_book_new();
    BudgetProject *p = budget_project_new("P", &err);
    BudgetLedger *ledger;

    budget_project_set_budget(p, budget_fen);
    budget_project_set_year(p, 2024);
    CU_ASSERT_TRUE_FATAL(budget_book_add_project(book, p, &err));
    budget_project_unref(p);
    for (size_t i = 0; i < n; i++)
        add_indicator(book, "P", rows[i].level1, rows[i].level3, rows[i].target, rows[i].weight,
                      rows[i].actual);
    ledger = budget_ledger_new(book, 20241231, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    if (executed != 0)
        CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240630, "P", executed, BUDGET_SOURCE_FISCAL, &err));
    budget_book_unref(book);
    return ledger;
}

static BudgetScorecard *score_project(const BudgetLedger *ledger, const BudgetScoreConfig *config)
{
    BudgetError err;
    BudgetScorecard *card = budget_score_project(ledger, "P", config, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(card);
    return card;
}

static int64_t part_score(const BudgetScorecard *card, BudgetScorePart part, int64_t *available)
{
    int64_t score = -1;
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, part, available, &score, NULL));
    return score;
}

static void test_score_project_rescaled(void)
{
    /* budget 1,000,000.00, executed 800,000.00 → execution 80 % × 10 = 8;
     * output: 2 blank weights → 25 each: "≥95%"/95 % → 25, "=100%"/90 % → 22.5;
     * outcome: 基本完成 → 30 × 70 % = 21; satisfaction 不适用 → dropped.
     * raw 8 + 47.5 + 21 = 76.5 of 90 → 76.5 × 100 ÷ 90 = 85.000000 → 良 */
    static const Row rows[] = {
        {"产出指标", "完成率", "≥95%", "", "95%"},
        {"产出指标", "合格率", "=100%", "", "90%"},
        {"效益指标", "工作开展", "按期完成", "", "基本完成"},
        {"满意度指标", "满意度", "≥90%", "", "不适用"},
    };
    BudgetLedger *ledger = make_project(100000000, 80000000, rows, G_N_ELEMENTS(rows));
    BudgetScorecard *card = score_project(ledger, NULL);
    int64_t total = 0, avail = 0, weight = 0, score = 0, scaled = 0, rate = 0;
    BudgetTargetEvaluation ev;

    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_code(card), "P");
    CU_ASSERT_TRUE(budget_scorecard_get_execution_rate(card, &rate));
    CU_ASSERT_EQUAL(rate, 8000);
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_EXECUTION, &avail), 8 * P);
    CU_ASSERT_EQUAL(avail, 10 * P);
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_OUTPUT, &avail), 47500000);
    CU_ASSERT_EQUAL(avail, 50 * P);
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_OUTCOME, NULL), 21 * P);
    /* satisfaction: its only indicator dropped → no points, empty cell */
    CU_ASSERT_FALSE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_SATISFACTION, NULL, NULL, NULL));
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 85 * P);
    CU_ASSERT_EQUAL(budget_scorecard_get_grade(card), BUDGET_TARGET_GRADE_GOOD);
    CU_ASSERT_EQUAL(budget_scorecard_get_execution(card), BUDGET_SCORE_EXECUTION_SCORED);
    /* the output part rescaled alike: 47.5 × 100 ÷ 90 = 52.777778 */
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_OUTPUT, NULL, NULL, &scaled));
    CU_ASSERT_EQUAL(scaled, 52777778);
    /* per indicator */
    CU_ASSERT_EQUAL(budget_scorecard_get_n_indicators(card), 4);
    /* An index past the rows is misuse: a critical, then the failure value. */
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_scorecard_get_indicator(card, 4)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_scorecard_get_indicator_score(card, 4, NULL, NULL, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_scorecard_get_note(card, budget_scorecard_get_n_notes(card))));
    CU_ASSERT_TRUE(budget_scorecard_get_indicator_score(card, 1, &weight, &score, &ev));
    CU_ASSERT_EQUAL(weight, 25 * P);
    CU_ASSERT_EQUAL(score, 22500000);
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_NOT_MET);
    CU_ASSERT_TRUE(ev.has_deviation);
    CU_ASSERT_EQUAL(ev.deviation, -MPCT(10)); /* 90 % − 100 % */
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(budget_scorecard_get_indicator(card, 1)), "=100%");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_actual(budget_scorecard_get_indicator(card, 1)), "90%");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level3(budget_scorecard_get_indicator(card, 1)), "合格率");
    CU_ASSERT_FALSE(budget_indicator_get_weight(budget_scorecard_get_indicator(card, 1), NULL));
    CU_ASSERT_PTR_NULL(budget_scorecard_get_indicator(card, 9));
    CU_ASSERT_PTR_NULL(budget_scorecard_get_indicator_reason(card, 9));
    CU_ASSERT_EQUAL(budget_scorecard_get_indicator_part(card, 2), BUDGET_SCORE_PART_OUTCOME);
    CU_ASSERT_EQUAL(budget_target_get_kind(budget_scorecard_get_indicator_target(card, 2)),
                    BUDGET_TARGET_QUALITATIVE);
    CU_ASSERT_TRUE(budget_scorecard_get_indicator_score(card, 3, NULL, &score, &ev));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_NOT_APPLICABLE);
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_reason(card, 3),
                           "not applicable: dropped, the total is rescaled");
    CU_ASSERT_FALSE(budget_scorecard_get_indicator_score(card, 4, NULL, NULL, NULL));
    /* one note: 90.00 points available */
    CU_ASSERT_EQUAL(budget_scorecard_get_n_notes(card), 1);
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_note(card, 0),
                           "90.00 points available: the total is rescaled to 100");
    CU_ASSERT_PTR_NULL(budget_scorecard_get_note(card, 1));
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);
}

static void test_score_project_execution_capped(void)
{
    /* executed 1,200,000 of 1,000,000: rate 120 %, 12 points capped at 10; with
     * no indicators only the 10 points are available: total 10 × 100 ÷ 10 = 100 → 优 */
    BudgetLedger *ledger = make_project(100000000, 120000000, NULL, 0);
    BudgetScorecard *card = score_project(ledger, NULL);
    int64_t rate = 0, total = 0;

    CU_ASSERT_TRUE(budget_scorecard_get_execution_rate(card, &rate));
    CU_ASSERT_EQUAL(rate, 12000);
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_EXECUTION, NULL), 10 * P);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 100 * P);
    CU_ASSERT_EQUAL(budget_scorecard_get_grade(card), BUDGET_TARGET_GRADE_EXCELLENT);
    CU_ASSERT_FALSE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_OUTPUT, NULL, NULL, NULL));
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);
}

static void test_score_project_weights(void)
{
    /* output: given 20 and two blanks → (50 − 20) ÷ 2 = 15 each; outcome three
     * blanks → 30 ÷ 3 = 10; satisfaction one blank → 10. Everything met,
     * execution 100 % → total 100. */
    static const Row rows[] = {
        {"产出指标", "a", "≥1个", "20", "1个"},   {"产出指标", "b", "≥1个", "", "1个"},
        {"成本指标", "c", "≤5万元", "", "4万元"}, {"效果指标", "d", "按期完成", "", "按期完成"},
        {"效果指标", "e", "有效", "", "有效"},    {"效果指标", "f", "合理", "", "合理"},
        {"满意度指标", "g", "≥90%", "", "95%"},
    };
    BudgetLedger *ledger = make_project(100000, 100000, rows, G_N_ELEMENTS(rows));
    BudgetScorecard *card = score_project(ledger, NULL);
    int64_t w = 0, total = 0;

    budget_scorecard_get_indicator_score(card, 0, &w, NULL, NULL);
    CU_ASSERT_EQUAL(w, 20 * P);
    budget_scorecard_get_indicator_score(card, 1, &w, NULL, NULL);
    CU_ASSERT_EQUAL(w, 15 * P);
    /* 一级 成本指标 counts with 产出 */
    CU_ASSERT_EQUAL(budget_scorecard_get_indicator_part(card, 2), BUDGET_SCORE_PART_OUTPUT);
    budget_scorecard_get_indicator_score(card, 2, &w, NULL, NULL);
    CU_ASSERT_EQUAL(w, 15 * P);
    budget_scorecard_get_indicator_score(card, 4, &w, NULL, NULL);
    CU_ASSERT_EQUAL(w, 10 * P);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 100 * P);
    CU_ASSERT_EQUAL(budget_scorecard_get_n_notes(card), 0);
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);
}

static void test_score_project_uneven_split(void)
{
    /* 50 points over 3 blanks: 16.666667 + 16.666667 + 16.666666 = 50 exactly */
    static const Row rows[] = {
        {"产出指标", "a", "≥1个", "", "1个"},
        {"产出指标", "b", "≥1个", "", "1个"},
        {"产出指标", "c", "≥1个", "", "1个"},
    };
    BudgetLedger *ledger = make_project(100000, 100000, rows, G_N_ELEMENTS(rows));
    BudgetScorecard *card = score_project(ledger, NULL);
    int64_t w[3] = {0}, avail = 0, total = 0;

    for (size_t i = 0; i < 3; i++)
        budget_scorecard_get_indicator_score(card, i, &w[i], NULL, NULL);
    CU_ASSERT_EQUAL(w[0], 16666667);
    CU_ASSERT_EQUAL(w[1], 16666667);
    CU_ASSERT_EQUAL(w[2], 16666666);
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_OUTPUT, &avail), 50 * P);
    CU_ASSERT_EQUAL(avail, 50 * P);
    /* empty outcome and satisfaction parts: 60 available, 60 scored → 100 */
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 100 * P);
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);
}

static void test_score_project_weights_over(void)
{
    /* output weights 30 + 30 = 60 > 50: the blank one gets 0 (noted); all met,
     * execution 50 % → 5 of 10. raw 5 + 60 = 65 of 70 → 92.857143 → 优 */
    static const Row rows[] = {
        {"产出指标", "a", "≥1个", "30", "1个"},
        {"产出指标", "b", "≥1个", "30", "1个"},
        {"产出指标", "c", "≥1个", "", "1个"},
    };
    BudgetLedger *ledger = make_project(100000, 50000, rows, G_N_ELEMENTS(rows));
    BudgetScorecard *card = score_project(ledger, NULL);
    int64_t w = -1, total = 0;

    budget_scorecard_get_indicator_score(card, 2, &w, NULL, NULL);
    CU_ASSERT_EQUAL(w, 0);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 92857143);
    CU_ASSERT_EQUAL(budget_scorecard_get_grade(card), BUDGET_TARGET_GRADE_EXCELLENT);
    CU_ASSERT_EQUAL(budget_scorecard_get_n_notes(card), 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_scorecard_get_note(card, 0), "more than the part's points"));
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);
}

static void test_score_project_zero_budget_and_unknown_level(void)
{
    /* budget 0: no rate, so the execution part is not applicable (issue 7,
     * fix 3): dropped, not 0 of its 10; an indicator whose level1 is unknown
     * counts nowhere. Output met 50 → 50 of 50 = 100.00 → 优 (it was 50 of
     * 60 = 83.33, 良, when the part scored 0). */
    static const Row rows[] = {
        {"产出指标", "a", "≥1个", "", "1个"},
        {"其他指标", "b", "≥1个", "", "1个"},
    };
    BudgetLedger *ledger = make_project(0, 0, rows, G_N_ELEMENTS(rows));
    BudgetScorecard *card = score_project(ledger, NULL);
    int64_t total = 0, w = -1, s = -1;

    CU_ASSERT_FALSE(budget_scorecard_get_execution_rate(card, NULL));
    CU_ASSERT_FALSE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, NULL, NULL));
    CU_ASSERT_EQUAL(budget_scorecard_get_execution(card), BUDGET_SCORE_EXECUTION_ZERO_BUDGET);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 100 * P);
    CU_ASSERT_EQUAL(budget_scorecard_get_grade(card), BUDGET_TARGET_GRADE_EXCELLENT);
    CU_ASSERT_EQUAL(budget_scorecard_get_indicator_part(card, 1), BUDGET_SCORE_PART_NONE);
    budget_scorecard_get_indicator_score(card, 1, &w, &s, NULL);
    CU_ASSERT_EQUAL(w, 0);
    CU_ASSERT_EQUAL(s, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_scorecard_get_indicator_reason(card, 1), "not scored"));
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_scorecard_get_note(card, 0), "no execution rate"));
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_scorecard_get_note(card, 0), "not applicable"));
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);
}

/* Issue 7, fix 3 and the one rate rule: a rate budget_money_rate_bp() cannot give
 * (it does not fit in 64 bits of bp) is a reason of its own, never a clamp. */
static void test_score_project_rate_does_not_fit(void)
{
    /* budget 1 fen, executed 10^15 fen: 10^15 × 10^4 ÷ 1 = 10^19 bp > INT64_MAX
     * (9.22 × 10^18): no rate; the part is dropped: output met 50 of 50 → 100. */
    static const Row rows[] = {{"产出指标", "a", "≥1个", "", "1个"}};
    BudgetLedger *ledger = make_project(1, INT64_C(1000000000000000), rows, G_N_ELEMENTS(rows));
    BudgetScorecard *card = score_project(ledger, NULL);
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetLedger *big;
    BudgetError err;
    int64_t total = 0, rate = -1;

    CU_ASSERT_EQUAL(budget_scorecard_get_execution(card), BUDGET_SCORE_EXECUTION_RATE_DOES_NOT_FIT);
    CU_ASSERT_FALSE(budget_scorecard_get_execution_rate(card, &rate));
    CU_ASSERT_EQUAL(rate, -1);
    CU_ASSERT_FALSE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, NULL, NULL));
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 100 * P);
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_scorecard_get_note(card, 0), "does not fit"));
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);

    /* executed 10^14 fen on 1 fen: 10^18 bp fits (the rate is given, capped
     * score 10 of 10), but 10^18 × 10^4 micro-percent does not: with an
     * execution rule, the part is dropped with the same reason. */
    big = make_project(1, INT64_C(100000000000000), rows, G_N_ELEMENTS(rows));
    card = score_project(big, NULL);
    CU_ASSERT_EQUAL(budget_scorecard_get_execution(card), BUDGET_SCORE_EXECUTION_SCORED);
    CU_ASSERT_TRUE(budget_scorecard_get_execution_rate(card, &rate));
    CU_ASSERT_EQUAL(rate, INT64_C(1000000000000000000));
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_EXECUTION, NULL), 10 * P); /* the cap */
    budget_scorecard_free(card);
    CU_ASSERT_TRUE(budget_score_config_add_step(c, NULL, BUDGET_TARGET_CMP_GE, MPCT(90), 10 * P, &err));
    card = score_project(big, c);
    CU_ASSERT_EQUAL(budget_scorecard_get_execution(card), BUDGET_SCORE_EXECUTION_RATE_DOES_NOT_FIT);
    CU_ASSERT_TRUE(budget_scorecard_get_execution_rate(card, &rate)); /* the rate itself exists */
    CU_ASSERT_FALSE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, NULL, NULL));
    budget_scorecard_free(card);
    budget_score_config_free(c);
    budget_ledger_unref(big);

    /* a negative budget: its own reason */
    ledger = make_project(-100, 0, rows, G_N_ELEMENTS(rows));
    card = score_project(ledger, NULL);
    CU_ASSERT_EQUAL(budget_scorecard_get_execution(card), BUDGET_SCORE_EXECUTION_NEGATIVE_BUDGET);
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_scorecard_get_note(card, 0), "negative"));
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);

    /* names */
    {
        BudgetScoreExecution e = BUDGET_SCORE_EXECUTION_SCORED;

        CU_ASSERT_STRING_EQUAL(budget_score_execution_to_string(BUDGET_SCORE_EXECUTION_ZERO_BUDGET),
                               "zero_budget");
        CU_ASSERT_STRING_EQUAL(budget_score_execution_to_string(BUDGET_SCORE_EXECUTION_RATE_DOES_NOT_FIT),
                               "rate_does_not_fit");
        EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(
            budget_score_execution_to_string((BudgetScoreExecution)BUDGET_SCORE_EXECUTION_N)));
        for (int i = 0; i < BUDGET_SCORE_EXECUTION_N; i++) {
            CU_ASSERT_TRUE(budget_score_execution_from_string(
                budget_score_execution_to_string((BudgetScoreExecution)i), &e));
            CU_ASSERT_EQUAL(e, i);
        }
        CU_ASSERT_FALSE(budget_score_execution_from_string("scored_", &e));
        CU_ASSERT_EQUAL(e, BUDGET_SCORE_EXECUTION_N - 1);                 /* untouched */
        CU_ASSERT_TRUE(budget_score_execution_from_string("Scored", &e)); /* any ASCII case */
        CU_ASSERT_EQUAL(e, BUDGET_SCORE_EXECUTION_SCORED);
        EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_score_execution_from_string(NULL, &e)));
        EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_scorecard_get_execution(NULL), BUDGET_SCORE_EXECUTION_SCORED));
    }
}

/* Issue 7, fix 4: where an absent level's points go. Budget 100,000,
 * executed 50,000 → execution 5 of 10; output ≥100个 with 80个 → 50 × 0.8 =
 * 40 of 50; outcome 基本完成 → 30 × 70 % = 21 of 30; no 满意度 at all. */
static void test_score_project_absent_level(void)
{
    static const Row rows[] = {
        {"产出指标", "a", "≥100个", "", "80个"},
        {"效益指标", "b", "按期完成", "", "基本完成"},
    };
    BudgetLedger *ledger = make_project(100000, 50000, rows, G_N_ELEMENTS(rows));
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetScorecard *card;
    BudgetScoreAbsentLevel a = BUDGET_SCORE_ABSENT_RESCALE;
    int64_t total = 0, scaled = 0;

    /* Default, rescale everything: (5 + 40 + 21) × 100 ÷ 90 = 73.333333 → 中. */
    card = score_project(ledger, NULL);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 73333333);
    CU_ASSERT_EQUAL(budget_scorecard_get_grade(card), BUDGET_TARGET_GRADE_FAIR);
    budget_scorecard_free(card);

    /* To 产出 and 效益 in proportion: they have O = 50 + 30 = 80 available and
     * take A = 10, so each counts × 90/80; execution keeps its 10:
     * 5 + (40 + 21) × 90/80 = 5 + 68.625 = 73.625 of 100 → 中. */
    budget_score_config_set_absent_level(c, BUDGET_SCORE_ABSENT_TO_OUTPUT_OUTCOME);
    card = score_project(ledger, c);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 73625000);
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, NULL, &scaled));
    CU_ASSERT_EQUAL(scaled, 5 * P); /* kept at its points: not × 100/90 */
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_OUTPUT, NULL, NULL, &scaled));
    CU_ASSERT_EQUAL(scaled, 45 * P); /* 40 × 90/80 */
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_OUTCOME, NULL, NULL, &scaled));
    CU_ASSERT_EQUAL(scaled, 23625000); /* 21 × 90/80 */
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_scorecard_get_note(card, 0), "satisfaction"));
    budget_scorecard_free(card);

    /* Every level present: the option changes nothing. 满意度 ≥90% with 90%: 10.
     * 5 + 40 + 21 + 10 = 76 of 100. */
    {
        static const Row all[] = {
            {"产出指标", "a", "≥100个", "", "80个"},
            {"效益指标", "b", "按期完成", "", "基本完成"},
            {"满意度指标", "c", "≥90%", "", "90%"},
        };
        BudgetLedger *full = make_project(100000, 50000, all, G_N_ELEMENTS(all));

        card = score_project(full, c);
        CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
        CU_ASSERT_EQUAL(total, 76 * P);
        budget_scorecard_free(card);
        budget_ledger_unref(full);
    }
    /* Neither 产出 nor 效益: nowhere to go, rescaled: execution 5 of 10 → 50. */
    {
        BudgetLedger *bare = make_project(100000, 50000, NULL, 0);

        card = score_project(bare, c);
        CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
        CU_ASSERT_EQUAL(total, 50 * P);
        budget_scorecard_free(card);
        budget_ledger_unref(bare);
    }
    CU_ASSERT_STRING_EQUAL(budget_score_absent_level_to_string(BUDGET_SCORE_ABSENT_TO_OUTPUT_OUTCOME),
                           "to_output_outcome");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(
        budget_score_absent_level_to_string((BudgetScoreAbsentLevel)BUDGET_SCORE_ABSENT_N)));
    CU_ASSERT_TRUE(budget_score_absent_level_from_string("to_output_outcome", &a));
    CU_ASSERT_EQUAL(a, BUDGET_SCORE_ABSENT_TO_OUTPUT_OUTCOME);
    CU_ASSERT_TRUE(budget_score_absent_level_from_string("rescale", &a));
    CU_ASSERT_EQUAL(a, BUDGET_SCORE_ABSENT_RESCALE);
    CU_ASSERT_FALSE(budget_score_absent_level_from_string("proportion", &a));
    EXPECT_CRITICAL(budget_score_config_set_absent_level(c, (BudgetScoreAbsentLevel)2));
    EXPECT_CRITICAL(budget_score_config_set_absent_level(NULL, BUDGET_SCORE_ABSENT_RESCALE));
    budget_score_config_free(c);
    budget_ledger_unref(ledger);
}

static void test_score_project_execution_rule_and_config(void)
{
    /* execution 85 %: step bands ≥ 90 % → 10, ≥ 80 % → 8 → 8 points; with the
     * execution part set to 0 points and output 100, all-met output gives 100 */
    BudgetLedger *ledger = make_project(100000, 85000, NULL, 0);
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetScorecard *card;
    BudgetError err;
    int64_t total = 0;

    CU_ASSERT_TRUE(budget_score_config_add_step(c, NULL, BUDGET_TARGET_CMP_GE, MPCT(90), 10 * P, &err));
    CU_ASSERT_TRUE(budget_score_config_add_step(c, NULL, BUDGET_TARGET_CMP_GE, MPCT(80), 8 * P, &err));
    card = score_project(ledger, c);
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_EXECUTION, NULL), 8 * P);
    budget_scorecard_free(card);
    /* deduction on the execution: 1 point per pp under 90 % → 85 % → 10 − 5 = 5 */
    CU_ASSERT_TRUE(budget_score_config_set_deduction(c, NULL, false, MPCT(90), MPCT(1), P, false, &err));
    card = score_project(ledger, c);
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_EXECUTION, NULL), 5 * P);
    budget_scorecard_free(card);
    /* the original budget as denominator: 100000 + 0 adjustments: same 85 % */
    budget_score_config_set_denominator(c, BUDGET_DENOMINATOR_ORIGINAL);
    card = score_project(ledger, c);
    CU_ASSERT_EQUAL(part_score(card, BUDGET_SCORE_PART_EXECUTION, NULL), 5 * P);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 50 * P); /* 5 of 10 available */
    budget_scorecard_free(card);
    /* no points at all: execution 0 and no indicators → no total */
    CU_ASSERT_TRUE(budget_score_config_set_part_points(c, BUDGET_SCORE_PART_EXECUTION, 0, &err));
    card = score_project(ledger, c);
    CU_ASSERT_FALSE(budget_scorecard_get_total(card, NULL));
    CU_ASSERT_EQUAL(budget_scorecard_get_grade(card), BUDGET_TARGET_GRADE_NONE);
    budget_scorecard_free(card);
    budget_score_config_free(c);
    budget_ledger_unref(ledger);
}

static void test_score_project_errors(void)
{
    static const Row rows[] = {{"产出指标", "a", "≥1个", "", "1个"}};
    BudgetLedger *ledger = make_project(100000, 0, rows, G_N_ELEMENTS(rows));
    BudgetIndicator *ind = budget_indicator_new("P", NULL);
    BudgetError err;

    /* A weight that is not a number of points never reaches the score: the
     * indicator refuses it (test-indicator.c has the cases). */
    CU_ASSERT_FALSE(budget_indicator_set_weight(ind, "ten", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "weight");
    budget_indicator_unref(ind);
    CU_ASSERT_PTR_NULL(budget_score_project(ledger, "Q", NULL, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, "code");
    budget_ledger_unref(ledger);
}

static void test_score_report(void)
{
    BudgetError err;
    BudgetBook *book = budget_book_new();
    BudgetLedger *ledger;
    BudgetScoreReport *report;
    int64_t total = 0;

    for (int i = 0; i < 2; i++) {
        BudgetProject *p = budget_project_new(i == 0 ? "B" : "A", &err);
        budget_project_set_budget(p, 100000);
        CU_ASSERT_TRUE(budget_book_add_project(book, p, &err));
        budget_project_unref(p);
    }
    add_indicator(book, "B", "产出指标", "", "≥10个", NULL, "5个");
    add_indicator(book, "A", "满意度指标", "", "≥90%", NULL, "90%");
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024)); /* no project has a year */
    ledger = budget_ledger_new(book, 20241231, &err);
    report = budget_score_report_new(ledger, NULL, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_EQUAL(budget_score_report_get_n(report), 2);
    /* code order: A then B */
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_code(budget_score_report_get_nth(report, 0)), "A");
    /* A: execution 0 of 10, satisfaction 10 of 10 → 10 of 20 → 50 */
    CU_ASSERT_TRUE(budget_scorecard_get_total(budget_score_report_get_nth(report, 0), &total));
    CU_ASSERT_EQUAL(total, 50 * P);
    /* B: 0 of 10, output 50 × 5 ÷ 10 = 25 of 50 → 25 of 60 → 41.666667 → 差 */
    CU_ASSERT_TRUE(budget_scorecard_get_total(budget_score_report_get_nth(report, 1), &total));
    CU_ASSERT_EQUAL(total, 41666667);
    CU_ASSERT_EQUAL(budget_scorecard_get_grade(budget_score_report_get_nth(report, 1)),
                    BUDGET_TARGET_GRADE_POOR);
    CU_ASSERT_PTR_NULL(budget_score_report_get_nth(report, 2));
    budget_score_report_free(report);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static CU_TestInfo score_tests[] = {
    {"project execution rate that does not fit", test_score_project_rate_does_not_fit},
    {"project absent level", test_score_project_absent_level},
    {"number met and proportional", test_score_number_met_and_proportional},
    {"number lower is better", test_score_number_lower_is_better},
    {"target zero", test_score_target_zero},
    {"equal and bare targets", test_score_equal_and_bare},
    {"unmet never full", test_score_unmet_never_full},
    {"range", test_score_range},
    {"not reported and not applicable", test_score_not_reported_and_not_applicable},
    {"qualitative bands", test_score_qualitative_bands},
    {"deadline", test_score_deadline},
    {"tiers at their boundaries", test_score_tiers_boundaries},
    {"unparsed target", test_score_unparsed_target},
    {"step band rule", test_score_step_band_rule},
    {"deduction rule", test_score_deduction_rule},
    {"grade bands", test_score_grade_bands},
    {"format and parse points", test_score_format_and_parse},
    {"parts", test_score_parts},
    {"project rescaled", test_score_project_rescaled},
    {"project execution capped", test_score_project_execution_capped},
    {"project weights", test_score_project_weights},
    {"project uneven split", test_score_project_uneven_split},
    {"project weights over", test_score_project_weights_over},
    {"project zero budget, unknown level", test_score_project_zero_budget_and_unknown_level},
    {"project execution rule and config", test_score_project_execution_rule_and_config},
    {"project errors", test_score_project_errors},
    {"report", test_score_report},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"score", test_criticals_init, test_criticals_cleanup, NULL, NULL, score_tests},
    CU_SUITE_INFO_NULL,
};
