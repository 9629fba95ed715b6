/* score profiles (issue 11): the [score] groups of a key file, the new
 * scoring parameters (blank actuals, the linear ≤ rule, the execution cap,
 * rounding of points) and what a scorecard says per indicator. Points are
 * micro-points (P = 1 point); every expected value is derived beside it. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "test-util.h"

#define P BUDGET_SCORE_POINT
#define W (10 * P)
#define MPCT(x) ((int64_t)(x)*1000000) /* x % in micro-percent */

static int64_t score_of(const BudgetScoreConfig *config, const char *target_text, const char *actual,
                        const char *level3, int64_t weight)
{
    BudgetError err;
    BudgetTarget *target = budget_target_parse(target_text, -1, 2024, &err);
    int64_t score = -1;

    CU_ASSERT_PTR_NOT_NULL_FATAL(target);
    CU_ASSERT_TRUE(budget_score_indicator(config, target, actual, level3, weight, &score, NULL, &err));
    budget_target_unref(target);
    return score;
}

static BudgetScoreConfig *load(const char *text)
{
    BudgetError err;
    BudgetScoreConfig *c = budget_score_config_new();

    if (!budget_score_config_load_data(c, text, -1, &err))
        fprintf(stderr, "\n  load: %s (line %d, field %s)\n", err.message, (int)err.line, err.field);
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_OK);
    return c;
}

/* Every key of [score], each seen in a score. */
static void test_profile_every_key(void)
{
    BudgetScoreConfig *c = load("# a profile\n"
                                "[score]\n"
                                "name = test\n"
                                "source = a test document\n"
                                "description = every key\n"
                                "execution_points = 20\n"
                                "output_points = 40\n"
                                "outcome_points = 30\n"
                                "satisfaction_points = 10\n"
                                "absent_level = to_output_outcome\n"
                                "execution_cap = false\n"
                                "denominator = original\n"
                                "qualitative_shares = 100, 60, 20\n"
                                "qualitative_edges = 80%, 50%\n"
                                "tier_shares = 100, 90, 50, 10\n"
                                "grade_bands = 85, 75, 60\n"
                                "lower_rule = linear\n"
                                "blank_actual = full\n"
                                "score_decimals = 1\n");

    CU_ASSERT_STRING_EQUAL(budget_score_config_get_name(c), "test");
    CU_ASSERT_STRING_EQUAL(budget_score_config_get_source(c), "a test document");
    CU_ASSERT_EQUAL(budget_score_config_get_part_points(c, BUDGET_SCORE_PART_EXECUTION), 20 * P);
    CU_ASSERT_EQUAL(budget_score_config_get_part_points(c, BUDGET_SCORE_PART_OUTPUT), 40 * P);
    CU_ASSERT_EQUAL(budget_score_config_get_decimals(c), 1);
    /* partly: 60 % of 10 = 6.0 (inside the partly band [50 %, 80 %)) */
    CU_ASSERT_EQUAL(score_of(c, "有效", "基本有效", NULL, W), 6 * P);
    /* not achieved: 20 % = 2.0 */
    CU_ASSERT_EQUAL(score_of(c, "有效", "未达成预期指标", NULL, W), 2 * P);
    /* tier 良: 90 % = 9.0; 中 50 % = 5.0 */
    CU_ASSERT_EQUAL(score_of(c, "85%为优，70%为良，60%为中，60%以下为差", "72%", NULL, W), 9 * P);
    CU_ASSERT_EQUAL(score_of(c, "85%为优，70%为良，60%为中，60%以下为差", "65%", NULL, W), 5 * P);
    /* grade: 84.99 is 良 with 优 from 85 */
    CU_ASSERT_EQUAL(budget_score_grade(c, 84990000), BUDGET_TARGET_GRADE_GOOD);
    CU_ASSERT_EQUAL(budget_score_grade(c, 85 * P), BUDGET_TARGET_GRADE_EXCELLENT);
    /* linear ≤: 10 × (2 × 20 − 25) ÷ 20 = 7.5 */
    CU_ASSERT_EQUAL(score_of(c, "≤20%", "25%", NULL, W), 7500000);
    /* twice the target and over: 0 */
    CU_ASSERT_EQUAL(score_of(c, "≤20%", "40%", NULL, W), 0);
    /* blank scores full */
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "", NULL, W), W);
    /* one decimal: 10 × 85 ÷ 90 = 9.444… → 9.4 */
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "85%", NULL, W), 9400000);
    budget_score_config_free(c);

    /* the ratio rule, exact scores, zero for blank: back to the defaults */
    c = load("[score]\nlower_rule = ratio\nscore_decimals = exact\nblank_actual = zero\n");
    CU_ASSERT_EQUAL(budget_score_config_get_decimals(c), -1);
    CU_ASSERT_STRING_EQUAL(budget_score_config_get_name(c), "national"); /* no name key: unchanged */
    CU_ASSERT_EQUAL(score_of(c, "≤20%", "25%", NULL, W), 8 * P);         /* 10 × 20 ÷ 25 */
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "", NULL, W), 0);
    budget_score_config_free(c);
}

