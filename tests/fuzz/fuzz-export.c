/* Fuzzes the export writers: the input is a projects.csv (read leniently),
 * each project pays part of its budget, and the report (by project, unit or
 * department, from the first byte) is exported three ways — as cells to a
 * row callback, as CSV and as JSON. Invariant: written, read back, equal.
 * The CSV is read back with a plain RFC 4180 reader written here and must
 * give exactly the callback's cells, header included; the JSON is parsed
 * with json-glib and its "columns" and every row's members must give the
 * same cells (null for an empty number, integers for counts). */
#include "fuzz-common.h"

#include <json-glib/json-glib.h>

static int on_row(const char *const *cells, size_t n_cells, bool is_header, void *user_data)
{
    GPtrArray *rows = user_data;
    GPtrArray *row = g_ptr_array_new_with_free_func(g_free);

    FUZZ_CHECK(is_header == (rows->len == 0));
    for (size_t i = 0; i < n_cells; i++) {
        FUZZ_CHECK(cells[i] == NULL || g_utf8_validate(cells[i], -1, NULL));
        g_ptr_array_add(row, g_strdup(cells[i] != NULL ? cells[i] : ""));
    }
    g_ptr_array_add(rows, row);
    return 0;
}

static int to_string(const char *data, size_t len, void *user_data)
{
    g_string_append_len(user_data, data, (gssize)len);
    return 0;
}

/* RFC 4180 as a writer produces it: fields quoted when needed, "" for a
 * quote, records ended by LF or CRLF. */
static GPtrArray *read_csv(const char *s, size_t n)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    GPtrArray *row = NULL;
    GString *f = g_string_new(NULL);
    size_t i = 0;

    while (i < n) {
        if (row == NULL)
            row = g_ptr_array_new_with_free_func(g_free);
        if (s[i] == '"') {
            for (i++; i < n; i++) {
                if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
                    g_string_append_c(f, s[i++]);
                else if (s[i] == '"')
                    break;
                else
                    g_string_append_c(f, s[i]);
            }
            FUZZ_CHECK(i < n); /* closed */
            i++;
        } else {
            while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r')
                g_string_append_c(f, s[i++]);
        }
        g_ptr_array_add(row, g_strndup(f->str, f->len));
        g_string_truncate(f, 0);
        FUZZ_CHECK(i == n || s[i] == ',' || s[i] == '\n' || s[i] == '\r');
        if (i < n && s[i] == ',') {
            i++;
            continue;
        }
        if (i < n && s[i] == '\r')
            i++;
        if (i < n && s[i] == '\n')
            i++;
        g_ptr_array_add(rows, row);
        row = NULL;
    }
    FUZZ_CHECK(row == NULL);
    g_string_free(f, TRUE);
    return rows;
}

static void check_csv(const GPtrArray *cells, const GString *csv)
{
    GPtrArray *back = read_csv(csv->str, csv->len);

    FUZZ_CHECK(back->len == cells->len);
    for (guint r = 0; r < cells->len; r++) {
        const GPtrArray *a = g_ptr_array_index(cells, r), *b = g_ptr_array_index(back, r);
        FUZZ_CHECK(a->len == b->len);
        for (guint c = 0; c < a->len; c++)
            FUZZ_CHECK(strcmp(g_ptr_array_index(a, c), g_ptr_array_index(b, c)) == 0);
    }
    g_ptr_array_unref(back);
}

