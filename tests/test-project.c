/* CUnit suite for project: identity, strings, year, budget, funding, plan, extras. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

static void test_project_new_and_defaults(void)
{
    BudgetError err;
    BudgetProject *p = budget_project_new("13022923P00JXC414284D", &err);
    BudgetFen v = 99;

    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_STRING_EQUAL(budget_project_get_code(p), "13022923P00JXC414284D");
    CU_ASSERT_STRING_EQUAL(budget_project_get_name(p), "");
    CU_ASSERT_STRING_EQUAL(budget_project_get_unit(p), "");
    CU_ASSERT_STRING_EQUAL(budget_project_get_purpose(p), "");
    CU_ASSERT_EQUAL(budget_project_get_year(p), 0);
    assert_fen(0, budget_project_get_budget(p));
    CU_ASSERT_PTR_NULL(budget_project_get_plan(p));
    CU_ASSERT_EQUAL(budget_project_get_n_extras(p), 0);
    /* No funding given: not given is not zero, and @out is untouched. */
    for (int s = 0; s < 3; s++)
        CU_ASSERT_FALSE(budget_project_get_funding(p, (BudgetSource)s, &v));
    assert_fen(99, v);
    budget_project_unref(p);
}

static void test_project_new_invalid(void)
{
    BudgetError err;

    CU_ASSERT_PTR_NULL(budget_project_new("", &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "code");
    CU_ASSERT_PTR_NULL(budget_project_new("\xff\xfe", &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "code");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_project_new(NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    /* A NULL error record is allowed. */
    CU_ASSERT_PTR_NULL(budget_project_new("", NULL));
}

static void test_project_ref_unref(void)
{
    BudgetProject *p = budget_project_new("A", NULL);

    CU_ASSERT_PTR_EQUAL(budget_project_ref(p), p);
    budget_project_unref(p);
    /* Still alive after dropping one of two references. */
    CU_ASSERT_STRING_EQUAL(budget_project_get_code(p), "A");
    budget_project_unref(p);
    budget_project_unref(NULL); /* no-op */
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_project_ref(NULL)));
}

static void test_project_strings(void)
{
    BudgetProject *p = budget_project_new("A", NULL);
    char name[] = "玉田县空气自动监测站运行维护";

    budget_project_set_name(p, name);
    name[0] = 'X'; /* the project keeps its own copy */
    CU_ASSERT_STRING_EQUAL(budget_project_get_name(p), "玉田县空气自动监测站运行维护");
    budget_project_set_unit(p, "418001 玉田县生态环境保护事务中心");
    CU_ASSERT_STRING_EQUAL(budget_project_get_unit(p), "418001 玉田县生态环境保护事务中心");
    budget_project_set_purpose(p, "运行维护");
    CU_ASSERT_STRING_EQUAL(budget_project_get_purpose(p), "运行维护");
    budget_project_set_name(p, NULL);
    budget_project_set_unit(p, NULL);
    budget_project_set_purpose(p, NULL);
    CU_ASSERT_STRING_EQUAL(budget_project_get_name(p), "");
    CU_ASSERT_STRING_EQUAL(budget_project_get_unit(p), "");
    CU_ASSERT_STRING_EQUAL(budget_project_get_purpose(p), "");
    EXPECT_CRITICAL(budget_project_set_name(NULL, "x"));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_project_get_code(NULL)));
    budget_project_unref(p);
}

