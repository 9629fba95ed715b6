/* CUnit suite for csv-load's columns and rows (issue 6, items 5 and 13):
 * quarterly plan columns, plan-like headers that name no month, and the
 * warnings for rows that are accepted but suspicious (negative budgets,
 * implausible years, payments outside the book's year, unknown level1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "test-util.h"

#define PCT(n) ((int64_t)(n)*INT64_C(1000000)) /* n % in micro-percent */

/* ---- helpers ---------------------------------------------------------- */

static bool load_projects_str(BudgetBook *book, const char *data, BudgetDiagnostics *diag, BudgetError *err)
{
    return budget_csv_load_projects_data(book, data, strlen(data), "projects.csv", NULL, diag, err);
}

/* Entry @i of @diag is a warning (or an error) with @code at @line/@column/@field. */
#define assert_diag(diag, i, warning, code, line, column, field)                                             \
    assert_diag_at((diag), (i), (warning), (code), (line), (column), (field), __FILE__, __LINE__)
static void assert_diag_at(const BudgetDiagnostics *diag, size_t i, bool warning, int code, int line,
                           int column, const char *field, const char *file, unsigned int at)
{
    bool is_warning = !warning;
    const BudgetError *e =
        i < budget_diagnostics_get_n(diag) ? budget_diagnostics_get(diag, i, &is_warning) : NULL;

    CU_assertImplementation(e != NULL, at, "diagnostic present", file, "", CU_FALSE);
    if (e == NULL)
        return;
    CU_assertImplementation(is_warning == warning, at, warning ? "a warning" : "an error", file, "",
                            CU_FALSE);
    assert_error_at(e, code, line, column, field, file, at);
}

/* The message of entry @i contains @text. */
static bool diag_says(const BudgetDiagnostics *diag, size_t i, const char *text)
{
    const BudgetError *e = i < budget_diagnostics_get_n(diag) ? budget_diagnostics_get(diag, i, NULL) : NULL;
    return e != NULL && strstr(e->message, text) != NULL;
}

static int64_t step_at(const BudgetPlan *plan, BudgetDate date)
{
    int64_t v = -1;
    CU_ASSERT_TRUE(budget_plan_planned_micropct(plan, 2024, date, BUDGET_PLAN_METHOD_STEP, &v));
    return v;
}

/* ---- quarterly plan columns ------------------------------------------ */

/* Every spelling of the four quarters, read from a projects.csv whose
 * quarter columns come in the order Q4, Q1, Q3, Q2 (so that the months come
 * from the headers, not the positions). Cells 40,10,30,20 are, by month
 * (3, 6, 9, 12), 10, 20, 30, 40: not cumulative (the last is not 100), sum
 * 100 → incremental. Cumulative: March 10, June 30, September 60, December
 * 100. Step at 2024-03-31 = 10 %, at 2024-09-30 = 60 %, at 2024-03-30 = 0. */
static void test_rows_quarter_headers(void)
{
    static const char *const forms[][4] = {
        {"一季度", "二季度", "三季度", "四季度"},
        {"第一季度", "第二季度", "第三季度", "第四季度"},
        {"1季度", "2季度", "3季度", "4季度"},
        {"第1季度", "第2季度", "第3季度", "第4季度"},
        {"一季度末", "二季度末", "三季度末", "四季度末"},
        {"第一季度末", "第二季度末", "第三季度末", "第四季度末"},
        {"Q1", "Q2", "Q3", "Q4"},
        {"q1", "q2", "q3", "q4"},
        {"plan_q1", "plan_q2", "plan_q3", "plan_q4"},
        {"PLAN_Q1", "Plan_Q2", "plan_Q3", "plan_q4"},
        {"计划_Q1", "计划_Q2", "计划_Q3", "计划_Q4"},
        {"计划一季度", "计划二季度", "计划三季度", "计划四季度"},
        /* months and quarters mixed: plan_03 and 二季度 are both checkpoints */
        {"plan_03", "二季度", "9月底", "Q4"},
        {"三月底", "六月末", "九月", "十二月"},
    };

    for (size_t f = 0; f < G_N_ELEMENTS(forms); f++) {
        char *csv = g_strdup_printf("code,budget,%s,%s,%s,%s\nP1,1000,40,10,30,20\n", forms[f][3],
                                    forms[f][0], forms[f][2], forms[f][1]);
        BudgetBook *book = budget_book_new();
        BudgetDiagnostics *diag = budget_diagnostics_new();
        BudgetError err;
        const BudgetProject *p;
        const BudgetPlan *plan;
        int64_t v;

        CU_ASSERT_TRUE(load_projects_str(book, csv, diag, &err));
        assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
        CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 0); /* a valid incremental plan: nothing to say */
        p = budget_book_get_project(book, "P1");
        CU_ASSERT_PTR_NOT_NULL_FATAL(p);
        plan = budget_project_get_plan(p);
        CU_ASSERT_PTR_NOT_NULL_FATAL(plan);
        for (int m = 1; m <= 12; m++) {
            bool has = budget_plan_has_month(plan, m, &v);
            CU_ASSERT_EQUAL(has, m % 3 == 0);
            if (has)
                CU_ASSERT_EQUAL(v, PCT(10 * (m / 3))); /* 3 → 10, 6 → 20, 9 → 30, 12 → 40 */
        }
        CU_ASSERT_EQUAL(step_at(plan, 20240330), 0);
        CU_ASSERT_EQUAL(step_at(plan, 20240331), PCT(10));
        CU_ASSERT_EQUAL(step_at(plan, 20240630), PCT(30));  /* 10 + 20 */
        CU_ASSERT_EQUAL(step_at(plan, 20240930), PCT(60));  /* 10 + 20 + 30 */
        CU_ASSERT_EQUAL(step_at(plan, 20241231), PCT(100)); /* + 40 */
        CU_ASSERT_EQUAL(budget_project_get_n_extras(p), 0); /* every column was read as a plan */
        budget_diagnostics_free(diag);
        budget_book_unref(book);
        g_free(csv);
    }
}

