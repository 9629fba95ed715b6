/* Tests of the export module: the one CSV quoting rule read back through the
 * readers, JSON equal to CSV cell by cell, Markdown, the sinks (callback,
 * rows, file) and a callback that stops the export. */
#include <errno.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-util.h"

/* ---- Helpers ---------------------------------------------------------- */

static int append_to_string(const char *data, size_t len, void *user_data)
{
    g_string_append_len(user_data, data, (gssize)len);
    return 0;
}

/* A writer into @out (the caller keeps and frees @out). */
static BudgetExport *export_to_string(BudgetExportFormat format, GString *out)
{
    BudgetExport *ex = budget_export_new(format, append_to_string, out, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
    return ex;
}

/* A small RFC 4180 reader for the tests' own use (the library has no reader
 * of its output tables): rows of fields, quotes removed, "" → ". */
static GPtrArray *parse_csv(const char *text)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
    GPtrArray *fields = g_ptr_array_new();
    GString *field = g_string_new(NULL);
    const char *p = text;

    while (*p != '\0') {
        if (*p == '"') {
            for (p++; *p != '\0'; p++) {
                if (*p == '"' && p[1] == '"')
                    g_string_append_c(field, *++p);
                else if (*p == '"')
                    break;
                else
                    g_string_append_c(field, *p);
            }
            if (*p == '"')
                p++;
            continue;
        }
        if (*p == ',' || *p == '\n') {
            g_ptr_array_add(fields, g_strdup(field->str));
            g_string_truncate(field, 0);
            if (*p == '\n') {
                g_ptr_array_add(fields, NULL);
                g_ptr_array_add(rows, g_ptr_array_free(fields, FALSE));
                fields = g_ptr_array_new();
            }
            p++;
            continue;
        }
        g_string_append_c(field, *p++);
    }
    CU_ASSERT_EQUAL(fields->len, 0); /* the last line ended with LF */
    g_ptr_array_free(fields, TRUE);
    g_string_free(field, TRUE);
    return rows;
}

/* A book at 2024 with one project: P1 " lead" in unit U, budget 1000.00
 * (100000 fen), plan 25/50/75/100 % at the ends of March, June, October and
 * December, and a ledger at 2024-06-30 holding one fiscal payment of 344.50
 * on 2024-05-10. */
static BudgetLedger *small_ledger(const char *name)
{
    BudgetBook *book = budget_book_new();
    BudgetProject *p = budget_project_new("P1", NULL);
    BudgetPlan *plan = test_make_plan(25, 50, 75, 100);
    BudgetLedger *ledger;

    CU_ASSERT_TRUE(budget_book_set_year(book, 2024));
    budget_project_set_name(p, name);
    budget_project_set_unit(p, "U");
    CU_ASSERT_TRUE(budget_project_set_year(p, 2024));
    budget_project_set_budget(p, 100000);
    budget_project_set_plan(p, plan);
    CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
    ledger = budget_ledger_new(book, 20240630, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240510, "P1", 34450, BUDGET_SOURCE_FISCAL, NULL));
    budget_plan_unref(plan);
    budget_project_unref(p);
    budget_book_unref(book);
    return ledger;
}

/* ---- The quoting rule, read back -------------------------------------- */

typedef struct {
    GPtrArray *memos;
    GArray *amounts;
} ReadBack;

static int collect(const BudgetTransaction *t, void *user_data)
{
    ReadBack *rb = user_data;
    g_ptr_array_add(rb->memos, g_strdup(t->memo));
    g_array_append_val(rb->amounts, t->amount);
    return 0;
}

/* Texts that a looser rule loses: spaces and tabs at the ends (the reader
 * trims them off an unquoted field), a comma, a quote, line ends, CJK. */
static const char *const tricky[] = {
    " leading space", "trailing space ",    "\ttab", "a, comma", "say \"hi\"", "two\nlines",
    "cr\r\nlf",       "中文摘要，全角逗号", "  ",    "plain",
};

