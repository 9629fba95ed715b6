/* CUnit suite for plan: forms, inference, validation, planned percent (step, linear), checkpoints.
 * Percentages are micro-percent: 25 % = 25000000. Month-end days of year in 2024 (leap):
 * Feb 60, Mar 91, Jun 182, Oct 305, Dec 366; in 2023: Mar 90. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

#define PCT(x) BUDGET_PERCENT_MICROPCT(x)

/* Builds a plan from "3:25 6: 10:75 12:100" (month:value, empty value = blank cell),
 * values read with budget_money_percent_parse as a CSV reader would. */
static BudgetPlan *plan_from(BudgetPlanForm form, const char *spec)
{
    BudgetPlan *plan = budget_plan_new();
    char **tokens = g_strsplit(spec, " ", -1);

    budget_plan_set_form(plan, form);
    for (char **t = tokens; *t != NULL; t++) {
        const char *colon = strchr(*t, ':');
        int month = atoi(*t);
        int64_t v;

        CU_ASSERT_PTR_NOT_NULL_FATAL(colon);
        if (colon[1] == '\0') {
            CU_ASSERT_TRUE(budget_plan_set_blank(plan, month));
        } else {
            CU_ASSERT_TRUE_FATAL(budget_money_percent_parse(colon + 1, -1, &v, NULL));
            CU_ASSERT_TRUE(budget_plan_set_month(plan, month, v, NULL));
        }
    }
    g_strfreev(tokens);
    return plan;
}

static int64_t step_at(const BudgetPlan *plan, int year, BudgetDate d)
{
    int64_t v = -1;

    CU_ASSERT_TRUE(budget_plan_planned_micropct(plan, year, d, BUDGET_PLAN_METHOD_STEP, &v));
    return v;
}

static int64_t linear_at(const BudgetPlan *plan, int year, BudgetDate d)
{
    int64_t v = -1;

    CU_ASSERT_TRUE(budget_plan_planned_micropct(plan, year, d, BUDGET_PLAN_METHOD_LINEAR, &v));
    return v;
}

static BudgetPlanForm resolved_form(const BudgetPlan *plan)
{
    BudgetPlanForm form = (BudgetPlanForm)-1;
    BudgetError err;

    CU_ASSERT_TRUE(budget_plan_resolve(plan, &form, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    return form;
}

static void check_cumulative(const BudgetPlan *plan, const int64_t expected[12])
{
    for (int m = 1; m <= 12; m++) {
        int64_t v = -1;
        CU_ASSERT_TRUE(budget_plan_get_cumulative(plan, m, &v));
        CU_ASSERT_EQUAL(v, expected[m - 1]);
    }
}

static void check_next(const BudgetPlan *plan, int year, BudgetDate as_of, int month, int64_t micropct)
{
    int m = -1;
    int64_t v = -1;

    CU_ASSERT_TRUE(budget_plan_next_checkpoint(plan, year, as_of, &m, &v));
    CU_ASSERT_EQUAL(m, month);
    CU_ASSERT_EQUAL(v, micropct);
}

static void test_plan_new_ref_form(void)
{
    BudgetPlan *plan = budget_plan_new();
    BudgetError err;

    CU_ASSERT_PTR_NOT_NULL_FATAL(plan);
    CU_ASSERT_EQUAL(budget_plan_get_form(plan), BUDGET_PLAN_FORM_AUTO);
    budget_plan_set_form(plan, BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_EQUAL(budget_plan_get_form(plan), BUDGET_PLAN_FORM_INCREMENTAL);
    EXPECT_CRITICAL(budget_plan_set_form(plan, (BudgetPlanForm)7));
    CU_ASSERT_EQUAL(budget_plan_get_form(plan), BUDGET_PLAN_FORM_INCREMENTAL); /* unchanged */
    CU_ASSERT_PTR_EQUAL(budget_plan_ref(plan), plan);
    budget_plan_unref(plan); /* back to one reference; valgrind checks the last unref frees */
    CU_ASSERT_EQUAL(budget_plan_get_form(plan), BUDGET_PLAN_FORM_INCREMENTAL);
    budget_plan_unref(plan);
    budget_plan_unref(NULL); /* no-op */

    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_plan_ref(NULL)));
    EXPECT_CRITICAL(budget_plan_set_form(NULL, BUDGET_PLAN_FORM_AUTO));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_plan_get_form(NULL), BUDGET_PLAN_FORM_AUTO));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_resolve(NULL, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
}

