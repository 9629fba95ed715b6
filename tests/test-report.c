/* CUnit suite for report: the report object's contract — rows that carry the
 * project name, the column names, and one policy for a caller's misuse. The
 * figures in the rows are tested in test-monitor.c. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

/* Book of year 2024:
 *   B1 "水质监测" unit U1, budget 200.00 元, plan 100 % by March
 *   A1 (no name) unit U1, budget 100.00 元, no plan
 *   C1 "Road, \"east\"" unit U2, budget 50.00 元, no plan
 * and a ledger at 2024-06-30 with 30.00 元 paid to B1 on 2024-02-01. */
static BudgetLedger *sample_ledger(void)
{
    static const struct {
        const char *code, *name, *unit;
        BudgetFen budget;
    } rows[] = {
        {"B1", "水质监测", "U1", 20000},
        {"A1", NULL, "U1", 10000},
        {"C1", "Road, \"east\"", "U2", 5000},
    };
    BudgetBook *book = budget_book_new();
    BudgetPlan *march = test_make_plan(100, 0, 0, 0);
    BudgetLedger *ledger;
    BudgetError err;

    budget_book_set_year(book, 2024);
    for (size_t i = 0; i < G_N_ELEMENTS(rows); i++) {
        BudgetProject *p = budget_project_new(rows[i].code, NULL);

        CU_ASSERT_PTR_NOT_NULL_FATAL(p);
        if (rows[i].name != NULL)
            budget_project_set_name(p, rows[i].name);
        budget_project_set_unit(p, rows[i].unit);
        budget_project_set_budget(p, rows[i].budget);
        if (i == 0)
            budget_project_set_plan(p, march);
        CU_ASSERT_TRUE_FATAL(budget_book_add_project(book, p, NULL));
        budget_project_unref(p);
    }
    budget_plan_unref(march);
    ledger = budget_ledger_new(book, 20240630, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240201, "B1", 3000, BUDGET_SOURCE_FISCAL, &err));
    budget_book_unref(book); /* the ledger holds it */
    return ledger;
}

static void test_report_names(void)
{
    BudgetLedger *ledger = sample_ledger();
    BudgetReport *projects = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    BudgetReport *units = budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, NULL);
    BudgetReport *department = budget_report_new(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, NULL);
    BudgetProject *b1;

    CU_ASSERT_PTR_NOT_NULL_FATAL(projects);
    CU_ASSERT_PTR_NOT_NULL_FATAL(units);
    CU_ASSERT_PTR_NOT_NULL_FATAL(department);
    /* Rows sorted by code: A1, B1, C1; A1 has no name: "". */
    CU_ASSERT_EQUAL_FATAL(budget_report_get_n_rows(projects), 3);
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(projects, 0), "A1");
    CU_ASSERT_STRING_EQUAL(budget_report_get_name(projects, 0), "");
    CU_ASSERT_STRING_EQUAL(budget_report_get_name(projects, 1), "水质监测");
    CU_ASSERT_STRING_EQUAL(budget_report_get_name(projects, 2), "Road, \"east\"");
    /* Roll-ups cover several projects: no name, their key names them. */
    CU_ASSERT_EQUAL_FATAL(budget_report_get_n_rows(units), 2);
    CU_ASSERT_STRING_EQUAL(budget_report_get_key(units, 0), "U1");
    CU_ASSERT_STRING_EQUAL(budget_report_get_name(units, 0), "");
    CU_ASSERT_STRING_EQUAL(budget_report_get_name(units, 1), "");
    CU_ASSERT_EQUAL_FATAL(budget_report_get_n_rows(department), 1);
    CU_ASSERT_STRING_EQUAL(budget_report_get_name(department, 0), "");

    /* The name is the report's copy: renaming the project afterwards, or
     * releasing the book, leaves it as it was when the report was made. */
    b1 = budget_book_get_project(budget_ledger_get_book(ledger), "B1");
    CU_ASSERT_PTR_NOT_NULL_FATAL(b1);
    budget_project_set_name(b1, "renamed");
    budget_ledger_unref(ledger); /* the last reference to the book */
    CU_ASSERT_STRING_EQUAL(budget_report_get_name(projects, 1), "水质监测");
    budget_report_free(department);
    budget_report_free(units);
    budget_report_free(projects);
}

