/* CUnit suite for target: parsing indicator targets (指标值) and evaluating them.
 * Values are micro-units (95 % = 95000000 micro-percent, 12 个 = 12000000) except
 * money, which is fen (12000 元 = 1200000). Ratios are basis points (10000 = 100 %). */
#include <string.h>

#include <glib.h>

#include <stdint.h>

#include "test-util.h"
#include "text-number-private.h"

#define M(x) ((int64_t)(x)*INT64_C(1000000))

#define K_UNP BUDGET_TARGET_UNPARSED
#define K_NUM BUDGET_TARGET_NUMBER
#define K_RNG BUDGET_TARGET_RANGE
#define K_DL BUDGET_TARGET_DEADLINE
#define K_QL BUDGET_TARGET_QUALITATIVE
#define K_TR BUDGET_TARGET_TIERS

#define C_NO BUDGET_TARGET_CMP_NONE
#define C_EQ BUDGET_TARGET_CMP_EQ
#define C_GE BUDGET_TARGET_CMP_GE
#define C_GT BUDGET_TARGET_CMP_GT
#define C_LE BUDGET_TARGET_CMP_LE
#define C_LT BUDGET_TARGET_CMP_LT

#define U_NO BUDGET_TARGET_UNIT_NONE
#define U_PCT BUDGET_TARGET_UNIT_PERCENT
#define U_CNT BUDGET_TARGET_UNIT_COUNT
#define U_MON BUDGET_TARGET_UNIT_MONEY

/* What a text must parse to. For ranges value is the lower and high the
 * upper bound; for deadlines value is the date; for qualitative targets
 * extra is the keyword; for unparsed ones extra is the reason; for tiers
 * value is the number of bands. label NULL means "no label". */
typedef struct {
    const char *text;
    const char *source;
    BudgetTargetKind kind;
    BudgetTargetComparator cmp;
    bool implied;
    int64_t value;
    int64_t high;
    BudgetTargetUnitClass unit_class;
    const char *unit;
    const char *label;
    const char *extra;
} ParseCase;

static void check_parse(const ParseCase *c, int year)
{
    BudgetError err;
    BudgetTarget *t = budget_target_parse(c->text, -1, year, &err);
    int64_t v = -1, lo = -1, hi = -1;
    BudgetDate d = 0;
    const char *label, *extra;

    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_OK);
    CU_ASSERT_STRING_EQUAL(budget_target_get_text(t), c->text);
    if (budget_target_get_kind(t) != c->kind)
        fprintf(stderr, "\n  '%s' (%s): kind %d, expected %d (reason %s)\n", c->text, c->source,
                budget_target_get_kind(t), c->kind,
                budget_target_get_reason(t) ? budget_target_get_reason(t) : "-");
    CU_ASSERT_EQUAL(budget_target_get_kind(t), c->kind);
    CU_ASSERT_EQUAL(budget_target_get_comparator(t), c->cmp);
    CU_ASSERT_EQUAL(budget_target_comparator_is_implied(t), c->implied);
    CU_ASSERT_EQUAL(budget_target_get_unit_class(t), c->unit_class);
    CU_ASSERT_STRING_EQUAL(budget_target_get_unit(t), c->unit);
    label = budget_target_get_label(t);
    if (c->label == NULL) {
        CU_ASSERT_PTR_NULL(label);
    } else if (label == NULL) {
        CU_FAIL("label expected");
    } else {
        CU_ASSERT_STRING_EQUAL(label, c->label);
    }
    switch (c->kind) {
    case BUDGET_TARGET_NUMBER:
        CU_ASSERT_TRUE(budget_target_get_value(t, &v));
        CU_ASSERT_EQUAL(v, c->value);
        CU_ASSERT_FALSE(budget_target_get_range(t, &lo, &hi));
        break;
    case BUDGET_TARGET_RANGE:
        CU_ASSERT_TRUE(budget_target_get_range(t, &lo, &hi));
        CU_ASSERT_EQUAL(lo, c->value);
        CU_ASSERT_EQUAL(hi, c->high);
        CU_ASSERT_FALSE(budget_target_get_value(t, &v));
        break;
    case BUDGET_TARGET_DEADLINE:
        CU_ASSERT_TRUE(budget_target_get_deadline(t, &d));
        CU_ASSERT_EQUAL(d, c->value);
        CU_ASSERT_FALSE(budget_target_get_value(t, &v));
        break;
    case BUDGET_TARGET_TIERS:
        CU_ASSERT_EQUAL(budget_target_get_n_tiers(t), (size_t)c->value);
        break;
    default:
        CU_ASSERT_FALSE(budget_target_get_value(t, &v));
        CU_ASSERT_FALSE(budget_target_get_deadline(t, &d));
        CU_ASSERT_EQUAL(budget_target_get_n_tiers(t), 0);
        break;
    }
    extra = c->kind == BUDGET_TARGET_UNPARSED ? budget_target_get_reason(t) : budget_target_get_keyword(t);
    if (c->kind == BUDGET_TARGET_QUALITATIVE || c->kind == BUDGET_TARGET_UNPARSED) {
        if (c->extra == NULL) {
            CU_ASSERT_PTR_NULL(extra);
        } else if (extra == NULL) {
            CU_FAIL("keyword or reason expected");
        } else {
            CU_ASSERT_STRING_EQUAL(extra, c->extra);
        }
    } else {
        CU_ASSERT_PTR_NULL(budget_target_get_reason(t));
        CU_ASSERT_PTR_NULL(budget_target_get_keyword(t));
    }
    /* a code exactly when unparsed */
    CU_ASSERT_EQUAL(budget_target_get_reason_code(t) != BUDGET_TARGET_REASON_NONE,
                    c->kind == BUDGET_TARGET_UNPARSED);
    budget_target_unref(t);
}

/* Every distinct 指标值 of the two seed files (../shared/seeds), with the
 * line of its first occurrence. Extracted with a script: in the indicator
 * tables (rows after the header "一级 | 二级指标 | 三级指标 | 绩效指标描述 |
 * 指标值 | 指标值确定依据") the fifth tab-indented cell of each row. */
static const ParseCase seed_cases[] = {
    /* 000_ee34ae722ba5d322.txt (2024 部门整体/项目绩效目标) */
    {"=100%", "000:107", K_NUM, C_EQ, false, M(100), 0, U_PCT, "%", NULL, NULL},
    {"2024年12月31日", "000:121", K_DL, C_NO, false, 20241231, 0, U_NO, "", NULL, NULL},
    {"≥95%", "000:128", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
    {"保障工作开展", "000:136", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "保障"},
    {"≥90%", "000:143", K_NUM, C_GE, false, M(90), 0, U_PCT, "%", NULL, NULL},
    /* no comparator: at least (DESIGN.md), flagged implied */
    {"100%", "000:405", K_NUM, C_GE, true, M(100), 0, U_PCT, "%", NULL, NULL},
    /* 003_625616916719a6fa.txt (秦皇岛 专项资金绩效目标表) */
    {"符合要求", "003:96", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "符合要求"},
    {"通过评审", "003:103", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "通过评审"},
    {"按时完成", "003:110", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "按时完成"},
    {"按时完成监测任务，出具监测数据等", "003:232", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "按时完成"},
    {"保证遥感检测工作的顺利开展", "003:239", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "顺利开展"},
    {"降低或减少环境灾害", "003:246", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, NULL},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "003:300", K_TR, C_NO, false, 4, 0, U_PCT, "%",
     NULL, NULL},
    {"乡镇空气质量排名，每月出具空气质量月报，12期为优，11期为良，10期为中，少于10期为差", "003:307", K_TR,
     C_NO, false, 4, 0, U_CNT, "期", "乡镇空气质量排名，每月出具空气质量月报", NULL},
    {"环境监测数据及时准确", "003:314", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "及时准确"},
    {"全市重点涉气企业接入平台", "003:368", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, NULL},
    /* a number glued to text: implied ≥ 1, no unit ("套" is in the words), the rest is the label */
    {"1建成一套平台", "003:375", K_NUM, C_GE, true, M(1), 0, U_NO, "", "建成一套平台", NULL},
    {"企业污染防治设施正常运行", "003:382", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "正常运行"},
    {"通过组织企业安装终端设施，实现对企业污染防治设施的全天候监管，督促企业守法运行", "003:389", K_QL, C_NO,
     false, 0, 0, U_NO, "", NULL, NULL},
    {"按期完成", "003:443", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "按期完成"},
    {"通过验收和上级部门评估。", "003:450", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "通过验收"},
    {"满足工作需要", "003:457", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "满足工作需要"},
    {"按要求完成", "003:511", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "按要求完成"},
    {"按期完成采购任务，提升监测水平", "003:668", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "按期完成"},
    {"仪器设备到位并安装、调试、培训、验收，正常使用", "003:675", K_QL, C_NO, false, 0, 0, U_NO, "", NULL,
     "正常使用"},
    /* ≥ 90 with no unit; the glued text is the label */
    {"≥90出除率达标", "003:736", K_NUM, C_GE, false, M(90), 0, U_NO, "", "出除率达标", NULL},
    {"≥90应急响应达标", "003:743", K_NUM, C_GE, false, M(90), 0, U_NO, "", "应急响应达标", NULL},
    {"满足工作要求。", "003:750", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "满足工作要求"},
};

static void test_target_seeds(void)
{
    for (size_t i = 0; i < G_N_ELEMENTS(seed_cases); i++)
        check_parse(&seed_cases[i], 0);
}

/* Every target shape ../shared/datagen/budget-datagen writes (indicator_target()). */
static const ParseCase datagen_cases[] = {
    {"=17个", "count_sites", K_NUM, C_EQ, false, M(17), 0, U_CNT, "个", NULL, NULL},
    {"≥55台", "count_units", K_NUM, C_GE, false, M(55), 0, U_CNT, "台", NULL, NULL},
    {"≥365次", "count_times", K_NUM, C_GE, false, M(365), 0, U_CNT, "次", NULL, NULL},
    {"≥90%", "ge90", K_NUM, C_GE, false, M(90), 0, U_PCT, "%", NULL, NULL},
    {"≥95%", "ge95", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
    {"≥85%", "ge85", K_NUM, C_GE, false, M(85), 0, U_PCT, "%", NULL, NULL},
    {"≥70%", "ge70", K_NUM, C_GE, false, M(70), 0, U_PCT, "%", NULL, NULL},
    {"=100%", "eq100", K_NUM, C_EQ, false, M(100), 0, U_PCT, "%", NULL, NULL},
    {"≤20%", "le20", K_NUM, C_LE, false, M(20), 0, U_PCT, "%", NULL, NULL},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "grade", K_TR, C_NO, false, 4, 0, U_PCT, "%",
     NULL, NULL},
    {"2025年12月31日", "date", K_DL, C_NO, false, 20251231, 0, U_NO, "", NULL, NULL},
    {"按期完成", "ontime", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "按期完成"},
    {"符合要求", "meets", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "符合要求"},
    {"持续提升", "sustain", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, "持续提升"},
    /* money is fen: 12000 元 = 1200000 fen; the per part stays in the unit */
    {"≤12000元/站", "cost", K_NUM, C_LE, false, 1200000, 0, U_MON, "元/站", NULL, NULL},
};

static void test_target_datagen(void)
{
    for (size_t i = 0; i < G_N_ELEMENTS(datagen_cases); i++)
        check_parse(&datagen_cases[i], 0);
}