static void test_plan_cells(void)
{
    BudgetPlan *plan = budget_plan_new();
    BudgetError err;
    int64_t v = 42;

    CU_ASSERT_TRUE(budget_plan_set_month(plan, 3, PCT(25), &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_TRUE(budget_plan_has_month(plan, 3, &v));
    CU_ASSERT_EQUAL(v, PCT(25));
    CU_ASSERT_TRUE(budget_plan_has_month(plan, 3, NULL));
    CU_ASSERT_FALSE(budget_plan_is_blank(plan, 3));
    CU_ASSERT_FALSE(budget_plan_has_month(plan, 4, &v)); /* absent */
    CU_ASSERT_FALSE(budget_plan_is_blank(plan, 4));
    /* Bounds: 0 and 100 % are fine; beyond is RANGE and leaves the cell alone. */
    CU_ASSERT_TRUE(budget_plan_set_month(plan, 1, 0, &err));
    CU_ASSERT_TRUE(budget_plan_set_month(plan, 12, BUDGET_MICROPCT_100, &err));
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 6, -1, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "");
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 6, BUDGET_MICROPCT_100 + 1, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "100.000001")); /* names the value */
    CU_ASSERT_FALSE(budget_plan_has_month(plan, 6, NULL));
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 6, PCT(120), NULL));
    /* Blank cells: a blank replaces a value and a value replaces a blank. */
    CU_ASSERT_TRUE(budget_plan_set_blank(plan, 6));
    CU_ASSERT_TRUE(budget_plan_is_blank(plan, 6));
    CU_ASSERT_FALSE(budget_plan_has_month(plan, 6, &v));
    CU_ASSERT_TRUE(budget_plan_set_blank(plan, 3));
    CU_ASSERT_FALSE(budget_plan_has_month(plan, 3, &v));
    CU_ASSERT_TRUE(budget_plan_set_month(plan, 6, PCT(50), NULL));
    CU_ASSERT_FALSE(budget_plan_is_blank(plan, 6));
    /* Bad months. */
    CU_ASSERT_FALSE(budget_plan_set_blank(plan, 13));
    CU_ASSERT_FALSE(budget_plan_set_blank(plan, 0));
    CU_ASSERT_FALSE(budget_plan_has_month(plan, 0, &v));
    CU_ASSERT_FALSE(budget_plan_is_blank(plan, 13));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_set_month(plan, 13, PCT(1), &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_set_month(plan, 0, PCT(1), &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_set_month(NULL, 3, PCT(1), &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_set_blank(NULL, 3)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_has_month(NULL, 3, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_is_blank(NULL, 3)));
    budget_plan_unref(plan);
}

/* Seed shape: cumulative 25 / 50 / 75 / 100 at the ends of March, June, October, December. */
static void test_plan_cumulative_quarters(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_AUTO, "3:25 6:50 10:75 12:100");
    static const int64_t cum[12] = {0,       0,       PCT(25), PCT(25), PCT(25), PCT(50),
                                    PCT(50), PCT(50), PCT(50), PCT(75), PCT(75), PCT(100)};
    int64_t v = 42;

    CU_ASSERT_EQUAL(resolved_form(plan), BUDGET_PLAN_FORM_CUMULATIVE); /* non-decreasing, ends at 100 */
    check_cumulative(plan, cum);
    CU_ASSERT_FALSE(budget_plan_get_cumulative(plan, 0, &v));
    CU_ASSERT_FALSE(budget_plan_get_cumulative(plan, 13, &v));
    CU_ASSERT_EQUAL(v, 42);

    /* Step: a checkpoint counts from its month end. */
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240101), 0);
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240330), 0);       /* the day before the deadline */
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240331), PCT(25)); /* the deadline itself */
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240630), PCT(50));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240831), PCT(50));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241031), PCT(75));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241230), PCT(75));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241231), PCT(100));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20231231), 0);        /* before the year */
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20250101), PCT(100)); /* after it */

    /* Linear, 2024: 2024-02-15 is day 46 of 91 to the end of March: 25 × 46/91 % = 12.637362637 %. */
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240215), 12637363);
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240331), PCT(25));
    /* 2024-05-15 = day 136: 25 + 25 × (136-91)/(182-91) = 25 + 12.362637362 %. */
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240515), 37362637);
    /* 2024-12-01 = day 336: 75 + 25 × (336-305)/(366-305) = 75 + 12.704918032 %. */
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20241201), 87704918);
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20241231), PCT(100));
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240101), 274725); /* 25 × 1/91 = 0.274725274 % */
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20231231), 0);
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20250630), PCT(100));
    /* Same date in 2023 (not leap): day 46 of 90 → 25 × 46/90 = 12.777777777 %. */
    CU_ASSERT_EQUAL(linear_at(plan, 2023, 20230215), 12777778);

    /* Next checkpoint: the first month end after as-of, else the last. */
    check_next(plan, 2024, 20240115, 3, PCT(25));
    check_next(plan, 2024, 20240330, 3, PCT(25));
    check_next(plan, 2024, 20240331, 6, PCT(50));
    check_next(plan, 2024, 20241115, 12, PCT(100));
    check_next(plan, 2024, 20241231, 12, PCT(100)); /* none left */
    check_next(plan, 2024, 20230601, 3, PCT(25));   /* before the year */
    check_next(plan, 2024, 20250201, 12, PCT(100)); /* after it */
    budget_plan_unref(plan);
}

/* Seed shape: cumulative 95,,,100 (June and October left blank). */
static void test_plan_cumulative_blanks(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_AUTO, "3:95 6: 10: 12:100");
    BudgetPlan *no_blanks = plan_from(BUDGET_PLAN_FORM_AUTO, "3:95 12:100");

    CU_ASSERT_EQUAL(resolved_form(plan), BUDGET_PLAN_FORM_CUMULATIVE);
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240331), PCT(95));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240630), PCT(95)); /* blank carries the previous value */
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241031), PCT(95));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241231), PCT(100));
    /* Linear: blank checkpoints are flat; 2024-11-15 = day 320: 95 + 5 × (320-305)/(366-305) %. */
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240515), PCT(95));
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20241115), 96229508); /* 95 + 1.229508196 */
    /* Without the blank columns the segment starts at March: 95 + 5 × (320-91)/(366-91). */
    CU_ASSERT_EQUAL(linear_at(no_blanks, 2024, 20241115), 99163636); /* 95 + 4.163636363 */
    check_next(plan, 2024, 20240401, 12, PCT(100));                  /* blanks carry 95: not a new target */
    check_next(no_blanks, 2024, 20240401, 12, PCT(100));
    budget_plan_unref(plan);
    budget_plan_unref(no_blanks);
}