static void test_export_quoting_transactions(void)
{
    /* Amounts in fen, each written in yuan and read back: 1344.50 元, a
     * reversal of −5.00 元, 0.01 元, and the largest amount, INT64_MAX fen. */
    const BudgetFen amounts[G_N_ELEMENTS(tricky)] = {134450, -500,   1, INT64_MAX, 0,
                                                     100,    999999, 7, 12345,     42};
    BudgetTransaction rows[G_N_ELEMENTS(tricky)];
    ReadBack rb = {g_ptr_array_new_with_free_func(g_free), g_array_new(FALSE, FALSE, sizeof(BudgetFen))};
    char *dir = test_make_tmpdir();
    char *path = g_build_filename(dir, "transactions.csv", NULL);
    char *data;
    size_t len;
    BudgetError err;

    memset(rows, 0, sizeof rows);
    for (size_t i = 0; i < G_N_ELEMENTS(tricky); i++) {
        rows[i].date = 20240301;
        rows[i].source = BUDGET_SOURCE_FISCAL;
        rows[i].amount = amounts[i];
        rows[i].code = "P1";
        rows[i].voucher = "";
        rows[i].memo = tricky[i];
    }
    CU_ASSERT_TRUE_FATAL(budget_csv_save_transactions(path, rows, G_N_ELEMENTS(rows), &err));
    data = test_read_file(path, &len);
    /* The first memo is quoted: its leading space would be trimmed. */
    CU_ASSERT_PTR_NOT_NULL(strstr(data, ",\" leading space\"\n"));
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(NULL, data, len, "transactions.csv", NULL, collect, &rb,
                                                     NULL, &err));
    CU_ASSERT_EQUAL_FATAL(rb.memos->len, G_N_ELEMENTS(tricky));
    for (size_t i = 0; i < G_N_ELEMENTS(tricky); i++) {
        CU_ASSERT_STRING_EQUAL(g_ptr_array_index(rb.memos, i), tricky[i]);
        assert_fen(amounts[i], g_array_index(rb.amounts, BudgetFen, i));
    }
    g_free(data);
    g_free(path);
    g_free(dir);
    g_ptr_array_free(rb.memos, TRUE);
    g_array_free(rb.amounts, TRUE);
}

static void test_export_quoting_projects(void)
{
    BudgetBook *book = budget_book_new();
    BudgetBook *back = budget_book_new();
    char *dir = test_make_tmpdir();
    char *path = g_build_filename(dir, "projects.csv", NULL);
    char *data;
    size_t len;
    BudgetError err;

    CU_ASSERT_TRUE(budget_book_set_year(book, 2024));
    for (size_t i = 0; i < G_N_ELEMENTS(tricky); i++) {
        char code[16];
        BudgetProject *p;
        g_snprintf(code, sizeof code, "P%02zu", i);
        p = budget_project_new(code, NULL);
        budget_project_set_name(p, tricky[i]);
        CU_ASSERT_TRUE(budget_project_set_year(p, 2024));
        /* 1,000.01 元 × (i + 1): budgets that differ in every row */
        budget_project_set_budget(p, (BudgetFen)(100001 * (i + 1)));
        CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
        budget_project_unref(p);
    }
    CU_ASSERT_TRUE_FATAL(budget_csv_save_projects(book, path, &err));
    data = test_read_file(path, &len);
    CU_ASSERT_TRUE_FATAL(budget_csv_load_projects_data(back, data, len, "projects.csv", NULL, NULL, &err));
    CU_ASSERT_EQUAL_FATAL(budget_book_get_n_projects(back), G_N_ELEMENTS(tricky));
    for (size_t i = 0; i < G_N_ELEMENTS(tricky); i++) {
        const BudgetProject *p = budget_book_get_project_nth(back, i);
        CU_ASSERT_STRING_EQUAL(budget_project_get_name(p), tricky[i]);
        assert_fen(100001 * (i + 1), budget_project_get_budget(p));
    }
    g_free(data);
    g_free(path);
    g_free(dir);
    budget_book_unref(back);
    budget_book_unref(book);
}

/* ---- Report CSV, byte for byte ---------------------------------------- */

