/* CUnit suite for indicator: typed fields, levels, weight, extras, copies. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

static void test_indicator_new_and_defaults(void)
{
    BudgetError err;
    BudgetIndicator *ind = budget_indicator_new("P001", &err);
    BudgetIndicatorLevel level = BUDGET_INDICATOR_LEVEL_N;
    int64_t w = 7;

    CU_ASSERT_PTR_NOT_NULL_FATAL(ind);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_code(ind), "P001");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level1(ind), "");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level2(ind), "");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level3(ind), "");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_description(ind), "");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(ind), "");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_basis(ind), "");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_actual(ind), "");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "");
    /* No weight and no level: not given, and the out-values are untouched. */
    CU_ASSERT_FALSE(budget_indicator_get_weight(ind, &w));
    CU_ASSERT_EQUAL(w, 7);
    CU_ASSERT_FALSE(budget_indicator_get_level(ind, &level));
    CU_ASSERT_EQUAL(level, BUDGET_INDICATOR_LEVEL_N);
    CU_ASSERT_EQUAL(budget_indicator_get_n_extras(ind), 0);
    CU_ASSERT_PTR_EQUAL(budget_indicator_ref(ind), ind);
    budget_indicator_unref(ind);
    budget_indicator_unref(ind);
    budget_indicator_unref(NULL);

    CU_ASSERT_PTR_NULL(budget_indicator_new("", &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "code");
    CU_ASSERT_PTR_NULL(budget_indicator_new("\xff\xfe", &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "code");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_indicator_new(NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
}

static void test_indicator_texts(void)
{
    BudgetIndicator *ind = budget_indicator_new("P", NULL);

    budget_indicator_set_level1(ind, "产出指标");
    budget_indicator_set_level2(ind, "数量指标");
    budget_indicator_set_level3(ind, "监测站数量");
    budget_indicator_set_description(ind, "运行维护监测站数量");
    budget_indicator_set_target(ind, "=5个");
    budget_indicator_set_basis(ind, "计划标准");
    budget_indicator_set_actual(ind, "5个");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level1(ind), "产出指标");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level2(ind), "数量指标");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level3(ind), "监测站数量");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_description(ind), "运行维护监测站数量");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(ind), "=5个");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_basis(ind), "计划标准");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_actual(ind), "5个");
    /* NULL is "" */
    budget_indicator_set_actual(ind, NULL);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_actual(ind), "");
    /* Misuse: a critical, then "" or nothing. */
    EXPECT_CRITICAL(CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(NULL), ""));
    EXPECT_CRITICAL(budget_indicator_set_target(NULL, "x"));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_indicator_get_code(NULL)));
    budget_indicator_unref(ind);
}

static void test_indicator_levels(void)
{
    static const struct {
        const char *text;
        BudgetIndicatorLevel level;
    } cases[] = {
        {"产出指标", BUDGET_INDICATOR_LEVEL_OUTPUT},
        {"效益指标", BUDGET_INDICATOR_LEVEL_OUTCOME},
        {"效果指标", BUDGET_INDICATOR_LEVEL_OUTCOME},
        {"满意度指标", BUDGET_INDICATOR_LEVEL_SATISFACTION},
        {"成本指标", BUDGET_INDICATOR_LEVEL_COST},
        {"成本效益", BUDGET_INDICATOR_LEVEL_COST}, /* 成本 is looked for first */
        {"Output", BUDGET_INDICATOR_LEVEL_OUTPUT},
        {"OUTCOME", BUDGET_INDICATOR_LEVEL_OUTCOME},
        {"benefit", BUDGET_INDICATOR_LEVEL_OUTCOME},
        {"satisfaction", BUDGET_INDICATOR_LEVEL_SATISFACTION},
        {"cost", BUDGET_INDICATOR_LEVEL_COST},
    };
    BudgetIndicatorLevel level;
    BudgetIndicator *ind = budget_indicator_new("P", NULL);

    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        level = BUDGET_INDICATOR_LEVEL_N;
        CU_ASSERT_TRUE(budget_indicator_level_from_string(cases[i].text, &level));
        CU_ASSERT_EQUAL(level, cases[i].level);
        budget_indicator_set_level1(ind, cases[i].text);
        level = BUDGET_INDICATOR_LEVEL_N;
        CU_ASSERT_TRUE(budget_indicator_get_level(ind, &level));
        CU_ASSERT_EQUAL(level, cases[i].level);
    }
    /* Every name _to_string gives reads back. */
    for (int l = 0; l < BUDGET_INDICATOR_LEVEL_N; l++) {
        CU_ASSERT_TRUE(budget_indicator_level_from_string(
            budget_indicator_level_to_string((BudgetIndicatorLevel)l), &level));
        CU_ASSERT_EQUAL(level, l);
    }
    CU_ASSERT_STRING_EQUAL(budget_indicator_level_to_string(BUDGET_INDICATOR_LEVEL_COST), "cost");
    level = BUDGET_INDICATOR_LEVEL_OUTPUT;
    CU_ASSERT_FALSE(budget_indicator_level_from_string("其他", &level));
    CU_ASSERT_FALSE(budget_indicator_level_from_string("", NULL));
    CU_ASSERT_EQUAL(level, BUDGET_INDICATOR_LEVEL_OUTPUT); /* untouched */
    budget_indicator_set_level1(ind, "其他");
    CU_ASSERT_FALSE(budget_indicator_get_level(ind, NULL));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_indicator_level_from_string(NULL, &level)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_indicator_level_to_string(BUDGET_INDICATOR_LEVEL_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_indicator_level_to_string((BudgetIndicatorLevel)-1)));
    budget_indicator_unref(ind);
}

