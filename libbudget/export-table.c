/* export-table: the table every export writes, in each format, to each
 * sink (a write callback, a file replaced atomically, a row callback).
 * Output is streamed in pieces of about CHUNK bytes. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "export-private.h"

/* Output is handed on in pieces of about this size. */
#define CHUNK 65536

/* ---- Cells ------------------------------------------------------------ */

void budgetp_export_csv_field(GString *out, const char *value)
{
    size_t n = value != NULL ? strlen(value) : 0;
    bool quote;

    if (n == 0)
        return;
    quote = strpbrk(value, ",\"\r\n") != NULL || value[0] == ' ' || value[0] == '\t' || value[n - 1] == ' ' ||
            value[n - 1] == '\t';
    if (!quote) {
        g_string_append_len(out, value, (gssize)n);
        return;
    }
    g_string_append_c(out, '"');
    for (const char *p = value; *p != '\0'; p++) {
        if (*p == '"')
            g_string_append_c(out, '"');
        g_string_append_c(out, *p);
    }
    g_string_append_c(out, '"');
}

/* A Markdown table cell: inline markup and the cell separator escaped, a
 * line break (CRLF, CR or LF) written <br>. */
static void append_markdown_cell(GString *out, const char *value)
{
    for (const char *p = value != NULL ? value : ""; *p != '\0'; p++) {
        switch (*p) {
        case '\r':
            if (p[1] == '\n')
                p++;
            /* fall through */
        case '\n':
            g_string_append(out, "<br>");
            break;
        case '\\':
        case '|':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
            g_string_append_c(out, '\\');
            g_string_append_c(out, *p);
            break;
        default:
            g_string_append_c(out, *p);
        }
    }
}

const char *budgetp_export_money_cell(const BudgetExport *ex, BudgetFen value, char *buf)
{
    /* For people: separators, and 万元/亿元 to 2 decimals (export-text.c). */
    if (ex->sink != BUDGETP_SINK_ROWS &&
        (ex->format == BUDGET_EXPORT_FORMAT_TABLE || ex->format == BUDGET_EXPORT_FORMAT_HTML))
        budgetp_export_money_display_into(value, ex->unit, buf);
    else if (ex->unit == BUDGET_MONEY_UNIT_YUAN)
        budgetp_hundredths_format(value, buf); /* budget_money_format() */
    else
        budget_money_format_unit(value, ex->unit, false, buf, BUDGETP_CELL_MAX);
    return buf;
}

char *budgetp_export_money_text(const BudgetExport *ex, BudgetFen value)
{
    char buf[BUDGETP_CELL_MAX];

    return g_strdup(budgetp_export_money_cell(ex, value, buf));
}

const char *budgetp_export_rate_cell(int64_t bp, char *buf)
{
    budgetp_hundredths_format(bp, buf); /* budget_money_rate_format() */
    return buf;
}

char *budgetp_export_rate_text(int64_t bp)
{
    char buf[BUDGETP_CELL_MAX];

    return g_strdup(budgetp_export_rate_cell(bp, buf));
}

char *budgetp_export_points_text(int64_t points)
{
    char buf[32];

    budget_score_format(points, buf, sizeof buf);
    return g_strdup(buf);
}

/* ---- Sinks ------------------------------------------------------------ */

/* Hands the buffered bytes on. */
static bool flush(BudgetpTable *t)
{
    const char *p = t->buf->str;
    size_t left = t->buf->len;

    if (t->failed)
        return false;
    if (left == 0)
        return true;
    if (t->ex->sink == BUDGETP_SINK_WRITE) {
        if (t->ex->write_func(p, left, t->ex->user_data) != 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_ABORTED, NULL, 0, 0, NULL,
                              "the write callback stopped the export");
            t->failed = true;
        }
    } else if (t->ex->sink == BUDGETP_SINK_PATH) {
        while (left > 0) {
            ssize_t n = write(t->fd, p, left);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                budgetp_error_set(t->error, BUDGET_ERROR_IO, t->ex->path, 0, 0, NULL, "cannot write: %s",
                                  g_strerror(errno));
                t->failed = true;
                break;
            }
            p += n;
            left -= (size_t)n;
        }
    }
    g_string_truncate(t->buf, 0);
    return !t->failed;
}

