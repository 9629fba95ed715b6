/* CUnit suite for the names of the enumerations of budget-types.h: every
 * value has a name, each name reads back in any ASCII case, and misuse is a
 * critical warning (docs/api-conventions.md). */
#include <string.h>

#include <glib.h>

#include "test-util.h"

/* Walks every value 0 .. n - 1 of one enumeration: a name that is neither
 * NULL nor empty, distinct from the others, that reads back to the value as
 * written, in upper case and in lower case; then value n, which is past the
 * end (a critical and NULL), an unknown name (false, no critical, *out
 * untouched) and NULL text (a critical and false). Reports the caller's line. */
#define CHECK_ENUM(prefix, Type, n) check_enum_at_##prefix(__LINE__)
#define DEFINE_CHECK_ENUM(prefix, Type, n)                                                                   \
    static void check_enum_at_##prefix(unsigned int at)                                                      \
    {                                                                                                        \
        Type out;                                                                                            \
        const char *names[64];                                                                               \
        int before;                                                                                          \
                                                                                                             \
        CU_ASSERT_FATAL((n) <= 64);                                                                          \
        for (int i = 0; i < (n); i++) {                                                                      \
            const char *name = prefix##_to_string((Type)i);                                                  \
            char *upper, *lower;                                                                             \
                                                                                                             \
            CU_assertImplementation(name != NULL && name[0] != '\0', at, "a value has no name", __FILE__,    \
                                    "", CU_FALSE);                                                           \
            if (name == NULL)                                                                                \
                continue;                                                                                    \
            names[i] = name;                                                                                 \
            for (int j = 0; j < i; j++)                                                                      \
                CU_assertImplementation(strcmp(names[j], name) != 0, at, "two values share a name",          \
                                        __FILE__, "", CU_FALSE);                                             \
            upper = g_ascii_strup(name, -1);                                                                 \
            lower = g_ascii_strdown(name, -1);                                                               \
            out = (Type)(i + 1);                                                                             \
            CU_assertImplementation(prefix##_from_string(name, &out) && out == (Type)i, at, name, __FILE__,  \
                                    "", CU_FALSE);                                                           \
            out = (Type)(i + 1);                                                                             \
            CU_assertImplementation(prefix##_from_string(upper, &out) && out == (Type)i, at, upper,          \
                                    __FILE__, "", CU_FALSE);                                                 \
            out = (Type)(i + 1);                                                                             \
            CU_assertImplementation(prefix##_from_string(lower, &out) && out == (Type)i, at, lower,          \
                                    __FILE__, "", CU_FALSE);                                                 \
            g_free(upper);                                                                                   \
            g_free(lower);                                                                                   \
        }                                                                                                    \
        before = test_n_criticals;                                                                           \
        CU_assertImplementation(prefix##_to_string((Type)(n)) == NULL && test_n_criticals == before + 1, at, \
                                "_N is not a value: NULL after one critical", __FILE__, "", CU_FALSE);       \
        before = test_n_criticals;                                                                           \
        CU_assertImplementation(prefix##_to_string((Type)-1) == NULL && test_n_criticals == before + 1, at,  \
                                "-1 is not a value: NULL after one critical", __FILE__, "", CU_FALSE);       \
        before = test_n_criticals;                                                                           \
        out = (Type)0;                                                                                       \
        CU_assertImplementation(                                                                             \
            !prefix##_from_string("no such name", &out) && out == (Type)0 && test_n_criticals == before, at, \
            "an unknown name: false, untouched, no critical", __FILE__, "", CU_FALSE);                       \
        CU_assertImplementation(prefix##_from_string(names[0], NULL), at, "@out may be NULL", __FILE__, "",  \
                                CU_FALSE);                                                                   \
        before = test_n_criticals;                                                                           \
        CU_assertImplementation(!prefix##_from_string(NULL, &out) && test_n_criticals == before + 1, at,     \
                                "NULL text: false after one critical", __FILE__, "", CU_FALSE);              \
    }