/* A cumulative quarterly plan with a blank cell (95,,,100 as in the seeds'
 * 资金支出计划): March 95, June and September carry 95, December 100. */
static void test_rows_quarter_cumulative(void)
{
    const char *csv = "项目编码,预算数,第一季度,第二季度,第三季度,第四季度\nP1,800,95,,,100\n";
    BudgetBook *book = budget_book_new();
    BudgetError err;
    const BudgetPlan *plan;

    CU_ASSERT_TRUE_FATAL(load_projects_str(book, csv, NULL, &err));
    plan = budget_project_get_plan(budget_book_get_project(book, "P1"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(plan);
    CU_ASSERT_TRUE(budget_plan_is_blank(plan, 6));
    CU_ASSERT_TRUE(budget_plan_is_blank(plan, 9));
    CU_ASSERT_EQUAL(step_at(plan, 20240331), PCT(95));
    CU_ASSERT_EQUAL(step_at(plan, 20240930), PCT(95));
    CU_ASSERT_EQUAL(step_at(plan, 20241231), PCT(100));
    budget_book_unref(book);
}

/* Two headers naming the same month are a duplicate column, as two plan_03
 * are: an error at line 1 and the column of the second, the file unread. */
static void test_rows_quarter_duplicates(void)
{
    static const struct {
        const char *header;
        int column;
        const char *field;
    } cases[] = {
        {"code,budget,plan_03,一季度", 4, "一季度"},    /* both March */
        {"code,budget,Q4,plan_06,12月底", 5, "12月底"}, /* Q4 = December */
        {"code,budget,第二季度,q2", 4, "q2"},
        {"code,budget,plan_q3,9月", 4, "9月"},
        {"code,budget,三月底,Q1", 4, "Q1"},
        {"code,budget,plan_03,plan_03", 4, "plan_03"}, /* as before */
    };

    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *csv = g_strdup_printf("%s\nP1,100,50,100,100\n", cases[i].header);
        BudgetBook *book = budget_book_new();
        BudgetError err;

        CU_ASSERT_FALSE(load_projects_str(book, csv, NULL, &err));
        assert_error(&err, BUDGET_ERROR_PARSE, 1, cases[i].column, cases[i].field);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "duplicate column"));
        CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 0);
        budget_book_unref(book);
        g_free(csv);
    }
}

/* ---- plan-like headers that name no month ----------------------------- */

/* Each is a warning (UNSUPPORTED) at line 1 and its own column, field = the
 * header as written; the column stays an extra column of the project, and a
 * project with only such columns has no plan. */