/* Seed shape: 50, 70, 100 and a blank December: cumulative. */
static void test_plan_cumulative_trailing_blank(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_AUTO, "3:50 6:70 10:100 12:");

    CU_ASSERT_EQUAL(resolved_form(plan), BUDGET_PLAN_FORM_CUMULATIVE);
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240930), PCT(70));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241031), PCT(100));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241231), PCT(100));
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20241115), PCT(100));
    /* 2024-08-31 = day 244: 70 + 30 × (244-182)/(305-182) = 70 + 15.121951219 %. */
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240831), 85121951);
    check_next(plan, 2024, 20241101, 12, PCT(100));
    budget_plan_unref(plan);
}

/* Seed shape: incremental 20 / 35 / 20 / 25. */
static void test_plan_incremental_quarters(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_AUTO, "3:20 6:35 10:20 12:25");
    static const int64_t cum[12] = {0,       0,       PCT(20), PCT(20), PCT(20), PCT(55),
                                    PCT(55), PCT(55), PCT(55), PCT(75), PCT(75), PCT(100)};

    CU_ASSERT_EQUAL(resolved_form(plan), BUDGET_PLAN_FORM_INCREMENTAL); /* decreases; sums to 100 */
    check_cumulative(plan, cum);
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240630), PCT(55));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241031), PCT(75));
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20241231), PCT(100));
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240215), 10109890); /* 20 × 46/91 = 10.109890109 */
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240831), 65081301); /* 55 + 20 × 62/123 = 65.081300813 */
    check_next(plan, 2024, 20240701, 10, PCT(75));
    budget_plan_unref(plan);
}

/* Seed shapes: ,30,40,30 / ,50,,50 / ,80,,20 (March blank), incremental. */
static void test_plan_incremental_blanks(void)
{
    BudgetPlan *a = plan_from(BUDGET_PLAN_FORM_AUTO, "3: 6:30 10:40 12:30");
    BudgetPlan *b = plan_from(BUDGET_PLAN_FORM_AUTO, "3: 6:50 10: 12:50");
    BudgetPlan *c = plan_from(BUDGET_PLAN_FORM_AUTO, "3: 6:80 10: 12:20");
    static const int64_t cum_a[12] = {0,       0,       0,       0,       0,       PCT(30),
                                      PCT(30), PCT(30), PCT(30), PCT(70), PCT(70), PCT(100)};
    static const int64_t cum_b[12] = {0,       0,       0,       0,       0,       PCT(50),
                                      PCT(50), PCT(50), PCT(50), PCT(50), PCT(50), PCT(100)};
    static const int64_t cum_c[12] = {0,       0,       0,       0,       0,       PCT(80),
                                      PCT(80), PCT(80), PCT(80), PCT(80), PCT(80), PCT(100)};

    CU_ASSERT_EQUAL(resolved_form(a), BUDGET_PLAN_FORM_INCREMENTAL); /* 30,40,30 decreases */
    CU_ASSERT_EQUAL(resolved_form(b), BUDGET_PLAN_FORM_INCREMENTAL); /* 50,50 ends at 50, sums to 100 */
    CU_ASSERT_EQUAL(resolved_form(c), BUDGET_PLAN_FORM_INCREMENTAL);
    check_cumulative(a, cum_a);
    check_cumulative(b, cum_b);
    check_cumulative(c, cum_c);
    CU_ASSERT_EQUAL(step_at(a, 2024, 20240331), 0); /* a blank adds nothing */
    CU_ASSERT_EQUAL(step_at(a, 2024, 20240630), PCT(30));
    CU_ASSERT_EQUAL(step_at(a, 2024, 20241031), PCT(70));
    CU_ASSERT_EQUAL(step_at(b, 2024, 20241031), PCT(50));
    CU_ASSERT_EQUAL(step_at(c, 2024, 20240930), PCT(80));
    CU_ASSERT_EQUAL(step_at(c, 2024, 20241231), PCT(100));
    /* Linear: 0 until the blank March checkpoint, then 30 × (136-91)/(182-91) on 2024-05-15. */
    CU_ASSERT_EQUAL(linear_at(a, 2024, 20240215), 0);
    CU_ASSERT_EQUAL(linear_at(a, 2024, 20240515), 14835165); /* 14.835164835 */
    check_next(a, 2024, 20240101, 6, PCT(30));               /* blank March asks for nothing new */
    check_next(b, 2024, 20240701, 12, PCT(100));             /* blank October carries 50 */
    budget_plan_unref(a);
    budget_plan_unref(b);
    budget_plan_unref(c);
}