DEFINE_CHECK_ENUM(budget_money_unit, BudgetMoneyUnit, BUDGET_MONEY_UNIT_N)
DEFINE_CHECK_ENUM(budget_source, BudgetSource, BUDGET_SOURCE_N)
DEFINE_CHECK_ENUM(budget_plan_form, BudgetPlanForm, BUDGET_PLAN_FORM_N)
DEFINE_CHECK_ENUM(budget_plan_method, BudgetPlanMethod, BUDGET_PLAN_METHOD_N)
DEFINE_CHECK_ENUM(budget_time_method, BudgetTimeMethod, BUDGET_TIME_METHOD_N)
DEFINE_CHECK_ENUM(budget_denominator, BudgetDenominator, BUDGET_DENOMINATOR_N)
DEFINE_CHECK_ENUM(budget_status, BudgetStatus, BUDGET_STATUS_N)
DEFINE_CHECK_ENUM(budget_level, BudgetLevel, BUDGET_LEVEL_N)
DEFINE_CHECK_ENUM(budget_spend_policy, BudgetSpendPolicy, BUDGET_SPEND_POLICY_N)
DEFINE_CHECK_ENUM(budget_department_item, BudgetDepartmentItem, BUDGET_DEPARTMENT_ITEM_N)
DEFINE_CHECK_ENUM(budget_department_ratio, BudgetDepartmentRatio, BUDGET_DEPARTMENT_RATIO_N)
DEFINE_CHECK_ENUM(budget_department_reason, BudgetDepartmentReason, BUDGET_DEPARTMENT_REASON_N)
DEFINE_CHECK_ENUM(budget_department_adjustment_measure, BudgetDepartmentAdjustmentMeasure,
                  BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N)
DEFINE_CHECK_ENUM(budget_export_format, BudgetExportFormat, BUDGET_EXPORT_FORMAT_N)
DEFINE_CHECK_ENUM(budget_export_headers, BudgetExportHeaders, BUDGET_EXPORT_HEADERS_N)
DEFINE_CHECK_ENUM(budget_indicator_level, BudgetIndicatorLevel, BUDGET_INDICATOR_LEVEL_N)
DEFINE_CHECK_ENUM(budget_indicator_note, BudgetIndicatorNote, BUDGET_INDICATOR_NOTE_N)
DEFINE_CHECK_ENUM(budget_monitor_colour, BudgetMonitorColour, BUDGET_MONITOR_COLOUR_N)
DEFINE_CHECK_ENUM(budget_monitor_basis, BudgetMonitorBasis, BUDGET_MONITOR_BASIS_N)
DEFINE_CHECK_ENUM(budget_monitor_against, BudgetMonitorAgainst, BUDGET_MONITOR_AGAINST_N)
DEFINE_CHECK_ENUM(budget_monitor_projection, BudgetMonitorProjection, BUDGET_MONITOR_PROJECTION_N)
DEFINE_CHECK_ENUM(budget_monitor_reason, BudgetMonitorReason, BUDGET_MONITOR_REASON_N)
DEFINE_CHECK_ENUM(budget_report_money, BudgetReportMoney, BUDGET_REPORT_MONEY_N)
DEFINE_CHECK_ENUM(budget_report_rate, BudgetReportRate, BUDGET_REPORT_RATE_N)
DEFINE_CHECK_ENUM(budget_score_absent_level, BudgetScoreAbsentLevel, BUDGET_SCORE_ABSENT_N)
DEFINE_CHECK_ENUM(budget_score_blank, BudgetScoreBlank, BUDGET_SCORE_BLANK_N)
DEFINE_CHECK_ENUM(budget_score_lower, BudgetScoreLower, BUDGET_SCORE_LOWER_N)
DEFINE_CHECK_ENUM(budget_score_rounding, BudgetScoreRounding, BUDGET_SCORE_ROUNDING_N)
DEFINE_CHECK_ENUM(budget_score_execution, BudgetScoreExecution, BUDGET_SCORE_EXECUTION_N)
DEFINE_CHECK_ENUM(budget_table_import_flag, BudgetTableImportFlag, BUDGET_TABLE_IMPORT_FLAG_N)
DEFINE_CHECK_ENUM(budget_target_kind, BudgetTargetKind, BUDGET_TARGET_KIND_N)
DEFINE_CHECK_ENUM(budget_target_result, BudgetTargetResult, BUDGET_TARGET_RESULT_N)
DEFINE_CHECK_ENUM(budget_target_direction, BudgetTargetDirection, BUDGET_TARGET_DIRECTION_N)
DEFINE_CHECK_ENUM(budget_target_unit_class, BudgetTargetUnitClass, BUDGET_TARGET_UNIT_CLASS_N)
DEFINE_CHECK_ENUM(budget_target_reason, BudgetTargetReason, BUDGET_TARGET_REASON_N)