static void test_rows_plan_like_headers(void)
{
    static const char *const headers[] = {
        "plan_13",  "plan_0",  "plan_x", "13月底",  "0月",    "第五季度", "Q5",      "计划",     "plan",
        "plan_003", "计划_13", "Q0",     "plan_q5", "五季度", "计划_x",   "plan 13", "计划13月", "十季度",
    };

    for (size_t i = 0; i < G_N_ELEMENTS(headers); i++) {
        char *csv = g_strdup_printf("code,budget,%s\nP1,100,5\n", headers[i]);
        BudgetBook *book = budget_book_new();
        BudgetDiagnostics *diag = budget_diagnostics_new();
        BudgetError err;
        const BudgetProject *p;

        CU_ASSERT_TRUE(load_projects_str(book, csv, diag, &err));
        assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
        CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 1);
        assert_diag(diag, 0, true, BUDGET_ERROR_UNSUPPORTED, 1, 3, headers[i]);
        CU_ASSERT_TRUE(diag_says(diag, 0, "not read as a plan"));
        p = budget_book_get_project(book, "P1");
        CU_ASSERT_PTR_NOT_NULL_FATAL(p);
        CU_ASSERT_PTR_NULL(budget_project_get_plan(p));
        CU_ASSERT_STRING_EQUAL(budget_project_get_extra(p, headers[i]), "5");
        budget_diagnostics_free(diag);
        budget_book_unref(book);
        g_free(csv);
    }
}

/* Beside valid plan columns: the plan is read from plan_03 .. plan_12, the
 * warning names the fifth column, and each warning comes once (the header),
 * not per row. */
static void test_rows_plan_like_beside_plan(void)
{
    const char *csv = "code,budget,plan_03,plan_06,plan_13,plan_12\n"
                      "P1,100,25,50,7,100\n"
                      "P2,100,10,20,8,100\n";
    BudgetBook *book = budget_book_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError err;
    const BudgetPlan *plan;

    CU_ASSERT_TRUE_FATAL(load_projects_str(book, csv, diag, &err));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 1);
    assert_diag(diag, 0, true, BUDGET_ERROR_UNSUPPORTED, 1, 5, "plan_13");
    plan = budget_project_get_plan(budget_book_get_project(book, "P1"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(plan);
    CU_ASSERT_EQUAL(step_at(plan, 20240630), PCT(50)); /* cumulative 25, 50, 100 */
    CU_ASSERT_EQUAL(step_at(plan, 20241130), PCT(50)); /* "month 13" is no checkpoint */
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra(budget_book_get_project(book, "P2"), "plan_13"), "8");
    budget_diagnostics_free(diag);
    budget_book_unref(book);
}

/* Headers that are not plan columns stay unknown columns without a word:
 * words that begin like one, other numbers, and plan-like names in files
 * other than projects.csv (a Q1 column of indicators.csv is not a plan). */
static void test_rows_not_plan_like(void)
{
    const char *csv = "code,budget,planned,planner,计划数,计划完成时间,QA,第3批,3月份,2024年,3,plan_form\n"
                      "P1,100,a,b,c,d,e,f,g,h,i,\n";
    const char *ind = "code,level1,Q1,plan_13\nP1,产出指标,x,y\n";
    BudgetBook *book = budget_book_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError err;
    const BudgetProject *p;

    CU_ASSERT_TRUE_FATAL(load_projects_str(book, csv, diag, &err));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 0);
    p = budget_book_get_project(book, "P1");
    CU_ASSERT_EQUAL(budget_project_get_n_extras(p), 9); /* all but code, budget and plan_form */
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra(p, "计划数"), "c");
    CU_ASSERT_PTR_NULL(budget_project_get_plan(p));
    CU_ASSERT_TRUE(
        budget_csv_load_indicators_data(book, ind, strlen(ind), "indicators.csv", NULL, diag, &err));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 0);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_extra(budget_book_get_indicator_nth(book, 0), "Q1"), "x");
    budget_diagnostics_free(diag);
    budget_book_unref(book);
}

/* ---- projects.csv: negative budgets, implausible years ---------------- */

/* Warnings (RANGE) on the row's line and the column of the cell; the rows
 * are loaded all the same, in strict mode too. 1949 and 2100 are the edges
 * of the plausible range and give nothing; a zero budget and a blank year
 * give nothing. */