/* Seed: "50.00 50.00" at March and December is incremental; 30,40,30; 100 at March only. */
static void test_plan_other_seed_shapes(void)
{
    BudgetPlan *half = plan_from(BUDGET_PLAN_FORM_AUTO, "3:50.00 12:50.00");
    BudgetPlan *thirds = plan_from(BUDGET_PLAN_FORM_AUTO, "3:30 6:40 12:30");
    BudgetPlan *march = plan_from(BUDGET_PLAN_FORM_AUTO, "3:100");
    BudgetPlan *odd = plan_from(BUDGET_PLAN_FORM_AUTO, "3:33.333 6:33.333 12:33.334");

    CU_ASSERT_EQUAL(resolved_form(half), BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_EQUAL(step_at(half, 2024, 20240331), PCT(50));
    CU_ASSERT_EQUAL(step_at(half, 2024, 20241130), PCT(50));
    CU_ASSERT_EQUAL(step_at(half, 2024, 20241231), PCT(100));
    /* 2024-06-30 = day 182: 50 + 50 × (182-91)/(366-91) = 50 + 16.5454545 %. */
    CU_ASSERT_EQUAL(linear_at(half, 2024, 20240630), 66545455);

    CU_ASSERT_EQUAL(resolved_form(thirds), BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_EQUAL(step_at(thirds, 2024, 20240930), PCT(70));

    CU_ASSERT_EQUAL(resolved_form(march), BUDGET_PLAN_FORM_CUMULATIVE);
    CU_ASSERT_EQUAL(step_at(march, 2024, 20240330), 0);
    CU_ASSERT_EQUAL(step_at(march, 2024, 20240331), PCT(100));
    CU_ASSERT_EQUAL(linear_at(march, 2024, 20240215), 50549451); /* 100 × 46/91 = 50.549450549 */
    CU_ASSERT_EQUAL(linear_at(march, 2024, 20240601), PCT(100));
    check_next(march, 2024, 20240101, 3, PCT(100));
    check_next(march, 2024, 20240501, 3, PCT(100));

    /* 33.333 + 33.333 + 33.334 = 100 exactly (micro-percent keeps the thousandths). */
    CU_ASSERT_EQUAL(resolved_form(odd), BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_EQUAL(step_at(odd, 2024, 20240630), 66666000);
    CU_ASSERT_EQUAL(step_at(odd, 2024, 20241231), PCT(100));
    budget_plan_unref(half);
    budget_plan_unref(thirds);
    budget_plan_unref(march);
    budget_plan_unref(odd);
}

/* A leap-day checkpoint: the end of February is the 29th in 2024, the 28th in 2023. */
static void test_plan_february(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_CUMULATIVE, "2:100");

    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240228), 0);
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240229), PCT(100));
    CU_ASSERT_EQUAL(step_at(plan, 2023, 20230228), PCT(100));
    CU_ASSERT_EQUAL(linear_at(plan, 2024, 20240130), 50000000); /* day 30 of 60 */
    CU_ASSERT_EQUAL(linear_at(plan, 2023, 20230130), 50847458); /* 100 × 30/59 = 50.847457627 */
    budget_plan_unref(plan);
}

static void check_invalid(const BudgetPlan *plan, int code, const char *needle)
{
    BudgetError err;
    BudgetPlanForm form = (BudgetPlanForm)42;
    int64_t v = 42;
    int m = 42;

    CU_ASSERT_FALSE(budget_plan_resolve(plan, &form, &err));
    assert_error(&err, code, 0, 0, "");
    CU_ASSERT_EQUAL(form, (BudgetPlanForm)42);
    if (needle != NULL && strstr(err.message, needle) == NULL) {
        CU_FAIL("message lacks the expected text");
        fprintf(stderr, "message: %s (wanted %s)\n", err.message, needle);
    }
    /* The planned percent of an invalid plan is undefined. */
    CU_ASSERT_FALSE(budget_plan_planned_micropct(plan, 2024, 20241231, BUDGET_PLAN_METHOD_STEP, &v));
    CU_ASSERT_FALSE(budget_plan_planned_micropct(plan, 2024, 20241231, BUDGET_PLAN_METHOD_LINEAR, &v));
    CU_ASSERT_FALSE(budget_plan_get_cumulative(plan, 12, &v));
    CU_ASSERT_FALSE(budget_plan_next_checkpoint(plan, 2024, 20240101, &m, &v));
    CU_ASSERT_EQUAL(v, 42);
    CU_ASSERT_EQUAL(m, 42);
    CU_ASSERT_FALSE(budget_plan_resolve(plan, NULL, NULL));
}

/* Issue 7, fix 1: the planned amount is budget × the exact planned fraction,
 * rounded once to the fen, for the linear method too. */