typedef struct {
    size_t n_rows;
    char *names[4];
} NameColumn;

/* Keeps the "name" column (the 16th at the project level) of data rows. */
static int keep_name(const char *const *cells, size_t n_cells, bool is_header, void *user_data)
{
    NameColumn *nc = user_data;

    CU_ASSERT_EQUAL_FATAL(n_cells, 21);
    if (is_header) {
        CU_ASSERT_STRING_EQUAL(cells[15], "name");
        return 0;
    }
    CU_ASSERT_FATAL(nc->n_rows < G_N_ELEMENTS(nc->names));
    nc->names[nc->n_rows++] = g_strdup(cells[15]);
    return 0;
}

/* budget_export_report() writes the names from the report alone: the book is
 * gone before the export. */
static void test_report_export_without_book(void)
{
    BudgetLedger *ledger = sample_ledger();
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    NameColumn nc = {0};
    BudgetExport *ex = budget_export_new_rows(keep_name, &nc, NULL);
    BudgetError err;

    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    budget_ledger_unref(ledger);
    CU_ASSERT_TRUE(budget_export_report(ex, report, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL_FATAL(nc.n_rows, 3);
    CU_ASSERT_STRING_EQUAL(nc.names[0], "");
    CU_ASSERT_STRING_EQUAL(nc.names[1], "水质监测");
    CU_ASSERT_STRING_EQUAL(nc.names[2], "Road, \"east\"");
    for (size_t i = 0; i < nc.n_rows; i++)
        g_free(nc.names[i]);
    budget_export_free(ex);
    budget_report_free(report);
}

/* The names are the CSV headings of `budget report --format csv`, which the
 * CLI tests compare byte for byte. */
static void test_report_column_names(void)
{
    static const char *const money[BUDGET_REPORT_MONEY_N] = {
        "budget_original",    "budget_adjusted",    "executed",       "executed_fiscal",
        "executed_carryover", "executed_other",     "planned_amount", "variance_amount",
        "remaining",          "to_next_checkpoint", "budget_no_plan",
    };
    static const char *const rates[BUDGET_REPORT_RATE_N] = {
        "execution_rate_pct", "execution_rate_original_pct",
        "planned_pct",        "time_progress_pct",
        "variance_pp",        "time_variance_pp",
    };
    BudgetReportMoney m = BUDGET_REPORT_REMAINING;
    BudgetReportRate r = BUDGET_REPORT_PLANNED_PCT;

    CU_ASSERT_EQUAL(BUDGET_REPORT_BUDGET_WITHOUT_PLAN + 1, BUDGET_REPORT_MONEY_N);
    CU_ASSERT_EQUAL(BUDGET_REPORT_TIME_VARIANCE_PP + 1, BUDGET_REPORT_RATE_N);
    for (int i = 0; i < BUDGET_REPORT_MONEY_N; i++) {
        BudgetReportMoney back = (BudgetReportMoney)-1;

        CU_ASSERT_STRING_EQUAL(budget_report_money_to_string((BudgetReportMoney)i), money[i]);
        CU_ASSERT_TRUE(budget_report_money_from_string(money[i], &back));
        CU_ASSERT_EQUAL(back, i);
    }
    for (int i = 0; i < BUDGET_REPORT_RATE_N; i++) {
        BudgetReportRate back = (BudgetReportRate)-1;

        CU_ASSERT_STRING_EQUAL(budget_report_rate_to_string((BudgetReportRate)i), rates[i]);
        CU_ASSERT_TRUE(budget_report_rate_from_string(rates[i], &back));
        CU_ASSERT_EQUAL(back, i);
    }
    CU_ASSERT_STRING_EQUAL(budget_report_money_to_string(BUDGET_REPORT_EXECUTED), "executed");
    CU_ASSERT_STRING_EQUAL(budget_report_rate_to_string(BUDGET_REPORT_VARIANCE_PP), "variance_pp");
    /* Values outside the enumeration and NULL names are misuse (a critical,
     * api-conventions.md); unknown names are not; a rate name is not a money
     * name; any ASCII case, as every _from_string(). */
    EXPECT_CRITICAL(
        CU_ASSERT_PTR_NULL(budget_report_money_to_string((BudgetReportMoney)BUDGET_REPORT_MONEY_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_money_to_string((BudgetReportMoney)-1)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_rate_to_string((BudgetReportRate)BUDGET_REPORT_RATE_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_rate_to_string((BudgetReportRate)-1)));
    CU_ASSERT_FALSE(budget_report_money_from_string("planned_pct", &m));
    CU_ASSERT_FALSE(budget_report_money_from_string("", &m));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_money_from_string(NULL, &m)));
    CU_ASSERT_FALSE(budget_report_rate_from_string("executed", &r));
    CU_ASSERT_FALSE(budget_report_rate_from_string("variance_pp ", &r));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_rate_from_string(NULL, &r)));
    CU_ASSERT_EQUAL(m, BUDGET_REPORT_REMAINING); /* untouched */
    CU_ASSERT_EQUAL(r, BUDGET_REPORT_PLANNED_PCT);
    CU_ASSERT_TRUE(budget_report_money_from_string("Executed", &m));
    CU_ASSERT_EQUAL(m, BUDGET_REPORT_EXECUTED);
    CU_ASSERT_TRUE(budget_report_rate_from_string("VARIANCE_PP", NULL)); /* a validity check */
}