static void test_export_report_csv(void)
{
    BudgetLedger *ledger = small_ledger(" lead, \"x\"");
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    GString *out = g_string_new(NULL);
    BudgetExport *ex = export_to_string(BUDGET_EXPORT_FORMAT_CSV, out);
    BudgetError err;

    /* At 2024-06-30, budget 1000.00, executed 344.50 (fiscal):
     *   rate 344.50 / 1000.00 = 34.45 %; plan (step) 50.00 % (end of June);
     *   time progress 182 / 366 days = 49.7268… → 49.73 %;
     *   variance 34.45 − 50.00 = −15.55 pp (< −15: seriously_behind);
     *   remaining 1000.00 − 344.50 = 655.50;
     *   to next checkpoint: October asks 75 % = 750.00, less 344.50 = 405.50;
     *   planned amount 50 % of 1000.00 = 500.00, variance 344.50 − 500.00 = −155.50;
     *   time variance 34.45 − 49.73 = −15.28 pp;
     *   budget without a plan: P1 has one, 0.00.
     * The name starts with a space and holds a comma and quotes: quoted, the
     * quotes doubled. */
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_TRUE(budget_export_report(ex, report, &err));
    CU_ASSERT_STRING_EQUAL(
        out->str, "code,unit,budget_original,budget_adjusted,executed,executed_fiscal,executed_carryover,"
                  "executed_other,execution_rate_pct,planned_pct,time_progress_pct,variance_pp,remaining,"
                  "to_next_checkpoint,status,name,execution_rate_original_pct,planned_amount,"
                  "variance_amount,time_variance_pp,budget_no_plan\n"
                  "P1,U,1000.00,1000.00,344.50,344.50,0.00,0.00,34.45,50.00,49.73,-15.55,655.50,405.50,"
                  "seriously_behind,\" lead, \"\"x\"\"\",34.45,500.00,-155.50,-15.28,0.00\n");

    /* With a BOM, the same bytes after EF BB BF. */
    {
        GString *bom = g_string_new(NULL);
        BudgetExport *ex2 = export_to_string(BUDGET_EXPORT_FORMAT_CSV, bom);
        budget_export_set_bom(ex2, true);
        CU_ASSERT_TRUE(budget_export_report(ex2, report, &err));
        CU_ASSERT_EQUAL(bom->len, out->len + 3);
        CU_ASSERT_EQUAL(memcmp(bom->str, "\xEF\xBB\xBF", 3), 0);
        CU_ASSERT_STRING_EQUAL(bom->str + 3, out->str);
        budget_export_free(ex2);
        g_string_free(bom, TRUE);
    }
    budget_export_free(ex);
    budget_report_free(report);
    budget_ledger_unref(ledger);
    g_string_free(out, TRUE);
}

/* The unit level, in 万元: the key column is "unit", n_projects replaces
 * name, and money is exact in 万元. */
static void test_export_report_unit_wan(void)
{
    BudgetLedger *ledger = small_ledger("x");
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_UNIT, NULL, NULL);
    GString *out = g_string_new(NULL);
    BudgetExport *ex = export_to_string(BUDGET_EXPORT_FORMAT_JSON, out);
    JsonParser *parser = json_parser_new();
    JsonObject *root, *row;
    BudgetError err;

    budget_export_set_money_unit(ex, BUDGET_MONEY_UNIT_WAN);
    CU_ASSERT_TRUE_FATAL(budget_export_report(ex, report, &err));
    CU_ASSERT_TRUE_FATAL(json_parser_load_from_data(parser, out->str, (gssize)out->len, NULL));
    root = json_node_get_object(json_parser_get_root(parser));
    CU_ASSERT_STRING_EQUAL(json_object_get_string_member(root, "level"), "unit");
    CU_ASSERT_STRING_EQUAL(json_object_get_string_member(root, "money_unit"), "wan");
    CU_ASSERT_STRING_EQUAL(json_object_get_string_member(root, "as_of"), "2024-06-30");
    CU_ASSERT_EQUAL_FATAL(json_array_get_length(json_object_get_array_member(root, "rows")), 1);
    row = json_array_get_object_element(json_object_get_array_member(root, "rows"), 0);
    CU_ASSERT_STRING_EQUAL(json_object_get_string_member(row, "unit"), "U");
    /* 1000.00 元 = 0.1 万元, at least 2 decimals: "0.10"; 344.50 元 = "0.03445" */
    CU_ASSERT_STRING_EQUAL(json_object_get_string_member(row, "budget_adjusted"), "0.10");
    CU_ASSERT_STRING_EQUAL(json_object_get_string_member(row, "executed"), "0.03445");
    CU_ASSERT_EQUAL(json_object_get_int_member(row, "n_projects"), 1);
    CU_ASSERT_FALSE(json_object_has_member(row, "name"));
    /* executed_carryover is 0.00, defined: a string, not null */
    CU_ASSERT_STRING_EQUAL(json_object_get_string_member(row, "executed_carryover"), "0.00");

    g_object_unref(parser);
    budget_export_free(ex);
    budget_report_free(report);
    budget_ledger_unref(ledger);
    g_string_free(out, TRUE);
}

/* ---- JSON carries exactly the CSV's numbers (examples/data) ----------- */

/* Compares a JSON table with a CSV table of the same data: same columns, same
 * rows, and each JSON value the CSV cell: a string equal to it, null where
 * the cell is empty and the column is not text, an integer for counts. */