static const ParseCase comparator_cases[] = {
    {">=95%", "ascii", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
    {"＞＝95％", "full-width", K_NUM, C_GE, false, M(95), 0, U_PCT, "％", NULL, NULL},
    {"≧95%", "≧", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
    {"<=20%", "ascii", K_NUM, C_LE, false, M(20), 0, U_PCT, "%", NULL, NULL},
    {"≤20%", "math", K_NUM, C_LE, false, M(20), 0, U_PCT, "%", NULL, NULL},
    {"＜5次", "full-width <", K_NUM, C_LT, false, M(5), 0, U_CNT, "次", NULL, NULL},
    {"<5次", "ascii <", K_NUM, C_LT, false, M(5), 0, U_CNT, "次", NULL, NULL},
    {"＞3个", "full-width >", K_NUM, C_GT, false, M(3), 0, U_CNT, "个", NULL, NULL},
    {"＝100％", "full-width =", K_NUM, C_EQ, false, M(100), 0, U_PCT, "％", NULL, NULL},
    {"≥90百分比", "百分比", K_NUM, C_GE, false, M(90), 0, U_PCT, "百分比", NULL, NULL},
    {"≥ 95 %", "spaces", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
    {"≥９５．５％", "full-width digits", K_NUM, C_GE, false, 95500000, 0, U_PCT, "％", NULL, NULL},
    {"≥99.999999%", "6 decimals", K_NUM, C_GE, false, 99999999, 0, U_PCT, "%", NULL, NULL},
    {"≥1,000次", "thousands", K_NUM, C_GE, false, M(1000), 0, U_CNT, "次", NULL, NULL},
    {"≥-5%", "negative", K_NUM, C_GE, false, M(-5), 0, U_PCT, "%", NULL, NULL},
    {"不低于95%", "word ≥", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
    {"设备完好率不低于95%", "label + word", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", "设备完好率", NULL},
    {"不超过5次", "word ≤", K_NUM, C_LE, false, M(5), 0, U_CNT, "次", NULL, NULL},
    {"低于5%", "word <", K_NUM, C_LT, false, M(5), 0, U_PCT, "%", NULL, NULL},
    {"大于3家", "word >", K_NUM, C_GT, false, M(3), 0, U_CNT, "家", NULL, NULL},
    {"95%以上", "以上 = ≥", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
    {"≥95%以上", "agreeing", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
    {"5%以下", "以下 = ≤", K_NUM, C_LE, false, M(5), 0, U_PCT, "%", NULL, NULL},
    {"3天内完成", "内 = ≤", K_NUM, C_LE, false, M(3), 0, U_CNT, "天", "完成", NULL},
    {"≤3个月", "个月", K_NUM, C_LE, false, M(3), 0, U_CNT, "个月", NULL, NULL},
    {"≥4次/年", "per part", K_NUM, C_GE, false, M(4), 0, U_CNT, "次/年", NULL, NULL},
    /* 1.5 万元 = 15000 元 = 1500000 fen */
    {"≥1.5万元", "万元", K_NUM, C_GE, false, 1500000, 0, U_MON, "万元", NULL, NULL},
    {"建成1套平台", "DESIGN.md", K_NUM, C_GE, true, M(1), 0, U_CNT, "套", "建成平台", NULL},
    {"12", "bare", K_NUM, C_GE, true, M(12), 0, U_NO, "", NULL, NULL},
    /* ".5" is a number, the point is not stripped as punctuation */
    {".5%", "leading point", K_NUM, C_GE, true, 500000, 0, U_PCT, "%", NULL, NULL},
    {"≥95%。", "final 。", K_NUM, C_GE, false, M(95), 0, U_PCT, "%", NULL, NULL},
};

static void test_target_comparators(void)
{
    double dv = 0;
    BudgetTarget *t;

    for (size_t i = 0; i < G_N_ELEMENTS(comparator_cases); i++)
        check_parse(&comparator_cases[i], 0);

    /* direction follows the comparator */
    t = budget_target_parse("≥95%", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_HIGHER);
    CU_ASSERT_TRUE(budget_target_get_value_double(t, &dv));
    CU_ASSERT_DOUBLE_EQUAL(dv, 95.0, 1e-9);
    budget_target_unref(t);
    t = budget_target_parse(">3个", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_HIGHER);
    budget_target_unref(t);
    t = budget_target_parse("<=20%", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_LOWER);
    budget_target_unref(t);
    t = budget_target_parse("＜5次", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_LOWER);
    budget_target_unref(t);
    t = budget_target_parse("=12个", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_EXACT);
    budget_target_unref(t);
    /* money display in yuan: 1.5万元 → 15000 */
    t = budget_target_parse("≥1.5万元", -1, 0, NULL);
    CU_ASSERT_TRUE(budget_target_get_value_double(t, &dv));
    CU_ASSERT_DOUBLE_EQUAL(dv, 15000.0, 1e-9);
    budget_target_unref(t);
    t = budget_target_parse("按期完成", -1, 0, NULL);
    CU_ASSERT_FALSE(budget_target_get_value_double(t, &dv));
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_NONE);
    budget_target_unref(t);
}

static const ParseCase range_cases[] = {
    {"80%-90%", "dash", K_RNG, C_NO, false, M(80), M(90), U_PCT, "%", NULL, NULL},
    {"80～90%", "full-width tilde, unit once", K_RNG, C_NO, false, M(80), M(90), U_PCT, "%", NULL, NULL},
    {"80%~90", "unit on the first", K_RNG, C_NO, false, M(80), M(90), U_PCT, "%", NULL, NULL},
    {"[80,90]", "brackets", K_RNG, C_NO, false, M(80), M(90), U_NO, "", NULL, NULL},
    {"［80，90］％", "full-width brackets, unit after", K_RNG, C_NO, false, M(80), M(90), U_PCT, "％", NULL,
     NULL},
    {"80%至90%", "至", K_RNG, C_NO, false, M(80), M(90), U_PCT, "%", NULL, NULL},
    {"10-20万元", "money", K_RNG, C_NO, false, 10000000, 20000000, U_MON, "万元", NULL, NULL},
    {"90%-80%", "reversed", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "range lower bound '90' is above upper bound '80'"},
    {"80%-90个", "units differ", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "range bounds in different units ('%' and '个')"},
    {"≥80%-90%", "comparator", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "comparator before a range"},
};

static void test_target_ranges(void)
{
    BudgetTarget *t;

    for (size_t i = 0; i < G_N_ELEMENTS(range_cases); i++)
        check_parse(&range_cases[i], 0);
    t = budget_target_parse("80%-90%", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_EXACT);
    CU_ASSERT_TRUE(budget_target_get_range(t, NULL, NULL));
    CU_ASSERT_EQUAL(budget_target_get_comparator(t), BUDGET_TARGET_CMP_NONE);
    budget_target_unref(t);
}

static const ParseCase deadline_cases[] = {
    {"2024年12月31日", "chinese", K_DL, C_NO, false, 20241231, 0, U_NO, "", NULL, NULL},
    {"2024-12-31", "iso", K_DL, C_NO, false, 20241231, 0, U_NO, "", NULL, NULL},
    {"２０２４年６月３０日前", "full-width, 前", K_DL, C_NO, false, 20240630, 0, U_NO, "", NULL, NULL},
    {"2024年12月31日前完成", "label", K_DL, C_NO, false, 20241231, 0, U_NO, "", "完成", NULL},
    /* month end: 2024 is a leap year */
    {"2024年2月底", "month end", K_DL, C_NO, false, 20240229, 0, U_NO, "", NULL, NULL},
    {"2024年6月", "month only = its end", K_DL, C_NO, false, 20240630, 0, U_NO, "", NULL, NULL},
    {"2024年底", "year end", K_DL, C_NO, false, 20241231, 0, U_NO, "", NULL, NULL},
    {"2024年2月30日", "no such day", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "no such date 2024-02-30"},
    {"2024年6月前", "ambiguous", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "'2024年6月前' is ambiguous (before the month, or by its end?)"},
    {"2024年完成80%", "year alone", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "year '2024年' without month (write e.g. '2024年12月31日')"},
    {"12月31日前", "no year", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "deadline '12月31日' has no year and no budget year was given"},
    {"年底前", "no year", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "deadline '年底' has no year and no budget year was given"},
};

static const ParseCase deadline_year_cases[] = {
    {"12月31日前", "year 2024 given", K_DL, C_NO, false, 20241231, 0, U_NO, "", NULL, NULL},
    {"年底前", "year 2024 given", K_DL, C_NO, false, 20241231, 0, U_NO, "", NULL, NULL},
    {"6月底前完成", "year 2024 given", K_DL, C_NO, false, 20240630, 0, U_NO, "", "完成", NULL},
    {"2023年12月31日", "own year wins", K_DL, C_NO, false, 20231231, 0, U_NO, "", NULL, NULL},
};

static void test_target_deadlines(void)
{
    BudgetTarget *t;

    for (size_t i = 0; i < G_N_ELEMENTS(deadline_cases); i++)
        check_parse(&deadline_cases[i], 0);
    for (size_t i = 0; i < G_N_ELEMENTS(deadline_year_cases); i++)
        check_parse(&deadline_year_cases[i], 2024);
    t = budget_target_parse("2024年12月31日", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_LOWER);
    budget_target_unref(t);
}

static const ParseCase unparsed_cases[] = {
    {"", "blank", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "empty target"},
    {"  。", "punctuation only", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "empty target"},
    {"≥90kg", "ascii unit", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "unknown unit 'kg'"},
    {"≤90%以上", "conflict", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "conflicting comparators '≤' and '以上'"},
    {"≥100.1234567%", "7 decimals", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "number '100.1234567' has more than 6 decimals"},
    {"≥99999999999999%", "overflow", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "number '99999999999999' is too large"},
    {"≥1.001元", "money below the fen", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "amount '1.001元' is not exact to the fen"},
    {"完成3个项目5次", "two numbers", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "more than one number ('3' and '5')"},
    {"1、2、3", "three numbers", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "more than one number ('1' and '2')"},
    {"<31不低于", "two comparators", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "comparator '不低于' away from the number"},
    {"%85.5", "unit before", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "percent sign away from the number"},
    {"12，未百分比", "unit in label", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "percent sign away from the number"},
    {"噪声低于标准限值", "comparator word, no number", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "comparator '低于' without a number"},
    {"完成率=2024年底", "comparator + deadline", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "comparator '=' away from the number"},
    {"%", "percent only", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "unit '%' without a number"},
    {"[。]", "no words", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "no number, date or words"},
    {"百分之百", "words", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "number written in words ('百分之…')"},
    {"不低于上年", "no number", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "comparator '不低于' without a number"},
    {"达标为优，其余为差", "tier words only", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "tier text without thresholds"},
    {"60%为优，70%为良", "tiers out of order", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "tier thresholds of '优' and '良' are not in order"},
    {"85%为优，70%为良，50%以下为差", "gap", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "catch-all tier band '差' does not start at the last threshold"},
    {"85%为优，70个为良", "tier units", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL,
     "tier bands in different units"},
    {"85%为优，85%为优", "grade twice", K_UNP, C_NO, false, 0, 0, U_NO, "", NULL, "grade '优' given twice"},
};

static void test_target_unparsed(void)
{
    for (size_t i = 0; i < G_N_ELEMENTS(unparsed_cases); i++)
        check_parse(&unparsed_cases[i], 0);
}

static const ParseCase tier_cases[] = {
    {"90分以上为优，80分以上为良，60分以上为中，其余为差", "points, 其余", K_TR, C_NO, false, 4, 0, U_CNT,
     "分", NULL, NULL},
    {"故障率5%以下为优，10%以下为良，10%以上为差", "lower is better", K_TR, C_NO, false, 3, 0, U_PCT, "%",
     NULL, NULL},
    {"≥90%为优秀，≥80%为良好", "no catch-all", K_TR, C_NO, false, 2, 0, U_PCT, "%", NULL, NULL},
    /* "以人民为中心" ends with 为中心, not a grade */
    {"以人民为中心", "not tiers", K_QL, C_NO, false, 0, 0, U_NO, "", NULL, NULL},
};

static void check_tier(const BudgetTarget *t, size_t i, BudgetTargetGrade g, BudgetTargetComparator c,
                       int64_t th)
{
    BudgetTargetGrade og = BUDGET_TARGET_GRADE_NONE;
    BudgetTargetComparator oc = BUDGET_TARGET_CMP_NONE;
    int64_t oth = -1;

    CU_ASSERT_TRUE_FATAL(budget_target_get_tier(t, i, &og, &oc, &oth));
    CU_ASSERT_EQUAL(og, g);
    CU_ASSERT_EQUAL(oc, c);
    CU_ASSERT_EQUAL(oth, th);
}

static void test_target_tiers(void)
{
    BudgetTarget *t;

    for (size_t i = 0; i < G_N_ELEMENTS(tier_cases); i++)
        check_parse(&tier_cases[i], 0);

    t = budget_target_parse("85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_HIGHER);
    check_tier(t, 0, BUDGET_TARGET_GRADE_EXCELLENT, C_GE, M(85));
    check_tier(t, 1, BUDGET_TARGET_GRADE_GOOD, C_GE, M(70));
    check_tier(t, 2, BUDGET_TARGET_GRADE_FAIR, C_GE, M(60));
    check_tier(t, 3, BUDGET_TARGET_GRADE_POOR, C_LT, M(60)); /* 以下 after the last band: below it */
    CU_ASSERT_FALSE(budget_target_get_tier(t, 4, NULL, NULL, NULL));
    CU_ASSERT_TRUE(budget_target_get_tier(t, 0, NULL, NULL, NULL));
    budget_target_unref(t);

    t = budget_target_parse(
        "乡镇空气质量排名，每月出具空气质量月报，12期为优，11期为良，10期为中，少于10期为差", -1, 0, NULL);
    check_tier(t, 0, BUDGET_TARGET_GRADE_EXCELLENT, C_GE, M(12));
    check_tier(t, 1, BUDGET_TARGET_GRADE_GOOD, C_GE, M(11));
    check_tier(t, 2, BUDGET_TARGET_GRADE_FAIR, C_GE, M(10));
    check_tier(t, 3, BUDGET_TARGET_GRADE_POOR, C_LT, M(10));
    budget_target_unref(t);

    t = budget_target_parse("90分以上为优，80分以上为良，60分以上为中，其余为差", -1, 0, NULL);
    check_tier(t, 3, BUDGET_TARGET_GRADE_POOR, C_NO, 0);
    budget_target_unref(t);

    t = budget_target_parse("故障率5%以下为优，10%以下为良，10%以上为差", -1, 0, NULL);
    CU_ASSERT_EQUAL(budget_target_get_direction(t), BUDGET_TARGET_DIRECTION_LOWER);
    check_tier(t, 0, BUDGET_TARGET_GRADE_EXCELLENT, C_LE, M(5));
    check_tier(t, 1, BUDGET_TARGET_GRADE_GOOD, C_LE, M(10));
    check_tier(t, 2, BUDGET_TARGET_GRADE_POOR, C_GT, M(10));
    CU_ASSERT_PTR_NULL(budget_target_get_label(t)); /* text inside a band ("故障率") is not kept as label */
    budget_target_unref(t);

    /* not a tiers target */
    t = budget_target_parse("≥95%", -1, 0, NULL);
    CU_ASSERT_FALSE(budget_target_get_tier(t, 0, NULL, NULL, NULL));
    budget_target_unref(t);
}

/* ---------------------------------------------------------------------
 * Evaluation
 * ------------------------------------------------------------------- */

#define R_MET BUDGET_TARGET_MET
#define R_PART BUDGET_TARGET_PARTLY_MET
#define R_NOT BUDGET_TARGET_NOT_MET
#define R_NR BUDGET_TARGET_NOT_REPORTED
#define R_NA BUDGET_TARGET_NOT_APPLICABLE
#define R_CE BUDGET_TARGET_CANNOT_EVALUATE

#define G_NO BUDGET_TARGET_GRADE_NONE
#define G_EX BUDGET_TARGET_GRADE_EXCELLENT
#define G_GD BUDGET_TARGET_GRADE_GOOD
#define G_FR BUDGET_TARGET_GRADE_FAIR
#define G_PR BUDGET_TARGET_GRADE_POOR

#define NO_RATIO (-1)
#define NO_DEV INT64_MIN

typedef struct {
    const char *target;
    const char *actual;
    BudgetTargetResult result;
    BudgetTargetGrade grade;
    int64_t ratio_bp;   /* NO_RATIO: undefined */
    int64_t deviation;  /* NO_DEV: undefined */
    const char *reason; /* for CANNOT_EVALUATE, else NULL */
} EvalCase;

static const EvalCase eval_cases[] = {
    /* ≥: met → 10000; actual − target = 96 − 95 = 1 % */
    {"≥95%", "96%", R_MET, G_NO, 10000, M(1), NULL},
    /* 94 ÷ 95 = 0.989473… → 9895 bp; 94 − 95 = −1 */
    {"≥95%", "94%", R_NOT, G_NO, 9895, M(-1), NULL},
    /* 94.999999 ÷ 95 = 0.99999998… → 10000 bp by rounding, capped at 9999 when unmet */
    {"≥95%", "94.999999%", R_NOT, G_NO, 9999, -1, NULL},
    /* exactly on the target */
    {"≥95%", "95%", R_MET, G_NO, 10000, 0, NULL},
    /* a bare actual takes the target's unit */
    {"≥90%", "85", R_NOT, G_NO, 9444, M(-5), NULL}, /* 85/90 = 0.94444 → 9444 */
    /* full-width actual */
    {"≥95%", "９６％", R_MET, G_NO, 10000, M(1), NULL},
    /* 百分比 and % are one unit */
    {"≥90百分比", "91%", R_MET, G_NO, 10000, M(1), NULL},
    /* ≤: 20 ÷ 25 = 0.8 → 8000; 25 − 20 = +5 */
    {"≤20%", "25%", R_NOT, G_NO, 8000, M(5), NULL},
    {"≤20%", "15%", R_MET, G_NO, 10000, M(-5), NULL},
    {"<=20%", "20%", R_MET, G_NO, 10000, 0, NULL},
    /* 20 ÷ 30 = 0.6667 → 6667 */
    {"≤20%", "30%", R_NOT, G_NO, 6667, M(10), NULL},
    /* strict: equal is not met; 95/95 = 10000 capped to 9999 */
    {">95%", "95%", R_NOT, G_NO, 9999, 0, NULL},
    {"＜5次", "5次", R_NOT, G_NO, 9999, 0, NULL},
    /* 5 ÷ 8 = 0.625 → 6250 */
    {"＜5次", "8次", R_NOT, G_NO, 6250, M(3), NULL},
    {"＜5次", "4次", R_MET, G_NO, 10000, M(-1), NULL},
    /* =: smaller ÷ larger: 98 ÷ 100 → 9800 */
    {"=100%", "98%", R_NOT, G_NO, 9800, M(-2), NULL},
    /* 100 ÷ 102 = 0.980392 → 9804 */
    {"=100%", "102%", R_NOT, G_NO, 9804, M(2), NULL},
    {"=12个", "12个", R_MET, G_NO, 10000, 0, NULL},
    /* 9 ÷ 12 = 0.75 */
    {"=12个", "9个", R_NOT, G_NO, 7500, M(-3), NULL},
    /* implied ≥: 100 % */
    {"100%", "100%", R_MET, G_NO, 10000, 0, NULL},
    {"100%", "99.5%", R_NOT, G_NO, 9950, -500000, NULL},
    /* target 0 */
    {"≤0", "0", R_MET, G_NO, 10000, 0, NULL},
    {"≤0", "3", R_NOT, G_NO, 0, M(3), NULL},
    {"≤0次", "-1次", R_MET, G_NO, 10000, M(-1), NULL},
    {"≥0%", "0%", R_MET, G_NO, 10000, 0, NULL},
    {"≥0%", "5%", R_MET, G_NO, 10000, M(5), NULL},
    {"≥0%", "-1%", R_NOT, G_NO, 0, M(-1), NULL},
    {"≥0%", "+5%", R_MET, G_NO, 10000, M(5), NULL},
    {"=0", "2", R_NOT, G_NO, 0, M(2), NULL},
    {"<0", "0", R_NOT, G_NO, 0, 0, NULL},
    /* negative actual against a positive target: ratio 0, not negative */
    {"≥90%", "-5%", R_NOT, G_NO, 0, M(-95), NULL},
    /* negative target missed: no ratio */
    {"≥-5%", "-10%", R_NOT, G_NO, NO_RATIO, M(-5), NULL},
    {"≥-5%", "-3%", R_MET, G_NO, 10000, M(2), NULL},
    /* money in fen: 11500 − 12000 = −500 元 = −50000 fen */
    {"≤12000元/站", "11500元/站", R_MET, G_NO, 10000, -50000, NULL},
    /* 12000 ÷ 13000 = 0.923077 → 9231; +1000 元 = 100000 fen */
    {"≤12000元/站", "13000元/站", R_NOT, G_NO, 9231, 100000, NULL},
    /* 万元 vs 元 compared in fen: 1.2万元 = 1200000 fen, 13000 元 = 1300000 */
    {"≤1.2万元", "13000元", R_NOT, G_NO, 9231, 100000, NULL},
    /* a bare actual is in the target's money unit: 1.1 万元 = 1100000 fen */
    {"≤1.2万元", "1.1", R_MET, G_NO, 10000, -100000, NULL},
    {"≥1,000次", "1,200次", R_MET, G_NO, 10000, M(200), NULL},
    /* unit-less target takes the actual's unit */
    {"≥90出除率达标", "92%", R_MET, G_NO, 10000, M(2), NULL},
    {"≥90应急响应达标", "88", R_NOT, G_NO, 9778, M(-2), NULL}, /* 88/90 = 0.97778 */
    {"1建成一套平台", "1套", R_MET, G_NO, 10000, 0, NULL},
    {"1建成一套平台", "0", R_NOT, G_NO, 0, M(-1), NULL},
    /* ranges: inside, below (75 ÷ 80 = 0.9375), above (90 ÷ 95 = 0.947368 → 9474) */
    {"80%-90%", "85%", R_MET, G_NO, 10000, 0, NULL},
    {"80%-90%", "80%", R_MET, G_NO, 10000, 0, NULL},
    {"80%-90%", "90%", R_MET, G_NO, 10000, 0, NULL},
    {"80%-90%", "75%", R_NOT, G_NO, 9375, M(-5), NULL},
    {"80%-90%", "95%", R_NOT, G_NO, 9474, M(5), NULL},
    /* tiers at their exact boundaries; ratio and deviation against 优 (85 %) */
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "85%", R_MET, G_EX, 10000, 0, NULL},
    /* 84.99 ÷ 85 = 0.999882 → 9999 */
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "84.99%", R_PART, G_GD, 9999, -10000, NULL},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "70%", R_PART, G_GD, 8235, M(-15), NULL},
    /* 60 ÷ 85 = 0.705882 → 7059 */
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "60%", R_PART, G_FR, 7059, M(-25), NULL},
    /* 59.99 ÷ 85 = 0.705765 → 7058 */
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "59.99%", R_NOT, G_PR, 7058, -25010000, NULL},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "良", R_PART, G_GD, NO_RATIO, NO_DEV, NULL},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "优", R_MET, G_EX, NO_RATIO, NO_DEV, NULL},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "中等", R_PART, G_FR, NO_RATIO, NO_DEV, NULL},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "差", R_NOT, G_PR, NO_RATIO, NO_DEV, NULL},
    {"乡镇空气质量排名，每月出具空气质量月报，12期为优，11期为良，10期为中，少于10期为差", "12期", R_MET,
     G_EX, 10000, 0, NULL},
    {"乡镇空气质量排名，每月出具空气质量月报，12期为优，11期为良，10期为中，少于10期为差", "11期", R_PART,
     G_GD, 9167, M(-1), NULL}, /* 11/12 = 0.91667 */
    {"乡镇空气质量排名，每月出具空气质量月报，12期为优，11期为良，10期为中，少于10期为差", "10", R_PART, G_FR,
     8333, M(-2), NULL},
    {"乡镇空气质量排名，每月出具空气质量月报，12期为优，11期为良，10期为中，少于10期为差", "9期", R_NOT, G_PR,
     7500, M(-3), NULL},
    /* catch-all without a number; lower-is-better tiers (ratio 5 ÷ 8 = 6250) */
    {"90分以上为优，80分以上为良，60分以上为中，其余为差", "59分", R_NOT, G_PR, 6556, M(-31), NULL},
    {"90分以上为优，80分以上为良，其余为中", "10分", R_PART, G_FR, 1111, M(-80), NULL},
    {"≥90%为优秀，≥80%为良好", "70%", R_NOT, G_PR, 7778, M(-20), NULL},
    {"故障率5%以下为优，10%以下为良，10%以上为差", "5%", R_MET, G_EX, 10000, 0, NULL},
    {"故障率5%以下为优，10%以下为良，10%以上为差", "8%", R_PART, G_GD, 6250, M(3), NULL},
    {"故障率5%以下为优，10%以下为良，10%以上为差", "10.5%", R_NOT, G_PR, 4762, 5500000, NULL}, /* 5/10.5 */
    /* deadlines: on the day, one day late (deviation in days), early, words */
    {"2024年12月31日", "2024年12月31日", R_MET, G_NO, NO_RATIO, 0, NULL},
    {"2024年12月31日", "2025-01-01", R_NOT, G_NO, NO_RATIO, 1, NULL},
    {"2024年12月31日", "2024-12-20", R_MET, G_NO, NO_RATIO, -11, NULL},
    /* a date without year takes the deadline's year */
    {"2024年12月31日", "12月20日", R_MET, G_NO, NO_RATIO, -11, NULL},
    /* 2024-06-30 → 2024-07-02: two days late */
    {"2024年6月底", "2024年7月2日", R_NOT, G_NO, NO_RATIO, 2, NULL},
    {"2024年12月31日", "按期完成", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"2024年12月31日", "基本按期完成", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"2024年12月31日", "未完成", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"2024年12月31日", "95%", R_CE, G_NO, NO_RATIO, NO_DEV,
     "actual '95%' is neither a date nor a known completion word"},
    /* qualitative words */
    {"按期完成", "按期完成", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"按期完成", "已完成", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"按期完成", "基本按期完成", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"按期完成", "部分完成", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"按期完成", "未完成", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"按期完成", "否", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"符合要求", "是", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"符合要求", "基本符合要求", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"符合要求", "不符合要求", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"符合要求", "达标", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"通过评审", "已通过评审。", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"通过评审", "未通过", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"持续提升", "持续提升", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    /* the target's own text (without its final 。) is met */
    {"满足工作要求。", "满足工作要求", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"降低或减少环境灾害", "降低或减少环境灾害", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"保障工作开展", "一般", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"保障工作开展", "Yes", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"符合要求", "还行", R_CE, G_NO, NO_RATIO, NO_DEV, "unknown word '还行'"},
    /* a plain number, or one with a comparator, is no word */
    {"符合要求", "95", R_CE, G_NO, NO_RATIO, NO_DEV, "a qualitative target needs a word, not '95'"},
    {"符合要求", "≥95%", R_CE, G_NO, NO_RATIO, NO_DEV, "a qualitative target needs a word, not '≥95%'"},
    /* issue 11: a percent is the degree achieved, its ratio in basis points:
     * 100 % → met, 10000 (the 裕安区 成本 row); 95 % → partly, 9500 (the
     * score places it in its bands); more than 100 % → met, capped at 10000;
     * 0 % → not met, 0 */
    {"本着节约的原则,控制在预算中。", "100%", R_MET, G_NO, 10000, NO_DEV,
     "warning: actual '100%' against a word target: read as the degree achieved"},
    {"符合要求", "95%", R_PART, G_NO, 9500, NO_DEV,
     "warning: actual '95%' against a word target: read as the degree achieved"},
    {"符合要求", "120%", R_MET, G_NO, 10000, NO_DEV,
     "warning: actual '120%' against a word target: read as the degree achieved"},
    {"符合要求", "0%", R_NOT, G_NO, 0, NO_DEV,
     "warning: actual '0%' against a word target: read as the degree achieved"},
    /* issue 11: degree words (the table in target-lex.c): 程度较高 (the
     * 裕安区 效益 row) and 高/很高 are met, 一般/中等 partly, 较低/低 not;
     * with 程度 or 水平 before them, or alone for 较高 很高 较低 很低 */
    {"加大文物保护,展示文物价值", "程度较高", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"有效", "程度高", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"有效", "水平很高", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"有效", "较高", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"有效", "程度一般", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"有效", "程度中等", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"有效", "程度较低", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"有效", "程度低", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"有效", "很低", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    /* a bare 高 says nothing (高 of what?); nor does a degree after another noun */
    {"有效", "高", R_CE, G_NO, NO_RATIO, NO_DEV, "unknown word '高'"},
    {"有效", "程度还行", R_CE, G_NO, NO_RATIO, NO_DEV, "unknown word '程度还行'"},
    /* issue 11: an actual that repeats a dated target's words is read as its
     * date (the 裕安区 时效 row: on the day, deviation 0), with a warning; so is
     * a date with a completion word: 2024年11月 is by 2024-11-30, 31 days
     * before 2024-12-31; 2023-01-05 is 6 days after 2022-12-30 */
    {"完成时间为2022年12月30日", "完成时间为2022年12月30日", R_MET, G_NO, NO_RATIO, 0,
     "warning: actual '完成时间为2022年12月30日' has the words '完成时间为' around its date: read as the "
     "date"},
    {"完成时间为2022年12月30日", "完成时间为2023年1月5日", R_NOT, G_NO, NO_RATIO, 6,
     "warning: actual '完成时间为2023年1月5日' has the words '完成时间为' around its date: read as the date"},
    {"2024年12月31日", "2024年11月完成", R_MET, G_NO, NO_RATIO, -31,
     "warning: actual '2024年11月完成' has the words '完成' around its date: read as the date"},
    /* other words around the date are not set aside */
    {"完成时间为2022年12月30日", "计划2022年12月30日", R_CE, G_NO, NO_RATIO, NO_DEV,
     "actual '计划2022年12月30日' is neither a date nor a known completion word"},
    /* blank, not applicable */
    {"≥95%", "", R_NR, G_NO, NO_RATIO, NO_DEV, NULL},
    {"≥95%", "   ", R_NR, G_NO, NO_RATIO, NO_DEV, NULL},
    {"≥95%", "不适用", R_NA, G_NO, NO_RATIO, NO_DEV, NULL},
    {"≥95%", "N/A", R_NA, G_NO, NO_RATIO, NO_DEV, NULL},
    {"≥95%", "n/a", R_NA, G_NO, NO_RATIO, NO_DEV, NULL},
    {"按期完成", "无", R_NA, G_NO, NO_RATIO, NO_DEV, NULL},
    /* blank and 不适用 win over an unparsed target */
    {"百分之百", "", R_NR, G_NO, NO_RATIO, NO_DEV, NULL},
    {"百分之百", "不适用", R_NA, G_NO, NO_RATIO, NO_DEV, NULL},
    /* cannot evaluate */
    {"百分之百", "100%", R_CE, G_NO, NO_RATIO, NO_DEV,
     "target not parsed: number written in words ('百分之…')"},
    {"≥95%", "完成", R_CE, G_NO, NO_RATIO, NO_DEV, "actual '完成' is not a number"},
    {"≥95%", "约96%", R_CE, G_NO, NO_RATIO, NO_DEV, "actual '约96%' is not a number"},
    {"≥95%", "96个", R_CE, G_NO, NO_RATIO, NO_DEV, "unit mismatch: target '%', actual '个'"},
    {"=12个", "12台", R_CE, G_NO, NO_RATIO, NO_DEV, "unit mismatch: target '个', actual '台'"},
    {"≤12000元/站", "11000元", R_CE, G_NO, NO_RATIO, NO_DEV, "unit mismatch: target '元/站', actual '元'"},
    {"≥90出除率达标", "90元", R_CE, G_NO, NO_RATIO, NO_DEV, "unit mismatch: target '', actual '元'"},
    {"≤1.2万元", "1.1234567", R_CE, G_NO, NO_RATIO, NO_DEV,
     "actual '1.1234567': number '1.1234567' has more than 6 decimals"},
    /* a bare 1.005 in 元 would be 100.5 fen */
    {"≤2元", "1.005", R_CE, G_NO, NO_RATIO, NO_DEV, "actual '1.005' is not exact to the fen"},
    {"≤2元", "1.5", R_MET, G_NO, 10000, -50, NULL},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "良好以上", R_CE, G_NO, NO_RATIO, NO_DEV,
     "actual '良好以上' is neither a grade nor a number"},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "85个", R_CE, G_NO, NO_RATIO, NO_DEV,
     "unit mismatch: target '%', actual '个'"},
    /* issue 11, the texts of published 自评表 (tests/data/forms):
     * reading 1, the national band words as actuals of qualitative rows */
    {"效果明显", "达成预期指标", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    {"效果明显", "部分达成预期指标", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"效果明显", "未达成预期指标", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"符合相关规定", "部分达成预期指标并具有一定效果", R_PART, G_NO, NO_RATIO, NO_DEV, NULL},
    {"符合相关规定", "未达成预期指标且效果较差", R_NOT, G_NO, NO_RATIO, NO_DEV, NULL},
    {"2024年12月31日", "达成预期指标", R_MET, G_NO, NO_RATIO, NO_DEV, NULL},
    /* reading 2: any unit, kept in the target and read in the actual */
    {"≥50厘米", "50厘米", R_MET, G_NO, 10000, 0, NULL},
    {"≥50厘米", "48", R_NOT, G_NO, 9600, M(-2), NULL},  /* a bare actual takes the target's unit: 48 ÷ 50 */
    {"≤5毫米", "6毫米", R_NOT, G_NO, 8333, M(1), NULL}, /* 5 ÷ 6 = 0.83333 → 8333 */
    {"≥20羽", "25羽", R_MET, G_NO, 10000, M(5), NULL},  /* 羽 is in no list: the glued text is its unit */
    /* reading 3: comparator look-alikes read as what they mean */
    {"═100%", "120%", R_NOT, G_NO, 8333, M(20), NULL}, /* = (U+2550): 100 ÷ 120 → 8333, not "≥ met" */
    {"═100%", "100%", R_MET, G_NO, 10000, 0, NULL},
    {"﹦100%", "120%", R_NOT, G_NO, 8333, M(20), NULL},
    {"＝100%", "99%", R_NOT, G_NO, 9900, M(-1), NULL},
    {"⩾95%", "94%", R_NOT, G_NO, 9895, M(-1), NULL}, /* 94 ÷ 95 = 0.989474 → 9895 */
    {"⩽5天", "4天", R_MET, G_NO, 10000, M(-1), NULL},
    {"﹤5天", "5天", R_NOT, G_NO, 9999, 0, NULL}, /* < 5 not met at 5: 5 ÷ 5 capped at 9999 */
    {"≧90%", "90%", R_MET, G_NO, 10000, 0, NULL},
    {"≦10%", "12%", R_NOT, G_NO, 8333, M(2), NULL},
    {"＞0", "1", R_MET, G_NO, 10000, M(1), NULL},
    /* reading 4: an actual written with the comparator (six of nine rows of
     * the 中江县 form) is read as its number, with a warning */
    {"≥266米", "≥266米", R_MET, G_NO, 10000, 0,
     "warning: actual '≥266米' is written with the comparator '≥': read as its number"},
    {"≥90%", "≥90%", R_MET, G_NO, 10000, 0,
     "warning: actual '≥90%' is written with the comparator '≥': read as its number"},
    {"≥95%", "≥90%", R_NOT, G_NO, 9474, M(-5), /* 90 ÷ 95 = 0.947368 → 9474 */
     "warning: actual '≥90%' is written with the comparator '≥': read as its number"},
    {"≥1000人", "1000人以上", R_MET, G_NO, 10000, 0,
     "warning: actual '1000人以上' is written with the comparator '≥': read as its number"},
    {"85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", "≥86%", R_MET, G_EX, 10000, M(1),
     "warning: actual '≥86%' is written with the comparator '≥': read as its number"},
};