static void test_plan_planned_amount(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_AUTO, "3:25 6:50 10:75 12:100");
    BudgetPlan *bad = plan_from(BUDGET_PLAN_FORM_AUTO, "3:30 6:20");
    const BudgetFen budget = INT64_C(9876543210); /* 98,765,432.10 元 */
    BudgetFen v = -1;

    /* Linear at 2024-05-15 (day 136; March ends on day 91, June on 182):
     * 25 + 25 × 45/91 = 3400/91 % = 34/91 of the budget, so
     * 9,876,543,210 × 34 / 91 = 335,802,469,140 / 91 = 3,690,137,023.516… fen
     * → 3,690,137,024. Rounding the percent first (37.362637 %) gave
     * 9,876,543,210 × 0.37362637 = 3,690,136,987.70 → 3,690,136,988: 36 fen short. */
    CU_ASSERT_TRUE(budget_plan_planned_amount(plan, 2024, 20240515, BUDGET_PLAN_METHOD_LINEAR, budget, &v));
    assert_fen(INT64_C(3690137024), v);
    /* The same budget negated: −3,690,137,023.516… → −3,690,137,024 (half away from zero). */
    CU_ASSERT_TRUE(budget_plan_planned_amount(plan, 2024, 20240515, BUDGET_PLAN_METHOD_LINEAR, -budget, &v));
    assert_fen(-INT64_C(3690137024), v);
    /* Step at 2024-05-15: March's 25 % → 9,876,543,210 / 4 = 2,469,135,802.5 → 2,469,135,803. */
    CU_ASSERT_TRUE(budget_plan_planned_amount(plan, 2024, 20240515, BUDGET_PLAN_METHOD_STEP, budget, &v));
    assert_fen(INT64_C(2469135803), v);
    /* Linear at 2024-02-15: 25 × 46/91 % = 1150/91 % of 1,000.00 元 (100,000 fen):
     * 100,000 × 1150 / 9100 = 12,637.36… → 12,637 fen. */
    CU_ASSERT_TRUE(budget_plan_planned_amount(plan, 2024, 20240215, BUDGET_PLAN_METHOD_LINEAR, 100000, &v));
    assert_fen(12637, v);
    /* The largest budget: 100 % of INT64_MAX is INT64_MAX (no overflow in 128 bits). */
    CU_ASSERT_TRUE(
        budget_plan_planned_amount(plan, 2024, 20241231, BUDGET_PLAN_METHOD_LINEAR, INT64_MAX, &v));
    assert_fen(INT64_MAX, v);
    /* A zero budget plans 0. */
    CU_ASSERT_TRUE(budget_plan_planned_amount(plan, 2024, 20240515, BUDGET_PLAN_METHOD_LINEAR, 0, &v));
    assert_fen(0, v);
    /* An invalid plan has no planned amount; @out is left alone. */
    v = 42;
    CU_ASSERT_FALSE(budget_plan_planned_amount(bad, 2024, 20240515, BUDGET_PLAN_METHOD_LINEAR, budget, &v));
    CU_ASSERT_FALSE(budget_plan_planned_amount(plan, 2024, 20240230, BUDGET_PLAN_METHOD_LINEAR, budget, &v));
    CU_ASSERT_FALSE(budget_plan_planned_amount(plan, 2024, 20240515, (BudgetPlanMethod)7, budget, &v));
    assert_fen(42, v);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(
        budget_plan_planned_amount(NULL, 2024, 20240515, BUDGET_PLAN_METHOD_LINEAR, budget, &v)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(
        budget_plan_planned_amount(plan, 2024, 20240515, BUDGET_PLAN_METHOD_LINEAR, budget, NULL)));
    budget_plan_unref(bad);
    budget_plan_unref(plan);
}

static void test_plan_invalid(void)
{
    BudgetPlan *empty = budget_plan_new();
    BudgetPlan *blanks = plan_from(BUDGET_PLAN_FORM_AUTO, "3: 6:");
    BudgetPlan *short_auto = plan_from(BUDGET_PLAN_FORM_AUTO, "3:25 6:50 10:75 12:90");
    BudgetPlan *decreasing = plan_from(BUDGET_PLAN_FORM_CUMULATIVE, "3:25 6:50 10:40 12:100");
    BudgetPlan *short_cum = plan_from(BUDGET_PLAN_FORM_CUMULATIVE, "3:25 6:50 12:90");
    BudgetPlan *short_inc = plan_from(BUDGET_PLAN_FORM_INCREMENTAL, "3:20 6:30");
    BudgetPlan *cum_as_inc = plan_from(BUDGET_PLAN_FORM_INCREMENTAL, "3:25 6:50 10:75 12:100");
    BudgetPlan *half_as_cum = plan_from(BUDGET_PLAN_FORM_CUMULATIVE, "3:50 12:50");

    check_invalid(empty, BUDGET_ERROR_NOT_FOUND, "no plan");
    check_invalid(blanks, BUDGET_ERROR_NOT_FOUND, "no plan");
    /* Neither way: 25,50,75,90 ends at 90 and sums to 240. */
    check_invalid(short_auto, BUDGET_ERROR_INCONSISTENT, "25, 50, 75, 90 (months 3, 6, 10, 12)");
    check_invalid(short_auto, BUDGET_ERROR_INCONSISTENT, "240");
    /* Explicit forms win over inference but must fit. */
    check_invalid(decreasing, BUDGET_ERROR_INCONSISTENT, "decreases from 50 % (month 6) to 40 % (month 10)");
    check_invalid(short_cum, BUDGET_ERROR_INCONSISTENT, "ends at 90 %");
    check_invalid(short_inc, BUDGET_ERROR_INCONSISTENT, "sums to 50 %");
    check_invalid(cum_as_inc, BUDGET_ERROR_INCONSISTENT, "sums to 250 %");
    check_invalid(half_as_cum, BUDGET_ERROR_INCONSISTENT, "ends at 50 %");

    /* No stale state: completing the plan makes it valid at once. */
    CU_ASSERT_TRUE(budget_plan_set_month(short_auto, 12, BUDGET_MICROPCT_100, NULL));
    CU_ASSERT_EQUAL(resolved_form(short_auto), BUDGET_PLAN_FORM_CUMULATIVE);
    CU_ASSERT_EQUAL(step_at(short_auto, 2024, 20241231), PCT(100));
    CU_ASSERT_TRUE(budget_plan_set_month(decreasing, 10, PCT(75), NULL));
    CU_ASSERT_EQUAL(step_at(decreasing, 2024, 20241031), PCT(75));
    budget_plan_set_form(half_as_cum, BUDGET_PLAN_FORM_AUTO);
    CU_ASSERT_EQUAL(resolved_form(half_as_cum), BUDGET_PLAN_FORM_INCREMENTAL);

    budget_plan_unref(empty);
    budget_plan_unref(blanks);
    budget_plan_unref(short_auto);
    budget_plan_unref(decreasing);
    budget_plan_unref(short_cum);
    budget_plan_unref(short_inc);
    budget_plan_unref(cum_as_inc);
    budget_plan_unref(half_as_cum);
}