/* The rules of the issue, from a profile: "每降5%扣1分" (满意率90%以上得10分)
 * and "±10%以内得5分, ±10–15%得3分, ±15–20%得1分, ±20%以外不得分" (成本控制率),
 * the second as step bands tried in order. */
static void test_profile_rules(void)
{
    BudgetScoreConfig *c = load("[report]\n"
                                "title = not ours, ignored\n"
                                "[score deduction 群众满意度]\n"
                                "direction = below\n"
                                "threshold = 90%\n"
                                "step = 5%\n"
                                "points = 1\n"
                                "whole_steps = true\n"
                                "[score step 成本控制率]\n"
                                "bands = <-20%:0; <-15%:1; <-10%:3; ≤10%:5; ≤15%:3; ≤20%:1\n"
                                "[score step 预算调整率]\n"
                                "bands = ≤0%:3; ≤10%:2; ≤20%:1\n");

    /* 82 %: 8 points below 90, one whole step of 5: 10 − 1 = 9 */
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "82%", "群众满意度", W), 9 * P);
    /* 78 %: 12 below, two steps: 8 */
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "78%", "群众满意度", W), 8 * P);
    /* 95 %: within: 10 */
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "95%", "群众满意度", W), W);
    /* 成本控制率 (weight 5): 12 % → ≤15 % → 3; −5 % → ≤10 % → 5; −16 % → <−15 % → 1; 25 % → none → 0 */
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "12%", "成本控制率", 5 * P), 3 * P);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "-5%", "成本控制率", 5 * P), 5 * P);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "-16%", "成本控制率", 5 * P), 1 * P);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "25%", "成本控制率", 5 * P), 0);
    /* 预算调整率 (weight 3): 0 → 3, 8 % → 2, 15 % → 1, 30 % → 0 */
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "0%", "预算调整率", 3 * P), 3 * P);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "8%", "预算调整率", 3 * P), 2 * P);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "15%", "预算调整率", 3 * P), 1 * P);
    CU_ASSERT_EQUAL(score_of(c, "≤10%", "30%", "预算调整率", 3 * P), 0);

    /* a layered profile replaces the bands of a name, never adds to them:
     * ≤0 → 3 alone, so 8 % → none → 0 */
    {
        BudgetError err;
        CU_ASSERT_TRUE(
            budget_score_config_load_data(c, "[score step 预算调整率]\nbands = ≤0%:3\n", -1, &err));
        CU_ASSERT_EQUAL(score_of(c, "≤10%", "8%", "预算调整率", 3 * P), 0);
        /* a length below -1 is misuse, not "NUL-terminated" (api-conventions.md, Lengths),
         * and the profile is unchanged: 8 % still scores 0 */
        EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_score_config_load_data(c, "[score]\n", -2, &err)));
        assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
        CU_ASSERT_EQUAL(score_of(c, "≤10%", "8%", "预算调整率", 3 * P), 0);
    }
    budget_score_config_free(c);
}

typedef struct {
    const char *text;
    int code;
    int line;
    const char *field;
} BadProfile;