static void check_eval(const EvalCase *c)
{
    BudgetError err;
    BudgetTargetEvaluation ev;
    BudgetTarget *t = budget_target_parse(c->target, -1, 0, NULL);

    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    memset(&ev, 0x5a, sizeof ev);
    CU_ASSERT_TRUE(budget_target_evaluate(t, c->actual, -1, &ev, &err));
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_OK);
    if (ev.result != (int)c->result || ev.grade != (int)c->grade ||
        (c->ratio_bp != NO_RATIO && ev.ratio_bp != c->ratio_bp) ||
        ev.has_ratio != (c->ratio_bp != NO_RATIO) || ev.has_deviation != (c->deviation != NO_DEV) ||
        (c->deviation != NO_DEV && ev.deviation != c->deviation))
        fprintf(stderr, "\n  '%s' vs '%s': result %d grade %d ratio %d/%lld dev %d/%lld (%s)\n", c->target,
                c->actual, ev.result, ev.grade, ev.has_ratio, (long long)ev.ratio_bp, ev.has_deviation,
                (long long)ev.deviation, ev.reason);
    CU_ASSERT_EQUAL(ev.result, c->result);
    CU_ASSERT_EQUAL(ev.grade, c->grade);
    CU_ASSERT_EQUAL(ev.has_ratio, c->ratio_bp != NO_RATIO);
    if (c->ratio_bp != NO_RATIO) {
        CU_ASSERT_EQUAL(ev.ratio_bp, c->ratio_bp);
    }
    CU_ASSERT_EQUAL(ev.has_deviation, c->deviation != NO_DEV);
    if (c->deviation != NO_DEV) {
        CU_ASSERT_EQUAL(ev.deviation, c->deviation);
    }
    if (c->reason != NULL) {
        if (strcmp(ev.reason, c->reason) != 0)
            fprintf(stderr, "\n  reason '%s', expected '%s'\n", ev.reason, c->reason);
        CU_ASSERT_STRING_EQUAL(ev.reason, c->reason);
        /* a code for "cannot evaluate"; a warning beside a result has none */
        CU_ASSERT_EQUAL(ev.reason_code != BUDGET_TARGET_REASON_NONE, c->result == R_CE);
    } else {
        CU_ASSERT_STRING_EQUAL(ev.reason, "");
        CU_ASSERT_EQUAL(ev.reason_code, BUDGET_TARGET_REASON_NONE);
    }
    for (size_t i = 0; i < G_N_ELEMENTS(ev.reserved); i++)
        CU_ASSERT_EQUAL(ev.reserved[i], 0);
    budget_target_unref(t);
}

