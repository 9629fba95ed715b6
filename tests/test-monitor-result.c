/* CUnit suite for the 双监控 (monitor-result.c, monitor-config.c,
 * export-monitor.c, export-form.c): money and goal colours, roll-ups,
 * projections, the configuration file, the indicator notes and the forms.
 * Every expected value is derived by hand in a comment. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

/* Time progress at 2024-06-30 (2024 is a leap year), days method: day 182
 * of 366 = 49.7267 % → 4973 bp. Every ratio below divides by it. */
#define AS_OF 20240630

static void add(BudgetBook *book, const char *code, const char *unit, BudgetFen budget, bool plan)
{
    BudgetProject *p = budget_project_new(code, NULL);
    BudgetPlan *quarterly = plan ? test_make_plan(25, 50, 75, 100) : NULL;

    budget_project_set_unit(p, unit);
    budget_project_set_name(p, code);
    budget_project_set_year(p, 2024);
    budget_project_set_budget(p, budget);
    budget_project_set_plan(p, quarterly);
    CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
    budget_plan_unref(quarterly);
    budget_project_unref(p);
}

/* The indicators of A and B, with the optional columns under their Chinese
 * headers, as a form's export writes them. */
static const char indicators_csv[] =
    "code,level1,level2,level3,description,target,basis,weight,actual,完成目标可能性,1-6月实际完成值,"
    "全年预计完成值,偏差原因,完善措施\n"
    "A,产出指标,数量指标,i1,,≥95%,,,,有可能,,,,\n"
    "A,产出指标,数量指标,i2,,≥100个,,,,,50个,,进度慢,加快进度\n"
    "A,产出指标,质量指标,i3,,=100%,,,,,,100%,,\n"
    "A,效益指标,社会效益指标,i4,,≥90%,,,,,,,,\n"
    "A,满意度指标,服务对象满意度指标,i5,,≥100个,,,,,,80个,,\n"
    "B,产出指标,时效指标,i6,,按期完成,,,完成,,完成,,,\n";

/* Budgets in fen, all 1,000,000 (10,000.00 元) but E (100,000) and F (0);
 * every project but F has the plan 25/50/75/100; payments by 2024-06-30:
 *   A U1 450,000 → rate 4500 bp   B U1 350,000 → 3500
 *   C U2 200,000 → 2000           D U2 1,100,000 → over budget
 *   E U2 0 → 0                    F U3 budget 0 → no rate
 *   G U3 298,400 → 2984 */