static const BadProfile bad_profiles[] = {
    {"[score]\nname = x\nbogus = 1\n", BUDGET_ERROR_PARSE, 3, "bogus"},
    {"[score]\n\nexecution_points = ten\n", BUDGET_ERROR_PARSE, 3, "execution_points"},
    {"[score]\nexecution_points = 101\n", BUDGET_ERROR_RANGE, 2, "execution_points"},
    {"[score]\nqualitative_shares = 100, 85, 0\n", BUDGET_ERROR_RANGE, 2,
     "qualitative_shares"}, /* 85 not < 80 */
    {"[score]\nqualitative_shares = 100, 70\n", BUDGET_ERROR_PARSE, 2, "qualitative_shares"},
    {"[score]\nqualitative_edges = 60, 80\n", BUDGET_ERROR_RANGE, 2, "qualitative_edges"},
    {"[score]\ntier_shares = 100, 80, 90, 0\n", BUDGET_ERROR_RANGE, 2, "tier_shares"},
    {"[score]\ngrade_bands = 90, 95, 60\n", BUDGET_ERROR_RANGE, 2, "grade_bands"},
    {"[score]\nabsent_level = elsewhere\n", BUDGET_ERROR_PARSE, 2, "absent_level"},
    {"[score]\nexecution_cap = maybe\n", BUDGET_ERROR_PARSE, 2, "execution_cap"},
    {"[score]\ndenominator = both\n", BUDGET_ERROR_PARSE, 2, "denominator"},
    {"[score]\nlower_rule = steep\n", BUDGET_ERROR_PARSE, 2, "lower_rule"},
    {"[score]\nblank_actual = half\n", BUDGET_ERROR_PARSE, 2, "blank_actual"},
    {"[score]\nscore_decimals = 7\n", BUDGET_ERROR_RANGE, 2, "score_decimals"},
    {"[score]\nscore_decimals = two\n", BUDGET_ERROR_PARSE, 2, "score_decimals"},
    {"[score]\nscore_rounding = floor\n", BUDGET_ERROR_PARSE, 2, "score_rounding"},
    {"[report]\nx = 1\n[score whatever]\nbands = ≤0:1\n", BUDGET_ERROR_PARSE, 3, ""},
    {"[score step 预算调整率]\nbands = ≤0%\n", BUDGET_ERROR_PARSE, 2, "bands"},     /* no points */
    {"[score step 预算调整率]\nbands = 0%:3\n", BUDGET_ERROR_PARSE, 2, "bands"},    /* no comparator */
    {"[score step 预算调整率]\nlevels = ≤0%:3\n", BUDGET_ERROR_PARSE, 2, "levels"}, /* unknown key */
    {"[score step 预算调整率]\n# none\n", BUDGET_ERROR_PARSE, 1, ""},               /* no bands */
    {"[score deduction 满意度]\ndirection = below\nthreshold = 90%\nstep = 0%\npoints = 1\n",
     BUDGET_ERROR_RANGE, 4, "step"},
    {"[score deduction 满意度]\ndirection = sideways\nthreshold = 90%\nstep = 5%\npoints = 1\n",
     BUDGET_ERROR_PARSE, 2, "direction"},
    {"[score deduction 满意度]\ndirection = below\nthreshold = ≥90%\nstep = 5%\npoints = 1\n",
     BUDGET_ERROR_PARSE, 3, "threshold"},
    {"[score deduction 满意度]\ndirection = below\n", BUDGET_ERROR_PARSE, 1, ""},
    {"[score]\nthis line has no equals sign\n", BUDGET_ERROR_PARSE, 2, ""},
    {"[score]\nname = \xff\n", BUDGET_ERROR_ENCODING, 2, ""},
};