static void test_target_evaluate(void)
{
    for (size_t i = 0; i < G_N_ELEMENTS(eval_cases); i++)
        check_eval(&eval_cases[i]);
}

/* The actual as read, in the target's scale. */
static void test_target_evaluate_actual_value(void)
{
    BudgetTargetEvaluation ev;
    BudgetTarget *t;

    t = budget_target_parse("≤1.2万元", -1, 0, NULL);
    CU_ASSERT_TRUE(budget_target_evaluate(t, "13,000元", -1, &ev, NULL));
    CU_ASSERT_TRUE(ev.has_actual_value);
    CU_ASSERT_EQUAL(ev.actual_value, 1300000); /* 13000 元 in fen */
    budget_target_unref(t);

    t = budget_target_parse("2024年12月31日", -1, 0, NULL);
    CU_ASSERT_TRUE(budget_target_evaluate(t, "2024年11月5日", -1, &ev, NULL));
    CU_ASSERT_TRUE(ev.has_actual_value);
    CU_ASSERT_EQUAL(ev.actual_value, 20241105);
    CU_ASSERT_EQUAL(ev.deviation, -56); /* 26 days left in November + 30 in December */
    CU_ASSERT_TRUE(budget_target_evaluate(t, "按时完成", -1, &ev, NULL));
    CU_ASSERT_FALSE(ev.has_actual_value);
    budget_target_unref(t);

    t = budget_target_parse("≥95%", -1, 0, NULL);
    /* @len limits the actual: "96%" of "96%xyz" */
    CU_ASSERT_TRUE(budget_target_evaluate(t, "96%xyz", 3, &ev, NULL));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_MET);
    CU_ASSERT_EQUAL(ev.actual_value, M(96));
    /* NULL actual is a blank */
    CU_ASSERT_TRUE(budget_target_evaluate(t, NULL, -1, &ev, NULL));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_NOT_REPORTED);
    CU_ASSERT_FALSE(ev.has_ratio);
    budget_target_unref(t);
}