static void test_types_every_enum(void)
{
    CHECK_ENUM(budget_money_unit, BudgetMoneyUnit, BUDGET_MONEY_UNIT_N);
    CHECK_ENUM(budget_source, BudgetSource, BUDGET_SOURCE_N);
    CHECK_ENUM(budget_plan_form, BudgetPlanForm, BUDGET_PLAN_FORM_N);
    CHECK_ENUM(budget_plan_method, BudgetPlanMethod, BUDGET_PLAN_METHOD_N);
    CHECK_ENUM(budget_time_method, BudgetTimeMethod, BUDGET_TIME_METHOD_N);
    CHECK_ENUM(budget_denominator, BudgetDenominator, BUDGET_DENOMINATOR_N);
    CHECK_ENUM(budget_status, BudgetStatus, BUDGET_STATUS_N);
    CHECK_ENUM(budget_level, BudgetLevel, BUDGET_LEVEL_N);
    CHECK_ENUM(budget_spend_policy, BudgetSpendPolicy, BUDGET_SPEND_POLICY_N);
}

/* The enumerations of the other headers follow the same rules: every
 * _from_string() accepts a NULL @out (a validity check), reads any ASCII
 * case, and reports NULL text with one critical (docs/api-conventions.md,
 * Enumerations and Misuse). */
static void test_types_every_other_enum(void)
{
    CHECK_ENUM(budget_department_item, BudgetDepartmentItem, BUDGET_DEPARTMENT_ITEM_N);
    CHECK_ENUM(budget_department_ratio, BudgetDepartmentRatio, BUDGET_DEPARTMENT_RATIO_N);
    CHECK_ENUM(budget_department_reason, BudgetDepartmentReason, BUDGET_DEPARTMENT_REASON_N);
    CHECK_ENUM(budget_department_adjustment_measure, BudgetDepartmentAdjustmentMeasure,
               BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N);
    CHECK_ENUM(budget_export_format, BudgetExportFormat, BUDGET_EXPORT_FORMAT_N);
    CHECK_ENUM(budget_export_headers, BudgetExportHeaders, BUDGET_EXPORT_HEADERS_N);
    CHECK_ENUM(budget_indicator_level, BudgetIndicatorLevel, BUDGET_INDICATOR_LEVEL_N);
    CHECK_ENUM(budget_indicator_note, BudgetIndicatorNote, BUDGET_INDICATOR_NOTE_N);
    CHECK_ENUM(budget_monitor_colour, BudgetMonitorColour, BUDGET_MONITOR_COLOUR_N);
    CHECK_ENUM(budget_monitor_basis, BudgetMonitorBasis, BUDGET_MONITOR_BASIS_N);
    CHECK_ENUM(budget_monitor_against, BudgetMonitorAgainst, BUDGET_MONITOR_AGAINST_N);
    CHECK_ENUM(budget_monitor_projection, BudgetMonitorProjection, BUDGET_MONITOR_PROJECTION_N);
    CHECK_ENUM(budget_monitor_reason, BudgetMonitorReason, BUDGET_MONITOR_REASON_N);
    CHECK_ENUM(budget_report_money, BudgetReportMoney, BUDGET_REPORT_MONEY_N);
    CHECK_ENUM(budget_report_rate, BudgetReportRate, BUDGET_REPORT_RATE_N);
    CHECK_ENUM(budget_score_absent_level, BudgetScoreAbsentLevel, BUDGET_SCORE_ABSENT_N);
    CHECK_ENUM(budget_score_blank, BudgetScoreBlank, BUDGET_SCORE_BLANK_N);
    CHECK_ENUM(budget_score_lower, BudgetScoreLower, BUDGET_SCORE_LOWER_N);
    CHECK_ENUM(budget_score_rounding, BudgetScoreRounding, BUDGET_SCORE_ROUNDING_N);
    CHECK_ENUM(budget_score_execution, BudgetScoreExecution, BUDGET_SCORE_EXECUTION_N);
    CHECK_ENUM(budget_table_import_flag, BudgetTableImportFlag, BUDGET_TABLE_IMPORT_FLAG_N);
    CHECK_ENUM(budget_target_kind, BudgetTargetKind, BUDGET_TARGET_KIND_N);
    CHECK_ENUM(budget_target_result, BudgetTargetResult, BUDGET_TARGET_RESULT_N);
    CHECK_ENUM(budget_target_direction, BudgetTargetDirection, BUDGET_TARGET_DIRECTION_N);
    CHECK_ENUM(budget_target_unit_class, BudgetTargetUnitClass, BUDGET_TARGET_UNIT_CLASS_N);
    CHECK_ENUM(budget_target_reason, BudgetTargetReason, BUDGET_TARGET_REASON_N);
}