static void test_profile_errors(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetError err;

    CU_ASSERT_TRUE(budget_score_config_set_decimals(c, 3, &err));
    for (size_t i = 0; i < G_N_ELEMENTS(bad_profiles); i++) {
        const BadProfile *b = &bad_profiles[i];
        CU_ASSERT_FALSE(budget_score_config_load_data(c, b->text, -1, &err));
        if (err.code != b->code || err.line != b->line || strcmp(err.field, b->field) != 0)
            fprintf(stderr, "\n  profile %zu: %s %d '%s': %s\n", i, budget_error_code_name(err.code),
                    (int)err.line, err.field, err.message);
        assert_error(&err, b->code, b->line, 0, b->field);
        /* nothing changed on failure */
        CU_ASSERT_EQUAL(budget_score_config_get_decimals(c), 3);
        CU_ASSERT_STRING_EQUAL(budget_score_config_get_name(c), "national");
    }
    /* a value set before a bad key in the same file is not kept either */
    CU_ASSERT_FALSE(
        budget_score_config_load_data(c, "[score]\nname = half\nscore_decimals = 0\nx = 1\n", -1, &err));
    CU_ASSERT_EQUAL(budget_score_config_get_decimals(c), 3);
    CU_ASSERT_STRING_EQUAL(budget_score_config_get_name(c), "national");
    /* a file: its path is the source */
    CU_ASSERT_FALSE(budget_score_config_load_file(c, "/nonexistent/profile.ini", &err));
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_IO);
    CU_ASSERT_STRING_EQUAL(err.source, "/nonexistent/profile.ini");
    {
        char *path = g_build_filename(g_get_tmp_dir(), "test-score-profile-bad.ini", NULL);
        CU_ASSERT_TRUE_FATAL(g_file_set_contents(path, "[score]\n\n\nunknown = 1\n", -1, NULL));
        CU_ASSERT_FALSE(budget_score_config_load_file(c, path, &err));
        assert_error(&err, BUDGET_ERROR_PARSE, 4, 0, "unknown");
        CU_ASSERT_STRING_EQUAL(err.source, path);
        g_unlink(path);
        g_free(path);
    }
    /* only other groups: nothing to do, success */
    CU_ASSERT_TRUE(budget_score_config_load_data(c, "[monitor]\nred = 60\n[policy]\nx = y\n", -1, &err));
    CU_ASSERT_EQUAL(budget_score_config_get_decimals(c), 3);
    /* misuse */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_score_config_load_data(NULL, "", -1, &err)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_score_config_load_data(c, NULL, -1, &err)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_score_config_load_file(c, NULL, &err)));
    budget_score_config_free(c);
}

/* The profiles shipped in data/profiles: each loads and names its source;
 * national.ini is the defaults written out. */
static void test_profile_shipped(void)
{
    static const char *const names[] = {"national", "whole-points", "bands-50", "blank-full"};
    const char *top = g_getenv("top_srcdir");

    CU_ASSERT_PTR_NOT_NULL_FATAL(top); /* set by tests/Makefile.am; a missing input fails */
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        BudgetScoreConfig *c = budget_score_config_new();
        char *file = g_strconcat(names[i], ".ini", NULL);
        char *path = g_build_filename(top, "data", "profiles", file, NULL);
        BudgetError err;

        CU_ASSERT_TRUE(budget_score_config_load_file(c, path, &err));
        CU_ASSERT_STRING_EQUAL(budget_score_config_get_name(c), names[i]);
        CU_ASSERT_NOT_EQUAL(strlen(budget_score_config_get_source(c)), 0);
        if (strcmp(names[i], "national") == 0) {
            /* the same scores as the built-in defaults (NULL) */
            CU_ASSERT_EQUAL(score_of(c, "有效", "基本有效", NULL, W),
                            score_of(NULL, "有效", "基本有效", NULL, W));
            CU_ASSERT_EQUAL(score_of(c, "≤20%", "25%", NULL, W), score_of(NULL, "≤20%", "25%", NULL, W));
            CU_ASSERT_EQUAL(budget_score_config_get_decimals(c), budget_score_config_get_decimals(NULL));
            CU_ASSERT_EQUAL(budget_score_config_get_rounding(c), budget_score_config_get_rounding(NULL));
        } else if (strcmp(names[i], "whole-points") == 0) {
            /* 10 × 85 ÷ 90 = 9.44 → 9 */
            CU_ASSERT_EQUAL(score_of(c, "≥90%", "85%", NULL, W), 9 * P);
        } else if (strcmp(names[i], "bands-50") == 0) {
            /* partly 70 % → 7; the 50 % edge lets a share of 55 % be partly achieved */
            CU_ASSERT_EQUAL(score_of(c, "有效", "基本有效", NULL, W), 7 * P);
            CU_ASSERT_TRUE(budget_score_config_set_qualitative_bands(c, 10000, 5500, 0, &err));
        } else {
            CU_ASSERT_EQUAL(score_of(c, "≥90%", "", NULL, W), W);
        }
        g_free(file);
        g_free(path);
        budget_score_config_free(c);
    }
}