static void test_report_find(void)
{
    BudgetLedger *ledger = sample_ledger();
    BudgetReport *projects = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    BudgetReport *department = budget_report_new(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, NULL);
    size_t row = 77;
    int criticals;

    CU_ASSERT_PTR_NOT_NULL_FATAL(projects);
    CU_ASSERT_PTR_NOT_NULL_FATAL(department);
    /* A1, B1, C1: C1 is row 2. */
    CU_ASSERT_TRUE(budget_report_find(projects, "C1", &row));
    CU_ASSERT_EQUAL(row, 2);
    CU_ASSERT_TRUE(budget_report_find(projects, "A1", &row));
    CU_ASSERT_EQUAL(row, 0);
    /* Not found is an answer, not a misuse: false, no critical, row untouched. */
    criticals = test_n_criticals;
    row = 77;
    CU_ASSERT_FALSE(budget_report_find(projects, "B", &row));
    CU_ASSERT_FALSE(budget_report_find(projects, "D1", &row));
    CU_ASSERT_FALSE(budget_report_find(projects, "", &row));
    CU_ASSERT_EQUAL(row, 77);
    CU_ASSERT_EQUAL(test_n_criticals, criticals);
    /* The department row's key is "". */
    CU_ASSERT_TRUE(budget_report_find(department, "", &row));
    CU_ASSERT_EQUAL(row, 0);
    budget_report_free(department);
    budget_report_free(projects);
    budget_ledger_unref(ledger);
}

/* One policy: a row out of range is a critical and the getter's failure
 * value (NULL, 0, false), its out parameter untouched — never a value a row
 * could have (get_status used to give no_plan). */
