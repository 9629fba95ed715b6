/* Tests of the formats for people: the table (display widths with CJK,
 * names cut at a character boundary, thousands separators, 万元 rounded to
 * 2 decimals in the table only), Chinese headers and statuses, HTML
 * escaping and status colours, the report as one document, the problems
 * table, xlsx written to a file, and the SVG charts (well-formed XML). */
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "test-util.h"

static int append_to_string(const char *data, size_t len, void *user_data)
{
    g_string_append_len(user_data, data, (gssize)len);
    return 0;
}

static BudgetExport *export_to_string(BudgetExportFormat format, GString *out)
{
    BudgetExport *ex = budget_export_new(format, append_to_string, out, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
    return ex;
}

#define LONG_NAME "环境监测设备购置与安装调试项目"

/* One project P1 in unit U, named @name: budget 13,450.00 元 (1345000 fen,
 * 1.345 万元), plan 25/50/75/100 %, one payment of 26,900.00 元 (2690000 fen,
 * 2.69 万元) on 2024-05-10; ledger at 2024-06-30. Executed > budget: the
 * status is over_budget, and remaining = 13450 − 26900 = −13,450.00 元
 * (−1.345 万元). */
static BudgetLedger *over_ledger(const char *name)
{
    BudgetBook *book = budget_book_new();
    BudgetProject *p = budget_project_new("P1", NULL);
    BudgetPlan *plan = test_make_plan(25, 50, 75, 100);
    BudgetLedger *ledger;

    CU_ASSERT_TRUE(budget_book_set_year(book, 2024));
    budget_project_set_name(p, name);
    budget_project_set_unit(p, "U");
    CU_ASSERT_TRUE(budget_project_set_year(p, 2024));
    budget_project_set_budget(p, 1345000);
    budget_project_set_plan(p, plan);
    CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
    ledger = budget_ledger_new(book, 20240630, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240510, "P1", 2690000, BUDGET_SOURCE_FISCAL, NULL));
    budget_plan_unref(plan);
    budget_project_unref(p);
    budget_book_unref(book);
    return ledger;
}

static char *write_report(BudgetExportFormat format, const BudgetLedger *ledger, BudgetMoneyUnit unit,
                          BudgetExportHeaders headers, size_t width)
{
    GString *out = g_string_new(NULL);
    BudgetExport *ex = export_to_string(format, out);
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    BudgetError err;

    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    budget_export_set_money_unit(ex, unit);
    budget_export_set_headers(ex, headers);
    budget_export_set_width(ex, width);
    CU_ASSERT_TRUE(budget_export_report(ex, report, &err));
    budget_export_free(ex);
    budget_report_free(report);
    return g_string_free(out, FALSE);
}

/* Terminal columns, CJK two. */
static size_t display_width(const char *s)
{
    size_t w = 0;
    for (const char *p = s; *p != '\0'; p += g_utf8_skip[*(const guchar *)p])
        w += g_unichar_iswide(g_utf8_get_char(p)) ? 2 : 1;
    return w;
}