static void test_profile_setters(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetScoreBlank b = BUDGET_SCORE_BLANK_ZERO;
    BudgetScoreLower l = BUDGET_SCORE_LOWER_RATIO;
    BudgetError err;
    char buf[32];

    CU_ASSERT_STRING_EQUAL(budget_score_config_get_name(NULL), "national");
    CU_ASSERT_STRING_EQUAL(budget_score_config_get_source(NULL), "财预〔2020〕10号");
    CU_ASSERT_TRUE(budget_score_config_set_name(c, "县级", NULL, &err));
    CU_ASSERT_STRING_EQUAL(budget_score_config_get_name(c), "县级");
    CU_ASSERT_STRING_EQUAL(budget_score_config_get_source(c), "");
    CU_ASSERT_FALSE(budget_score_config_set_name(c, "", NULL, &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "name");
    CU_ASSERT_FALSE(budget_score_config_set_name(c, "\xff", NULL, &err));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_score_config_set_name(c, NULL, NULL, &err)));
    CU_ASSERT_FALSE(budget_score_config_set_decimals(c, -2, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);

    CU_ASSERT_STRING_EQUAL(budget_score_blank_to_string(BUDGET_SCORE_BLANK_EXCLUDE), "exclude");
    CU_ASSERT_TRUE(budget_score_blank_from_string("FULL", &b));
    CU_ASSERT_EQUAL(b, BUDGET_SCORE_BLANK_FULL);
    CU_ASSERT_FALSE(budget_score_blank_from_string("half", &b));
    CU_ASSERT_STRING_EQUAL(budget_score_lower_to_string(BUDGET_SCORE_LOWER_LINEAR), "linear");
    CU_ASSERT_TRUE(budget_score_lower_from_string("linear", &l));
    CU_ASSERT_EQUAL(l, BUDGET_SCORE_LOWER_LINEAR);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_score_blank_to_string((BudgetScoreBlank)BUDGET_SCORE_BLANK_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_score_lower_to_string((BudgetScoreLower)BUDGET_SCORE_LOWER_N)));
    EXPECT_CRITICAL(budget_score_config_set_blank_actual(c, (BudgetScoreBlank)7));
    EXPECT_CRITICAL(budget_score_config_set_lower_rule(c, (BudgetScoreLower)7));

    /* decimals: 8.62 → "9" whole, "8.6" with one, "8.62" with -1 (2 decimals) */
    CU_ASSERT_EQUAL(budget_score_format_decimals(8620000, 0, buf, sizeof buf), 1);
    CU_ASSERT_STRING_EQUAL(buf, "9");
    budget_score_format_decimals(8620000, 1, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "8.6");
    budget_score_format_decimals(8625000, -1, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "8.63"); /* half away from zero */
    budget_score_format_decimals(-2500000, 0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "-3");
    budget_score_format_decimals(1, 6, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "0.000001");
    budget_score_config_free(c);
}

/* ---- Scorecards --------------------------------------------------------- */

typedef struct {
    const char *level1, *level3, *target, *weight, *actual;
} Row;

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
    for (size_t i = 0; i < n; i++) {
        BudgetIndicator *ind = budget_indicator_new("P", &err);
        CU_ASSERT_PTR_NOT_NULL_FATAL(ind);
        budget_indicator_set_level1(ind, rows[i].level1);
        budget_indicator_set_level3(ind, rows[i].level3);
        budget_indicator_set_target(ind, rows[i].target);
        CU_ASSERT_TRUE_FATAL(budget_indicator_set_weight(ind, rows[i].weight, &err));
        budget_indicator_set_actual(ind, rows[i].actual);
        CU_ASSERT_TRUE_FATAL(budget_book_add_indicator(book, ind, &err));
        budget_indicator_unref(ind);
    }
    ledger = budget_ledger_new(book, 20241231, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    if (executed != 0)
        CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240630, "P", executed, BUDGET_SOURCE_FISCAL, &err));
    budget_book_unref(book);
    return ledger;
}

/* The 中江县 rows (tests/data/forms/sichuan-zhongjiang): actuals copied with
 * their comparator, a blank row, whole points. Budget 20万元, executed
 * 172400.00 (86.2 %). */
static const Row card_rows[] = {
    {"产出指标", "安装坡面水标尺", "≥266米", "20", "≥266米"},
    {"产出指标", "水标尺宽度", "≥50厘米", "20", "45厘米"},
    {"产出指标", "项目计划总投资", "20万元", "10", ""},
    {"效益指标", "群众生产生活条件改善状况", "显著提升", "30", "部分达成预期指标"},
    {"满意度指标", "受益户满意度", "≥95%", "10", "不适用"},
};