static void test_project_year_and_budget(void)
{
    BudgetProject *p = budget_project_new("A", NULL);

    CU_ASSERT_TRUE(budget_project_set_year(p, 2024));
    CU_ASSERT_EQUAL(budget_project_get_year(p), 2024);
    CU_ASSERT_TRUE(budget_project_set_year(p, 9999));
    CU_ASSERT_TRUE(budget_project_set_year(p, 1));
    CU_ASSERT_FALSE(budget_project_set_year(p, 10000));
    CU_ASSERT_FALSE(budget_project_set_year(p, -1));
    CU_ASSERT_EQUAL(budget_project_get_year(p), 1); /* unchanged by refused values */
    CU_ASSERT_TRUE(budget_project_set_year(p, 0));  /* "not set" */
    CU_ASSERT_EQUAL(budget_project_get_year(p), 0);

    budget_project_set_budget(p, 191217600); /* 191.2176万元 = 1,912,176.00 yuan */
    assert_fen(191217600, budget_project_get_budget(p));
    budget_project_set_budget(p, INT64_MAX);
    assert_fen(INT64_MAX, budget_project_get_budget(p));
    budget_project_set_budget(p, -5);
    assert_fen(-5, budget_project_get_budget(p));
    budget_project_unref(p);
}

static void test_project_funding(void)
{
    BudgetProject *p = budget_project_new("A", NULL);
    BudgetFen v = -1;

    CU_ASSERT_TRUE(budget_project_set_funding(p, BUDGET_SOURCE_FISCAL, 0));
    CU_ASSERT_TRUE(budget_project_get_funding(p, BUDGET_SOURCE_FISCAL, &v));
    assert_fen(0, v); /* given as zero: true with 0 */
    CU_ASSERT_TRUE(budget_project_get_funding(p, BUDGET_SOURCE_FISCAL, NULL));
    CU_ASSERT_FALSE(budget_project_get_funding(p, BUDGET_SOURCE_OTHER, &v));
    CU_ASSERT_TRUE(budget_project_set_funding(p, BUDGET_SOURCE_CARRYOVER, 12345));
    CU_ASSERT_TRUE(budget_project_get_funding(p, BUDGET_SOURCE_CARRYOVER, &v));
    assert_fen(12345, v);
    budget_project_unset_funding(p, BUDGET_SOURCE_CARRYOVER);
    CU_ASSERT_FALSE(budget_project_get_funding(p, BUDGET_SOURCE_CARRYOVER, &v));
    CU_ASSERT_FALSE(budget_project_set_funding(p, (BudgetSource)3, 1));
    CU_ASSERT_FALSE(budget_project_get_funding(p, (BudgetSource)-1, &v));
    budget_project_unset_funding(p, (BudgetSource)7); /* ignored */
    budget_project_unref(p);
}