static void test_formats_table_money(void)
{
    BudgetLedger *ledger = over_ledger("n");
    char *yuan =
        write_report(BUDGET_EXPORT_FORMAT_TABLE, ledger, BUDGET_MONEY_UNIT_YUAN, BUDGET_EXPORT_HEADERS_EN, 0);
    char *wan =
        write_report(BUDGET_EXPORT_FORMAT_TABLE, ledger, BUDGET_MONEY_UNIT_WAN, BUDGET_EXPORT_HEADERS_EN, 0);
    char *csv =
        write_report(BUDGET_EXPORT_FORMAT_CSV, ledger, BUDGET_MONEY_UNIT_WAN, BUDGET_EXPORT_HEADERS_EN, 0);

    /* Yuan with separators: 13,450.00 budget, 26,900.00 executed, −13,450.00 remaining. */
    CU_ASSERT_PTR_NOT_NULL(strstr(yuan, " 13,450.00 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(yuan, " 26,900.00 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(yuan, " -13,450.00 "));
    /* 万元 to 2 decimals, half away from zero: 1.345 → 1.35, 2.69, −1.345 → −1.35. */
    CU_ASSERT_PTR_NOT_NULL(strstr(wan, " 1.35 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(wan, " 2.69 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(wan, " -1.35 "));
    CU_ASSERT_PTR_NULL(strstr(wan, "1.345"));
    /* … and exact in CSV: 1.345, 2.69, −1.345. */
    CU_ASSERT_PTR_NOT_NULL(strstr(csv, "P1,U,1.345,1.345,2.69,"));
    CU_ASSERT_PTR_NOT_NULL(strstr(csv, ",-1.345,"));
    /* The table leaves out the files' columns: no "fiscal" heading. */
    CU_ASSERT_PTR_NULL(strstr(yuan, "fiscal"));
    CU_ASSERT_PTR_NOT_NULL(strstr(yuan, "over_budget"));
    g_free(yuan);
    g_free(wan);
    g_free(csv);
    budget_ledger_unref(ledger);
}

static void test_formats_table_width(void)
{
    BudgetLedger *ledger = over_ledger(LONG_NAME);
    char *full =
        write_report(BUDGET_EXPORT_FORMAT_TABLE, ledger, BUDGET_MONEY_UNIT_YUAN, BUDGET_EXPORT_HEADERS_EN, 0);
    char **lines = g_strsplit(full, "\n", -1);
    size_t natural;
    char *cut;
    char **cut_lines;

    /* No limit: the whole name, second after the code. The data line is
     * the widest (its last cell, over_budget, is wider than "status"). */
    CU_ASSERT_EQUAL_FATAL(g_strv_length(lines), 3); /* header, row, "" */
    natural = display_width(lines[1]);
    CU_ASSERT_TRUE(g_str_has_prefix(lines[1], "P1    " LONG_NAME "  U "));

    /* Ten columns less: the name column (30 wide) loses 10; with the "…"
     * (one column) 19 columns are left for CJK characters of 2: 9 of them
     * (18 columns) and one column of padding, so the line is exactly
     * natural − 10 wide. */
    cut = write_report(BUDGET_EXPORT_FORMAT_TABLE, ledger, BUDGET_MONEY_UNIT_YUAN, BUDGET_EXPORT_HEADERS_EN,
                       natural - 10);
    cut_lines = g_strsplit(cut, "\n", -1);
    CU_ASSERT_TRUE(g_str_has_prefix(cut_lines[1], "P1    环境监测设备购置与…   U "));
    CU_ASSERT_EQUAL(display_width(cut_lines[1]), natural - 10);
    CU_ASSERT_TRUE(g_utf8_validate(cut, -1, NULL));
    /* The header line is within the width too. */
    CU_ASSERT_TRUE(display_width(cut_lines[0]) <= natural - 10);
    g_strfreev(cut_lines);
    g_free(cut);
    g_strfreev(lines);
    g_free(full);
    budget_ledger_unref(ledger);
}

static void test_formats_headers_zh(void)
{
    BudgetLedger *ledger = over_ledger("n");
    char *csv =
        write_report(BUDGET_EXPORT_FORMAT_CSV, ledger, BUDGET_MONEY_UNIT_YUAN, BUDGET_EXPORT_HEADERS_ZH, 0);
    char *table =
        write_report(BUDGET_EXPORT_FORMAT_TABLE, ledger, BUDGET_MONEY_UNIT_YUAN, BUDGET_EXPORT_HEADERS_ZH, 0);
    BudgetExportHeaders h = BUDGET_EXPORT_HEADERS_EN;

    CU_ASSERT_TRUE(g_str_has_prefix(csv, "项目编码,预算单位,年初预算数,全年预算数,执行数,"));
    CU_ASSERT_PTR_NOT_NULL(strstr(csv, ",执行率(%),计划进度(%),序时进度(%),偏差(百分点),"));
    CU_ASSERT_PTR_NOT_NULL(strstr(csv, ",超预算,n,"));
    CU_ASSERT_PTR_NULL(strstr(csv, "over_budget"));
    CU_ASSERT_PTR_NOT_NULL(strstr(table, "项目名称"));
    CU_ASSERT_PTR_NOT_NULL(strstr(table, "超预算"));

    CU_ASSERT_STRING_EQUAL(budget_export_headers_to_string(BUDGET_EXPORT_HEADERS_EN), "en");
    CU_ASSERT_STRING_EQUAL(budget_export_headers_to_string(BUDGET_EXPORT_HEADERS_ZH), "zh");
    CU_ASSERT_TRUE(budget_export_headers_from_string("ZH", &h));
    CU_ASSERT_EQUAL(h, BUDGET_EXPORT_HEADERS_ZH);
    CU_ASSERT_FALSE(budget_export_headers_from_string("fr", &h));
    CU_ASSERT_EQUAL(h, BUDGET_EXPORT_HEADERS_ZH);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_headers_from_string(NULL, &h)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_export_headers_to_string((BudgetExportHeaders)2)));
    EXPECT_CRITICAL(budget_export_set_headers(NULL, BUDGET_EXPORT_HEADERS_ZH));
    EXPECT_CRITICAL(budget_export_set_width(NULL, 80));
    for (int i = 3; i < BUDGET_EXPORT_FORMAT_N; i++) {
        BudgetExportFormat f;
        CU_ASSERT_TRUE(
            budget_export_format_from_string(budget_export_format_to_string((BudgetExportFormat)i), &f));
        CU_ASSERT_EQUAL(f, i);
    }
    g_free(csv);
    g_free(table);
    budget_ledger_unref(ledger);
}