static BudgetBook *sample_book(void)
{
    BudgetBook *book = budget_book_new();
    BudgetError err;

    budget_book_set_year(book, 2024);
    add(book, "A", "U1", 1000000, true);
    add(book, "B", "U1", 1000000, true);
    add(book, "C", "U2", 1000000, true);
    add(book, "D", "U2", 1000000, true);
    add(book, "E", "U2", 100000, true);
    add(book, "F", "U3", 0, false);
    add(book, "G", "U3", 1000000, true);
    CU_ASSERT_TRUE(
        budget_csv_load_indicators_data(book, indicators_csv, -1, "indicators.csv", NULL, NULL, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    return book;
}

static BudgetLedger *sample_ledger(BudgetBook *book, BudgetDate as_of)
{
    static const struct {
        const char *code;
        BudgetFen amount;
    } paid[] = {{"A", 450000}, {"B", 350000}, {"C", 200000}, {"D", 1100000}, {"G", 298400}};
    BudgetLedger *ledger = budget_ledger_new(book, as_of, NULL);

    for (size_t i = 0; i < G_N_ELEMENTS(paid); i++)
        CU_ASSERT_TRUE(
            budget_ledger_record(ledger, 20240115, paid[i].code, paid[i].amount, BUDGET_SOURCE_FISCAL, NULL));
    return ledger;
}

static size_t row_of(const BudgetMonitorResult *r, const char *code)
{
    size_t row = 999;

    CU_ASSERT_TRUE(budget_report_find(budget_monitor_result_get_report(r), code, &row));
    return row;
}

static BudgetMonitorColour colour(const BudgetMonitorResult *r, const char *code, BudgetMonitorAspect aspect,
                                  BudgetMonitorReason *reason)
{
    return budget_monitor_result_get_colour(r, row_of(r, code), aspect, reason);
}

static void test_money_ratio_against_time(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    BudgetMonitorResult *r = budget_monitor_result_new(ledger, NULL, NULL);
    BudgetMonitorReason why;
    int64_t reference = 0, measure = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_EQUAL(budget_monitor_result_get_as_of(r), AS_OF);
    CU_ASSERT_EQUAL(budget_monitor_result_get_n_projects(r), 7);
    /* A: 4500 × 10000 ÷ 4973 = 9048.86 → 9049 ≥ 8000: green. */
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "A"), &reference, &measure));
    CU_ASSERT_EQUAL(reference, 4973);
    CU_ASSERT_EQUAL(measure, 9049);
    CU_ASSERT_EQUAL(colour(r, "A", BUDGET_MONITOR_ASPECT_MONEY, &why), BUDGET_MONITOR_COLOUR_GREEN);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_OK);
    /* B: 35,000,000 ÷ 4973 = 7038.005 → 7038: yellow. */
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "B"), NULL, &measure));
    CU_ASSERT_EQUAL(measure, 7038);
    CU_ASSERT_EQUAL(colour(r, "B", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_YELLOW);
    /* C: 20,000,000 ÷ 4973 = 4021.72 → 4022: red. */
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "C"), NULL, &measure));
    CU_ASSERT_EQUAL(measure, 4022);
    CU_ASSERT_EQUAL(colour(r, "C", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_RED);
    /* D paid 1,100,000 of 1,000,000: red, over budget, no measure. */
    CU_ASSERT_EQUAL(colour(r, "D", BUDGET_MONITOR_ASPECT_MONEY, &why), BUDGET_MONITOR_COLOUR_RED);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_OVER_BUDGET);
    CU_ASSERT_FALSE(budget_monitor_result_get_measure(r, row_of(r, "D"), NULL, NULL));
    /* E paid nothing: ratio 0, red. */
    CU_ASSERT_EQUAL(colour(r, "E", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_RED);
    /* F has a zero budget: no rate, not judged. */
    CU_ASSERT_EQUAL(colour(r, "F", BUDGET_MONITOR_ASPECT_MONEY, &why), BUDGET_MONITOR_COLOUR_NONE);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_NO_RATE);
    /* G: 29,840,000 ÷ 4973 = 6000.40 → 6000, not below 60.00 %: yellow. */
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "G"), NULL, &measure));
    CU_ASSERT_EQUAL(measure, 6000);
    CU_ASSERT_EQUAL(colour(r, "G", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_YELLOW);
    budget_monitor_result_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_money_boundary_red(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = budget_ledger_new(book, AS_OF, NULL);
    BudgetMonitorResult *r;
    int64_t measure = 0;

    /* G at 298,300: 2983 × 10000 ÷ 4973 = 5998.39 → 5998 < 6000: red. */
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240115, "G", 298300, BUDGET_SOURCE_FISCAL, NULL));
    r = budget_monitor_result_new(ledger, NULL, NULL);
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "G"), NULL, &measure));
    CU_ASSERT_EQUAL(measure, 5998);
    CU_ASSERT_EQUAL(colour(r, "G", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_RED);
    budget_monitor_result_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_money_gap_and_plan(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetMonitorResult *r;
    BudgetMonitorAgainst against;
    int64_t reference = 0, measure = 0;

    /* Gap basis, defaults −2000 / −1000 bp:
     * A 4500 − 4973 = −473 green; B 3500 − 4973 = −1473 yellow;
     * C 2000 − 4973 = −2973 red. */
    budget_monitor_config_set_basis(config, BUDGET_MONITOR_BASIS_GAP);
    r = budget_monitor_result_new(ledger, config, NULL);
    CU_ASSERT_EQUAL(budget_monitor_result_get_basis(r, &against), BUDGET_MONITOR_BASIS_GAP);
    CU_ASSERT_EQUAL(against, BUDGET_MONITOR_AGAINST_TIME);
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "A"), NULL, &measure));
    CU_ASSERT_EQUAL(measure, -473);
    CU_ASSERT_EQUAL(colour(r, "A", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_GREEN);
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "B"), NULL, &measure));
    CU_ASSERT_EQUAL(measure, -1473);
    CU_ASSERT_EQUAL(colour(r, "B", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_YELLOW);
    CU_ASSERT_EQUAL(colour(r, "C", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_RED);
    budget_monitor_result_free(r);

    /* Against the plan (step: 50 % at the end of June = 5000 bp), ratio:
     * A 4500 ÷ 5000 = 9000 green; B 7000 yellow; C 4000 red; F has no
     * plan but no rate comes first; a threshold of 90 % makes A yellow. */
    budget_monitor_config_set_basis(config, BUDGET_MONITOR_BASIS_RATIO);
    budget_monitor_config_set_against(config, BUDGET_MONITOR_AGAINST_PLAN);
    r = budget_monitor_result_new(ledger, config, NULL);
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "A"), &reference, &measure));
    CU_ASSERT_EQUAL(reference, 5000);
    CU_ASSERT_EQUAL(measure, 9000);
    CU_ASSERT_TRUE(budget_monitor_result_get_measure(r, row_of(r, "B"), NULL, &measure));
    CU_ASSERT_EQUAL(measure, 7000);
    CU_ASSERT_EQUAL(colour(r, "C", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_RED);
    budget_monitor_result_free(r);
    CU_ASSERT_TRUE(
        budget_monitor_config_set_colour_thresholds(config, BUDGET_MONITOR_BASIS_RATIO, 6000, 9001, NULL));
    r = budget_monitor_result_new(ledger, config, NULL);
    CU_ASSERT_EQUAL(colour(r, "A", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_YELLOW);
    budget_monitor_result_free(r);

    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_money_nothing_due_and_no_plan(void)
{
    BudgetBook *book = sample_book();
    /* 2024-02-15: the step plan asks 0 % before the end of March. */
    BudgetLedger *ledger = budget_ledger_new(book, 20240215, NULL);
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetMonitorResult *r;
    BudgetMonitorReason why;

    budget_monitor_config_set_against(config, BUDGET_MONITOR_AGAINST_PLAN);
    r = budget_monitor_result_new(ledger, config, NULL);
    CU_ASSERT_EQUAL(colour(r, "A", BUDGET_MONITOR_ASPECT_MONEY, &why), BUDGET_MONITOR_COLOUR_GREEN);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_NOTHING_DUE);
    budget_monitor_result_free(r);
    budget_ledger_unref(ledger);

    /* A project with a budget and no plan, against the plan: not judged. */
    add(book, "H", "U3", 500000, false);
    ledger = budget_ledger_new(book, AS_OF, NULL);
    r = budget_monitor_result_new(ledger, config, NULL);
    CU_ASSERT_EQUAL(colour(r, "H", BUDGET_MONITOR_ASPECT_MONEY, &why), BUDGET_MONITOR_COLOUR_NONE);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_NO_PLAN);
    budget_monitor_result_free(r);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_money_floor(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetMonitorResult *r;
    BudgetMonitorReason why;

    /* Floor 2,000.00 元: E (1,000.00 元) is not judged by money; C (10,000.00)
     * still is. E has no indicators, so its overall colour is none. */
    budget_monitor_config_set_floor(config, 200000);
    r = budget_monitor_result_new(ledger, config, NULL);
    CU_ASSERT_EQUAL(colour(r, "E", BUDGET_MONITOR_ASPECT_MONEY, &why), BUDGET_MONITOR_COLOUR_NONE);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_BELOW_FLOOR);
    CU_ASSERT_EQUAL(colour(r, "E", BUDGET_MONITOR_ASPECT_OVERALL, NULL), BUDGET_MONITOR_COLOUR_NONE);
    CU_ASSERT_EQUAL(colour(r, "C", BUDGET_MONITOR_ASPECT_MONEY, NULL), BUDGET_MONITOR_COLOUR_RED);
    budget_monitor_result_free(r);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_goal_colours(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    BudgetMonitorResult *r = budget_monitor_result_new(ledger, NULL, NULL);
    BudgetMonitorConfig *config = budget_monitor_config_new();
    size_t counts[BUDGET_MONITOR_COLOUR_N];
    BudgetMonitorReason why;

    /* A's indicators: i1 likelihood 有可能 → yellow; i2 mid-year 50个 of
     * ≥100个, ratio 5000 < 6000 → red; i3 projected 100% of =100% → green;
     * i4 nothing → not judged; i5 projected 80个 of ≥100个, ratio 8000 ≥
     * 6000 → yellow. Worst: red. Money is green, so overall red, with the
     * goal's reason. */
    budget_monitor_result_get_goal_counts(r, row_of(r, "A"), counts);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_RED], 1);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_YELLOW], 2);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_GREEN], 1);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_NONE], 1);
    CU_ASSERT_EQUAL(colour(r, "A", BUDGET_MONITOR_ASPECT_GOAL, &why), BUDGET_MONITOR_COLOUR_RED);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_OK);
    CU_ASSERT_EQUAL(colour(r, "A", BUDGET_MONITOR_ASPECT_OVERALL, NULL), BUDGET_MONITOR_COLOUR_RED);
    /* B: mid-year 完成 against 按期完成 is met → green; money yellow →
     * overall yellow. */
    CU_ASSERT_EQUAL(colour(r, "B", BUDGET_MONITOR_ASPECT_GOAL, NULL), BUDGET_MONITOR_COLOUR_GREEN);
    CU_ASSERT_EQUAL(colour(r, "B", BUDGET_MONITOR_ASPECT_OVERALL, &why), BUDGET_MONITOR_COLOUR_YELLOW);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_OK);
    /* C has no indicators: not judged, no_actuals. */
    CU_ASSERT_EQUAL(colour(r, "C", BUDGET_MONITOR_ASPECT_GOAL, &why), BUDGET_MONITOR_COLOUR_NONE);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_NO_ACTUALS);
    budget_monitor_result_free(r);

    /* A goal red ratio of 50 % makes i2 (ratio exactly 5000) yellow: A's
     * worst indicator is then yellow. */
    CU_ASSERT_TRUE(budget_monitor_config_set_goal_red_ratio(config, 5000, NULL));
    r = budget_monitor_result_new(ledger, config, NULL);
    CU_ASSERT_EQUAL(colour(r, "A", BUDGET_MONITOR_ASPECT_GOAL, NULL), BUDGET_MONITOR_COLOUR_YELLOW);
    budget_monitor_result_free(r);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_projection(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetMonitorResult *r = budget_monitor_result_new(ledger, NULL, NULL);
    BudgetMonitorProjection method;
    BudgetFen projected = 0, balance = 0;

    /* A, plan-based: planned at 2024-06-30 (step) 50 % of 1,000,000 =
     * 500,000; 450,000 + 1,000,000 − 500,000 = 950,000, balance 50,000. */
    CU_ASSERT_TRUE(budget_monitor_result_get_projection_method(r, row_of(r, "A"), &method));
    CU_ASSERT_EQUAL(method, BUDGET_MONITOR_PROJECTION_PLAN);
    CU_ASSERT_TRUE(budget_monitor_result_get_projection(r, row_of(r, "A"), BUDGET_MONITOR_PROJECTION_PLAN,
                                                        &projected, &balance));
    assert_fen(950000, projected);
    assert_fen(50000, balance);
    /* A, run rate: 450,000 × 366 ÷ 182 = 904,945.05 → 904,945; balance 95,055. */
    CU_ASSERT_TRUE(budget_monitor_result_get_projection(r, row_of(r, "A"), BUDGET_MONITOR_PROJECTION_RUN_RATE,
                                                        &projected, &balance));
    assert_fen(904945, projected);
    assert_fen(95055, balance);
    /* F has no plan: it shows the run rate, 0 × 366 ÷ 182 = 0. */
    CU_ASSERT_FALSE(
        budget_monitor_result_get_projection(r, row_of(r, "F"), BUDGET_MONITOR_PROJECTION_PLAN, NULL, NULL));
    CU_ASSERT_TRUE(budget_monitor_result_get_projection_method(r, row_of(r, "F"), &method));
    CU_ASSERT_EQUAL(method, BUDGET_MONITOR_PROJECTION_RUN_RATE);
    budget_monitor_result_free(r);

    /* Run rate preferred; months method at 2024-06-30: 6 whole months of
     * 12: 450,000 × 12 ÷ 6 = 900,000. */
    budget_monitor_config_set_projection(config, BUDGET_MONITOR_PROJECTION_RUN_RATE);
    budget_monitor_config_set_time_method(config, BUDGET_TIME_METHOD_MONTHS);
    r = budget_monitor_result_new(ledger, config, NULL);
    CU_ASSERT_TRUE(budget_monitor_result_get_projection_method(r, row_of(r, "A"), &method));
    CU_ASSERT_EQUAL(method, BUDGET_MONITOR_PROJECTION_RUN_RATE);
    CU_ASSERT_TRUE(budget_monitor_result_get_projection(r, row_of(r, "A"), method, &projected, &balance));
    assert_fen(900000, projected);
    assert_fen(100000, balance);
    budget_monitor_result_free(r);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_no_elapsed_time(void)
{
    BudgetBook *book = sample_book();
    /* Before the year: time progress 0 (nothing due: green), no run rate;
     * the plan projection remains (planned 0: 0 + 1,000,000 − 0). */
    BudgetLedger *ledger = budget_ledger_new(book, 20231231, NULL);
    BudgetMonitorResult *r = budget_monitor_result_new(ledger, NULL, NULL);
    BudgetMonitorReason why;
    BudgetFen projected = 0;

    CU_ASSERT_EQUAL(colour(r, "A", BUDGET_MONITOR_ASPECT_MONEY, &why), BUDGET_MONITOR_COLOUR_GREEN);
    CU_ASSERT_EQUAL(why, BUDGET_MONITOR_REASON_NOTHING_DUE);
    CU_ASSERT_FALSE(budget_monitor_result_get_projection(r, row_of(r, "A"),
                                                         BUDGET_MONITOR_PROJECTION_RUN_RATE, NULL, NULL));
    CU_ASSERT_TRUE(budget_monitor_result_get_projection(r, row_of(r, "A"), BUDGET_MONITOR_PROJECTION_PLAN,
                                                        &projected, NULL));
    assert_fen(1000000, projected);
    budget_monitor_result_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_rollups(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    BudgetMonitorResult *r = budget_monitor_result_new(ledger, NULL, NULL);
    size_t counts[BUDGET_MONITOR_COLOUR_N];
    BudgetMonitorColour worst;
    BudgetFen projected = 0, balance = 0;

    CU_ASSERT_EQUAL_FATAL(budget_monitor_result_get_n_units(r), 3);
    CU_ASSERT_STRING_EQUAL(budget_monitor_result_get_unit_nth(r, 0), "U1");
    CU_ASSERT_STRING_EQUAL(budget_monitor_result_get_unit_nth(r, 2), "U3");
    /* U1: A red (goal), B yellow; projected 950,000 + (350,000 + 1,000,000 −
     * 500,000 = 850,000) = 1,800,000 of 2,000,000: balance 200,000. */
    CU_ASSERT_TRUE(budget_monitor_result_get_rollup(r, "U1", BUDGET_MONITOR_ASPECT_OVERALL, counts, &worst,
                                                    &projected, &balance));
    CU_ASSERT_EQUAL(worst, BUDGET_MONITOR_COLOUR_RED);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_RED], 1);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_YELLOW], 1);
    assert_fen(1800000, projected);
    assert_fen(200000, balance);
    /* U1 by money alone: A green, B yellow → worst yellow. */
    CU_ASSERT_TRUE(
        budget_monitor_result_get_rollup(r, "U1", BUDGET_MONITOR_ASPECT_MONEY, counts, &worst, NULL, NULL));
    CU_ASSERT_EQUAL(worst, BUDGET_MONITOR_COLOUR_YELLOW);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_GREEN], 1);
    /* U3: F not judged, G yellow → worst yellow. */
    CU_ASSERT_TRUE(
        budget_monitor_result_get_rollup(r, "U3", BUDGET_MONITOR_ASPECT_OVERALL, counts, &worst, NULL, NULL));
    CU_ASSERT_EQUAL(worst, BUDGET_MONITOR_COLOUR_YELLOW);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_NONE], 1);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_YELLOW], 1);
    /* Department: red A, C, D, E; yellow B, G; none F; green none. */
    CU_ASSERT_TRUE(
        budget_monitor_result_get_rollup(r, NULL, BUDGET_MONITOR_ASPECT_OVERALL, counts, &worst, NULL, NULL));
    CU_ASSERT_EQUAL(worst, BUDGET_MONITOR_COLOUR_RED);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_RED], 4);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_YELLOW], 2);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_GREEN], 0);
    CU_ASSERT_EQUAL(counts[BUDGET_MONITOR_COLOUR_NONE], 1);
    CU_ASSERT_FALSE(
        budget_monitor_result_get_rollup(r, "U9", BUDGET_MONITOR_ASPECT_OVERALL, counts, NULL, NULL, NULL));
    budget_monitor_result_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