static void test_target_evaluate_text(void)
{
    BudgetTargetEvaluation ev;
    BudgetError err;

    /* 20 ÷ 25 = 8000 bp */
    CU_ASSERT_TRUE(budget_target_evaluate_text("≤20%", "25%", 0, &ev, &err));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_NOT_MET);
    CU_ASSERT_EQUAL(ev.ratio_bp, 8000);
    /* the year serves a year-less deadline: 2024-12-31 → 2025-01-02 is 2 days late */
    CU_ASSERT_TRUE(budget_target_evaluate_text("年底前", "2025-01-02", 2024, &ev, &err));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_NOT_MET);
    CU_ASSERT_EQUAL(ev.deviation, 2);
    CU_ASSERT_TRUE(budget_target_evaluate_text("年底前", "2024-12-31", 0, &ev, &err));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_CANNOT_EVALUATE);
    CU_ASSERT_STRING_EQUAL(ev.reason,
                           "target not parsed: deadline '年底' has no year and no budget year was given");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_evaluate_text(NULL, "1", 0, &ev, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_evaluate_text("≥1", "1", 0, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
}

/* A length is -1 (NUL-terminated) or a byte count; below -1 it is misuse
 * (docs/api-conventions.md, Lengths and Misuse): a critical and
 * INVALID_ARGUMENT, never a read of strlen() bytes. */
static void test_target_negative_length(void)
{
    BudgetError err;
    BudgetTargetEvaluation ev;
    BudgetTarget *t;

    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_parse("≥95%", -2, 2024, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_parse("≥95%", PTRDIFF_MIN, 2024, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);

    t = budget_target_parse("≥95%", -1, 2024, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_evaluate(t, "96%", -2, &ev, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    /* -1 and an exact count still work: 96 % ≥ 95 % is met, and 3 bytes of
     * "96%xyz" are "96%" */
    CU_ASSERT_TRUE(budget_target_evaluate(t, "96%", -1, &ev, &err));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_MET);
    CU_ASSERT_TRUE(budget_target_evaluate(t, "96%xyz", 3, &ev, &err));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_MET);
    budget_target_unref(t);
}

static void test_target_text_kept(void)
{
    BudgetTarget *t, *r;
    BudgetError err;
    const char with_len[] = "≥95%以上xyz";

    /* the original, spaces and full-width forms included */
    t = budget_target_parse("  ＞＝ 95 ％ ", -1, 0, &err);
    CU_ASSERT_STRING_EQUAL(budget_target_get_text(t), "  ＞＝ 95 ％ ");
    CU_ASSERT_STRING_EQUAL(budget_target_get_unit(t), "％");
    r = budget_target_ref(t);
    CU_ASSERT_PTR_EQUAL(r, t);
    budget_target_unref(r);
    CU_ASSERT_STRING_EQUAL(budget_target_get_text(t), "  ＞＝ 95 ％ ");
    budget_target_unref(t);
    budget_target_unref(NULL);

    /* @len: 7 bytes cut "以" in the middle: not UTF-8 */
    CU_ASSERT_PTR_NULL(budget_target_parse(with_len, 7, 0, &err));
    assert_error(&err, BUDGET_ERROR_ENCODING, 0, 0, NULL);
    /* only "≥95%" (6 bytes: ≥ is 3) */
    t = budget_target_parse(with_len, 6, 0, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(budget_target_get_text(t), "≥95%");
    CU_ASSERT_EQUAL(budget_target_get_kind(t), BUDGET_TARGET_NUMBER);
    budget_target_unref(t);
}

static void test_target_errors(void)
{
    BudgetError err;
    BudgetTargetEvaluation ev;
    BudgetTarget *t;
    int64_t v;
    BudgetDate d;
    double dv;

    CU_ASSERT_PTR_NULL(budget_target_parse("\xff\xfe", -1, 0, &err));
    assert_error(&err, BUDGET_ERROR_ENCODING, 0, 0, NULL);
    /* an embedded NUL within @len is not text */
    CU_ASSERT_PTR_NULL(budget_target_parse("95\0%", 4, 0, &err));
    assert_error(&err, BUDGET_ERROR_ENCODING, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_parse(NULL, -1, 0, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_parse("≥1", -1, -1, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_parse("≥1", -1, 10000, NULL)));

    t = budget_target_parse("≥95%", -1, 0, NULL);
    CU_ASSERT_FALSE(budget_target_evaluate(t, "\xc3(", -1, &ev, &err));
    assert_error(&err, BUDGET_ERROR_ENCODING, 0, 0, NULL);
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_CANNOT_EVALUATE);
    CU_ASSERT_EQUAL(ev.reason_code, BUDGET_TARGET_REASON_ACTUAL_INVALID_UTF8);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_evaluate(NULL, "1", -1, &ev, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_evaluate(t, "1", -1, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    /* a success clears a previous error */
    CU_ASSERT_TRUE(budget_target_evaluate(t, "1", -1, &ev, &err));
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_OK);

    /* getters on the wrong kind say so and leave outputs alone */
    v = 7;
    d = 7;
    CU_ASSERT_FALSE(budget_target_get_deadline(t, &d));
    CU_ASSERT_EQUAL(d, 7);
    CU_ASSERT_FALSE(budget_target_get_range(t, &v, &v));
    CU_ASSERT_EQUAL(v, 7);
    budget_target_unref(t);

    /* NULL targets */
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_ref(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_get_text(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_target_get_kind(NULL), BUDGET_TARGET_UNPARSED));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_get_reason(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_target_get_reason_code(NULL), BUDGET_TARGET_REASON_NONE));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_target_get_comparator(NULL), BUDGET_TARGET_CMP_NONE));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_comparator_is_implied(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_target_get_direction(NULL), BUDGET_TARGET_DIRECTION_NONE));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_get_value(NULL, &v)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_get_value_double(NULL, &dv)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_get_range(NULL, &v, &v)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_target_get_unit_class(NULL), BUDGET_TARGET_UNIT_NONE));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_get_unit(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_get_label(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_get_deadline(NULL, &d)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_get_keyword(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_target_get_n_tiers(NULL), 0));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_get_tier(NULL, 0, NULL, NULL, NULL)));
    t = budget_target_parse("≥95%", -1, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_get_value(t, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_get_value_double(t, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_get_deadline(t, NULL)));
    budget_target_unref(t);
}