/* A plan valid both ways (0 then 100) resolves to the declared form. */
static void test_plan_explicit_form_wins(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_AUTO, "6:0 12:100");

    CU_ASSERT_EQUAL(resolved_form(plan), BUDGET_PLAN_FORM_CUMULATIVE); /* auto: non-decreasing to 100 */
    budget_plan_set_form(plan, BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_EQUAL(resolved_form(plan), BUDGET_PLAN_FORM_INCREMENTAL);
    budget_plan_set_form(plan, BUDGET_PLAN_FORM_CUMULATIVE);
    CU_ASSERT_EQUAL(resolved_form(plan), BUDGET_PLAN_FORM_CUMULATIVE);
    /* An explicit cumulative 25/50/75/100 and an explicit incremental 20/35/20/25 behave as inferred. */
    budget_plan_unref(plan);
    plan = plan_from(BUDGET_PLAN_FORM_INCREMENTAL, "3:20 6:35 10:20 12:25");
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240630), PCT(55));
    budget_plan_unref(plan);
    plan = plan_from(BUDGET_PLAN_FORM_CUMULATIVE, "3:25 6:50 10:75 12:100");
    CU_ASSERT_EQUAL(step_at(plan, 2024, 20240630), PCT(50));
    budget_plan_unref(plan);
}

static void test_plan_bad_arguments(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_AUTO, "3:25 6:50 10:75 12:100");
    int64_t v = 42;
    int m = 42;

    CU_ASSERT_FALSE(budget_plan_planned_micropct(plan, 2024, 20240230, BUDGET_PLAN_METHOD_STEP, &v));
    CU_ASSERT_FALSE(budget_plan_planned_micropct(plan, 2024, 20240331, (BudgetPlanMethod)5, &v));
    CU_ASSERT_FALSE(budget_plan_planned_micropct(plan, 0, 20240331, BUDGET_PLAN_METHOD_STEP, &v));
    CU_ASSERT_FALSE(budget_plan_next_checkpoint(plan, 2024, 0, &m, &v));
    CU_ASSERT_EQUAL(v, 42);
    CU_ASSERT_EQUAL(m, 42);
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_plan_planned_micropct(plan, 2024, 20240331, BUDGET_PLAN_METHOD_STEP, NULL)));
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_plan_planned_micropct(NULL, 2024, 20240331, BUDGET_PLAN_METHOD_STEP, &v)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_get_cumulative(plan, 3, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_get_cumulative(NULL, 3, &v)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_next_checkpoint(plan, 2024, 20240101, NULL, &v)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_next_checkpoint(plan, 2024, 20240101, &m, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_next_checkpoint(NULL, 2024, 20240101, &m, &v)));
    budget_plan_unref(plan);
}