static void assert_json_equals_csv(const char *json, const char *csv, const char *table, size_t min_rows)
{
    JsonParser *parser = json_parser_new();
    GPtrArray *rows = parse_csv(csv);
    JsonObject *root;
    JsonArray *columns, *jrows;
    char **header;
    GError *gerr = NULL;

    CU_ASSERT_TRUE_FATAL(json_parser_load_from_data(parser, json, -1, &gerr));
    root = json_node_get_object(json_parser_get_root(parser));
    CU_ASSERT_STRING_EQUAL(json_object_get_string_member(root, "table"), table);
    columns = json_object_get_array_member(root, "columns");
    jrows = json_object_get_array_member(root, "rows");
    CU_ASSERT_FATAL(rows->len >= 1);
    header = g_ptr_array_index(rows, 0);
    CU_ASSERT_EQUAL_FATAL(json_array_get_length(columns), g_strv_length(header));
    for (guint c = 0; header[c] != NULL; c++)
        CU_ASSERT_STRING_EQUAL(json_array_get_string_element(columns, c), header[c]);
    /* Data must be there: a table of no rows would compare equal. */
    CU_ASSERT(json_array_get_length(jrows) >= min_rows);
    CU_ASSERT_EQUAL_FATAL(json_array_get_length(jrows), rows->len - 1);
    for (guint r = 1; r < rows->len; r++) {
        char **cells = g_ptr_array_index(rows, r);
        JsonObject *obj = json_array_get_object_element(jrows, r - 1);
        CU_ASSERT_EQUAL_FATAL(json_object_get_size(obj), g_strv_length(header));
        for (guint c = 0; header[c] != NULL; c++) {
            JsonNode *v = json_object_get_member(obj, header[c]);
            CU_ASSERT_PTR_NOT_NULL_FATAL(v);
            if (JSON_NODE_HOLDS_NULL(v)) {
                CU_ASSERT_STRING_EQUAL(cells[c], "");
            } else if (json_node_get_value_type(v) == G_TYPE_INT64) {
                char *text = g_strdup_printf("%" G_GINT64_FORMAT, json_node_get_int(v));
                CU_ASSERT_STRING_EQUAL(text, cells[c]);
                CU_ASSERT_STRING_EQUAL(header[c], "n_projects");
                g_free(text);
            } else {
                /* Every other value is a string: never a double. */
                CU_ASSERT_EQUAL(json_node_get_value_type(v), G_TYPE_STRING);
                CU_ASSERT_STRING_EQUAL(json_node_get_string(v), cells[c]);
            }
        }
    }
    g_ptr_array_free(rows, TRUE);
    g_object_unref(parser);
}