/* ---- Export tables ------------------------------------------------------- */

typedef struct {
    GPtrArray *rows; /* char *: the cells of each row joined with '|' */
} Rows;

static int collect(const char *const *cells, size_t n, bool is_header, void *user_data)
{
    Rows *rows = user_data;
    GString *s = g_string_new(NULL);

    (void)is_header;
    for (size_t i = 0; i < n; i++)
        g_string_append_printf(s, "%s%s", i > 0 ? "|" : "", cells[i]);
    g_ptr_array_add(rows->rows, g_string_free(s, FALSE));
    return 0;
}

static void test_export_monitor(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    BudgetMonitorResult *r = budget_monitor_result_new(ledger, NULL, NULL);
    Rows rows = {g_ptr_array_new_with_free_func(g_free)};
    BudgetExport *ex = budget_export_new_rows(collect, &rows, NULL);
    BudgetError err;

    /* Units in name order; U1: 2 projects, red, 1 red (A) 1 yellow (B) 0
     * green 0 none; by money 0 red 1 yellow; by goal 1 red (A) 0 yellow;
     * budget 20,000.00, executed 8,000.00, rate 40.00 %, projected
     * 18,000.00, balance 2,000.00. */
    CU_ASSERT_TRUE(budget_export_monitor(ex, r, BUDGET_LEVEL_UNIT, &err));
    CU_ASSERT_EQUAL_FATAL(rows.rows->len, 4);
    CU_ASSERT_STRING_EQUAL(
        g_ptr_array_index(rows.rows, 0),
        "unit|n_projects|colour|n_red|n_yellow|n_green|n_not_judged|money_red|money_yellow|"
        "goal_red|goal_yellow|budget_adjusted|executed|execution_rate_pct|projected|"
        "projected_balance");
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(rows.rows, 1),
                           "U1|2|red|1|1|0|0|0|1|1|0|20000.00|8000.00|40.00|18000.00|2000.00");
    g_ptr_array_set_size(rows.rows, 0);

    /* Project A: red overall, money green (ok), goal red (ok), 10,000.00,
     * 4,500.00, 45.00 %, reference 49.73, measure 90.49, goals 1/2/1/1,
     * projected 9,500.00 (plan), balance 500.00, both methods, status
     * behind (45.00 − 50.00 = −5.00 pp < −5? no: = −500 bp is not below
     * −500, on_track). */
    CU_ASSERT_TRUE(budget_export_monitor(ex, r, BUDGET_LEVEL_PROJECT, &err));
    CU_ASSERT_EQUAL_FATAL(rows.rows->len, 8);
    CU_ASSERT_STRING_EQUAL(
        g_ptr_array_index(rows.rows, 1),
        "A|U1|A|red|green|ok|red|ok|10000.00|4500.00|45.00|49.73|90.49|1|2|1|1|9500.00|500.00|"
        "plan|9500.00|9049.45|on_track");
    g_ptr_array_set_size(rows.rows, 0);

    /* The department row is keyed ALL. */
    CU_ASSERT_TRUE(budget_export_monitor(ex, r, BUDGET_LEVEL_DEPARTMENT, &err));
    CU_ASSERT_EQUAL_FATAL(rows.rows->len, 2);
    CU_ASSERT_TRUE(g_str_has_prefix(g_ptr_array_index(rows.rows, 0), "department|"));
    CU_ASSERT_TRUE(g_str_has_prefix(g_ptr_array_index(rows.rows, 1), "ALL|7|red|4|2|0|1|"));

    budget_export_free(ex);
    g_ptr_array_unref(rows.rows);
    budget_monitor_result_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_export_forms(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    Rows rows = {g_ptr_array_new_with_free_func(g_free)};
    BudgetExport *ex = budget_export_new_rows(collect, &rows, NULL);
    BudgetError err;

    /* Monitoring form of A: header, 4 funds rows, 5 indicators. The total
     * row: 全年预算数 10,000.00, 1-6月执行数 4,500.00, 45.00 %, projected
     * 9,500.00 (plan), money colour green. No funding columns were given:
     * the source rows have no budget. */
    CU_ASSERT_TRUE(budget_export_form_monitoring(ex, ledger, "A", NULL, &err));
    CU_ASSERT_EQUAL_FATAL(rows.rows->len, 10);
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(rows.rows, 1),
                           "A|A|funds|||年度资金总额|10000.00|4500.00|45.00|9500.00|plan|||||||green");
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(rows.rows, 2), "A|A|funds|||当年财政拨款||4500.00||||||||||");
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(rows.rows, 6),
                           "A|A|indicator|产出指标|数量指标|i2||||||≥100个|50个|||进度慢|加快进度|");
    g_ptr_array_set_size(rows.rows, 0);

    /* Self-evaluation of B: 4 funds rows, 1 indicator, total. Execution part
     * 10 points × 35.00 % = 3.50; i6 is the only output indicator, 50
     * points, met: 50.00. No outcome or satisfaction indicators: the total
     * rescales 53.50 of 60 to 100 = 89.1666… → 89.17, 良. */
    CU_ASSERT_TRUE(budget_export_form_self_evaluation(ex, ledger, "B", NULL, &err));
    CU_ASSERT_EQUAL_FATAL(rows.rows->len, 7);
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(rows.rows, 1),
                           "B|B|funds|||年度资金总额|10000.00|10000.00|3500.00|||10.00|35.00|3.50||");
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(rows.rows, 5),
                           "B|B|indicator|产出指标|时效指标|i6||||按期完成|完成|50.00||50.00||");
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(rows.rows, 6), "B|B|total|||总分||||||100.00||89.17||良");
    g_ptr_array_set_size(rows.rows, 0);

    /* An unknown code is NOT_FOUND on the code field; nothing is written. */
    CU_ASSERT_FALSE(budget_export_form_self_evaluation(ex, ledger, "NOPE", NULL, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, "code");
    CU_ASSERT_EQUAL(rows.rows->len, 0);
    CU_ASSERT_FALSE(budget_export_form_monitoring(ex, ledger, "NOPE", NULL, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, "code");

    /* The whole book: 7 projects × (4 funds rows) + 6 indicators + header. */
    CU_ASSERT_TRUE(budget_export_form_monitoring(ex, ledger, NULL, NULL, &err));
    CU_ASSERT_EQUAL(rows.rows->len, 1 + 7 * 4 + 6);
    g_ptr_array_set_size(rows.rows, 0);

    /* A project added after the ledger was made has no figures in it. */
    add(book, "Z", "U9", 100, true);
    CU_ASSERT_FALSE(budget_export_form_monitoring(ex, ledger, NULL, NULL, &err));
    assert_error(&err, BUDGET_ERROR_INCONSISTENT, 0, 0, "code");
    CU_ASSERT_FALSE(budget_export_form_self_evaluation(ex, ledger, "Z", NULL, &err));
    assert_error(&err, BUDGET_ERROR_INCONSISTENT, 0, 0, "code");
    CU_ASSERT_EQUAL(rows.rows->len, 0);

    budget_export_free(ex);
    g_ptr_array_unref(rows.rows);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

/* ---- Indicator notes ------------------------------------------------------ */

static void test_indicator_notes(void)
{
    BudgetBook *book = sample_book();
    const BudgetIndicator *i2 = budget_book_get_project_indicator_nth(book, "A", 1);
    const BudgetIndicator *i4 = budget_book_get_project_indicator_nth(book, "A", 3);
    BudgetIndicator *ind = budget_indicator_new("X", NULL);
    BudgetIndicatorNote note = BUDGET_INDICATOR_NOTE_N;

    /* Read from the Chinese headers; a blank cell is "", an absent column
     * would be NULL; unknown columns are still kept as extras. */
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_note(i2, BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR), "50个");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_note(i2, BUDGET_INDICATOR_NOTE_DEVIATION_REASON), "进度慢");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_note(i2, BUDGET_INDICATOR_NOTE_MEASURES), "加快进度");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_note(i4, BUDGET_INDICATOR_NOTE_LIKELIHOOD), "");
    CU_ASSERT_PTR_NULL(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_PROJECTED));
    budget_indicator_set_note(ind, BUDGET_INDICATOR_NOTE_PROJECTED, "96%");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_PROJECTED), "96%");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_extra(ind, "projected"), "96%");
    budget_indicator_set_note(ind, BUDGET_INDICATOR_NOTE_PROJECTED, NULL);
    CU_ASSERT_PTR_NULL(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_PROJECTED));

    CU_ASSERT_STRING_EQUAL(budget_indicator_note_to_string(BUDGET_INDICATOR_NOTE_MEASURES), "measures");
    CU_ASSERT_TRUE(budget_indicator_note_from_string("Likelihood", &note));
    CU_ASSERT_EQUAL(note, BUDGET_INDICATOR_NOTE_LIKELIHOOD);
    CU_ASSERT_TRUE(budget_indicator_note_from_string("1-9月实际完成值", &note));
    CU_ASSERT_EQUAL(note, BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR);
    CU_ASSERT_TRUE(budget_indicator_note_from_string("完善措施", &note));
    CU_ASSERT_EQUAL(note, BUDGET_INDICATOR_NOTE_MEASURES);
    CU_ASSERT_FALSE(budget_indicator_note_from_string("月实际完成值", NULL));
    CU_ASSERT_FALSE(budget_indicator_note_from_string("备注", NULL));
    budget_indicator_unref(ind);
    budget_book_unref(book);
}