static void test_report_row_out_of_range(void)
{
    BudgetLedger *ledger = sample_ledger();
    BudgetReport *r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    BudgetStatus status = BUDGET_STATUS_AHEAD;
    BudgetFen fen = 5;
    int64_t bp = 5;
    size_t n;

    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    n = budget_report_get_n_rows(r); /* 3: rows 0 .. 2 */
    CU_ASSERT_EQUAL_FATAL(n, 3);
    /* The last row is in range: C1, no plan, nothing spent, so no_plan. */
    CU_ASSERT_TRUE(budget_report_get_status(r, n - 1, &status));
    CU_ASSERT_EQUAL(status, BUDGET_STATUS_NO_PLAN);
    status = BUDGET_STATUS_AHEAD;
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_get_key(r, n)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_get_unit(r, n)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_get_name(r, n)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_report_get_n_projects(r, n), 0));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_money(r, n, BUDGET_REPORT_BUDGET_ORIGINAL, &fen)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_rate(r, n, BUDGET_REPORT_TIME_PROGRESS, &bp)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_status(r, n, &status)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_status(r, SIZE_MAX, &status)));
    /* Unknown columns, on a row that exists. */
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_report_get_money(r, 0, (BudgetReportMoney)BUDGET_REPORT_MONEY_N, &fen)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_money(r, 0, (BudgetReportMoney)-1, &fen)));
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_report_get_rate(r, 0, (BudgetReportRate)BUDGET_REPORT_RATE_N, &bp)));
    CU_ASSERT_EQUAL(status, BUDGET_STATUS_AHEAD);
    CU_ASSERT_EQUAL(fen, 5);
    CU_ASSERT_EQUAL(bp, 5);
    budget_report_free(r);
    budget_ledger_unref(ledger);
}

/* A project-level report of a book without projects has no row at all. */
static void test_report_empty(void)
{
    BudgetBook *book = budget_book_new();
    BudgetLedger *ledger;
    BudgetReport *r;
    BudgetStatus status = BUDGET_STATUS_AHEAD;

    budget_book_set_year(book, 2024);
    ledger = budget_ledger_new(book, 20241231, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_EQUAL(budget_report_get_n_rows(r), 0);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_status(r, 0, &status)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_get_name(r, 0)));
    CU_ASSERT_EQUAL(status, BUDGET_STATUS_AHEAD);
    budget_report_free(r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_report_null_arguments(void)
{
    BudgetLedger *ledger = sample_ledger();
    BudgetReport *r = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    BudgetReport *none = NULL;
    BudgetStatus status;
    BudgetError err;
    BudgetFen fen;
    int64_t bp;
    size_t row;

    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    EXPECT_CRITICAL(none = budget_report_new(NULL, BUDGET_LEVEL_PROJECT, NULL, &err));
    CU_ASSERT_PTR_NULL(none);
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    EXPECT_CRITICAL(none = budget_report_new(ledger, (BudgetLevel)3, NULL, &err));
    CU_ASSERT_PTR_NULL(none);
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    budget_report_free(NULL);

    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_report_get_level(NULL), BUDGET_LEVEL_PROJECT));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_report_get_as_of(NULL), 0));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_report_get_n_rows(NULL), 0));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_get_key(NULL, 0)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_get_unit(NULL, 0)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_get_name(NULL, 0)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_report_get_n_projects(NULL, 0), 0));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_money(NULL, 0, BUDGET_REPORT_EXECUTED, &fen)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_rate(NULL, 0, BUDGET_REPORT_EXECUTION_RATE, &bp)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_status(NULL, 0, &status)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_find(NULL, "A1", &row)));
    /* NULL out parameters and keys. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_money(r, 0, BUDGET_REPORT_EXECUTED, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_rate(r, 0, BUDGET_REPORT_EXECUTION_RATE, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_get_status(r, 0, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_find(r, NULL, &row)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_report_find(r, "A1", NULL)));
    budget_report_free(r);
    budget_ledger_unref(ledger);
}

static CU_TestInfo report_tests[] = {
    {"rows carry the project name", test_report_names},
    {"export needs no book for names", test_report_export_without_book},
    {"column names to and from strings", test_report_column_names},
    {"find a row by key", test_report_find},
    {"row out of range: critical and failure value", test_report_row_out_of_range},
    {"empty report", test_report_empty},
    {"NULL arguments", test_report_null_arguments},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"report", test_criticals_init, test_criticals_cleanup, NULL, NULL, report_tests},
    CU_SUITE_INFO_NULL,
};