static void test_formats_html(void)
{
    BudgetLedger *ledger = over_ledger("<b>&\"'=x");
    char *html =
        write_report(BUDGET_EXPORT_FORMAT_HTML, ledger, BUDGET_MONEY_UNIT_YUAN, BUDGET_EXPORT_HEADERS_EN, 0);
    GString *book = g_string_new(NULL);
    BudgetExport *ex = export_to_string(BUDGET_EXPORT_FORMAT_HTML, book);
    BudgetError err;
    const char *p;
    int n_tables = 0, n_svg = 0;

    CU_ASSERT_TRUE(g_str_has_prefix(html, "<!DOCTYPE html>\n"));
    CU_ASSERT_TRUE(g_str_has_suffix(html, "</html>\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(html, "<td>&lt;b&gt;&amp;&quot;&#39;=x</td>"));
    CU_ASSERT_PTR_NULL(strstr(html, "<b>"));
    CU_ASSERT_PTR_NOT_NULL(strstr(html, "<tr class=\"over_budget\">"));
    /* Money for people: 13,450.00, right-aligned. */
    CU_ASSERT_PTR_NOT_NULL(strstr(html, "<td class=\"num\">13,450.00</td>"));
    /* No script and no external resource. */
    CU_ASSERT_PTR_NULL(strstr(html, "<script"));
    CU_ASSERT_PTR_NULL(strstr(html, "http:"));

    /* The whole report: three tables, the department S-curve and two
     * overviews. */
    CU_ASSERT_TRUE(budget_export_report_book(ex, ledger, NULL, &err));
    for (p = book->str; (p = strstr(p, "<table>")) != NULL; p++)
        n_tables++;
    for (p = book->str; (p = strstr(p, "<svg ")) != NULL; p++)
        n_svg++;
    CU_ASSERT_EQUAL(n_tables, 3);
    CU_ASSERT_EQUAL(n_svg, 3);
    CU_ASSERT_PTR_NULL(strstr(book->str, "<b>"));
    budget_export_free(ex);

    /* CSV and JSON hold one table a file. */
    ex = export_to_string(BUDGET_EXPORT_FORMAT_CSV, book);
    CU_ASSERT_FALSE(budget_export_report_book(ex, ledger, NULL, &err));
    assert_error(&err, BUDGET_ERROR_UNSUPPORTED, 0, 0, "");
    budget_export_free(ex);
    g_string_free(book, TRUE);
    g_free(html);
    budget_ledger_unref(ledger);
}

static void test_formats_problems(void)
{
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError e, err;
    GString *out = g_string_new(NULL);
    BudgetExport *ex = export_to_string(BUDGET_EXPORT_FORMAT_CSV, out);

    budget_error_clear(&e);
    e.code = BUDGET_ERROR_PARSE;
    g_strlcpy(e.source, "projects.csv", sizeof e.source);
    e.line = 3;
    e.end_line = 4;
    e.column = 5;
    g_strlcpy(e.field, "budget", sizeof e.field);
    g_strlcpy(e.message, "bad, \"x\"", sizeof e.message);
    budget_diagnostics_add(diag, &e, false);
    budget_error_clear(&e);
    e.code = BUDGET_ERROR_DUPLICATE_KEY;
    g_strlcpy(e.message, "dup", sizeof e.message);
    budget_diagnostics_add(diag, &e, true);
    CU_ASSERT_TRUE(budget_export_problems(ex, diag, &err));
    CU_ASSERT_STRING_EQUAL(out->str, "file,line,end_line,column,field,code,severity,message\n"
                                     "projects.csv,3,4,5,budget,PARSE,error,\"bad, \"\"x\"\"\"\n"
                                     ",,,,,DUPLICATE_KEY,warning,dup\n");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_problems(ex, NULL, &err)));
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_INVALID_ARGUMENT);
    budget_export_free(ex);
    g_string_free(out, TRUE);
    budget_diagnostics_free(diag);
}