static void test_indicator_weight(void)
{
    BudgetIndicator *ind = budget_indicator_new("P", NULL);
    BudgetError err;
    int64_t w = 0;

    /* "2.5" points = 2,500,000 micro-points, text kept as written */
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, "2.5", &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_TRUE(budget_indicator_get_weight(ind, &w));
    CU_ASSERT_EQUAL(w, 2500000);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "2.5");
    /* "10分" = 10 points */
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, "10分", &err));
    CU_ASSERT_TRUE(budget_indicator_get_weight(ind, &w));
    CU_ASSERT_EQUAL(w, 10 * BUDGET_SCORE_POINT);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "10分");
    /* Refused: the weight stays 10分. */
    CU_ASSERT_FALSE(budget_indicator_set_weight(ind, "ten", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "weight");
    CU_ASSERT_FALSE(budget_indicator_set_weight(ind, "120", &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "weight");
    CU_ASSERT_TRUE(budget_indicator_get_weight(ind, &w));
    CU_ASSERT_EQUAL(w, 10 * BUDGET_SCORE_POINT);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "10分");
    /* "0" is a weight of 0 points, given; blank and NULL are none. */
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, "0", &err));
    CU_ASSERT_TRUE(budget_indicator_get_weight(ind, &w));
    CU_ASSERT_EQUAL(w, 0);
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, "", &err));
    CU_ASSERT_FALSE(budget_indicator_get_weight(ind, NULL));
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, "5", &err));
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, NULL, &err));
    CU_ASSERT_FALSE(budget_indicator_get_weight(ind, NULL));
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "");

    /* From micro-points: the shortest exact decimal. */
    CU_ASSERT_TRUE(budget_indicator_set_weight_points(ind, 2500000, &err));
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "2.5");
    CU_ASSERT_TRUE(budget_indicator_set_weight_points(ind, 10 * BUDGET_SCORE_POINT, &err));
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "10");
    CU_ASSERT_TRUE(budget_indicator_set_weight_points(ind, 1, &err)); /* 1 micro-point = 0.000001 */
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "0.000001");
    CU_ASSERT_TRUE(budget_indicator_set_weight_points(ind, 100 * BUDGET_SCORE_POINT, &err));
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "100");
    CU_ASSERT_TRUE(budget_indicator_get_weight(ind, &w));
    CU_ASSERT_EQUAL(w, 100 * BUDGET_SCORE_POINT);
    /* 0 .. 100 points only; refused leaves 100. */
    CU_ASSERT_FALSE(budget_indicator_set_weight_points(ind, 100 * BUDGET_SCORE_POINT + 1, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "weight");
    CU_ASSERT_FALSE(budget_indicator_set_weight_points(ind, -1, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "weight");
    CU_ASSERT_FALSE(budget_indicator_set_weight_points(ind, INT64_MIN, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "weight");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(ind), "100");
    /* The text written reads back to the same points. */
    CU_ASSERT_TRUE(budget_indicator_set_weight_points(ind, 33333333, &err)); /* 33.333333 */
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, "33.333333", &err));
    CU_ASSERT_TRUE(budget_indicator_get_weight(ind, &w));
    CU_ASSERT_EQUAL(w, 33333333);

    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_indicator_set_weight(NULL, "1", &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_indicator_set_weight_points(NULL, 1, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_indicator_get_weight(NULL, &w)));
    budget_indicator_unref(ind);
}