/* examples/data loaded as `budget report` loads it, at 2024-08-31. */
static BudgetLedger *load_examples(void)
{
    BudgetBook *book;
    BudgetLedger *ledger;
    char *transactions = NULL;
    BudgetError err;

    book = budget_csv_load_book(EXAMPLES_DATA_DIR, NULL, NULL, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(book);
    ledger = budget_ledger_new(book, 20240831, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    CU_ASSERT_TRUE_FATAL(budget_csv_find_file(EXAMPLES_DATA_DIR, "transactions.csv", &transactions, &err));
    CU_ASSERT_PTR_NOT_NULL_FATAL(transactions);
    CU_ASSERT_TRUE_FATAL(budget_csv_load_transactions(ledger, transactions, NULL, NULL, &err));
    budget_free(transactions);
    budget_book_unref(book);
    return ledger;
}

static void test_export_json_equals_csv_report(void)
{
    BudgetLedger *ledger = load_examples();
    const BudgetLevel levels[] = {BUDGET_LEVEL_PROJECT, BUDGET_LEVEL_UNIT, BUDGET_LEVEL_DEPARTMENT};
    /* examples/data has more than one project and one unit; one department. */
    const size_t min_rows[] = {2, 2, 1};

    for (size_t i = 0; i < G_N_ELEMENTS(levels); i++) {
        BudgetReport *report = budget_report_new(ledger, levels[i], NULL, NULL);
        GString *csv = g_string_new(NULL), *json = g_string_new(NULL);
        BudgetExport *to_csv = export_to_string(BUDGET_EXPORT_FORMAT_CSV, csv);
        BudgetExport *to_json = export_to_string(BUDGET_EXPORT_FORMAT_JSON, json);
        BudgetError err;

        CU_ASSERT_PTR_NOT_NULL_FATAL(report);
        CU_ASSERT_TRUE(budget_export_report(to_csv, report, &err));
        CU_ASSERT_TRUE(budget_export_report(to_json, report, &err));
        assert_json_equals_csv(json->str, csv->str, "report", min_rows[i]);
        if (levels[i] == BUDGET_LEVEL_DEPARTMENT)
            CU_ASSERT_PTR_NOT_NULL(strstr(csv->str, "\nALL,"));
        budget_export_free(to_csv);
        budget_export_free(to_json);
        g_string_free(csv, TRUE);
        g_string_free(json, TRUE);
        budget_report_free(report);
    }
    budget_ledger_unref(ledger);
}

static void test_export_json_equals_csv_scores(void)
{
    BudgetLedger *ledger = load_examples();
    BudgetScoreReport *scores = budget_score_report_new(ledger, NULL, NULL);
    const BudgetBook *book = budget_ledger_get_book(ledger);

    CU_ASSERT_PTR_NOT_NULL_FATAL(scores);
    for (int table = 0; table < 3; table++) {
        static const char *const names[] = {"scores", "score_details", "department_ratios"};
        GString *csv = g_string_new(NULL), *json = g_string_new(NULL);
        BudgetExport *to[2] = {export_to_string(BUDGET_EXPORT_FORMAT_CSV, csv),
                               export_to_string(BUDGET_EXPORT_FORMAT_JSON, json)};
        BudgetError err;

        for (int f = 0; f < 2; f++) {
            if (table == 0)
                CU_ASSERT_TRUE(budget_export_scores(to[f], scores, book, &err));
            if (table == 1)
                CU_ASSERT_TRUE(budget_export_score_details(to[f], scores, &err));
            if (table == 2)
                CU_ASSERT_TRUE(budget_export_department_ratios(to[f], ledger, NULL, NULL, &err));
            budget_export_free(to[f]);
        }
        /* At least 2 projects, 2 indicators, and the 9 ratios. */
        assert_json_equals_csv(json->str, csv->str, names[table], table == 2 ? BUDGET_DEPARTMENT_RATIO_N : 2);
        g_string_free(csv, TRUE);
        g_string_free(json, TRUE);
    }
    budget_score_report_free(scores);
    budget_ledger_unref(ledger);
}

/* ---- Markdown --------------------------------------------------------- */

static void test_export_markdown(void)
{
    BudgetLedger *ledger = small_ledger("a|b *c* <d>\nnext");
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    GString *out = g_string_new(NULL);
    BudgetExport *ex = export_to_string(BUDGET_EXPORT_FORMAT_MARKDOWN, out);
    char **lines;
    BudgetError err;

    CU_ASSERT_TRUE_FATAL(budget_export_report(ex, report, &err));
    lines = g_strsplit(out->str, "\n", -1);
    /* header, alignment row, one data row, and the empty text after the last LF */
    CU_ASSERT_EQUAL_FATAL(g_strv_length(lines), 4);
    /* every cell escaped, column names too: budget\_original renders as
     * budget_original */
    CU_ASSERT_TRUE(g_str_has_prefix(lines[0], "| code | unit | budget\\_original |"));
    /* text left, numbers right */
    CU_ASSERT_TRUE(g_str_has_prefix(lines[1], "| --- | --- | ---: |"));
    /* the status column is a name: left */
    CU_ASSERT_PTR_NOT_NULL(
        strstr(lines[2], "| seriously\\_behind | a\\|b \\*c\\* \\<d\\><br>next | 34.45 |"));
    CU_ASSERT_STRING_EQUAL(lines[3], "");
    g_strfreev(lines);
    budget_export_free(ex);
    budget_report_free(report);
    budget_ledger_unref(ledger);
    g_string_free(out, TRUE);
}

/* ---- Sinks ------------------------------------------------------------ */

static int stop_at_once(const char *data, size_t len, void *user_data)
{
    (*(int *)user_data)++;
    return 1;
}

typedef struct {
    int calls;
    int stop_at; /* the call that returns non-zero */
    GPtrArray *seen;
} RowLog;

static int log_rows(const char *const *cells, size_t n_cells, bool is_header, void *user_data)
{
    RowLog *log = user_data;
    log->calls++;
    g_ptr_array_add(log->seen, g_strdup_printf("%s%s:%zu", is_header ? "H " : "", cells[0], n_cells));
    return log->calls == log->stop_at;
}

static int n_destroyed;
static void count_destroy(void *data)
{
    n_destroyed++;
}

static void test_export_abort(void)
{
    BudgetLedger *ledger = small_ledger("x");
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    RowLog log = {0, 2, g_ptr_array_new_with_free_func(g_free)};
    int calls = 0;
    BudgetError err;

    /* A write callback that says stop: ABORTED, after one call (the whole
     * small table is one piece). */
    for (int f = 0; f < BUDGET_EXPORT_FORMAT_N; f++) {
        BudgetExport *ex = budget_export_new((BudgetExportFormat)f, stop_at_once, &calls, NULL);
        calls = 0;
        CU_ASSERT_FALSE(budget_export_report(ex, report, &err));
        assert_error(&err, BUDGET_ERROR_ABORTED, -1, -1, NULL);
        CU_ASSERT_EQUAL(calls, 1);
        CU_ASSERT_FALSE(budget_export_department_ratios(ex, ledger, NULL, NULL, &err));
        assert_error(&err, BUDGET_ERROR_ABORTED, -1, -1, NULL);
        budget_export_free(ex);
    }

    /* A row callback that stops at the first data row (call 2): the header
     * (21 columns at the project level), then P1, then nothing. */
    {
        BudgetExport *rows = budget_export_new_rows(log_rows, &log, count_destroy);
        n_destroyed = 0;
        CU_ASSERT_FALSE(budget_export_report(rows, report, &err));
        assert_error(&err, BUDGET_ERROR_ABORTED, -1, -1, NULL);
        CU_ASSERT_EQUAL_FATAL(log.seen->len, 2);
        CU_ASSERT_STRING_EQUAL(g_ptr_array_index(log.seen, 0), "H code:21");
        CU_ASSERT_STRING_EQUAL(g_ptr_array_index(log.seen, 1), "P1:21");
        /* Going on: the writer is usable again; 9 ratios + header = 10 calls. */
        log.calls = 0;
        log.stop_at = 0;
        g_ptr_array_set_size(log.seen, 0);
        CU_ASSERT_TRUE(budget_export_department_ratios(rows, ledger, NULL, NULL, &err));
        CU_ASSERT_EQUAL(log.seen->len, 1 + BUDGET_DEPARTMENT_RATIO_N);
        CU_ASSERT_STRING_EQUAL(g_ptr_array_index(log.seen, 0), "H ratio:4");
        budget_export_free(rows);
        CU_ASSERT_EQUAL(n_destroyed, 1);
    }
    g_ptr_array_free(log.seen, TRUE);
    budget_report_free(report);
    budget_ledger_unref(ledger);
}

static int compare_names(gconstpointer a, gconstpointer b)
{
    /* g_ptr_array_sort() passes pointers to the elements. */
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Names the files of @dir, sorted, joined by spaces. */
static char *list_dir(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *names = g_ptr_array_new();
    const char *name;
    GString *s = g_string_new(NULL);

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    while ((name = g_dir_read_name(d)) != NULL)
        g_ptr_array_add(names, g_strdup(name));
    g_dir_close(d);
    g_ptr_array_sort(names, compare_names);
    for (guint i = 0; i < names->len; i++) {
        g_string_append_printf(s, "%s%s", i > 0 ? " " : "", (char *)g_ptr_array_index(names, i));
        g_free(g_ptr_array_index(names, i));
    }
    g_ptr_array_free(names, TRUE);
    return g_string_free(s, FALSE);
}

static void test_export_to_path(void)
{
    BudgetLedger *ledger = small_ledger("x");
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    char *dir = test_make_tmpdir();
    char *path = g_build_filename(dir, "report.json", NULL);
    char *sub = g_build_filename(dir, "sub", NULL);
    char *missing = g_build_filename(dir, "no-such-folder", "report.json", NULL);
    GString *expected = g_string_new(NULL);
    BudgetExport *mem = export_to_string(BUDGET_EXPORT_FORMAT_JSON, expected);
    BudgetExport *file;
    char *data, *names;
    size_t len;
    BudgetError err;

    CU_ASSERT_TRUE(budget_export_report(mem, report, &err));
    /* An old file is replaced whole. */
    CU_ASSERT_TRUE(g_file_set_contents(path, "old contents, longer than nothing", -1, NULL));
    file = budget_export_new_for_path(BUDGET_EXPORT_FORMAT_JSON, path);
    CU_ASSERT_TRUE(budget_export_report(file, report, &err));
    data = test_read_file(path, &len);
    CU_ASSERT_EQUAL(len, expected->len);
    CU_ASSERT_STRING_EQUAL(data, expected->str);
    g_free(data);
    budget_export_free(file);
    /* No temporary file is left. */
    names = list_dir(dir);
    CU_ASSERT_STRING_EQUAL(names, "report.json");
    g_free(names);

    /* A folder that does not exist: IO, naming the path. */
    file = budget_export_new_for_path(BUDGET_EXPORT_FORMAT_CSV, missing);
    CU_ASSERT_FALSE(budget_export_report(file, report, &err));
    assert_error(&err, BUDGET_ERROR_IO, -1, -1, NULL);
    CU_ASSERT_STRING_EQUAL(err.source, missing);
    budget_export_free(file);

    /* A path that is a folder: the rename fails, the temporary file is
     * removed, the folder stays. */
    CU_ASSERT_EQUAL(g_mkdir(sub, 0700), 0);
    file = budget_export_new_for_path(BUDGET_EXPORT_FORMAT_CSV, sub);
    CU_ASSERT_FALSE(budget_export_report(file, report, &err));
    assert_error(&err, BUDGET_ERROR_IO, -1, -1, NULL);
    budget_export_free(file);
    names = list_dir(dir);
    CU_ASSERT_STRING_EQUAL(names, "report.json sub");
    g_free(names);
    CU_ASSERT_TRUE(g_file_test(sub, G_FILE_TEST_IS_DIR));
    g_rmdir(sub);

    budget_export_free(mem);
    g_string_free(expected, TRUE);
    g_free(missing);
    g_free(sub);
    g_free(path);
    g_free(dir);
    budget_report_free(report);
    budget_ledger_unref(ledger);
}

/* ---- Names, deviation, misuse ----------------------------------------- */

static void test_export_names(void)
{
    BudgetExportFormat f = BUDGET_EXPORT_FORMAT_CSV;

    CU_ASSERT_STRING_EQUAL(budget_export_format_to_string(BUDGET_EXPORT_FORMAT_CSV), "csv");
    CU_ASSERT_STRING_EQUAL(budget_export_format_to_string(BUDGET_EXPORT_FORMAT_JSON), "json");
    CU_ASSERT_STRING_EQUAL(budget_export_format_to_string(BUDGET_EXPORT_FORMAT_MARKDOWN), "markdown");
    EXPECT_CRITICAL(
        CU_ASSERT_PTR_NULL(budget_export_format_to_string((BudgetExportFormat)BUDGET_EXPORT_FORMAT_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_export_format_to_string((BudgetExportFormat)-1)));
    for (int i = 0; i < BUDGET_EXPORT_FORMAT_N; i++) {
        CU_ASSERT_TRUE(
            budget_export_format_from_string(budget_export_format_to_string((BudgetExportFormat)i), &f));
        CU_ASSERT_EQUAL(f, i);
    }
    CU_ASSERT_TRUE(budget_export_format_from_string("JSON", &f));
    CU_ASSERT_EQUAL(f, BUDGET_EXPORT_FORMAT_JSON);
    CU_ASSERT_TRUE(budget_export_format_from_string("md", &f));
    CU_ASSERT_EQUAL(f, BUDGET_EXPORT_FORMAT_MARKDOWN);
    CU_ASSERT_FALSE(budget_export_format_from_string("xml", &f));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_format_from_string(NULL, &f)));
    CU_ASSERT_EQUAL(f, BUDGET_EXPORT_FORMAT_MARKDOWN); /* untouched */

    CU_ASSERT_STRING_EQUAL(budget_level_to_string(BUDGET_LEVEL_PROJECT), "project");
    CU_ASSERT_STRING_EQUAL(budget_level_to_string(BUDGET_LEVEL_UNIT), "unit");
    CU_ASSERT_STRING_EQUAL(budget_level_to_string(BUDGET_LEVEL_DEPARTMENT), "department");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_level_to_string((BudgetLevel)3)));
    CU_ASSERT_STRING_EQUAL(budget_money_unit_to_string(BUDGET_MONEY_UNIT_YUAN), "yuan");
    CU_ASSERT_STRING_EQUAL(budget_money_unit_to_string(BUDGET_MONEY_UNIT_WAN), "wan");
    CU_ASSERT_STRING_EQUAL(budget_money_unit_to_string(BUDGET_MONEY_UNIT_YI), "yi");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_money_unit_to_string((BudgetMoneyUnit)3)));
}