static bool maybe_flush(BudgetpTable *t)
{
    return t->buf->len < CHUNK || flush(t);
}

/* The JSON text of @node (a scalar or a container), appended to the buffer. */
static void append_json(BudgetpTable *t, JsonNode *node)
{
    gsize len = 0;
    char *text;

    json_generator_set_root(t->gen, node);
    text = json_generator_to_data(t->gen, &len);
    g_string_append_len(t->buf, text, (gssize)len);
    g_free(text);
}

/* ---- Headings and statuses ------------------------------------------ */

const char *budgetp_column_heading(const BudgetExport *ex, const BudgetpColumn *col)
{
    if (ex->headers == BUDGET_EXPORT_HEADERS_ZH && col->zh != NULL)
        return col->zh;
    if ((ex->format == BUDGET_EXPORT_FORMAT_TABLE || ex->format == BUDGET_EXPORT_FORMAT_HTML) &&
        col->label != NULL)
        return col->label;
    return col->name;
}

/* 财预〔2019〕136号 names no statuses; these are the words the monitoring
 * notices use. */
static const char *const status_zh[BUDGET_STATUS_N] = {
    [BUDGET_STATUS_ON_TRACK] = "正常",  [BUDGET_STATUS_AHEAD] = "超前",
    [BUDGET_STATUS_BEHIND] = "滞后",    [BUDGET_STATUS_SERIOUSLY_BEHIND] = "严重滞后",
    [BUDGET_STATUS_NO_PLAN] = "无计划", [BUDGET_STATUS_OVER_BUDGET] = "超预算",
};

const char *budgetp_export_status_text(const BudgetExport *ex, BudgetStatus status)
{
    if ((unsigned)status >= BUDGET_STATUS_N)
        return "";
    return ex->headers == BUDGET_EXPORT_HEADERS_ZH ? status_zh[status] : budget_status_to_string(status);
}

/* The status a cell names, in either language. */
static bool status_of_cell(const char *cell, BudgetStatus *out)
{
    if (cell == NULL)
        return false;
    if (budget_status_from_string(cell, out))
        return true;
    for (int i = 0; i < BUDGET_STATUS_N; i++) {
        if (strcmp(cell, status_zh[i]) == 0) {
            *out = (BudgetStatus)i;
            return true;
        }
    }
    return false;
}

bool budgetp_column_is_numeric(BudgetpColumnKind kind)
{
    return kind == BUDGETP_COL_NUMBER || kind == BUDGETP_COL_COUNT || kind == BUDGETP_COL_MONEY ||
           kind == BUDGETP_COL_RATE || kind == BUDGETP_COL_POINTS;
}

/* ---- HTML ------------------------------------------------------------- */