static void test_target_names(void)
{
    CU_ASSERT_STRING_EQUAL(budget_target_kind_to_string(BUDGET_TARGET_UNPARSED), "unparsed");
    CU_ASSERT_STRING_EQUAL(budget_target_kind_to_string(BUDGET_TARGET_NUMBER), "number");
    CU_ASSERT_STRING_EQUAL(budget_target_kind_to_string(BUDGET_TARGET_RANGE), "range");
    CU_ASSERT_STRING_EQUAL(budget_target_kind_to_string(BUDGET_TARGET_DEADLINE), "deadline");
    CU_ASSERT_STRING_EQUAL(budget_target_kind_to_string(BUDGET_TARGET_QUALITATIVE), "qualitative");
    CU_ASSERT_STRING_EQUAL(budget_target_kind_to_string(BUDGET_TARGET_TIERS), "tiers");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_kind_to_string((BudgetTargetKind)6)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_kind_to_string((BudgetTargetKind)-1)));

    CU_ASSERT_STRING_EQUAL(budget_target_comparator_to_string(BUDGET_TARGET_CMP_NONE), "");
    CU_ASSERT_STRING_EQUAL(budget_target_comparator_to_string(BUDGET_TARGET_CMP_EQ), "=");
    CU_ASSERT_STRING_EQUAL(budget_target_comparator_to_string(BUDGET_TARGET_CMP_GE), "≥");
    CU_ASSERT_STRING_EQUAL(budget_target_comparator_to_string(BUDGET_TARGET_CMP_GT), ">");
    CU_ASSERT_STRING_EQUAL(budget_target_comparator_to_string(BUDGET_TARGET_CMP_LE), "≤");
    CU_ASSERT_STRING_EQUAL(budget_target_comparator_to_string(BUDGET_TARGET_CMP_LT), "<");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_comparator_to_string((BudgetTargetComparator)6)));

    CU_ASSERT_STRING_EQUAL(budget_target_result_to_string(BUDGET_TARGET_MET), "met");
    CU_ASSERT_STRING_EQUAL(budget_target_result_to_string(BUDGET_TARGET_PARTLY_MET), "partly_met");
    CU_ASSERT_STRING_EQUAL(budget_target_result_to_string(BUDGET_TARGET_NOT_MET), "not_met");
    CU_ASSERT_STRING_EQUAL(budget_target_result_to_string(BUDGET_TARGET_NOT_REPORTED), "not_reported");
    CU_ASSERT_STRING_EQUAL(budget_target_result_to_string(BUDGET_TARGET_NOT_APPLICABLE), "not_applicable");
    CU_ASSERT_STRING_EQUAL(budget_target_result_to_string(BUDGET_TARGET_CANNOT_EVALUATE), "cannot_evaluate");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_result_to_string((BudgetTargetResult)6)));

    CU_ASSERT_STRING_EQUAL(budget_target_grade_to_string(BUDGET_TARGET_GRADE_NONE), "");
    CU_ASSERT_STRING_EQUAL(budget_target_grade_to_string(BUDGET_TARGET_GRADE_EXCELLENT), "优");
    CU_ASSERT_STRING_EQUAL(budget_target_grade_to_string(BUDGET_TARGET_GRADE_GOOD), "良");
    CU_ASSERT_STRING_EQUAL(budget_target_grade_to_string(BUDGET_TARGET_GRADE_FAIR), "中");
    CU_ASSERT_STRING_EQUAL(budget_target_grade_to_string(BUDGET_TARGET_GRADE_POOR), "差");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_grade_to_string((BudgetTargetGrade)5)));

    CU_ASSERT_STRING_EQUAL(budget_target_direction_to_string(BUDGET_TARGET_DIRECTION_NONE), "none");
    CU_ASSERT_STRING_EQUAL(budget_target_direction_to_string(BUDGET_TARGET_DIRECTION_HIGHER), "higher");
    CU_ASSERT_STRING_EQUAL(budget_target_direction_to_string(BUDGET_TARGET_DIRECTION_LOWER), "lower");
    CU_ASSERT_STRING_EQUAL(budget_target_direction_to_string(BUDGET_TARGET_DIRECTION_EXACT), "exact");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_direction_to_string((BudgetTargetDirection)4)));

    CU_ASSERT_STRING_EQUAL(budget_target_unit_class_to_string(BUDGET_TARGET_UNIT_NONE), "none");
    CU_ASSERT_STRING_EQUAL(budget_target_unit_class_to_string(BUDGET_TARGET_UNIT_PERCENT), "percent");
    CU_ASSERT_STRING_EQUAL(budget_target_unit_class_to_string(BUDGET_TARGET_UNIT_COUNT), "count");
    CU_ASSERT_STRING_EQUAL(budget_target_unit_class_to_string(BUDGET_TARGET_UNIT_MONEY), "money");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_unit_class_to_string((BudgetTargetUnitClass)4)));

    /* The counts: one past the last value of each enumeration. */
    CU_ASSERT_EQUAL(BUDGET_TARGET_KIND_N, BUDGET_TARGET_TIERS + 1);
    CU_ASSERT_EQUAL(BUDGET_TARGET_COMPARATOR_N, BUDGET_TARGET_CMP_LT + 1);
    CU_ASSERT_EQUAL(BUDGET_TARGET_DIRECTION_N, BUDGET_TARGET_DIRECTION_EXACT + 1);
    CU_ASSERT_EQUAL(BUDGET_TARGET_UNIT_CLASS_N, BUDGET_TARGET_UNIT_MONEY + 1);
    CU_ASSERT_EQUAL(BUDGET_TARGET_GRADE_N, BUDGET_TARGET_GRADE_POOR + 1);
    CU_ASSERT_EQUAL(BUDGET_TARGET_RESULT_N, BUDGET_TARGET_CANNOT_EVALUATE + 1);
}

/* Every name reads back to its value, in upper case too (the Chinese grades
 * and the comparator symbols have no case); an unknown name is false without
 * a warning and leaves @out alone; NULL text is a critical. */