static void test_profile_scorecard(void)
{
    BudgetLedger *ledger = make_project(20000000, 17240000, card_rows, G_N_ELEMENTS(card_rows));
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetScorecard *card;
    BudgetError err;
    const char *t = NULL, *a = NULL;
    int64_t total = 0, weight, score;

    CU_ASSERT_TRUE(budget_score_config_set_decimals(c, 0, &err));
    CU_ASSERT_TRUE(budget_score_config_set_name(c, "whole", "test", &err));
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(card);
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_profile(card), "whole");
    CU_ASSERT_EQUAL(budget_scorecard_get_decimals(card), 0);
    /* execution 10 × 86.2 % = 8.62 → 9 (whole points) */
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, &score, NULL));
    CU_ASSERT_EQUAL(score, 9 * P);
    /* row 0: read as 266 with a warning; met, full 20 */
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_rule(card, 0), "met");
    CU_ASSERT_TRUE(budget_scorecard_get_indicator_reading(card, 0, &t, &a));
    CU_ASSERT_STRING_EQUAL(t, "≥ 266米");
    CU_ASSERT_STRING_EQUAL(a, "266米");
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_warning(card, 0),
                           "warning: actual '≥266米' is written with the comparator '≥': read as its number");
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_deduction(card, 0), "");
    /* row 1: 20 × 45 ÷ 50 = 18 */
    CU_ASSERT_TRUE(budget_scorecard_get_indicator_score(card, 1, &weight, &score, NULL));
    CU_ASSERT_EQUAL(score, 18 * P);
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_rule(card, 1), "proportional");
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_deduction(card, 1),
                           "actual 45厘米 against target ≥ 50厘米: rule proportional gives 18 of 20 points");
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_warning(card, 1), "");
    /* row 2: blank → 0, counted */
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_rule(card, 2), "blank_zero");
    CU_ASSERT_EQUAL(budget_scorecard_get_n_blank_zero(card), 1);
    /* row 3: partly → 30 × 70 % = 21 */
    CU_ASSERT_TRUE(budget_scorecard_get_indicator_score(card, 3, NULL, &score, NULL));
    CU_ASSERT_EQUAL(score, 21 * P);
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_rule(card, 3), "qualitative_partly");
    CU_ASSERT_TRUE(budget_scorecard_get_indicator_reading(card, 3, &t, &a));
    CU_ASSERT_STRING_EQUAL(a, "word: partly met");
    /* row 4: 不适用 → dropped: available 10 + 20 + 20 + 10 + 30 = 90;
     * total (9 + 20 + 18 + 0 + 21) × 100 ÷ 90 = 75.56 → 76 */
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_rule(card, 4), "not_applicable");
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 76 * P);
    budget_scorecard_free(card);

    /* blank full: row 2 gets its 10; (9 + 20 + 18 + 10 + 21) × 100 ÷ 90 = 86.67 → 87 */
    budget_score_config_set_blank_actual(c, BUDGET_SCORE_BLANK_FULL);
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(card);
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_rule(card, 2), "blank_full");
    CU_ASSERT_EQUAL(budget_scorecard_get_n_blank_zero(card), 0);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 87 * P);
    budget_scorecard_free(card);

    /* blank excluded: available 80; (9 + 20 + 18 + 21) × 100 ÷ 80 = 85 */
    budget_score_config_set_blank_actual(c, BUDGET_SCORE_BLANK_EXCLUDE);
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(card);
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_indicator_rule(card, 2), "blank_excluded");
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 85 * P);
    budget_scorecard_free(card);

    /* misuse */
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_scorecard_get_indicator_rule(NULL, 0)));
    card = budget_score_project(ledger, "P", NULL, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(card);
    CU_ASSERT_STRING_EQUAL(budget_scorecard_get_profile(card), "national");
    CU_ASSERT_EQUAL(budget_scorecard_get_decimals(card), -1);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_scorecard_get_indicator_deduction(card, 99)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_scorecard_get_indicator_warning(card, 99)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_scorecard_get_indicator_reading(card, 99, &t, &a)));
    budget_scorecard_free(card);
    budget_score_config_free(c);
    budget_ledger_unref(ledger);
}