void budgetp_export_xml_escape(GString *out, const char *text)
{
    for (const char *p = text != NULL ? text : ""; *p != '\0'; p++) {
        switch (*p) {
        case '&':
            g_string_append(out, "&amp;");
            break;
        case '<':
            g_string_append(out, "&lt;");
            break;
        case '>':
            g_string_append(out, "&gt;");
            break;
        case '"':
            g_string_append(out, "&quot;");
            break;
        case '\'':
            g_string_append(out, "&#39;");
            break;
        default:
            /* XML 1.0 allows no C0 control but tab, LF and CR. */
            if ((unsigned char)*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
                g_string_append_printf(out, "\\x%02x", (unsigned char)*p);
            else
                g_string_append_c(out, *p);
        }
    }
}

/* One self-contained page: the styles inline, no script, no external
 * resource. The status colours follow the monitoring notices' red, yellow
 * and green. */
static const char html_head[] =
    "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n<style>\n"
    "body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\","
    "sans-serif;margin:1.5em;color:#222}\n"
    "table{border-collapse:collapse;margin:0.5em 0 1.5em}\n"
    "th,td{border:1px solid #ccc;padding:0.2em 0.5em;white-space:nowrap}\n"
    "th{background:#f0f0f0}\ntd.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    ".seriously_behind{background:#f8d0d0}\n.behind{background:#fdf0c0}\n.on_track{background:#d8f0d8}\n"
    ".ahead{background:#d8e8f8}\n.over_budget{background:#e8c8f0}\n.no_plan{background:#e8e8e8}\n"
    "svg{display:block;margin:0.5em 0}\n</style>\n</head>\n<body>\n<h1>%s</h1>\n";

static void html_table_begin(BudgetpTable *t, const char *caption)
{
    GString *b = t->buf;

    if (caption != NULL) {
        g_string_append(b, "<h2>");
        budgetp_export_xml_escape(b, caption);
        g_string_append(b, "</h2>\n");
    }
    g_string_append(b, "<table>\n<thead><tr>");
    for (size_t i = 0; i < t->n_cols; i++) {
        g_string_append(b, "<th>");
        budgetp_export_xml_escape(b, budgetp_column_heading(t->ex, &t->cols[i]));
        g_string_append(b, "</th>");
    }
    g_string_append(b, "</tr></thead>\n<tbody>\n");
}

static void html_row(BudgetpTable *t, const char *const *cells)
{
    GString *b = t->buf;
    BudgetStatus status;
    bool has_status = false;

    for (size_t i = 0; i < t->n_cols && !has_status; i++)
        if (t->cols[i].kind == BUDGETP_COL_STATUS)
            has_status = status_of_cell(cells[i], &status);
    g_string_append(b, "<tr");
    if (has_status)
        g_string_append_printf(b, " class=\"%s\"", budget_status_to_string(status));
    g_string_append_c(b, '>');
    for (size_t i = 0; i < t->n_cols; i++) {
        g_string_append(b, budgetp_column_is_numeric(t->cols[i].kind) ? "<td class=\"num\">" : "<td>");
        budgetp_export_xml_escape(b, cells[i]);
        g_string_append(b, "</td>");
    }
    g_string_append(b, "</tr>\n");
}

/* ---- Documents and tables --------------------------------------------- */

/* Opens the sink. */
static bool sink_open(BudgetpTable *t, BudgetExport *ex, BudgetError *error)
{
    memset(t, 0, sizeof *t);
    t->ex = ex;
    t->error = error;
    t->fd = -1;
    t->buf = g_string_sized_new(CHUNK + 4096);

    if (ex->sink == BUDGETP_SINK_PATH) {
        t->tmp_path = g_strdup_printf("%s.XXXXXX", ex->path);
        /* 0666 less the umask, as a file the program created itself. */
        t->fd = g_mkstemp_full(t->tmp_path, O_WRONLY, 0666);
        if (t->fd < 0) {
            budgetp_error_set(error, BUDGET_ERROR_IO, ex->path, 0, 0, NULL,
                              "cannot create a temporary file beside it: %s", g_strerror(errno));
            g_free(t->tmp_path);
            t->tmp_path = NULL;
            t->failed = true;
            return false;
        }
    }
    return true;
}

static bool doc_open(BudgetpTable *t, BudgetExport *ex, const char *title, BudgetError *error)
{
    if (!sink_open(t, ex, error))
        return false;
    if (ex->sink == BUDGETP_SINK_ROWS)
        return true;
    if (ex->format == BUDGET_EXPORT_FORMAT_HTML) {
        GString *esc = g_string_new(NULL);
        budgetp_export_xml_escape(esc, title);
        g_string_append_printf(t->buf, html_head, ex->headers == BUDGET_EXPORT_HEADERS_ZH ? "zh-CN" : "en",
                               esc->str, esc->str);
        g_string_free(esc, TRUE);
    } else if (ex->format == BUDGET_EXPORT_FORMAT_XLSX) {
        if (!budgetp_xlsx_open(t, title)) {
            t->failed = true;
            return false;
        }
    }
    return maybe_flush(t);
}

bool budgetp_doc_begin(BudgetpTable *t, BudgetExport *ex, const char *title, BudgetError *error)
{
    if (ex->sink != BUDGETP_SINK_ROWS &&
        (ex->format == BUDGET_EXPORT_FORMAT_CSV || ex->format == BUDGET_EXPORT_FORMAT_JSON)) {
        memset(t, 0, sizeof *t);
        t->ex = ex;
        t->fd = -1;
        t->buf = g_string_new(NULL);
        t->failed = true;
        budgetp_error_set(error, BUDGET_ERROR_UNSUPPORTED, NULL, 0, 0, NULL,
                          "%s holds one table: write each with its own call",
                          budget_export_format_to_string(ex->format));
        return false;
    }
    return doc_open(t, ex, title, error);
}

/* The header of a table: @meta for JSON, @caption for a document's table. */
static bool table_head(BudgetpTable *t, const BudgetpColumn *cols, size_t n_cols, const char *const *meta,
                       const char *caption)
{
    BudgetExport *ex = t->ex;

    if (t->failed)
        return false;
    t->cols = cols;
    t->n_cols = n_cols;
    t->n_rows = 0;
    t->in_table = true;
    t->n_tables++;
    if (ex->sink == BUDGETP_SINK_ROWS) {
        const char **names = g_new(const char *, n_cols);
        for (size_t i = 0; i < n_cols; i++)
            names[i] = budgetp_column_heading(ex, &cols[i]);
        if (ex->row_func(names, n_cols, true, ex->user_data) != 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_ABORTED, NULL, 0, 0, NULL,
                              "the row callback stopped the export");
            t->failed = true;
        }
        g_free(names);
        return !t->failed;
    }

    switch (ex->format) {
    case BUDGET_EXPORT_FORMAT_CSV:
        if (ex->bom)
            g_string_append(t->buf, "\xEF\xBB\xBF");
        for (size_t i = 0; i < n_cols; i++) {
            if (i > 0)
                g_string_append_c(t->buf, ',');
            budgetp_export_csv_field(t->buf, budgetp_column_heading(ex, &cols[i]));
        }
        g_string_append_c(t->buf, '\n');
        break;
    case BUDGET_EXPORT_FORMAT_JSON: {
        JsonObject *head = json_object_new();
        JsonArray *names = json_array_sized_new((guint)n_cols);
        JsonNode *node = json_node_new(JSON_NODE_OBJECT);

        for (size_t i = 0; meta != NULL && meta[i] != NULL; i += 2)
            json_object_set_string_member(head, meta[i], meta[i + 1]);
        for (size_t i = 0; i < n_cols; i++)
            json_array_add_string_element(names, budgetp_column_heading(ex, &cols[i]));
        json_object_set_array_member(head, "columns", names);
        json_node_take_object(node, head);
        t->gen = json_generator_new();
        append_json(t, node);
        json_node_unref(node);
        /* The object is still open: "rows" comes last, written row by row. */
        if (t->buf->len > 0 && t->buf->str[t->buf->len - 1] == '}')
            g_string_truncate(t->buf, t->buf->len - 1);
        g_string_append(t->buf, ",\"rows\":[\n");
        break;
    }
    case BUDGET_EXPORT_FORMAT_MARKDOWN:
        if (caption != NULL) {
            if (t->n_tables > 1)
                g_string_append_c(t->buf, '\n');
            g_string_append(t->buf, "### ");
            append_markdown_cell(t->buf, caption);
            g_string_append(t->buf, "\n\n");
        }
        g_string_append_c(t->buf, '|');
        for (size_t i = 0; i < n_cols; i++) {
            g_string_append_c(t->buf, ' ');
            append_markdown_cell(t->buf, budgetp_column_heading(ex, &cols[i]));
            g_string_append(t->buf, " |");
        }
        g_string_append(t->buf, "\n|");
        for (size_t i = 0; i < n_cols; i++)
            g_string_append(t->buf, budgetp_column_is_numeric(cols[i].kind) ? " ---: |" : " --- |");
        g_string_append_c(t->buf, '\n');
        break;
    case BUDGET_EXPORT_FORMAT_TABLE:
        t->rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
        g_free(t->tmp_caption);
        t->tmp_caption = g_strdup(caption);
        break;
    case BUDGET_EXPORT_FORMAT_HTML:
        html_table_begin(t, caption);
        break;
    case BUDGET_EXPORT_FORMAT_XLSX: {
        const char **names = g_new(const char *, n_cols);
        bool ok;
        for (size_t i = 0; i < n_cols; i++)
            names[i] = budgetp_column_heading(ex, &cols[i]);
        ok = budgetp_xlsx_sheet(t, caption) && budgetp_xlsx_row(t, names, true);
        g_free(names);
        if (!ok)
            t->failed = true;
        return ok;
    }
    }
    return maybe_flush(t);
}

bool budgetp_doc_table_begin(BudgetpTable *t, const BudgetpColumn *cols, size_t n_cols, const char *caption)
{
    return table_head(t, cols, n_cols, NULL, caption);
}

bool budgetp_table_begin(BudgetpTable *t, BudgetExport *ex, const BudgetpColumn *cols, size_t n_cols,
                         const char *const *meta, BudgetError *error)
{
    /* A page of one table is titled by the table's kind. */
    const char *title = meta != NULL && meta[0] != NULL ? meta[1] : "";

    if (!doc_open(t, ex, title, error))
        return false;
    return table_head(t, cols, n_cols, meta, NULL);
}

/* A CSV row whose cells all go as they are (no comma, quote, CR or LF, no
 * space or tab at either end: what budgetp_export_csv_field() would write
 * unquoted), appended with one growth of @out and a copy per cell; false
 * (nothing written) when a cell needs quoting, for the general writer. */
static bool csv_plain_row(GString *out, const char *const *cells, size_t n_cols)
{
    size_t len[64], total = n_cols, at;
    char *p;

    if (n_cols == 0 || n_cols > G_N_ELEMENTS(len))
        return false;
    for (size_t i = 0; i < n_cols; i++) {
        const char *v = cells[i] != NULL ? cells[i] : "";
        size_t n = strcspn(v, ",\"\r\n"); /* the length, when no such byte stops it */

        if (v[n] != '\0' || (n > 0 && (v[0] == ' ' || v[0] == '\t' || v[n - 1] == ' ' || v[n - 1] == '\t')))
            return false;
        len[i] = n;
        total += n;
    }
    at = out->len;
    g_string_set_size(out, at + total);
    p = out->str + at;
    for (size_t i = 0; i < n_cols; i++) {
        if (len[i] > 0)
            memcpy(p, cells[i], len[i]);
        p += len[i];
        *p++ = i + 1 < n_cols ? ',' : '\n';
    }
    return true;
}

/* Writes one row: @cells as CSV writes them ("" for an undefined value). */
bool budgetp_table_row(BudgetpTable *t, const char *const *cells)
{
    if (t->failed)
        return false;
    t->n_rows++;
    if (t->ex->sink == BUDGETP_SINK_ROWS) {
        if (t->ex->row_func(cells, t->n_cols, false, t->ex->user_data) != 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_ABORTED, NULL, 0, 0, NULL,
                              "the row callback stopped the export");
            t->failed = true;
        }
        return !t->failed;
    }
    switch (t->ex->format) {
    case BUDGET_EXPORT_FORMAT_CSV:
        if (csv_plain_row(t->buf, cells, t->n_cols))
            break;
        for (size_t i = 0; i < t->n_cols; i++) {
            if (i > 0)
                g_string_append_c(t->buf, ',');
            budgetp_export_csv_field(t->buf, cells[i]);
        }
        g_string_append_c(t->buf, '\n');
        break;
    case BUDGET_EXPORT_FORMAT_JSON: {
        JsonObject *row = json_object_new();
        JsonNode *node = json_node_new(JSON_NODE_OBJECT);

        for (size_t i = 0; i < t->n_cols; i++) {
            const char *v = cells[i] != NULL ? cells[i] : "";
            const char *name = budgetp_column_heading(t->ex, &t->cols[i]);
            switch (t->cols[i].kind) {
            case BUDGETP_COL_TEXT:
                json_object_set_string_member(row, name, v);
                break;
            case BUDGETP_COL_COUNT:
                if (v[0] == '\0')
                    json_object_set_null_member(row, name);
                else
                    json_object_set_int_member(row, name, g_ascii_strtoll(v, NULL, 10));
                break;
            default:
                if (v[0] == '\0')
                    json_object_set_null_member(row, name);
                else
                    json_object_set_string_member(row, name, v);
                break;
            }
        }
        json_node_take_object(node, row);
        if (t->n_rows > 1)
            g_string_append(t->buf, ",\n");
        append_json(t, node);
        json_node_unref(node);
        break;
    }
    case BUDGET_EXPORT_FORMAT_MARKDOWN:
        g_string_append_c(t->buf, '|');
        for (size_t i = 0; i < t->n_cols; i++) {
            g_string_append_c(t->buf, ' ');
            append_markdown_cell(t->buf, cells[i]);
            g_string_append(t->buf, " |");
        }
        g_string_append_c(t->buf, '\n');
        break;
    case BUDGET_EXPORT_FORMAT_TABLE: {
        char **row = g_new0(char *, t->n_cols + 1);
        for (size_t i = 0; i < t->n_cols; i++)
            row[i] = g_strdup(cells[i] != NULL ? cells[i] : "");
        g_ptr_array_add(t->rows, row);
        return true;
    }
    case BUDGET_EXPORT_FORMAT_HTML:
        html_row(t, cells);
        break;
    case BUDGET_EXPORT_FORMAT_XLSX:
        if (!budgetp_xlsx_row(t, cells, false))
            t->failed = true;
        return !t->failed;
    }
    return maybe_flush(t);
}