/* The comparator and the grade name their first value "" (no comparator, no
 * grade: budget-target.h), so CHECK_ENUM's non-empty rule does not hold for
 * them; the rest of the convention does. */
static void test_types_target_empty_names(void)
{
    BudgetTargetComparator cmp = BUDGET_TARGET_CMP_NONE;
    BudgetTargetGrade grade = BUDGET_TARGET_GRADE_NONE;

    CU_ASSERT_TRUE(budget_target_comparator_from_string("≥", &cmp));
    CU_ASSERT_EQUAL(cmp, BUDGET_TARGET_CMP_GE);
    CU_ASSERT_TRUE(budget_target_comparator_from_string("<", NULL));
    CU_ASSERT_TRUE(budget_target_grade_from_string("良", &grade));
    CU_ASSERT_EQUAL(grade, BUDGET_TARGET_GRADE_GOOD);
    CU_ASSERT_TRUE(budget_target_grade_from_string("差", NULL));
    cmp = BUDGET_TARGET_CMP_GE;
    CU_ASSERT_FALSE(budget_target_comparator_from_string("=>", &cmp));
    CU_ASSERT_EQUAL(cmp, BUDGET_TARGET_CMP_GE); /* untouched */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_comparator_from_string(NULL, &cmp)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_target_grade_from_string(NULL, &grade)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_comparator_to_string(BUDGET_TARGET_COMPARATOR_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_target_grade_to_string(BUDGET_TARGET_GRADE_N)));
}

/* The counts are one past the last value of each enumeration as written in
 * budget-types.h. */
static void test_types_counts(void)
{
    CU_ASSERT_EQUAL(BUDGET_MONEY_UNIT_N, BUDGET_MONEY_UNIT_YI + 1);
    CU_ASSERT_EQUAL(BUDGET_SOURCE_N, BUDGET_SOURCE_OTHER + 1);
    CU_ASSERT_EQUAL(BUDGET_PLAN_FORM_N, BUDGET_PLAN_FORM_INCREMENTAL + 1);
    CU_ASSERT_EQUAL(BUDGET_PLAN_METHOD_N, BUDGET_PLAN_METHOD_LINEAR + 1);
    CU_ASSERT_EQUAL(BUDGET_TIME_METHOD_N, BUDGET_TIME_METHOD_MONTHS + 1);
    CU_ASSERT_EQUAL(BUDGET_DENOMINATOR_N, BUDGET_DENOMINATOR_ORIGINAL + 1);
    CU_ASSERT_EQUAL(BUDGET_STATUS_N, BUDGET_STATUS_OVER_BUDGET + 1);
    CU_ASSERT_EQUAL(BUDGET_LEVEL_N, BUDGET_LEVEL_DEPARTMENT + 1);
    CU_ASSERT_EQUAL(BUDGET_SPEND_POLICY_N, BUDGET_SPEND_STOP + 1);
}