static void test_project_check_funding(void)
{
    BudgetProject *p = budget_project_new("P1", NULL);
    BudgetError err;

    budget_project_set_budget(p, 10000000); /* 100,000.00 yuan */
    /* Nothing given: not checkable, so consistent. */
    CU_ASSERT_TRUE(budget_project_check_funding(p, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    /* Only fiscal given: other is blank (unknown, not 0), still not checked
     * although 6,000,000 ≠ 10,000,000. */
    budget_project_set_funding(p, BUDGET_SOURCE_FISCAL, 6000000);
    CU_ASSERT_TRUE(budget_project_check_funding(p, &err));
    /* 60,000.00 + 40,000.00 = 100,000.00 = budget. */
    budget_project_set_funding(p, BUDGET_SOURCE_OTHER, 4000000);
    CU_ASSERT_TRUE(budget_project_check_funding(p, &err));
    /* Other given as 0: 6,000,000 + 0 ≠ 10,000,000. */
    budget_project_set_funding(p, BUDGET_SOURCE_OTHER, 0);
    CU_ASSERT_FALSE(budget_project_check_funding(p, &err));
    assert_error(&err, BUDGET_ERROR_INCONSISTENT, 0, 0, "budget");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "60000.00"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "100000.00"));
    /* Carry-over counts when given: 6,000,000 + 0 + 4,000,000 = budget. */
    budget_project_set_funding(p, BUDGET_SOURCE_CARRYOVER, 4000000);
    CU_ASSERT_TRUE(budget_project_check_funding(p, &err));
    /* 6,000,000 + 1 + 4,000,000 = 10,000,001 ≠ budget. */
    budget_project_set_funding(p, BUDGET_SOURCE_OTHER, 1);
    CU_ASSERT_FALSE(budget_project_check_funding(p, NULL));
    /* INT64_MAX + 6,000,000 overflows. */
    budget_project_unset_funding(p, BUDGET_SOURCE_CARRYOVER);
    budget_project_set_funding(p, BUDGET_SOURCE_OTHER, INT64_MAX);
    CU_ASSERT_FALSE(budget_project_check_funding(p, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_project_check_funding(NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_project_unref(p);
}

static void test_project_plan(void)
{
    BudgetProject *p = budget_project_new("A", NULL);
    BudgetPlan *plan = budget_plan_new();
    int64_t v = 0;

    CU_ASSERT_TRUE(budget_plan_set_month(plan, 6, 50000000, NULL));
    budget_project_set_plan(p, plan);
    budget_plan_unref(plan); /* the project holds its own reference */
    CU_ASSERT_PTR_EQUAL(budget_project_get_plan(p), plan);
    CU_ASSERT_TRUE(budget_plan_has_month(budget_project_get_plan(p), 6, &v));
    CU_ASSERT_EQUAL(v, 50000000);
    budget_project_set_plan(p, plan); /* the same plan again: ref before unref */
    CU_ASSERT_PTR_EQUAL(budget_project_get_plan(p), plan);
    /* A borrowed shared object is kept with _ref, no cast needed. */
    {
        BudgetPlan *kept = budget_plan_ref(budget_project_get_plan(p));
        CU_ASSERT_PTR_EQUAL(kept, plan);
        budget_project_set_plan(p, NULL);
        CU_ASSERT_TRUE(budget_plan_has_month(kept, 6, &v)); /* alive after the project let go */
        budget_plan_unref(kept);
    }
    budget_project_set_plan(p, NULL);
    CU_ASSERT_PTR_NULL(budget_project_get_plan(p));
    budget_project_unref(p);
}

static void test_project_extras(void)
{
    BudgetProject *p = budget_project_new("A", NULL);
    const char *value = NULL;

    budget_project_set_extra(p, "备注", "first");
    budget_project_set_extra(p, "contact", "张三");
    budget_project_set_extra(p, "zone", "");
    CU_ASSERT_EQUAL(budget_project_get_n_extras(p), 3);
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra(p, "contact"), "张三");
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra(p, "zone"), "");
    CU_ASSERT_PTR_NULL(budget_project_get_extra(p, "missing"));
    /* Replacing keeps the position of first setting. */
    budget_project_set_extra(p, "备注", "second");
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra_nth(p, 0, &value), "备注");
    CU_ASSERT_STRING_EQUAL(value, "second");
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra_nth(p, 1, &value), "contact");
    CU_ASSERT_STRING_EQUAL(value, "张三");
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra_nth(p, 2, NULL), "zone");
    CU_ASSERT_PTR_NULL(budget_project_get_extra_nth(p, 3, &value));
    CU_ASSERT_PTR_NULL(value);
    /* NULL removes; the others keep their order. */
    budget_project_set_extra(p, "备注", NULL);
    budget_project_set_extra(p, "never-set", NULL);
    CU_ASSERT_EQUAL(budget_project_get_n_extras(p), 2);
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra_nth(p, 0, NULL), "contact");
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra_nth(p, 1, NULL), "zone");
    EXPECT_CRITICAL(budget_project_set_extra(p, NULL, "x"));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_project_get_extra(p, NULL)));
    budget_project_unref(p);
}

static CU_TestInfo project_tests[] = {
    {"new and defaults", test_project_new_and_defaults}, {"new refuses bad codes", test_project_new_invalid},
    {"ref and unref", test_project_ref_unref},           {"strings are copied", test_project_strings},
    {"year and budget", test_project_year_and_budget},   {"funding given or not", test_project_funding},
    {"check funding", test_project_check_funding},       {"plan is held by reference", test_project_plan},
    {"extra columns keep order", test_project_extras},   CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"project", test_criticals_init, test_criticals_cleanup, NULL, NULL, project_tests},
    CU_SUITE_INFO_NULL,
};