bool budgetp_doc_table_end(BudgetpTable *t)
{
    if (!t->in_table)
        return !t->failed;
    t->in_table = false;
    if (t->rows != NULL) {
        if (!t->failed)
            budgetp_text_table(t->ex, t->cols, t->n_cols, t->rows, t->tmp_caption, t->buf);
        g_ptr_array_free(t->rows, TRUE);
        t->rows = NULL;
    }
    if (t->failed)
        return false;
    if (t->ex->sink != BUDGETP_SINK_ROWS) {
        if (t->ex->format == BUDGET_EXPORT_FORMAT_HTML)
            g_string_append(t->buf, "</tbody>\n</table>\n");
        else if (t->ex->format == BUDGET_EXPORT_FORMAT_TABLE && t->n_tables > 0 && t->tmp_caption != NULL)
            g_string_append_c(t->buf, '\n');
    }
    return maybe_flush(t);
}

bool budgetp_doc_raw(BudgetpTable *t, const char *html)
{
    if (t->failed)
        return false;
    if (t->ex->sink == BUDGETP_SINK_ROWS || t->ex->format != BUDGET_EXPORT_FORMAT_HTML)
        return true;
    g_string_append(t->buf, html);
    return maybe_flush(t);
}

bool budgetp_sink_begin(BudgetpTable *t, BudgetExport *ex, BudgetError *error)
{
    if (ex->sink == BUDGETP_SINK_ROWS) {
        memset(t, 0, sizeof *t);
        t->ex = ex;
        t->fd = -1;
        t->buf = g_string_new(NULL);
        t->failed = true;
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "a chart is bytes: give a writer of bytes, not of rows");
        return false;
    }
    if (!sink_open(t, ex, error))
        return false;
    t->raw = true;
    return true;
}