static void test_rows_project_warnings(void)
{
    const char *csv = "code,name,budget,年度\n"
                      "P1,a,-5.00,2024\n" /* line 2: budget, column 3 */
                      "P2,b,10,1\n"       /* line 3: year, column 4 */
                      "P3,c,10,2101年\n"  /* line 4 */
                      "P4,d,10,1949\n"
                      "P5,e,10,2100\n"
                      "P6,f,0,\n"
                      "P7,g,-1,1948\n"; /* line 8: both, budget first */
    BudgetBook *book = budget_book_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError err;

    CU_ASSERT_TRUE_FATAL(load_projects_str(book, csv, diag, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 7);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 5);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 0);
    assert_diag(diag, 0, true, BUDGET_ERROR_RANGE, 2, 3, "budget");
    CU_ASSERT_TRUE(diag_says(diag, 0, "no execution rate"));
    CU_ASSERT_TRUE(diag_says(diag, 0, "-5.00"));
    assert_diag(diag, 1, true, BUDGET_ERROR_RANGE, 3, 4, "年度");
    CU_ASSERT_TRUE(diag_says(diag, 1, "year 1 is outside 1949..2100"));
    assert_diag(diag, 2, true, BUDGET_ERROR_RANGE, 4, 4, "年度");
    assert_diag(diag, 3, true, BUDGET_ERROR_RANGE, 8, 3, "budget");
    assert_diag(diag, 4, true, BUDGET_ERROR_RANGE, 8, 4, "年度");
    /* Accepted as written. */
    assert_fen(-500, budget_project_get_budget(budget_book_get_project(book, "P1")));
    CU_ASSERT_EQUAL(budget_project_get_year(budget_book_get_project(book, "P2")), 1);
    budget_diagnostics_free(diag);
    budget_book_unref(book);
}

/* ---- transactions.csv: payments outside the book's year --------------- */

static int count_rows(const BudgetTransaction *t, void *data)
{
    (*(int *)data)++;
    return 0;
}

/* Read with a book (year 2024, from P1) and no ledger: the rows of 2023 and
 * 2025 warn at their line, column 1 (date); the rows of 2024 do not. Every
 * row reaches the callback. Without a book there is no year: no warning. */
static void test_rows_transactions_other_years(void)
{
    const char *projects = "code,budget,year\nP1,1000,2024\n";
    const char *tx = "date,code,amount\n"
                     "2023-12-31,P1,1\n" /* line 2: before */
                     "2024-01-01,P1,2\n"
                     "2024-12-31,P1,3\n"
                     "2025-01-01,P1,4\n"    /* line 5: after */
                     "2000年3月1日,P1,5\n"; /* line 6: before */
    BudgetBook *book = budget_book_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError err;
    int n = 0;

    CU_ASSERT_TRUE_FATAL(load_projects_str(book, projects, NULL, &err));
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(book, tx, strlen(tx), "transactions.csv", NULL,
                                                     count_rows, &n, diag, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL(n, 5);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 3);
    assert_diag(diag, 0, true, BUDGET_ERROR_RANGE, 2, 1, "date");
    CU_ASSERT_TRUE(diag_says(diag, 0, "before the book's year 2024: counted as executed before the year"));
    assert_diag(diag, 1, true, BUDGET_ERROR_RANGE, 5, 1, "date");
    CU_ASSERT_TRUE(diag_says(diag, 1, "after the book's year 2024: not counted"));
    assert_diag(diag, 2, true, BUDGET_ERROR_RANGE, 6, 1, "date");
    budget_diagnostics_free(diag);

    diag = budget_diagnostics_new();
    n = 0;
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(NULL, tx, strlen(tx), "transactions.csv", NULL,
                                                     count_rows, &n, diag, &err));
    CU_ASSERT_EQUAL(n, 5);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 0);
    budget_diagnostics_free(diag);
    budget_book_unref(book);
}

/* Into a ledger, the warning says what the ledger did with the payment.
 * As of 2024-12-31: executed = 1 + 2 + 3 + 5 = 11.00 (the 2023 and 2000
 * rows counted before the year, the 2025 row not counted). As of
 * 2025-03-31: the 2025 row is executed too, 11 + 4 = 15.00, and its warning
 * says so. A book with no project year is in 2024 (the default) and warns
 * the same. */