/* The names as the CLI, the CSV files and the JSON export spell them. */
static void test_types_names(void)
{
    CU_ASSERT_STRING_EQUAL(budget_plan_method_to_string(BUDGET_PLAN_METHOD_STEP), "step");
    CU_ASSERT_STRING_EQUAL(budget_plan_method_to_string(BUDGET_PLAN_METHOD_LINEAR), "linear");
    CU_ASSERT_STRING_EQUAL(budget_time_method_to_string(BUDGET_TIME_METHOD_DAYS), "days");
    CU_ASSERT_STRING_EQUAL(budget_time_method_to_string(BUDGET_TIME_METHOD_MONTHS), "months");
    CU_ASSERT_STRING_EQUAL(budget_denominator_to_string(BUDGET_DENOMINATOR_ADJUSTED), "adjusted");
    CU_ASSERT_STRING_EQUAL(budget_denominator_to_string(BUDGET_DENOMINATOR_ORIGINAL), "original");
    CU_ASSERT_STRING_EQUAL(budget_status_to_string(BUDGET_STATUS_SERIOUSLY_BEHIND), "seriously_behind");
    CU_ASSERT_STRING_EQUAL(budget_status_to_string(BUDGET_STATUS_OVER_BUDGET), "over_budget");
    CU_ASSERT_STRING_EQUAL(budget_level_to_string(BUDGET_LEVEL_UNIT), "unit");
    CU_ASSERT_STRING_EQUAL(budget_spend_policy_to_string(BUDGET_SPEND_IGNORE), "ignore");
    CU_ASSERT_STRING_EQUAL(budget_spend_policy_to_string(BUDGET_SPEND_WARN), "warn");
    CU_ASSERT_STRING_EQUAL(budget_spend_policy_to_string(BUDGET_SPEND_STOP), "stop");
}