bool budgetp_sink_write(BudgetpTable *t, const char *data, size_t len)
{
    if (t->failed)
        return false;
    g_string_append_len(t->buf, data, (gssize)len);
    return maybe_flush(t);
}

/* The xlsx of a write callback: the temporary file, streamed. */
static bool stream_file(BudgetpTable *t, const char *path)
{
    char *data = NULL;
    gsize len = 0;
    GError *gerror = NULL;
    bool ok;

    if (!g_file_get_contents(path, &data, &len, &gerror)) {
        budgetp_error_set(t->error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot read it back: %s",
                          gerror->message);
        g_error_free(gerror);
        t->failed = true;
        return false;
    }
    ok = true;
    for (gsize off = 0; ok && off < len; off += CHUNK) {
        g_string_append_len(t->buf, data + off, (gssize)MIN((gsize)CHUNK, len - off));
        ok = flush(t);
    }
    g_free(data);
    return ok;
}

bool budgetp_doc_end(BudgetpTable *t, bool ok)
{
    BudgetExport *ex = t->ex;
    bool bytes = ex->sink != BUDGETP_SINK_ROWS && !t->raw;

    if (t->in_table)
        ok = budgetp_doc_table_end(t) && ok;
    if (ok && !t->failed && bytes && ex->format == BUDGET_EXPORT_FORMAT_JSON && t->n_tables > 0)
        g_string_append(t->buf, t->n_rows > 0 ? "\n]}\n" : "]}\n");
    if (ok && !t->failed && bytes && ex->format == BUDGET_EXPORT_FORMAT_HTML)
        g_string_append(t->buf, "</body>\n</html>\n");
    if (t->xlsx != NULL) {
        /* The workbook is its own file: written whole when closed. */
        ok = budgetp_xlsx_close(t, ok && !t->failed) && ok;
        if (ok && ex->sink == BUDGETP_SINK_WRITE)
            ok = stream_file(t, t->tmp_path);
    }
    ok = ok && flush(t);
    if (t->fd >= 0) {
        if (ok && fsync(t->fd) != 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_IO, ex->path, 0, 0, NULL, "cannot write: %s",
                              g_strerror(errno));
            ok = false;
        }
        if (close(t->fd) != 0 && ok) {
            budgetp_error_set(t->error, BUDGET_ERROR_IO, ex->path, 0, 0, NULL, "cannot write: %s",
                              g_strerror(errno));
            ok = false;
        }
    }
    if (t->tmp_path != NULL) {
        if (ok && ex->sink == BUDGETP_SINK_PATH && g_rename(t->tmp_path, ex->path) != 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_IO, ex->path, 0, 0, NULL, "cannot replace it: %s",
                              g_strerror(errno));
            ok = false;
        }
        if (!ok || ex->sink != BUDGETP_SINK_PATH)
            g_unlink(t->tmp_path);
    }
    g_free(t->tmp_path);
    g_free(t->tmp_caption);
    if (t->gen != NULL)
        g_object_unref(t->gen);
    g_string_free(t->buf, TRUE);
    return ok;
}

/* Finishes a table (@ok: every row was produced) and releases it; for a
 * file, renames the temporary file over the path, or removes it. */
bool budgetp_table_end(BudgetpTable *t, bool ok)
{
    return budgetp_doc_end(t, ok);
}

void budgetp_table_free_cells(char **cells, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_free(cells[i]);
}