/* GMarkup accepts only well-formed XML. */
static bool well_formed(const char *xml)
{
    static const GMarkupParser none = {0};
    GMarkupParseContext *ctx = g_markup_parse_context_new(&none, 0, NULL, NULL);
    const char *body = g_str_has_prefix(xml, "<?xml") ? strchr(xml, '\n') + 1 : xml;
    bool ok =
        g_markup_parse_context_parse(ctx, body, -1, NULL) && g_markup_parse_context_end_parse(ctx, NULL);
    g_markup_parse_context_free(ctx);
    return ok;
}

static void test_formats_charts(void)
{
    BudgetLedger *ledger = over_ledger("<图>&");
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    GString *out = g_string_new(NULL);
    BudgetExport *ex = export_to_string(BUDGET_EXPORT_FORMAT_CSV, out);
    BudgetError err;

    CU_ASSERT_TRUE(budget_export_chart_series(ex, ledger, BUDGET_LEVEL_PROJECT, "P1", &err));
    CU_ASSERT_TRUE(g_str_has_prefix(out->str, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    CU_ASSERT_TRUE(well_formed(out->str));
    CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "P1 &lt;图&gt;&amp;"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "Noto Sans CJK SC"));
    /* The plan's four checkpoints are dots. */
    {
        int n = 0;
        for (const char *p = out->str; (p = strstr(p, "<circle")) != NULL; p++)
            n++;
        CU_ASSERT_EQUAL(n, 4);
    }
    g_string_truncate(out, 0);
    CU_ASSERT_FALSE(budget_export_chart_series(ex, ledger, BUDGET_LEVEL_PROJECT, "NOPE", &err));
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_NOT_FOUND);

    g_string_truncate(out, 0);
    CU_ASSERT_TRUE(budget_export_chart_overview(ex, report, NULL, &err));
    CU_ASSERT_TRUE(well_formed(out->str));
    /* Over budget: purple; 200.00 % (26,900 ÷ 13,450). */
    CU_ASSERT_PTR_NOT_NULL(strstr(out->str, "fill=\"#8e44ad\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(out->str, ">200.00%<"));
    budget_export_free(ex);

    budget_report_free(report);
    g_string_free(out, TRUE);
    budget_ledger_unref(ledger);
}

static void test_formats_xlsx(void)
{
    BudgetLedger *ledger = over_ledger("=SUM(1)");
    char *dir = g_dir_make_tmp("budget-xlsx-XXXXXX", NULL);
    char *path = g_build_filename(dir, "r.xlsx", NULL);
    BudgetExport *ex = budget_export_new_for_path(BUDGET_EXPORT_FORMAT_XLSX, path);
    GString *out = g_string_new(NULL);
    BudgetExport *cb = export_to_string(BUDGET_EXPORT_FORMAT_XLSX, out);
    BudgetError err;
    char *data = NULL;
    gsize len = 0;

    CU_ASSERT_TRUE(budget_export_report_book(ex, ledger, NULL, &err));
    CU_ASSERT_TRUE(g_file_get_contents(path, &data, &len, NULL));
    CU_ASSERT_TRUE(len > 4 && memcmp(data, "PK\x03\x04", 4) == 0); /* a zip */
    /* The callback gets the same kind of file, streamed. */
    CU_ASSERT_TRUE(budget_export_report_book(cb, ledger, NULL, &err));
    CU_ASSERT_TRUE(out->len > 4 && memcmp(out->str, "PK\x03\x04", 4) == 0);
    /* No temporary file is left beside the path. */
    {
        GDir *d = g_dir_open(dir, 0, NULL);
        int n = 0;
        while (g_dir_read_name(d) != NULL)
            n++;
        g_dir_close(d);
        CU_ASSERT_EQUAL(n, 1);
    }
    g_free(data);
    g_unlink(path);
    g_rmdir(dir);
    budget_export_free(ex);
    budget_export_free(cb);
    g_string_free(out, TRUE);
    g_free(path);
    g_free(dir);
    budget_ledger_unref(ledger);
}

static CU_TestInfo formats_tests[] = {
    {"table: separators, wan to 2 decimals", test_formats_table_money},
    {"table: CJK widths, cut at a character", test_formats_table_width},
    {"Chinese headers and statuses", test_formats_headers_zh},
    {"HTML: escaping, colours, the whole report", test_formats_html},
    {"problems", test_formats_problems},
    {"SVG charts", test_formats_charts},
    {"xlsx to a path and a callback", test_formats_xlsx},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"export formats", test_criticals_init, test_criticals_cleanup, NULL, NULL, formats_tests},
    CU_SUITE_INFO_NULL,
};