static void test_export_deviation(void)
{
    BudgetTarget *pct = budget_target_parse("≥95%", -1, 2024, NULL);
    BudgetTarget *deadline = budget_target_parse("2024年12月31日", -1, 2024, NULL);
    BudgetTargetEvaluation ev;
    char buf[32];

    CU_ASSERT_PTR_NOT_NULL_FATAL(pct);
    CU_ASSERT_PTR_NOT_NULL_FATAL(deadline);
    /* 96.5 % against ≥ 95 %: 96.5 − 95 = 1.5 (percent, the target's unit) */
    CU_ASSERT_TRUE(budget_target_evaluate(pct, "96.5%", -1, &ev, NULL));
    CU_ASSERT_EQUAL(budget_export_format_deviation(pct, &ev, buf, sizeof buf), strlen("1.5%"));
    CU_ASSERT_STRING_EQUAL(buf, "1.5%");
    /* 90 %: 90 − 95 = −5 */
    CU_ASSERT_TRUE(budget_target_evaluate(pct, "90%", -1, &ev, NULL));
    budget_export_format_deviation(pct, &ev, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "-5%");
    /* done on 2024-12-20, due 2024-12-31: 11 days early, −11 */
    CU_ASSERT_TRUE(budget_target_evaluate(deadline, "2024年12月20日", -1, &ev, NULL));
    budget_export_format_deviation(deadline, &ev, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "-11d");
    /* Measuring only, and cutting like snprintf: "-11d" needs 4 bytes. */
    CU_ASSERT_EQUAL(budget_export_format_deviation(deadline, &ev, NULL, 0), 4);
    CU_ASSERT_EQUAL(budget_export_format_deviation(deadline, &ev, buf, 3), 4);
    CU_ASSERT_STRING_EQUAL(buf, "-1");
    /* No deviation: "" */
    ev.has_deviation = false;
    CU_ASSERT_EQUAL(budget_export_format_deviation(deadline, &ev, buf, sizeof buf), 0);
    CU_ASSERT_STRING_EQUAL(buf, "");
    budget_target_unref(pct);
    budget_target_unref(deadline);
}