static void test_plan_form_strings(void)
{
    BudgetPlanForm form = BUDGET_PLAN_FORM_AUTO;

    CU_ASSERT_STRING_EQUAL(budget_plan_form_to_string(BUDGET_PLAN_FORM_AUTO), "auto");
    CU_ASSERT_STRING_EQUAL(budget_plan_form_to_string(BUDGET_PLAN_FORM_CUMULATIVE), "cumulative");
    CU_ASSERT_STRING_EQUAL(budget_plan_form_to_string(BUDGET_PLAN_FORM_INCREMENTAL), "incremental");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_plan_form_to_string((BudgetPlanForm)9)));

    CU_ASSERT_TRUE(budget_plan_form_from_string("Cumulative", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_CUMULATIVE);
    CU_ASSERT_TRUE(budget_plan_form_from_string("INCREMENTAL", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_TRUE(budget_plan_form_from_string("", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_AUTO);
    CU_ASSERT_TRUE(budget_plan_form_from_string("累计", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_CUMULATIVE);
    CU_ASSERT_TRUE(budget_plan_form_from_string(" auto ", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_AUTO);
    CU_ASSERT_TRUE(budget_plan_form_from_string("累计数", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_CUMULATIVE);
    CU_ASSERT_TRUE(budget_plan_form_from_string("分期", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_TRUE(budget_plan_form_from_string("自动", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_AUTO);
    CU_ASSERT_TRUE(budget_plan_form_from_string("增量", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_FALSE(budget_plan_form_from_string("weekly", &form));
    CU_ASSERT_FALSE(budget_plan_form_from_string("cumul", &form));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_INCREMENTAL); /* untouched */
    /* Round trip. */
    for (int f = 0; f <= 2; f++) {
        CU_ASSERT_TRUE(budget_plan_form_from_string(budget_plan_form_to_string((BudgetPlanForm)f), &form));
        CU_ASSERT_EQUAL(form, (BudgetPlanForm)f);
    }
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_plan_form_from_string(NULL, &form)));
    /* @out may be NULL: the call then only says whether the name is known. */
    CU_ASSERT_TRUE(budget_plan_form_from_string("auto", NULL));
    CU_ASSERT_FALSE(budget_plan_form_from_string("weekly", NULL));
}

/* Const reads from several threads at once (the documented thread model). */
static gpointer read_plan(gpointer data)
{
    const BudgetPlan *plan = data;
    int64_t sum = 0, v;

    for (int i = 0; i < 2000; i++) {
        BudgetDate d = 20240101 + (i % 12) * 100 + (i % 28);
        if (budget_plan_planned_micropct(plan, 2024, d, (BudgetPlanMethod)(i % 2), &v))
            sum += v;
    }
    {
        int64_t *out = g_new(int64_t, 1);
        *out = sum;
        return out;
    }
}

static void test_plan_threads(void)
{
    BudgetPlan *plan = plan_from(BUDGET_PLAN_FORM_AUTO, "3:20 6:35 10:20 12:25");
    GThread *threads[4];
    int64_t *expected = read_plan(plan), *result;

    CU_ASSERT(*expected > 0);
    for (int i = 0; i < 4; i++)
        threads[i] = g_thread_new("reader", read_plan, budget_plan_ref(plan));
    for (int i = 0; i < 4; i++) {
        result = g_thread_join(threads[i]);
        CU_ASSERT_EQUAL(*result, *expected); /* same answers as a lone reader */
        g_free(result);
        budget_plan_unref(plan);
    }
    g_free(expected);
    budget_plan_unref(plan);
}

/* The four scales of budget-fixed.h, each value derived from its unit:
 * 1 yuan = 100 fen; 1 % = 100 bp (100 % = 10000 = BUDGET_BP_100);
 * 1 % = 1000000 micro-percent (100 % = 100000000 = BUDGET_MICROPCT_100);
 * 1 point = 1000000 micro-points (= BUDGET_SCORE_POINT). */
static void test_plan_fixed_helpers(void)
{
    /* Integer constant expressions: usable where C requires one. */
    static const int64_t table[] = {BUDGET_YUAN(3), BUDGET_PERCENT_MICROPCT(50)};
    int64_t n = 7;
    int calls = 0;

    CU_ASSERT_EQUAL(BUDGET_FEN_PER_YUAN, 100);
    CU_ASSERT_EQUAL(BUDGET_YUAN(0), 0);
    assert_fen(BUDGET_YUAN(5), 500);
    assert_fen(BUDGET_YUAN(-12), -1200);                                      /* a refund */
    assert_fen(BUDGET_YUAN(1912176), INT64_C(191217600));                     /* 191.2176万元 */
    assert_fen(BUDGET_YUAN(92233720368547758), INT64_C(9223372036854775800)); /* largest whole yuan */
    CU_ASSERT_EQUAL(table[0], 300);
    CU_ASSERT_EQUAL(BUDGET_BP_PER_PERCENT, 100);
    CU_ASSERT_EQUAL(BUDGET_PERCENT_BP(100), BUDGET_BP_100);
    CU_ASSERT_EQUAL(BUDGET_PERCENT_BP(60), 6000);
    CU_ASSERT_EQUAL(BUDGET_PERCENT_BP(-15), -1500); /* seriously behind: −15 pp */
    CU_ASSERT_EQUAL(BUDGET_MICROPCT_PER_PERCENT, 1000000);
    CU_ASSERT_EQUAL(BUDGET_PERCENT_MICROPCT(100), BUDGET_MICROPCT_100);
    CU_ASSERT_EQUAL(BUDGET_PERCENT_MICROPCT(25), 25000000);
    CU_ASSERT_EQUAL(table[1], 50000000);
    CU_ASSERT_EQUAL(BUDGET_MICROPOINTS_PER_POINT, BUDGET_SCORE_POINT);
    CU_ASSERT_EQUAL(BUDGET_POINTS(10), 10000000);
    CU_ASSERT_EQUAL(BUDGET_POINTS(100), 100 * BUDGET_SCORE_POINT);
    /* 64-bit arithmetic even for int arguments: 3,000,000,000 % does not
     * wrap at 2^31 (3·10^9 × 10^6 = 3·10^15). */
    CU_ASSERT_EQUAL(BUDGET_PERCENT_MICROPCT(3000000000u), INT64_C(3000000000000000));
    /* The argument is evaluated once (sizeof does not evaluate it). */
    CU_ASSERT_EQUAL(BUDGET_YUAN(n++ + (calls++, 0)), 700);
    CU_ASSERT_EQUAL(n, 8);
    CU_ASSERT_EQUAL(calls, 1);
    /* And the plan setter takes the helper's scale: 50 % by the end of June. */
    BudgetPlan *plan = budget_plan_new();
    int64_t v = 0;
    BudgetError err;

    CU_ASSERT_TRUE(budget_plan_set_month(plan, 6, BUDGET_PERCENT_MICROPCT(50), &err));
    CU_ASSERT_TRUE(budget_plan_has_month(plan, 6, &v));
    CU_ASSERT_EQUAL(v, 50000000);
    budget_plan_unref(plan);
}

/* budget_plan_set_month() refuses 1 .. 10000 micro-percent (0 < v ≤ 0.01 %),
 * the values a whole percent (1 .. 100) or basis points (1 .. 10000) take
 * when passed unscaled, with RANGE and a message naming the helper; the
 * month keeps what it had. 0 and 10001 (0.010001 %) are accepted. */
static void test_plan_wrong_scale(void)
{
    BudgetPlan *plan = budget_plan_new();
    BudgetError err;
    int64_t v = -1;

    /* 50 meant as 50 %: 50 micro-percent = 0.00005 %. */
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 6, 50, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "BUDGET_PERCENT_MICROPCT(50)"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "month 6"));
    CU_ASSERT_FALSE(budget_plan_has_month(plan, 6, NULL)); /* nothing set */
    /* 5000 meant as 50 % in basis points: 5000 / 100 = 50 %. */
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 12, 5000, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "5000 basis points are BUDGET_PERCENT_MICROPCT(50)"));
    /* 1 (1 %), 100 (100 % or 1 % in bp), 10000 (100 % in bp) and 3333
     * (33.33 % in bp, not a whole percent) are refused too. */
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 3, 1, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "1 % is BUDGET_PERCENT_MICROPCT(1)"));
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 12, 100, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "100 % is BUDGET_PERCENT_MICROPCT(100)"));
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 12, BUDGET_BP_100, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "10000 basis points are BUDGET_PERCENT_MICROPCT(100)"));
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 10, 3333, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "basis points times 100 are micro-percent"));
    /* The edges: 0 is a real "nothing yet", 10001 is above 0.01 %. */
    CU_ASSERT_TRUE(budget_plan_set_month(plan, 3, 0, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_TRUE(budget_plan_set_month(plan, 6, 10001, &err));
    CU_ASSERT_TRUE(budget_plan_has_month(plan, 6, &v));
    CU_ASSERT_EQUAL(v, 10001);
    /* The old range error still comes first for a negative value. */
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 6, -50, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "outside 0..100 %"));
    CU_ASSERT_TRUE(budget_plan_has_month(plan, 6, &v));
    CU_ASSERT_EQUAL(v, 10001); /* unchanged by the refusals */
    /* NULL error record: still refused. */
    CU_ASSERT_FALSE(budget_plan_set_month(plan, 6, 50, NULL));
    budget_plan_unref(plan);
}