/* ---- Configuration file ---------------------------------------------------- */

static void test_config_load(void)
{
    static const char good[] = "# thresholds of the 2024 notice\n"
                               "[report]\n"
                               "plan_method = linear\n"
                               "behind = -6\n"
                               "[monitor]\n"
                               "basis = gap\n"
                               "gap_red = -25.5\n"
                               "floor = 2万元\n"
                               "spend_policy = warn\n"
                               "control_plan = false\n"
                               "[score]\n"
                               "whatever = 1\n";
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetError err;
    int64_t red = 0, yellow = 0;
    bool control = true;

    CU_ASSERT_TRUE(budget_monitor_config_load_data(config, good, -1, "budget.ini", &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL(budget_monitor_config_get_basis(config), BUDGET_MONITOR_BASIS_GAP);
    budget_monitor_config_get_colour_thresholds(config, BUDGET_MONITOR_BASIS_GAP, &red, &yellow);
    CU_ASSERT_EQUAL(red, -2550);
    CU_ASSERT_EQUAL(yellow, -1000);
    CU_ASSERT_EQUAL(budget_monitor_config_get_spend_policy(config, &control), BUDGET_SPEND_WARN);
    CU_ASSERT_FALSE(control);
    /* behind = −6 pp: a variance of −5.5 pp is now on track (−550 ≥ −600). */
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, -550), BUDGET_STATUS_ON_TRACK);
    CU_ASSERT_EQUAL(budget_monitor_status(config, false, true, -601), BUDGET_STATUS_BEHIND);

    /* Each failure names the file, the line and the key, and changes nothing. */
    CU_ASSERT_FALSE(budget_monitor_config_load_data(config, "[monitor]\n\nbogus = 1\n", -1, "c.ini", &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 3, 0, "bogus");
    CU_ASSERT_STRING_EQUAL(err.source, "c.ini");
    CU_ASSERT_FALSE(
        budget_monitor_config_load_data(config, "[report]\nplan_method = cubic\n", -1, "c.ini", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 0, "plan_method");
    CU_ASSERT_FALSE(budget_monitor_config_load_data(config, "[monitor]\nbasis\n", -1, "c.ini", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 0, "");
    CU_ASSERT_FALSE(budget_monitor_config_load_data(config, "[monitor]\nfloor = lots\n", -1, "c.ini", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 0, "floor");
    CU_ASSERT_FALSE(
        budget_monitor_config_load_data(config, "[monitor]\nratio_red = 12.345\n", -1, "c.ini", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 0, "ratio_red");
    /* A length below -1 is misuse (api-conventions.md, Lengths). */
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_monitor_config_load_data(config, "[monitor]\n", -2, "c.ini", &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    /* red 90 above yellow 80: out of order, at the red key. */
    CU_ASSERT_FALSE(budget_monitor_config_load_data(config, "[monitor]\nbasis = ratio\nratio_red = 90\n", -1,
                                                    "c.ini", &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 3, 0, "ratio_red");
    CU_ASSERT_EQUAL(budget_monitor_config_get_basis(config), BUDGET_MONITOR_BASIS_GAP); /* unchanged */
    CU_ASSERT_FALSE(
        budget_monitor_config_load_data(config, "[monitor]\ncontrol_plan = maybe\n", -1, "c.ini", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 0, "control_plan");
    CU_ASSERT_FALSE(budget_monitor_config_load_data(config, "[monitor]\nbasis = \xff\n", -1, "c.ini", &err));
    assert_error(&err, BUDGET_ERROR_ENCODING, 0, 0, "");
    CU_ASSERT_FALSE(budget_monitor_config_load_file(config, "/nonexistent/budget.ini", &err));
    assert_error(&err, BUDGET_ERROR_IO, 0, 0, "");
    budget_monitor_config_free(config);
}

static void test_config_setters(void)
{
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetError err;
    int64_t red = 0, yellow = 0;

    /* Defaults: ratio 6000/8000, gap −2000/−1000, stop with plan control. */
    budget_monitor_config_get_colour_thresholds(NULL, BUDGET_MONITOR_BASIS_RATIO, &red, &yellow);
    CU_ASSERT_EQUAL(red, 6000);
    CU_ASSERT_EQUAL(yellow, 8000);
    budget_monitor_config_get_colour_thresholds(config, BUDGET_MONITOR_BASIS_GAP, &red, &yellow);
    CU_ASSERT_EQUAL(red, -2000);
    CU_ASSERT_EQUAL(yellow, -1000);
    CU_ASSERT_EQUAL(budget_monitor_config_get_spend_policy(NULL, NULL), BUDGET_SPEND_STOP);
    budget_monitor_config_set_spend_policy(config, BUDGET_SPEND_WARN, false);
    CU_ASSERT_EQUAL(budget_monitor_config_get_spend_policy(config, NULL), BUDGET_SPEND_WARN);
    EXPECT_CRITICAL(budget_monitor_config_set_spend_policy(config, BUDGET_SPEND_POLICY_N, true));
    CU_ASSERT_EQUAL(budget_monitor_config_get_spend_policy(config, NULL), BUDGET_SPEND_WARN);
    CU_ASSERT_FALSE(
        budget_monitor_config_set_colour_thresholds(config, BUDGET_MONITOR_BASIS_RATIO, 8000, 6000, &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    CU_ASSERT_FALSE(
        budget_monitor_config_set_colour_thresholds(config, BUDGET_MONITOR_BASIS_RATIO, -1, 6000, &err));
    CU_ASSERT_TRUE(
        budget_monitor_config_set_colour_thresholds(config, BUDGET_MONITOR_BASIS_GAP, -3000, -3000, &err));
    CU_ASSERT_FALSE(budget_monitor_config_set_goal_red_ratio(config, 10001, &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    budget_monitor_config_free(config);
}

static void test_names(void)
{
    BudgetMonitorColour c = BUDGET_MONITOR_COLOUR_N;
    BudgetMonitorBasis b = BUDGET_MONITOR_BASIS_N;
    BudgetMonitorAgainst a = BUDGET_MONITOR_AGAINST_N;
    BudgetMonitorProjection p = BUDGET_MONITOR_PROJECTION_N;
    BudgetMonitorReason r = BUDGET_MONITOR_REASON_N;

    CU_ASSERT_STRING_EQUAL(budget_monitor_colour_to_string(BUDGET_MONITOR_COLOUR_YELLOW), "yellow");
    CU_ASSERT_TRUE(budget_monitor_colour_from_string("RED", &c));
    CU_ASSERT_EQUAL(c, BUDGET_MONITOR_COLOUR_RED);
    CU_ASSERT_TRUE(budget_monitor_basis_from_string("gap", &b));
    CU_ASSERT_EQUAL(b, BUDGET_MONITOR_BASIS_GAP);
    CU_ASSERT_STRING_EQUAL(budget_monitor_basis_to_string(BUDGET_MONITOR_BASIS_RATIO), "ratio");
    CU_ASSERT_TRUE(budget_monitor_against_from_string("plan", &a));
    CU_ASSERT_EQUAL(a, BUDGET_MONITOR_AGAINST_PLAN);
    CU_ASSERT_STRING_EQUAL(budget_monitor_against_to_string(BUDGET_MONITOR_AGAINST_TIME), "time");
    CU_ASSERT_TRUE(budget_monitor_projection_from_string("run_rate", &p));
    CU_ASSERT_EQUAL(p, BUDGET_MONITOR_PROJECTION_RUN_RATE);
    CU_ASSERT_STRING_EQUAL(budget_monitor_projection_to_string(BUDGET_MONITOR_PROJECTION_PLAN), "plan");
    CU_ASSERT_TRUE(budget_monitor_reason_from_string("below_floor", &r));
    CU_ASSERT_EQUAL(r, BUDGET_MONITOR_REASON_BELOW_FLOOR);
    CU_ASSERT_STRING_EQUAL(budget_monitor_reason_to_string(BUDGET_MONITOR_REASON_NO_ACTUALS), "no_actuals");
    CU_ASSERT_FALSE(budget_monitor_colour_from_string("purple", &c));
    CU_ASSERT_EQUAL(c, BUDGET_MONITOR_COLOUR_RED); /* untouched */
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_monitor_colour_to_string(BUDGET_MONITOR_COLOUR_N)));
}

static void test_misuse(void)
{
    BudgetBook *book = sample_book();
    BudgetLedger *ledger = sample_ledger(book, AS_OF);
    BudgetMonitorResult *r = budget_monitor_result_new(ledger, NULL, NULL);
    BudgetError err;

    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_monitor_result_new(NULL, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_monitor_result_get_colour(r, 7, BUDGET_MONITOR_ASPECT_MONEY, NULL),
                                    BUDGET_MONITOR_COLOUR_NONE));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_monitor_result_get_unit_nth(r, 3)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_monitor(NULL, r, BUDGET_LEVEL_UNIT, &err)));
    EXPECT_CRITICAL(budget_monitor_config_set_floor(NULL, 0));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_indicator_get_note(NULL, BUDGET_INDICATOR_NOTE_MEASURES)));
    budget_monitor_result_free(NULL);
    budget_monitor_result_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static CU_TestInfo monitor_result_tests[] = {
    {"money colour: ratio against time progress", test_money_ratio_against_time},
    {"money colour: just below 60 % is red", test_money_boundary_red},
    {"money colour: gap basis and against the plan", test_money_gap_and_plan},
    {"money colour: nothing due, no plan", test_money_nothing_due_and_no_plan},
    {"money colour: amount floor", test_money_floor},
    {"goal colour from likelihood, projected and mid-year actual", test_goal_colours},
    {"year-end projection, plan and run rate", test_projection},
    {"before the year: no run rate", test_no_elapsed_time},
    {"unit and department roll-ups", test_rollups},
    {"export: monitor table at each level", test_export_monitor},
    {"export: the national forms", test_export_forms},
    {"indicator notes", test_indicator_notes},
    {"configuration file", test_config_load},
    {"configuration setters", test_config_setters},
    {"enumeration names", test_names},
    {"misuse", test_misuse},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"monitor-result", test_criticals_init, test_criticals_cleanup, NULL, NULL, monitor_result_tests},
    CU_SUITE_INFO_NULL,
};