static void test_rows_ledger_other_years(void)
{
    const char *tx = "date,code,amount\n"
                     "2023-12-31,P1,1\n"
                     "2024-01-01,P1,2\n"
                     "2024-12-31,P1,3\n"
                     "2025-01-01,P1,4\n"
                     "2000-03-01,P1,5\n";
    const char *projects = "code,budget\nP1,1000\n"; /* no year: the book's is set to 2024 */
    char *dir = test_make_tmpdir();
    char *path = g_build_filename(dir, "transactions.csv", NULL);
    BudgetBook *book = budget_book_new();
    BudgetError err;
    static const BudgetDate as_of[] = {20241231, 20250331};

    CU_ASSERT_TRUE_FATAL(g_file_set_contents(path, tx, -1, NULL));
    CU_ASSERT_TRUE_FATAL(load_projects_str(book, projects, NULL, &err));
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024));
    CU_ASSERT_EQUAL(budget_book_get_year(book), 2024);
    for (size_t i = 0; i < G_N_ELEMENTS(as_of); i++) {
        BudgetLedger *ledger = budget_ledger_new(book, as_of[i], &err);
        BudgetDiagnostics *diag = budget_diagnostics_new();
        BudgetFen executed = -1;

        CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
        CU_ASSERT_TRUE(budget_csv_load_transactions(ledger, path, NULL, diag, &err));
        CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 3);
        assert_diag(diag, 0, true, BUDGET_ERROR_RANGE, 2, 1, "date");
        CU_ASSERT_TRUE(diag_says(diag, 0, "counted as executed before the year"));
        assert_diag(diag, 1, true, BUDGET_ERROR_RANGE, 5, 1, "date");
        CU_ASSERT_TRUE(diag_says(diag, 1,
                                 i == 0 ? "not counted (after the as-of date 2024-12-31)"
                                        : "counted as executed (the as-of date is 2025-03-31)"));
        assert_diag(diag, 2, true, BUDGET_ERROR_RANGE, 6, 1, "date");
        CU_ASSERT_TRUE(budget_ledger_get_executed(ledger, 0, &executed));
        assert_fen(i == 0 ? 1100 : 1500, executed);
        budget_diagnostics_free(diag);
        budget_ledger_unref(ledger);
    }
    budget_book_unref(book);
    g_free(path);
    g_free(dir);
}

/* ---- indicators.csv: unknown level1 ----------------------------------- */

/* The level1 names budget_score_part_from_level1() knows give nothing;
 * another value or a blank cell warns (RANGE) at line and column 2; without
 * a level1 column every row warns at column 0. The rows are kept. */
static void test_rows_indicator_level1(void)
{
    const char *projects = "code,budget\nP1,1000\n";
    const char *ind = "code,一级指标,level3\n"
                      "P1,产出指标,a\n"
                      "P1,效益指标,b\n"
                      "P1,效果,c\n"
                      "P1,满意度指标,d\n"
                      "P1,成本指标,e\n"
                      "P1,Output,f\n"
                      "P1,outcome,g\n"
                      "P1,satisfaction,h\n"
                      "P1,cost,i\n"
                      "P1,过程指标,j\n" /* line 11 */
                      "P1,,k\n";        /* line 12 */
    const char *no_level1 = "code,level3\nP1,a\n";
    BudgetBook *book = budget_book_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError err;

    CU_ASSERT_TRUE_FATAL(load_projects_str(book, projects, NULL, &err));
    CU_ASSERT_TRUE(
        budget_csv_load_indicators_data(book, ind, strlen(ind), "indicators.csv", NULL, diag, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(book), 11);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 2);
    assert_diag(diag, 0, true, BUDGET_ERROR_RANGE, 11, 2, "一级指标");
    CU_ASSERT_TRUE(diag_says(diag, 0, "unknown level1 \"过程指标\""));
    assert_diag(diag, 1, true, BUDGET_ERROR_RANGE, 12, 2, "一级指标");
    budget_diagnostics_free(diag);

    diag = budget_diagnostics_new();
    CU_ASSERT_TRUE(budget_csv_load_indicators_data(book, no_level1, strlen(no_level1), "indicators.csv", NULL,
                                                   diag, &err));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 1);
    assert_diag(diag, 0, true, BUDGET_ERROR_RANGE, 2, 0, "");
    CU_ASSERT_TRUE(diag_says(diag, 0, "no level1 column"));
    budget_diagnostics_free(diag);
    budget_book_unref(book);
}

static CU_TestInfo rows_tests[] = {
    {"quarter headers map to months 3, 6, 9, 12", test_rows_quarter_headers},
    {"cumulative quarterly plan with blanks", test_rows_quarter_cumulative},
    {"a month named twice is a duplicate column", test_rows_quarter_duplicates},
    {"plan-like headers that name no month warn", test_rows_plan_like_headers},
    {"plan_13 beside a valid plan", test_rows_plan_like_beside_plan},
    {"headers that are not plan columns", test_rows_not_plan_like},
    {"projects: negative budget, implausible year", test_rows_project_warnings},
    {"transactions: other years, callback", test_rows_transactions_other_years},
    {"transactions: other years, ledger", test_rows_ledger_other_years},
    {"indicators: unknown level1", test_rows_indicator_level1},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"csv-rows", NULL, NULL, NULL, NULL, rows_tests},
    CU_SUITE_INFO_NULL,
};