/* A CSV plan cell is text in percent, so no scale can be mistaken: "0.01"
 * is 0.01 % = 10000 micro-percent and is read, though
 * budget_plan_set_month(…, 10000, …) is refused. The plan 0.01, 100 is
 * cumulative (non-decreasing, ends at 100). */
static void test_plan_wrong_scale_csv(void)
{
    static const char projects[] = "code,budget,plan_03,plan_12\nP1,100.00,0.01,100\n";
    BudgetBook *book = budget_book_new();
    BudgetError err;
    const BudgetPlan *plan;
    int64_t v = -1;

    CU_ASSERT_TRUE_FATAL(
        budget_csv_load_projects_data(book, projects, sizeof projects - 1, "projects.csv", NULL, NULL, &err));
    plan = budget_project_get_plan(budget_book_get_project(book, "P1"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(plan);
    CU_ASSERT_TRUE(budget_plan_has_month(plan, 3, &v));
    CU_ASSERT_EQUAL(v, 10000);
    CU_ASSERT_TRUE(budget_plan_resolve(plan, NULL, NULL));
    budget_book_unref(book);
}

static CU_TestInfo plan_tests[] = {
    {"new, ref, form", test_plan_new_ref_form},
    {"cells", test_plan_cells},
    {"cumulative 25/50/75/100", test_plan_cumulative_quarters},
    {"cumulative 95,,,100", test_plan_cumulative_blanks},
    {"cumulative 50,70,100,blank", test_plan_cumulative_trailing_blank},
    {"incremental 20/35/20/25", test_plan_incremental_quarters},
    {"incremental with blanks", test_plan_incremental_blanks},
    {"other seed shapes", test_plan_other_seed_shapes},
    {"february checkpoint", test_plan_february},
    {"planned amount, rounded once", test_plan_planned_amount},
    {"invalid plans", test_plan_invalid},
    {"explicit form wins", test_plan_explicit_form_wins},
    {"bad arguments", test_plan_bad_arguments},
    {"form strings", test_plan_form_strings},
    {"concurrent reads", test_plan_threads},
    {"fixed-point helpers", test_plan_fixed_helpers},
    {"wrong scale refused", test_plan_wrong_scale},
    {"CSV plan cells are not checked for scale", test_plan_wrong_scale_csv},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"plan", test_criticals_init, test_criticals_cleanup, NULL, NULL, plan_tests},
    CU_SUITE_INFO_NULL,
};