/* Each from_string by name, with the value its name stands for. */
static void test_types_from_string(void)
{
    BudgetPlanMethod plan = BUDGET_PLAN_METHOD_STEP;
    BudgetTimeMethod time = BUDGET_TIME_METHOD_DAYS;
    BudgetDenominator denom = BUDGET_DENOMINATOR_ADJUSTED;
    BudgetSpendPolicy policy = BUDGET_SPEND_IGNORE;
    BudgetLevel level = BUDGET_LEVEL_PROJECT;
    BudgetStatus status = BUDGET_STATUS_ON_TRACK;
    BudgetMoneyUnit unit = BUDGET_MONEY_UNIT_YUAN;
    BudgetPlanForm form = BUDGET_PLAN_FORM_AUTO;
    BudgetSource source = BUDGET_SOURCE_FISCAL;

    CU_ASSERT_TRUE(budget_plan_method_from_string("Linear", &plan));
    CU_ASSERT_EQUAL(plan, BUDGET_PLAN_METHOD_LINEAR);
    CU_ASSERT_TRUE(budget_time_method_from_string("MONTHS", &time));
    CU_ASSERT_EQUAL(time, BUDGET_TIME_METHOD_MONTHS);
    CU_ASSERT_TRUE(budget_denominator_from_string("original", &denom));
    CU_ASSERT_EQUAL(denom, BUDGET_DENOMINATOR_ORIGINAL);
    CU_ASSERT_TRUE(budget_spend_policy_from_string("Stop", &policy));
    CU_ASSERT_EQUAL(policy, BUDGET_SPEND_STOP);
    CU_ASSERT_TRUE(budget_level_from_string("Department", &level));
    CU_ASSERT_EQUAL(level, BUDGET_LEVEL_DEPARTMENT);
    CU_ASSERT_TRUE(budget_status_from_string("BEHIND", &status));
    CU_ASSERT_EQUAL(status, BUDGET_STATUS_BEHIND);
    CU_ASSERT_TRUE(budget_money_unit_from_string("Yi", &unit));
    CU_ASSERT_EQUAL(unit, BUDGET_MONEY_UNIT_YI);
    CU_ASSERT_TRUE(budget_plan_form_from_string("incremental", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_TRUE(budget_source_from_string("OTHER", &source));
    CU_ASSERT_EQUAL(source, BUDGET_SOURCE_OTHER);
}

/* The extra spellings each documents: money units in Chinese; sources and
 * plan forms as CSV cells (spaces trimmed, blank = the column's default,
 * Chinese names); nothing else is trimmed or defaulted. */
static void test_types_extra_names(void)
{
    BudgetMoneyUnit unit = BUDGET_MONEY_UNIT_YUAN;
    BudgetSource source = BUDGET_SOURCE_OTHER;
    BudgetStatus status = BUDGET_STATUS_AHEAD;
    BudgetLevel level = BUDGET_LEVEL_UNIT;

    CU_ASSERT_TRUE(budget_money_unit_from_string("万元", &unit));
    CU_ASSERT_EQUAL(unit, BUDGET_MONEY_UNIT_WAN);
    CU_ASSERT_TRUE(budget_money_unit_from_string("亿元", &unit));
    CU_ASSERT_EQUAL(unit, BUDGET_MONEY_UNIT_YI);
    CU_ASSERT_TRUE(budget_money_unit_from_string("元", &unit));
    CU_ASSERT_EQUAL(unit, BUDGET_MONEY_UNIT_YUAN);
    CU_ASSERT_FALSE(budget_money_unit_from_string("千元", &unit));
    CU_ASSERT_FALSE(budget_money_unit_from_string(" wan", &unit)); /* not a cell: no trimming */
    CU_ASSERT_EQUAL(unit, BUDGET_MONEY_UNIT_YUAN);

    CU_ASSERT_TRUE(budget_source_from_string("  ", &source)); /* blank cell: fiscal */
    CU_ASSERT_EQUAL(source, BUDGET_SOURCE_FISCAL);
    CU_ASSERT_TRUE(budget_source_from_string(" CarryOver\t", &source));
    CU_ASSERT_EQUAL(source, BUDGET_SOURCE_CARRYOVER);
    CU_ASSERT_TRUE(budget_source_from_string("其他资金", &source));
    CU_ASSERT_EQUAL(source, BUDGET_SOURCE_OTHER);

    CU_ASSERT_FALSE(budget_status_from_string("", &status));
    CU_ASSERT_FALSE(budget_status_from_string("on track", &status));
    CU_ASSERT_EQUAL(status, BUDGET_STATUS_AHEAD);
    CU_ASSERT_TRUE(budget_status_from_string("No_Plan", &status));
    CU_ASSERT_EQUAL(status, BUDGET_STATUS_NO_PLAN);
    CU_ASSERT_FALSE(budget_level_from_string("projects", &level));
    CU_ASSERT_EQUAL(level, BUDGET_LEVEL_UNIT);
}

static CU_TestInfo types_tests[] = {
    {"every enum", test_types_every_enum},
    {"counts", test_types_counts},
    {"names", test_types_names},
    {"from_string", test_types_from_string},
    {"every other enum", test_types_every_other_enum},
    {"target empty names", test_types_target_empty_names},
    {"extra names", test_types_extra_names},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"types", test_criticals_init, test_criticals_cleanup, NULL, NULL, types_tests},
    CU_SUITE_INFO_NULL,
};