static void check_json(const GPtrArray *cells, const GString *json)
{
    JsonParser *parser = json_parser_new();
    JsonObject *root;
    JsonArray *columns, *rows;
    const GPtrArray *header = g_ptr_array_index(cells, 0);

    FUZZ_CHECK(json_parser_load_from_data(parser, json->str, (gssize)json->len, NULL));
    root = json_node_get_object(json_parser_get_root(parser));
    FUZZ_CHECK(root != NULL);
    columns = json_object_get_array_member(root, "columns");
    rows = json_object_get_array_member(root, "rows");
    FUZZ_CHECK(columns != NULL && rows != NULL);
    FUZZ_CHECK(json_array_get_length(columns) == header->len);
    for (guint c = 0; c < header->len; c++)
        FUZZ_CHECK(strcmp(json_array_get_string_element(columns, c), g_ptr_array_index(header, c)) == 0);
    FUZZ_CHECK(json_array_get_length(rows) + 1 == cells->len);
    for (guint r = 1; r < cells->len; r++) {
        const GPtrArray *want = g_ptr_array_index(cells, r);
        JsonObject *row = json_array_get_object_element(rows, r - 1);
        for (guint c = 0; c < header->len; c++) {
            const char *cell = g_ptr_array_index(want, c);
            JsonNode *v = json_object_get_member(row, g_ptr_array_index(header, c));
            FUZZ_CHECK(v != NULL);
            if (JSON_NODE_HOLDS_NULL(v)) {
                FUZZ_CHECK(cell[0] == '\0');
            } else if (json_node_get_value_type(v) == G_TYPE_STRING) {
                FUZZ_CHECK(strcmp(json_node_get_string(v), cell) == 0);
            } else {
                FUZZ_CHECK(json_node_get_value_type(v) == G_TYPE_INT64);
                FUZZ_CHECK(json_node_get_int(v) == g_ascii_strtoll(cell, NULL, 10));
            }
        }
    }
    g_object_unref(parser);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const BudgetLevel levels[] = {BUDGET_LEVEL_PROJECT, BUDGET_LEVEL_UNIT, BUDGET_LEVEL_DEPARTMENT};
    BudgetBook *book;
    BudgetCsvOptions *options;
    BudgetLedger *ledger;
    BudgetReport *report;
    BudgetError error;
    GPtrArray *cells;
    GString *csv, *json;
    BudgetExport *ex;
    bool ok;

    fuzz_init_glib();
    if (size < 1)
        return 0;
    book = budget_book_new();
    options = budget_csv_options_new();
    budget_csv_options_set_lenient(options, true);
    (void)budget_csv_load_projects_data(book, (const char *)data + 1, (ptrdiff_t)size - 1, "projects.csv",
                                        options, NULL, &error);
    budget_csv_options_free(options);
    ledger = budget_ledger_new(book, 20240630, NULL); /* NULL without a year: nothing to export */
    if (ledger == NULL) {
        budget_book_unref(book);
        return 0;
    }
    for (size_t i = 0; i < budget_book_get_n_projects(book); i++) {
        BudgetFen b = budget_project_get_budget(budget_book_get_project_nth(book, i));
        (void)budget_ledger_record_nth(ledger, 20240315, i, b / 3, BUDGET_SOURCE_FISCAL, NULL);
    }
    report = budget_report_new(ledger, levels[data[0] % 3], NULL, &error);
    fuzz_check_error(&error, report != NULL);
    if (report != NULL) {
        cells = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
        ex = budget_export_new_rows(on_row, cells, NULL);
        ok = budget_export_report(ex, report, &error);
        fuzz_check_error(&error, ok);
        FUZZ_CHECK(ok && cells->len >= 1);
        budget_export_free(ex);

        csv = g_string_new(NULL);
        ex = budget_export_new(BUDGET_EXPORT_FORMAT_CSV, to_string, csv, NULL);
        budget_export_set_bom(ex, false);
        FUZZ_CHECK(budget_export_report(ex, report, &error));
        budget_export_free(ex);
        check_csv(cells, csv);

        json = g_string_new(NULL);
        ex = budget_export_new(BUDGET_EXPORT_FORMAT_JSON, to_string, json, NULL);
        FUZZ_CHECK(budget_export_report(ex, report, &error));
        budget_export_free(ex);
        check_json(cells, json);

        g_string_free(csv, TRUE);
        g_string_free(json, TRUE);
        g_ptr_array_unref(cells);
        budget_report_free(report);
    }
    budget_ledger_unref(ledger);
    budget_book_unref(book);
    return 0;
}
