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

char *budgetp_export_money_text(const BudgetExport *ex, BudgetFen value)
{
    char buf[64];

    if (ex->unit == BUDGET_MONEY_UNIT_YUAN)
        budget_money_format(value, buf, sizeof buf);
    else
        budget_money_format_unit(value, ex->unit, false, buf, sizeof buf);
    return g_strdup(buf);
}

char *budgetp_export_rate_text(int64_t bp)
{
    char buf[32];

    budget_money_rate_format(bp, buf, sizeof buf);
    return g_strdup(buf);
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

/* Starts a table: opens the file, writes the header. @meta holds pairs of
 * JSON member names and string values (NULL-terminated), written before the
 * columns. */
bool budgetp_table_begin(BudgetpTable *t, BudgetExport *ex, const BudgetpColumn *cols, size_t n_cols,
                         const char *const *meta, BudgetError *error)
{
    memset(t, 0, sizeof *t);
    t->ex = ex;
    t->cols = cols;
    t->n_cols = n_cols;
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
    if (ex->sink == BUDGETP_SINK_ROWS) {
        const char **names = g_new(const char *, n_cols);
        for (size_t i = 0; i < n_cols; i++)
            names[i] = cols[i].name;
        if (ex->row_func(names, n_cols, true, ex->user_data) != 0) {
            budgetp_error_set(error, BUDGET_ERROR_ABORTED, NULL, 0, 0, NULL,
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
            budgetp_export_csv_field(t->buf, cols[i].name);
        }
        g_string_append_c(t->buf, '\n');
        break;
    case BUDGET_EXPORT_FORMAT_JSON: {
        JsonObject *head = json_object_new();
        JsonArray *names = json_array_sized_new((guint)n_cols);
        JsonNode *node = json_node_new(JSON_NODE_OBJECT);

        for (size_t i = 0; meta[i] != NULL; i += 2)
            json_object_set_string_member(head, meta[i], meta[i + 1]);
        for (size_t i = 0; i < n_cols; i++)
            json_array_add_string_element(names, cols[i].name);
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
        g_string_append_c(t->buf, '|');
        for (size_t i = 0; i < n_cols; i++) {
            g_string_append_c(t->buf, ' ');
            append_markdown_cell(t->buf, cols[i].name);
            g_string_append(t->buf, " |");
        }
        g_string_append(t->buf, "\n|");
        for (size_t i = 0; i < n_cols; i++)
            g_string_append(t->buf, cols[i].kind == BUDGETP_COL_NUMBER || cols[i].kind == BUDGETP_COL_COUNT
                                        ? " ---: |"
                                        : " --- |");
        g_string_append_c(t->buf, '\n');
        break;
    }
    return maybe_flush(t);
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
            switch (t->cols[i].kind) {
            case BUDGETP_COL_TEXT:
                json_object_set_string_member(row, t->cols[i].name, v);
                break;
            case BUDGETP_COL_COUNT:
                json_object_set_int_member(row, t->cols[i].name, g_ascii_strtoll(v, NULL, 10));
                break;
            case BUDGETP_COL_NUMBER:
            case BUDGETP_COL_NAME:
                if (v[0] == '\0')
                    json_object_set_null_member(row, t->cols[i].name);
                else
                    json_object_set_string_member(row, t->cols[i].name, v);
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
    }
    return maybe_flush(t);
}

/* Finishes a table (@ok: every row was produced) and releases it; for a
 * file, renames the temporary file over the path, or removes it. */
bool budgetp_table_end(BudgetpTable *t, bool ok)
{
    if (ok && !t->failed && t->ex->sink != BUDGETP_SINK_ROWS && t->ex->format == BUDGET_EXPORT_FORMAT_JSON)
        g_string_append(t->buf, t->n_rows > 0 ? "\n]}\n" : "]}\n");
    ok = ok && flush(t);
    if (t->fd >= 0) {
        if (ok && fsync(t->fd) != 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_IO, t->ex->path, 0, 0, NULL, "cannot write: %s",
                              g_strerror(errno));
            ok = false;
        }
        if (close(t->fd) != 0 && ok) {
            budgetp_error_set(t->error, BUDGET_ERROR_IO, t->ex->path, 0, 0, NULL, "cannot write: %s",
                              g_strerror(errno));
            ok = false;
        }
        if (ok && g_rename(t->tmp_path, t->ex->path) != 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_IO, t->ex->path, 0, 0, NULL, "cannot replace it: %s",
                              g_strerror(errno));
            ok = false;
        }
        if (!ok)
            g_unlink(t->tmp_path);
    }
    g_free(t->tmp_path);
    if (t->gen != NULL)
        g_object_unref(t->gen);
    g_string_free(t->buf, TRUE);
    return ok;
}

void budgetp_table_free_cells(char **cells, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_free(cells[i]);
}