/* The execution cap and an execution rule from a profile. */
static void test_profile_execution(void)
{
    static const Row rows[] = {{"产出指标", "数量", "≥1个", NULL, "1个"}};
    /* executed 110 % of the budget */
    BudgetLedger *ledger = make_project(100000, 110000, rows, 1);
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetScorecard *card;
    BudgetError err;
    int64_t score;

    /* capped (the default): 10 */
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, &score, NULL));
    CU_ASSERT_EQUAL(score, W);
    budget_scorecard_free(card);
    /* uncapped: 10 × 110 % = 11 */
    budget_score_config_set_execution_cap(c, false);
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, &score, NULL));
    CU_ASSERT_EQUAL(score, 11 * P);
    budget_scorecard_free(card);
    budget_ledger_unref(ledger);

    /* [score execution deduction]: 0.5 point per percentage point under 90 %,
     * in proportion: 86.2 % → 10 − 0.5 × 3.8 = 8.1 */
    ledger = make_project(20000000, 17240000, rows, 1);
    CU_ASSERT_TRUE(
        budget_score_config_load_data(c,
                                      "[score execution deduction]\ndirection = below\n"
                                      "threshold = 90%\nstep = 1%\npoints = 0.5\nwhole_steps = false\n",
                                      -1, &err));
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(card);
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, &score, NULL));
    CU_ASSERT_EQUAL(score, 8100000);
    budget_scorecard_free(card);
    /* [score execution step]: ≥ 90 % → 10, ≥ 80 % → 8: 86.2 % → 8 */
    CU_ASSERT_TRUE(
        budget_score_config_load_data(c, "[score execution step]\nbands = ≥90%:10; ≥80%:8\n", -1, &err));
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, &score, NULL));
    CU_ASSERT_EQUAL(score, 8 * P);
    budget_scorecard_free(card);
    budget_score_config_free(c);
    budget_ledger_unref(ledger);
}

/* The rounding of points (score_rounding): half up (四舍五入, the default)
 * or down, the fraction dropped as the 裕安区 and 临翔区 forms print it. */
static void test_profile_rounding(void)
{
    static const Row rows[] = {{"产出指标", "数量", "≥1个", "50", "1个"}};
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetScoreRounding r = BUDGET_SCORE_ROUNDING_HALF_UP;
    BudgetLedger *ledger;
    BudgetScorecard *card;
    BudgetError err;
    int64_t score, total;

    CU_ASSERT_EQUAL(budget_score_config_get_rounding(NULL), BUDGET_SCORE_ROUNDING_HALF_UP);
    CU_ASSERT_EQUAL(budget_score_config_get_rounding(c), BUDGET_SCORE_ROUNDING_HALF_UP);
    CU_ASSERT_STRING_EQUAL(budget_score_rounding_to_string(BUDGET_SCORE_ROUNDING_HALF_UP), "half_up");
    CU_ASSERT_STRING_EQUAL(budget_score_rounding_to_string(BUDGET_SCORE_ROUNDING_DOWN), "down");
    CU_ASSERT_TRUE(budget_score_rounding_from_string("DOWN", &r));
    CU_ASSERT_EQUAL(r, BUDGET_SCORE_ROUNDING_DOWN);
    CU_ASSERT_FALSE(budget_score_rounding_from_string("floor", &r));
    CU_ASSERT_EQUAL(r, BUDGET_SCORE_ROUNDING_DOWN); /* untouched */
    EXPECT_CRITICAL(
        CU_ASSERT_PTR_NULL(budget_score_rounding_to_string((BudgetScoreRounding)BUDGET_SCORE_ROUNDING_N)));
    EXPECT_CRITICAL(budget_score_config_set_rounding(c, (BudgetScoreRounding)7));
    CU_ASSERT_EQUAL(budget_score_config_get_rounding(c), BUDGET_SCORE_ROUNDING_HALF_UP);

    /* exact scores: the rounding has no effect; 6 × 95 ÷ 100 = 5.7 */
    budget_score_config_set_rounding(c, BUDGET_SCORE_ROUNDING_DOWN);
    CU_ASSERT_EQUAL(score_of(c, "100%", "95%", NULL, 6 * P), 5700000);
    /* whole points: 5.7 → 5 down (the 裕安区 验收通过率 row), → 6 half up */
    CU_ASSERT_TRUE(budget_score_config_set_decimals(c, 0, &err));
    CU_ASSERT_EQUAL(score_of(c, "100%", "95%", NULL, 6 * P), 5 * P);
    CU_ASSERT_EQUAL(score_of(c, "100%", "95%", NULL, 10 * P), 9 * P); /* 9.5 → 9 down */
    budget_score_config_set_rounding(c, BUDGET_SCORE_ROUNDING_HALF_UP);
    CU_ASSERT_EQUAL(score_of(c, "100%", "95%", NULL, 6 * P), 6 * P);
    CU_ASSERT_EQUAL(score_of(c, "100%", "95%", NULL, 10 * P), 10 * P); /* 9.5 → 10 half up */
    /* one decimal: 10 × 89 ÷ 90 = 9.888… → 9.9 half up, 9.8 down */
    CU_ASSERT_TRUE(budget_score_config_set_decimals(c, 1, &err));
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "89%", NULL, W), 9900000);
    budget_score_config_set_rounding(c, BUDGET_SCORE_ROUNDING_DOWN);
    CU_ASSERT_EQUAL(score_of(c, "≥90%", "89%", NULL, W), 9800000);
    budget_score_config_free(c);

    /* From a profile, on a scorecard: the 裕安区 execution, 27.8 of 29 万元
     * with 9 points: 9 × 278 ÷ 290 = 8.6276 → 8 down; one met row of 50.
     * The total: (8 + 50) × 100 ÷ 59 available = 98.305 → 98 down; half up
     * the execution is 9 and the total (9 + 50) × 100 ÷ 59 = 100. */
    ledger = make_project(29000000, 27800000, rows, 1);
    c = load("[score]\nexecution_points = 9\nscore_decimals = 0\nscore_rounding = down\n");
    CU_ASSERT_EQUAL(budget_score_config_get_rounding(c), BUDGET_SCORE_ROUNDING_DOWN);
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(card);
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, &score, NULL));
    CU_ASSERT_EQUAL(score, 8 * P);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 98 * P);
    budget_scorecard_free(card);
    CU_ASSERT_TRUE(budget_score_config_load_data(c, "[score]\nscore_rounding = half_up\n", -1, &err));
    card = budget_score_project(ledger, "P", c, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(card);
    CU_ASSERT_TRUE(budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, NULL, &score, NULL));
    CU_ASSERT_EQUAL(score, 9 * P);
    CU_ASSERT_TRUE(budget_scorecard_get_total(card, &total));
    CU_ASSERT_EQUAL(total, 100 * P);
    budget_scorecard_free(card);
    budget_score_config_free(c);
    budget_ledger_unref(ledger);
}