static void test_export_misuse(void)
{
    BudgetLedger *ledger = small_ledger("x");
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);
    GString *out = g_string_new(NULL);
    BudgetExport *ex = export_to_string(BUDGET_EXPORT_FORMAT_CSV, out);
    BudgetExport *none = NULL;
    BudgetError err;

    EXPECT_CRITICAL(
        none = budget_export_new((BudgetExportFormat)BUDGET_EXPORT_FORMAT_N, append_to_string, out, NULL));
    CU_ASSERT_PTR_NULL(none);
    EXPECT_CRITICAL(none = budget_export_new(BUDGET_EXPORT_FORMAT_CSV, NULL, NULL, NULL));
    CU_ASSERT_PTR_NULL(none);
    EXPECT_CRITICAL(none = budget_export_new_for_path(BUDGET_EXPORT_FORMAT_CSV, NULL));
    CU_ASSERT_PTR_NULL(none);
    EXPECT_CRITICAL(none = budget_export_new_rows(NULL, NULL, NULL));
    CU_ASSERT_PTR_NULL(none);
    budget_export_free(NULL);

    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_report(NULL, report, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_report(ex, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_scores(ex, NULL, budget_ledger_get_book(ledger), &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_score_details(ex, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_export_department_ratios(ex, NULL, NULL, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    /* An unknown money unit changes nothing. */
    EXPECT_CRITICAL(budget_export_set_money_unit(ex, (BudgetMoneyUnit)7));
    EXPECT_CRITICAL(budget_export_set_bom(NULL, true));
    CU_ASSERT_EQUAL(out->len, 0); /* nothing was written */
    CU_ASSERT_TRUE(budget_export_report(ex, report, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(out->str, ",1000.00,1000.00,344.50,"));

    budget_export_free(ex);
    g_string_free(out, TRUE);
    budget_report_free(report);
    budget_ledger_unref(ledger);
}

static CU_TestInfo export_tests[] = {
    {"quoting: transactions read back", test_export_quoting_transactions},
    {"quoting: projects read back", test_export_quoting_projects},
    {"report CSV byte for byte, BOM", test_export_report_csv},
    {"report JSON at the unit level in wan", test_export_report_unit_wan},
    {"JSON equals CSV: report, three levels", test_export_json_equals_csv_report},
    {"JSON equals CSV: scores, details, ratios", test_export_json_equals_csv_scores},
    {"markdown", test_export_markdown},
    {"callbacks that stop: ABORTED", test_export_abort},
    {"to a path, atomically", test_export_to_path},
    {"names", test_export_names},
    {"deviation", test_export_deviation},
    {"misuse", test_export_misuse},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"export", test_criticals_init, test_criticals_cleanup, NULL, NULL, export_tests},
    CU_SUITE_INFO_NULL,
};