static void test_indicator_extras(void)
{
    BudgetIndicator *ind = budget_indicator_new("P", NULL);
    const char *value = "unset";

    budget_indicator_set_extra(ind, "偏差原因", "无");
    budget_indicator_set_extra(ind, "备注", "a");
    budget_indicator_set_extra(ind, "偏差原因", "有"); /* replaced in place */
    CU_ASSERT_EQUAL(budget_indicator_get_n_extras(ind), 2);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_extra_nth(ind, 0, &value), "偏差原因");
    CU_ASSERT_STRING_EQUAL(value, "有");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_extra_nth(ind, 1, NULL), "备注");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_extra(ind, "备注"), "a");
    CU_ASSERT_PTR_NULL(budget_indicator_get_extra(ind, "其他"));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_indicator_get_extra_nth(ind, 2, &value)));
    CU_ASSERT_PTR_NULL(value);
    budget_indicator_set_extra(ind, "偏差原因", NULL); /* removed */
    CU_ASSERT_EQUAL(budget_indicator_get_n_extras(ind), 1);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_extra_nth(ind, 0, NULL), "备注");
    /* A column the library interprets has its own setter. */
    EXPECT_CRITICAL(budget_indicator_set_extra(ind, "Target", "x"));
    EXPECT_CRITICAL(budget_indicator_set_extra(ind, "code", "x"));
    EXPECT_CRITICAL(budget_indicator_set_extra(ind, "", "x"));
    CU_ASSERT_EQUAL(budget_indicator_get_n_extras(ind), 1);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(ind), "");
    budget_indicator_unref(ind);
}

static void test_indicator_copy(void)
{
    BudgetIndicator *ind = budget_indicator_new("P", NULL), *copy;
    int64_t w = 0;

    budget_indicator_set_level1(ind, "效益指标");
    budget_indicator_set_level3(ind, "空气质量");
    budget_indicator_set_target(ind, "≥80%");
    budget_indicator_set_actual(ind, "85%");
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, "12.5", NULL));
    budget_indicator_set_extra(ind, "备注", "b");
    copy = budget_indicator_copy(ind);
    CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
    CU_ASSERT_PTR_NOT_EQUAL(copy, ind);
    /* Changing the original leaves the copy as it was. */
    budget_indicator_set_target(ind, "≥90%");
    budget_indicator_set_extra(ind, "备注", "c");
    CU_ASSERT_TRUE(budget_indicator_set_weight(ind, NULL, NULL));
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_code(copy), "P");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level1(copy), "效益指标");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level3(copy), "空气质量");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(copy), "≥80%");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_actual(copy), "85%");
    CU_ASSERT_TRUE(budget_indicator_get_weight(copy, &w));
    CU_ASSERT_EQUAL(w, 12500000); /* 12.5 points */
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_weight_text(copy), "12.5");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_extra(copy, "备注"), "b");
    budget_indicator_unref(copy);
    budget_indicator_unref(ind);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_indicator_copy(NULL)));
}

static CU_TestInfo indicator_tests[] = {
    {"new, defaults, invalid codes", test_indicator_new_and_defaults},
    {"text fields", test_indicator_texts},
    {"levels from level1", test_indicator_levels},
    {"weight: text and points", test_indicator_weight},
    {"extra columns", test_indicator_extras},
    {"copy is independent", test_indicator_copy},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"indicator", test_criticals_init, test_criticals_cleanup, NULL, NULL, indicator_tests},
    CU_SUITE_INFO_NULL,
};