/* A percent given against a word target is the degree achieved (issue 11,
 * the 裕安区 成本 row "100%"): the score places it in the qualitative bands
 * by their edges and gives that band's share. */
static void test_profile_degree(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetError err;

    /* national edges 80 / 60, shares 100 / 70 / 0 of 10 points:
     * 100 % and 80 % achieved → 10; 79.99 % and 60 % partly → 7; 59 % not → 0 */
    CU_ASSERT_EQUAL(score_of(NULL, "本着节约的原则,控制在预算中。", "100%", NULL, 5 * P), 5 * P);
    CU_ASSERT_EQUAL(score_of(c, "有效", "80%", NULL, W), W);
    CU_ASSERT_EQUAL(score_of(c, "有效", "79.99%", NULL, W), 7 * P);
    CU_ASSERT_EQUAL(score_of(c, "有效", "60%", NULL, W), 7 * P);
    CU_ASSERT_EQUAL(score_of(c, "有效", "59%", NULL, W), 0);
    /* the edges of the bands-50 profile (80 / 50): 55 % is partly → 7 */
    CU_ASSERT_TRUE(budget_score_config_load_data(c, "[score]\nqualitative_edges = 80, 50\n", -1, &err));
    CU_ASSERT_EQUAL(score_of(c, "有效", "55%", NULL, W), 7 * P);
    CU_ASSERT_EQUAL(score_of(c, "有效", "49%", NULL, W), 0);
    budget_score_config_free(c);
}

static CU_TestInfo profile_tests[] = {
    {"every key of [score]", test_profile_every_key},
    {"step and deduction rules", test_profile_rules},
    {"errors with line and key", test_profile_errors},
    {"shipped profiles", test_profile_shipped},
    {"setters and names", test_profile_setters},
    {"scorecard readings, rules, blanks", test_profile_scorecard},
    {"execution cap and rules", test_profile_execution},
    {"rounding half up or down", test_profile_rounding},
    {"a percent against a word target", test_profile_degree},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"score-profile", test_criticals_init, test_criticals_cleanup, NULL, NULL, profile_tests},
    CU_SUITE_INFO_NULL,
};