#define CHECK_FROM_STRING(prefix, Type, n)                                                                   \
    do {                                                                                                     \
        Type back_;                                                                                          \
        for (int i_ = 0; i_ < (n); i_++) {                                                                   \
            char *up_ = g_ascii_strup(prefix##_to_string((Type)i_), -1);                                     \
            back_ = (Type)((i_ + 1) % (n));                                                                  \
            CU_ASSERT_TRUE(prefix##_from_string(prefix##_to_string((Type)i_), &back_));                      \
            CU_ASSERT_EQUAL(back_, (Type)i_);                                                                \
            back_ = (Type)((i_ + 1) % (n));                                                                  \
            CU_ASSERT_TRUE(prefix##_from_string(up_, &back_));                                               \
            CU_ASSERT_EQUAL(back_, (Type)i_);                                                                \
            g_free(up_);                                                                                     \
        }                                                                                                    \
        back_ = (Type)1;                                                                                     \
        CU_ASSERT_FALSE(prefix##_from_string("no such name", &back_));                                       \
        CU_ASSERT_EQUAL(back_, (Type)1);                                                                     \
        CU_ASSERT_TRUE(prefix##_from_string(prefix##_to_string((Type)0), NULL));                             \
        EXPECT_CRITICAL(CU_ASSERT_FALSE(prefix##_from_string(NULL, &back_)));                                \
    } while (0)

static void test_target_names_from_string(void)
{
    BudgetTargetComparator cmp = BUDGET_TARGET_CMP_NONE;
    BudgetTargetGrade grade = BUDGET_TARGET_GRADE_NONE;

    CHECK_FROM_STRING(budget_target_kind, BudgetTargetKind, BUDGET_TARGET_KIND_N);
    CHECK_FROM_STRING(budget_target_comparator, BudgetTargetComparator, BUDGET_TARGET_COMPARATOR_N);
    CHECK_FROM_STRING(budget_target_direction, BudgetTargetDirection, BUDGET_TARGET_DIRECTION_N);
    CHECK_FROM_STRING(budget_target_unit_class, BudgetTargetUnitClass, BUDGET_TARGET_UNIT_CLASS_N);
    CHECK_FROM_STRING(budget_target_grade, BudgetTargetGrade, BUDGET_TARGET_GRADE_N);
    CHECK_FROM_STRING(budget_target_result, BudgetTargetResult, BUDGET_TARGET_RESULT_N);
    /* Only the names to_string gives: "≥" is GE, ">=" is not a name. */
    CU_ASSERT_TRUE(budget_target_comparator_from_string("≥", &cmp));
    CU_ASSERT_EQUAL(cmp, BUDGET_TARGET_CMP_GE);
    CU_ASSERT_FALSE(budget_target_comparator_from_string(">=", &cmp));
    CU_ASSERT_TRUE(budget_target_grade_from_string("良", &grade));
    CU_ASSERT_EQUAL(grade, BUDGET_TARGET_GRADE_GOOD);
    CU_ASSERT_TRUE(budget_target_grade_from_string("", &grade)); /* "" is NONE's name */
    CU_ASSERT_EQUAL(grade, BUDGET_TARGET_GRADE_NONE);
    CU_ASSERT_TRUE(budget_target_kind_from_string("Qualitative", NULL));
    {
        BudgetTargetDirection direction = BUDGET_TARGET_DIRECTION_NONE;
        BudgetTargetUnitClass unit_class = BUDGET_TARGET_UNIT_NONE;
        BudgetTargetResult result = BUDGET_TARGET_MET;

        CU_ASSERT_TRUE(budget_target_direction_from_string("Lower", &direction));
        CU_ASSERT_EQUAL(direction, BUDGET_TARGET_DIRECTION_LOWER);
        CU_ASSERT_TRUE(budget_target_unit_class_from_string("PERCENT", &unit_class));
        CU_ASSERT_EQUAL(unit_class, BUDGET_TARGET_UNIT_PERCENT);
        CU_ASSERT_TRUE(budget_target_result_from_string("partly_met", &result));
        CU_ASSERT_EQUAL(result, BUDGET_TARGET_PARTLY_MET);
    }
}

/* The two seed files hold no target outside seed_cases[] (guards the
 * list above against a changed seed). */
static void test_target_seed_files(void)
{
    const char *shared = test_shared_dir();
    static const char *const files[] = {"000_ee34ae722ba5d322.txt", "003_625616916719a6fa.txt"};
    size_t found = 0;

    if (shared == NULL)
        return;
    for (size_t f = 0; f < G_N_ELEMENTS(files); f++) {
        char *path = g_build_filename(shared, "seeds", files[f], NULL);
        char *data = NULL;
        char **lines;

        if (!g_file_get_contents(path, &data, NULL, NULL)) {
            g_free(path);
            continue;
        }
        lines = g_strsplit(data, "\n", -1);
        /* an indicator row: "\t<level2 ending in 指标>" then three cells, the target the third */
        for (size_t i = 0; lines[i] != NULL; i++) {
            const char *l2 = lines[i];
            if (l2[0] != '\t' || !g_str_has_suffix(l2, "指标") || strcmp(l2, "\t二级指标") == 0 ||
                strcmp(l2, "\t三级指标") == 0 || lines[i + 1] == NULL || lines[i + 2] == NULL ||
                lines[i + 3] == NULL)
                continue;
            /* a level-1 cell ("\t产出指标") is followed by the level-2 one */
            if (lines[i + 1][0] == '\t' && g_str_has_suffix(lines[i + 1], "指标"))
                continue;
            {
                char *target = g_strstrip(g_strdup(lines[i + 3]));

                if (target[0] == '\0') {
                    g_free(target);
                    continue;
                }
                bool known = false;
                for (size_t k = 0; k < G_N_ELEMENTS(seed_cases) && !known; k++)
                    known = strcmp(seed_cases[k].text, target) == 0;
                if (!known)
                    fprintf(stderr, "\n  seed target not in the test list: '%s'\n", target);
                CU_ASSERT_TRUE(known);
                found++;
                g_free(target);
            }
        }
        g_strfreev(lines);
        g_free(data);
        g_free(path);
    }
    /* 000: 6 rows × 5 projects = 30; 003: 3+3+3+3+4+3+6+3+3+3+3 = 37 */
    CU_ASSERT_EQUAL(found, 67);
}

/* ---------------------------------------------------------------------
 * Reason codes: each one produced by a real text. "seed 000/003:" marks a
 * text of ../shared/seeds, "score fixture:" one of tests/data/score; the
 * others are from the cases above.
 * ------------------------------------------------------------------- */

typedef struct {
    const char *text;
    int year;
    BudgetTargetReason code;
    const char *why; /* where the text comes from, and why it has that code */
} ReasonCase;

#define RC(x) BUDGET_TARGET_REASON_##x

static const ReasonCase parse_reason_cases[] = {
    {"", 0, RC(EMPTY), "seed 003: an indicator row whose 指标值 cell is blank"},
    {"  。", 0, RC(EMPTY), "punctuation only"},
    {"————", 0, RC(NO_CONTENT), "seed 003: a rule line, no digit and no Han character"},
    {"≥90kg", 0, RC(UNKNOWN_UNIT), "'kg' is not in the unit list"},
    /* 99999999999999 × 10^6 = 9.9999999999999e19 > INT64_MAX ≈ 9.22e18 */
    {"≥99999999999999%", 0, RC(NUMBER_TOO_LARGE), "micro-percent past 64 bits"},
    /* 999999999999 亿元 = 9.99999999999e21 fen > INT64_MAX */
    {"≤999999999999亿元", 0, RC(NUMBER_TOO_LARGE), "fen past 64 bits"},
    {"≥100.1234567%", 0, RC(NUMBER_TOO_PRECISE), "7 decimals"},
    {"≥1.001元", 0, RC(NUMBER_TOO_PRECISE), "0.1 fen"},
    {"4辆电动车费用（1.8万元/年/辆）及保险（0.6万元/年/辆）。", 0, RC(MORE_THAN_ONE_NUMBER),
     "seed 003: three numbers"},
    {"3至5个，不少于4个", 0, RC(MORE_THAN_ONE_NUMBER), "score fixture S-003: a range and a number"},
    {"2024年12月31日完成3项", 0, RC(MORE_THAN_ONE_NUMBER), "'3' besides the date"},
    {"1-2次为优，其余为差", 0, RC(MORE_THAN_ONE_NUMBER), "two numbers in one tier band"},
    /* the shared scanner's comma rule: a first group of 4 digits takes no
     * thousands comma, so "1234" and "567" are two numbers */
    {"≥1234,567次", 0, RC(MORE_THAN_ONE_NUMBER), "misplaced thousands comma"},
    {"≤90%以上", 0, RC(CONFLICTING_COMPARATORS), "≤ against 以上 (≥)"},
    {"≤90%以上为优，其余为差", 0, RC(CONFLICTING_COMPARATORS), "the same inside a tier band"},
    {"噪声低于标准限值", 0, RC(COMPARATOR_WITHOUT_NUMBER), "低于 and no number"},
    {"<31不低于", 0, RC(COMPARATOR_AWAY), "不低于 left in the label"},
    {"预算执行率（%）", 0, RC(UNIT_WITHOUT_NUMBER), "seed 003: a column header, % and no number"},
    {"%85.5", 0, RC(UNIT_AWAY), "% before the number"},
    {"百分之百", 0, RC(NUMBER_IN_WORDS), "百分之…"},
    {"[80,90", 0, RC(RANGE_UNCLOSED), "no ]"},
    {"≥80%-90%", 0, RC(RANGE_WITH_COMPARATOR), "≥ before a range"},
    {"90%-80%", 0, RC(RANGE_REVERSED), "90 > 80"},
    {"80%-90个", 0, RC(UNITS_DIFFER), "range bounds in % and 个"},
    {"85%为优，70个为良", 0, RC(UNITS_DIFFER), "tier bands in % and 个"},
    {"2020年燃气锅炉完成低氮燃烧改造", 0, RC(DATE_MALFORMED), "seed 003: a year without a month"},
    {"000-9999-JSN-0226", 0, RC(DATE_MALFORMED), "seed 000: a project code, 9999- reads as a year"},
    {"2024-12", 0, RC(DATE_MALFORMED), "no day"},
    {"2024年6月前", 0, RC(DATE_AMBIGUOUS), "before June, or by its end?"},
    {"年底前", 0, RC(DATE_NO_YEAR), "no year, budget year 0"},
    {"2024年2月30日", 0, RC(DATE_INVALID), "no such day"},
    {"2024年13月", 0, RC(DATE_INVALID), "no such month"},
    {"达标为优，其余为差", 0, RC(TIERS_WITHOUT_THRESHOLDS), "grades without numbers"},
    {"85%为优，70%", 0, RC(TIERS_CLAUSE_WITHOUT_GRADE), "'70%' has no grade"},
    {"90分为优，80分为良，70分为中，60分为差，50分为差", 0, RC(TIERS_TOO_MANY_BANDS), "five bands"},
    {"85%为优，85%为优", 0, RC(TIERS_GRADE_REPEATED), "优 twice"},
    {"=100%为优，其余为差", 0, RC(TIERS_EQUALS), "a band with ="},
    {"60%为优，70%为良", 0, RC(TIERS_NOT_IN_ORDER), "优 below 良"},
    /* sorted best first: 优 ≥ 85, then 良 "60%以下" points the other way, so
     * it is a catch-all, but 中 comes after it */
    {"85%为优，60%以下为良，50%为中", 0, RC(TIERS_CATCH_ALL_MISPLACED), "a catch-all before the last band"},
    {"85%为优，70%为良，50%以下为差", 0, RC(TIERS_CATCH_ALL_GAP), "差 starts at 50, not at 70"},
    /* issue 11, reading 3: a symbol that is no comparator the parser knows
     * makes the target unparsed, never "at least" */
    {"≈100%", 0, RC(UNKNOWN_SYMBOL), "≈ (approximately) is not a comparator"},
    {"≠0", 0, RC(UNKNOWN_SYMBOL), "≠ is not a comparator"},
    {"±10%", 0, RC(UNKNOWN_SYMBOL), "± cannot be placed as one comparator"},
    {"◎95%", 0, RC(UNKNOWN_SYMBOL), "an other symbol (So) before the number"},
    {"≈达标", 0, RC(UNKNOWN_SYMBOL), "a symbol in words"},
};

static void test_target_reason_codes(void)
{
    for (size_t i = 0; i < G_N_ELEMENTS(parse_reason_cases); i++) {
        const ReasonCase *c = &parse_reason_cases[i];
        BudgetTarget *t = budget_target_parse(c->text, -1, c->year, NULL);

        CU_ASSERT_PTR_NOT_NULL_FATAL(t);
        if (budget_target_get_reason_code(t) != c->code)
            fprintf(stderr, "\n  '%s' (%s): code %s, expected %s (reason %s)\n", c->text, c->why,
                    budget_target_reason_to_string(budget_target_get_reason_code(t)),
                    budget_target_reason_to_string(c->code),
                    budget_target_get_reason(t) ? budget_target_get_reason(t) : "-");
        CU_ASSERT_EQUAL(budget_target_get_kind(t), BUDGET_TARGET_UNPARSED);
        CU_ASSERT_EQUAL(budget_target_get_reason_code(t), c->code);
        /* the message for people stays beside the code */
        CU_ASSERT_PTR_NOT_NULL(budget_target_get_reason(t));
        budget_target_unref(t);
    }
}

typedef struct {
    const char *target;
    const char *actual;
    BudgetTargetReason code;
    const char *reason;
} EvalReasonCase;

#define TIERS_SEED "85%站点为优，70%站点为良，60%站点为中，60%以下站点为差"

static const EvalReasonCase eval_reason_cases[] = {
    /* score fixture S-003: the target's own code is budget_target_get_reason_code()'s */
    {"3至5个，不少于4个", "4个", RC(TARGET_UNPARSED),
     "target not parsed: more than one number ('3' and '5')"},
    {"≥95%", "完成", RC(ACTUAL_NOT_A_NUMBER), "actual '完成' is not a number"},
    {"≥95%", "约96%", RC(ACTUAL_NOT_A_NUMBER), "actual '约96%' is not a number"},
    /* issue 11, reading 2: a unit other than the target's is a reason, never dropped */
    {"≥50厘米", "45毫米", RC(UNIT_MISMATCH), "unit mismatch: target '厘米', actual '毫米'"},
    {"≥20羽", "25英尺", RC(UNIT_MISMATCH), "unit mismatch: target '羽', actual '英尺'"},
    {"≥20羽", "25只", RC(UNIT_MISMATCH), "unit mismatch: target '羽', actual '只'"},
    {"符合要求", "95", RC(ACTUAL_NOT_A_WORD), "a qualitative target needs a word, not '95'"},
    {"符合要求", "还行", RC(ACTUAL_UNKNOWN_WORD), "unknown word '还行'"},
    /* two numbers are still numbers, not an unknown word */
    {"符合要求", "3和5", RC(ACTUAL_NOT_A_WORD), "a qualitative target needs a word, not '3和5'"},
    {TIERS_SEED, "良好以上", RC(ACTUAL_NOT_GRADE_OR_NUMBER),
     "actual '良好以上' is neither a grade nor a number"},
    {"2024年12月31日", "95%", RC(ACTUAL_NOT_DATE_OR_WORD),
     "actual '95%' is neither a date nor a known completion word"},
    {"≥95%", "96个", RC(UNIT_MISMATCH), "unit mismatch: target '%', actual '个'"},
    {TIERS_SEED, "85个", RC(UNIT_MISMATCH), "unit mismatch: target '%', actual '个'"},
    /* an actual refused for its number passes its own code on */
    {"≤1.2万元", "1.1234567", RC(NUMBER_TOO_PRECISE),
     "actual '1.1234567': number '1.1234567' has more than 6 decimals"},
    /* a bare 1.005 in 元 is 100.5 fen */
    {"≤2元", "1.005", RC(NUMBER_TOO_PRECISE), "actual '1.005' is not exact to the fen"},
    /* 10^17 × 10^6 micro-units > INT64_MAX */
    {"≥95%", "100000000000000000%", RC(NUMBER_TOO_LARGE),
     "actual '100000000000000000%': number '100000000000000000' is too large"},
    /* a bare actual in 亿元: 10^9 × 10^10 fen = 10^19 > INT64_MAX */
    {"≤2亿元", "1000000000", RC(NUMBER_TOO_LARGE), "actual '1000000000' is too large"},
    {"≥95%", "95%和96%", RC(MORE_THAN_ONE_NUMBER), "actual '95%和96%': more than one number ('95' and '96')"},
};

static void test_target_evaluate_reason_codes(void)
{
    BudgetTargetEvaluation ev;

    for (size_t i = 0; i < G_N_ELEMENTS(eval_reason_cases); i++) {
        const EvalReasonCase *c = &eval_reason_cases[i];
        BudgetTarget *t = budget_target_parse(c->target, -1, 0, NULL);

        CU_ASSERT_PTR_NOT_NULL_FATAL(t);
        memset(&ev, 0x5a, sizeof ev);
        CU_ASSERT_TRUE(budget_target_evaluate(t, c->actual, -1, &ev, NULL));
        if (ev.reason_code != (int)c->code || strcmp(ev.reason, c->reason) != 0)
            fprintf(stderr, "\n  '%s' vs '%s': code %s '%s', expected %s '%s'\n", c->target, c->actual,
                    budget_target_reason_to_string(ev.reason_code), ev.reason,
                    budget_target_reason_to_string(c->code), c->reason);
        CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_CANNOT_EVALUATE);
        CU_ASSERT_EQUAL(ev.reason_code, c->code);
        CU_ASSERT_STRING_EQUAL(ev.reason, c->reason);
        budget_target_unref(t);
    }

    /* the unparsed target keeps its own code */
    {
        BudgetTarget *t = budget_target_parse("3至5个，不少于4个", -1, 0, NULL);
        CU_ASSERT_EQUAL(budget_target_get_reason_code(t), BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER);
        budget_target_unref(t);
    }

    /* through budget_target_evaluate_text(): "年底前" has no year with year 0 */
    CU_ASSERT_TRUE(budget_target_evaluate_text("年底前", "2024-12-31", 0, &ev, NULL));
    CU_ASSERT_EQUAL(ev.reason_code, BUDGET_TARGET_REASON_TARGET_UNPARSED);
    /* met, blank and not applicable have no code */
    CU_ASSERT_TRUE(budget_target_evaluate_text("≥95%", "96%", 0, &ev, NULL));
    CU_ASSERT_EQUAL(ev.reason_code, BUDGET_TARGET_REASON_NONE);
    CU_ASSERT_TRUE(budget_target_evaluate_text("≥95%", "", 0, &ev, NULL));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_NOT_REPORTED);
    CU_ASSERT_EQUAL(ev.reason_code, BUDGET_TARGET_REASON_NONE);
    CU_ASSERT_TRUE(budget_target_evaluate_text("≥95%", "不适用", 0, &ev, NULL));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_NOT_APPLICABLE);
    CU_ASSERT_EQUAL(ev.reason_code, BUDGET_TARGET_REASON_NONE);
}

/* A scoring rule needs a number: a qualitative actual the evaluation judged
 * met becomes "cannot evaluate", and says so with a code too. */
static void test_target_reason_codes_score(void)
{
    BudgetScoreConfig *c = budget_score_config_new();
    BudgetTarget *t = budget_target_parse("符合要求", -1, 0, NULL);
    BudgetTargetEvaluation ev;
    int64_t score = -1;

    /* ≥ 90 % gives the whole 10 points */
    CU_ASSERT_TRUE(budget_score_config_add_step(c, "合格率", BUDGET_TARGET_CMP_GE, M(90),
                                                10 * BUDGET_SCORE_POINT, NULL));
    CU_ASSERT_TRUE(
        budget_score_indicator(c, t, "符合", "合格率", 10 * BUDGET_SCORE_POINT, &score, &ev, NULL));
    CU_ASSERT_EQUAL(score, 0);
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_CANNOT_EVALUATE);
    CU_ASSERT_EQUAL(ev.reason_code, BUDGET_TARGET_REASON_ACTUAL_NOT_A_NUMBER);
    CU_ASSERT_STRING_EQUAL(ev.reason, "a scoring rule needs a number as actual");
    /* without the rule the same actual is met: no code */
    CU_ASSERT_TRUE(
        budget_score_indicator(NULL, t, "符合", "合格率", 10 * BUDGET_SCORE_POINT, &score, &ev, NULL));
    CU_ASSERT_EQUAL(ev.result, BUDGET_TARGET_MET);
    CU_ASSERT_EQUAL(ev.reason_code, BUDGET_TARGET_REASON_NONE);
    budget_target_unref(t);
    budget_score_config_free(c);
}

/* Every reason has a name that reads back, and every reason but NONE is
 * produced by one of the cases above (so a new code cannot go untested). */
static void test_target_reason_names(void)
{
    bool seen[BUDGET_TARGET_REASON_N] = {false};
    BudgetTargetReason r = BUDGET_TARGET_REASON_NONE;

    for (int i = 0; i < BUDGET_TARGET_REASON_N; i++) {
        const char *name = budget_target_reason_to_string((BudgetTargetReason)i);
        BudgetTargetReason back = BUDGET_TARGET_REASON_N;

        CU_ASSERT_PTR_NOT_NULL_FATAL(name);
        CU_ASSERT_TRUE(budget_target_reason_from_string(name, &back));
        CU_ASSERT_EQUAL(back, i);
    }
    CU_ASSERT_STRING_EQUAL(budget_target_reason_to_string(BUDGET_TARGET_REASON_NONE), "none");
    CU_ASSERT_STRING_EQUAL(budget_target_reason_to_string(BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER),
                           "more_than_one_number");
    CU_ASSERT_STRING_EQUAL(budget_target_reason_to_string(BUDGET_TARGET_REASON_UNIT_MISMATCH),
                           "unit_mismatch");
    EXPECT_CRITICAL(
        CU_ASSERT_PTR_NULL(budget_target_reason_to_string((BudgetTargetReason)BUDGET_TARGET_REASON_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_reason_to_string((BudgetTargetReason)-1)));
    /* any ASCII case; unknown and NULL names leave @out alone */
    CU_ASSERT_TRUE(budget_target_reason_from_string("Unit_Mismatch", &r));
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_REASON_UNIT_MISMATCH);
    CU_ASSERT_FALSE(budget_target_reason_from_string("unit mismatch", &r));
    CU_ASSERT_FALSE(budget_target_reason_from_string("", &r));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_reason_from_string(NULL, &r)));
    CU_ASSERT_EQUAL(r, BUDGET_TARGET_REASON_UNIT_MISMATCH);
    CU_ASSERT_TRUE(budget_target_reason_from_string("empty", NULL));

    for (size_t i = 0; i < G_N_ELEMENTS(parse_reason_cases); i++)
        seen[parse_reason_cases[i].code] = true;
    for (size_t i = 0; i < G_N_ELEMENTS(eval_reason_cases); i++)
        seen[eval_reason_cases[i].code] = true;
    seen[BUDGET_TARGET_REASON_ACTUAL_INVALID_UTF8] = true; /* test_target_errors */
    for (int i = 1; i < BUDGET_TARGET_REASON_N; i++) {
        if (!seen[i])
            fprintf(stderr, "\n  reason %s is produced by no test case\n",
                    budget_target_reason_to_string((BudgetTargetReason)i));
        CU_ASSERT_TRUE(seen[i]);
    }
}

/* ---------------------------------------------------------------------
 * The shared decimal scanner (text-number.c), which target reads its
 * numbers with.
 * ------------------------------------------------------------------- */

static BudgetpDecimal scan(const char *text, int scale, unsigned flags)
{
    BudgetpDecimal d;
    size_t n = budgetp_decimal_scan(text, strlen(text), scale, flags, &d);

    CU_ASSERT_EQUAL(n, d.len);
    return d;
}

static void test_target_decimal_scan(void)
{
    const unsigned C = BUDGETP_DECIMAL_COMMAS, P = BUDGETP_DECIMAL_LEADING_POINT;
    BudgetpDecimal d;

    /* 95.5 × 10^6 = 95500000; "%" is the caller's */
    d = scan("95.5%", 6, 0);
    CU_ASSERT_EQUAL(d.len, 4);
    CU_ASSERT_EQUAL(d.magnitude, 95500000);
    CU_ASSERT_EQUAL(d.int_digits, 2);
    CU_ASSERT_EQUAL(d.frac_digits, 1);
    CU_ASSERT_TRUE(d.has_point);
    CU_ASSERT_FALSE(d.has_commas);
    /* 1,000,000.25 with 2 decimals: 100000025 */
    d = scan("1,000,000.25元", 2, C);
    CU_ASSERT_EQUAL(d.len, 12);
    CU_ASSERT_EQUAL(d.magnitude, 100000025);
    CU_ASSERT_EQUAL(d.int_digits, 7);
    CU_ASSERT_TRUE(d.has_commas);
    /* without the flag a comma ends the number: 1 */
    d = scan("1,000", 0, 0);
    CU_ASSERT_EQUAL(d.len, 1);
    CU_ASSERT_EQUAL(d.magnitude, 1);
    /* a first group of 4 digits takes no comma; nor does a group of 2 or 4 after it */
    CU_ASSERT_EQUAL(scan("1234,567", 0, C).len, 4);
    CU_ASSERT_EQUAL(scan("12,34", 0, C).len, 2);
    CU_ASSERT_EQUAL(scan("1,0000", 0, C).len, 1);
    CU_ASSERT_EQUAL(scan("1,000,00", 0, C).len, 5);
    CU_ASSERT_EQUAL(scan(",000", 0, C).len, 0);
    /* ".5" only with the flag: 0.5 × 10^6 = 500000 */
    d = scan(".5", 6, P);
    CU_ASSERT_EQUAL(d.len, 2);
    CU_ASSERT_EQUAL(d.magnitude, 500000);
    CU_ASSERT_EQUAL(d.int_digits, 0);
    CU_ASSERT_EQUAL(scan(".5", 6, 0).len, 0);
    CU_ASSERT_EQUAL(scan(".", 6, P).len, 0);
    /* a point without a digit after it is not read: "5." is 5 */
    d = scan("5.", 2, 0);
    CU_ASSERT_EQUAL(d.len, 1);
    CU_ASSERT_EQUAL(d.magnitude, 500);
    CU_ASSERT_FALSE(d.has_point);
    /* zeros past the scale are allowed, other digits are never rounded */
    d = scan("1.50", 1, 0);
    CU_ASSERT_FALSE(d.too_precise);
    CU_ASSERT_EQUAL(d.magnitude, 15);
    CU_ASSERT_EQUAL(d.frac_digits, 2);
    d = scan("1.05", 1, 0);
    CU_ASSERT_TRUE(d.too_precise);
    CU_ASSERT_EQUAL(d.magnitude, 0);
    CU_ASSERT_EQUAL(d.len, 4);
    /* UINT64_MAX = 18446744073709551615 fits, one more does not */
    d = scan("18446744073709551615", 0, 0);
    CU_ASSERT_FALSE(d.overflow);
    CU_ASSERT_EQUAL(d.magnitude, UINT64_MAX);
    d = scan("18446744073709551616", 0, 0);
    CU_ASSERT_TRUE(d.overflow);
    CU_ASSERT_EQUAL(d.magnitude, 0);
    CU_ASSERT_EQUAL(d.len, 20);
    /* with scale 6: 18446744073709 × 10^6 fits, 18446744073710 × 10^6 does not */
    CU_ASSERT_FALSE(scan("18446744073709", 6, 0).overflow);
    CU_ASSERT_TRUE(scan("18446744073710", 6, 0).overflow);
    /* @len bounds the scan: "12" of "123" */
    CU_ASSERT_EQUAL(budgetp_decimal_scan("123", 2, 0, 0, &d), 2);
    CU_ASSERT_EQUAL(d.magnitude, 12);
    /* no number, and a scale out of 0..18 */
    CU_ASSERT_EQUAL(scan("abc", 0, C | P).len, 0);
    CU_ASSERT_EQUAL(scan("", 0, C | P).len, 0);
    CU_ASSERT_EQUAL(scan("5", 19, 0).len, 0);
    /* 18 decimals: 1 × 10^18 fits in 64 bits */
    CU_ASSERT_EQUAL(scan("1", 18, 0).magnitude, UINT64_C(1000000000000000000));
}

static CU_TestInfo target_tests[] = {
    {"seeds", test_target_seeds},
    {"seed_files", test_target_seed_files},
    {"datagen", test_target_datagen},
    {"comparators", test_target_comparators},
    {"ranges", test_target_ranges},
    {"deadlines", test_target_deadlines},
    {"unparsed", test_target_unparsed},
    {"tiers", test_target_tiers},
    {"evaluate", test_target_evaluate},
    {"evaluate_actual_value", test_target_evaluate_actual_value},
    {"evaluate_text", test_target_evaluate_text},
    {"text_kept", test_target_text_kept},
    {"errors", test_target_errors},
    {"names", test_target_names},
    {"names: from_string", test_target_names_from_string},
    {"reason_codes", test_target_reason_codes},
    {"evaluate_reason_codes", test_target_evaluate_reason_codes},
    {"reason_codes_score", test_target_reason_codes_score},
    {"reason_names", test_target_reason_names},
    {"decimal_scan", test_target_decimal_scan},
    {"negative_length", test_target_negative_length},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"target", test_criticals_init, test_criticals_cleanup, NULL, NULL, target_tests},
    CU_SUITE_INFO_NULL,
};
