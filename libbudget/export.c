/* export: every writer of results (CSV, JSON, Markdown) behind one sink that
 * streams to a write callback, a file replaced atomically, or a row callback.
 *
 * A table is a list of columns, each of a kind that says how JSON carries
 * it and how Markdown aligns it; a row is the cells the CSV format writes.
 * The three formats are three ways of writing the same cells, so that a
 * JSON value is always exactly the CSV cell (or null where that is empty). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "export-private.h"

/* Output is handed on in pieces of about this size. */
#define CHUNK 65536

typedef enum {
    SINK_WRITE, /* BudgetWriteFunc */
    SINK_PATH,  /* a temporary file renamed over the path */
    SINK_ROWS   /* BudgetExportRowFunc: cells, no bytes */
} SinkKind;

struct BudgetExport {
    BudgetExportFormat format;
    SinkKind sink;
    BudgetWriteFunc write_func;
    BudgetExportRowFunc row_func;
    void *user_data;
    BudgetDestroyNotify destroy;
    char *path;
    bool bom;
    BudgetMoneyUnit unit;
};

/* How a column's cell is carried in JSON (and aligned in Markdown). */
typedef enum {
    COL_TEXT,   /* a string, "" kept */
    COL_NUMBER, /* an exact decimal as a string; "" is null; right-aligned */
    COL_COUNT,  /* a JSON integer; right-aligned */
    COL_NAME    /* an enum name as a string; "" is null */
} ColumnKind;

typedef struct {
    const char *name;
    ColumnKind kind;
} Column;

/* One table being written. */
typedef struct {
    BudgetExport *ex;
    const Column *cols;
    size_t n_cols;
    GString *buf;
    JsonGenerator *gen; /* JSON only */
    size_t n_rows;
    int fd;         /* SINK_PATH */
    char *tmp_path; /* SINK_PATH */
    BudgetError *error;
    bool failed;
} Table;

/* ---- Names ------------------------------------------------------------ */

static const char *const format_names[BUDGET_EXPORT_FORMAT_N] = {"csv", "json", "markdown"};

const char *budget_export_format_to_string(BudgetExportFormat format)
{
    return (unsigned)format < BUDGET_EXPORT_FORMAT_N ? format_names[format] : NULL;
}

bool budget_export_format_from_string(const char *name, BudgetExportFormat *out)
{
    if (name == NULL)
        return false;
    for (int i = 0; i < BUDGET_EXPORT_FORMAT_N; i++) {
        if (g_ascii_strcasecmp(name, format_names[i]) == 0) {
            *out = (BudgetExportFormat)i;
            return true;
        }
    }
    if (g_ascii_strcasecmp(name, "md") == 0) {
        *out = BUDGET_EXPORT_FORMAT_MARKDOWN;
        return true;
    }
    return false;
}

/* ---- The writer ------------------------------------------------------- */

static BudgetExport *export_new(BudgetExportFormat format, SinkKind sink, void *user_data,
                                BudgetDestroyNotify destroy)
{
    BudgetExport *ex = g_new0(BudgetExport, 1);

    ex->format = format;
    ex->sink = sink;
    ex->user_data = user_data;
    ex->destroy = destroy;
    ex->unit = BUDGET_MONEY_UNIT_YUAN;
    return ex;
}

BudgetExport *budget_export_new(BudgetExportFormat format, BudgetWriteFunc func, void *user_data,
                                BudgetDestroyNotify destroy)
{
    BudgetExport *ex;

    g_return_val_if_fail((unsigned)format < BUDGET_EXPORT_FORMAT_N, NULL);
    g_return_val_if_fail(func != NULL, NULL);
    ex = export_new(format, SINK_WRITE, user_data, destroy);
    ex->write_func = func;
    return ex;
}

BudgetExport *budget_export_new_for_path(BudgetExportFormat format, const char *path)
{
    BudgetExport *ex;

    g_return_val_if_fail((unsigned)format < BUDGET_EXPORT_FORMAT_N, NULL);
    g_return_val_if_fail(path != NULL, NULL);
    ex = export_new(format, SINK_PATH, NULL, NULL);
    ex->path = g_strdup(path);
    return ex;
}

BudgetExport *budget_export_new_rows(BudgetExportRowFunc func, void *user_data, BudgetDestroyNotify destroy)
{
    BudgetExport *ex;

    g_return_val_if_fail(func != NULL, NULL);
    /* The cells are the CSV format's. */
    ex = export_new(BUDGET_EXPORT_FORMAT_CSV, SINK_ROWS, user_data, destroy);
    ex->row_func = func;
    return ex;
}

void budget_export_free(BudgetExport *export)
{
    if (export == NULL)
        return;
    if (export->destroy != NULL)
        export->destroy(export->user_data);
    g_free(export->path);
    g_free(export);
}

void budget_export_set_bom(BudgetExport *export, bool bom)
{
    g_return_if_fail(export != NULL);
    export->bom = bom;
}

void budget_export_set_money_unit(BudgetExport *export, BudgetMoneyUnit unit)
{
    g_return_if_fail(export != NULL);
    g_return_if_fail((unsigned)unit < BUDGET_MONEY_UNIT_N);
    export->unit = unit;
}

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

static char *money_text(const BudgetExport *ex, BudgetFen value)
{
    char buf[64];

    if (ex->unit == BUDGET_MONEY_UNIT_YUAN)
        budget_money_format(value, buf, sizeof buf);
    else
        budget_money_format_unit(value, ex->unit, false, buf, sizeof buf);
    return g_strdup(buf);
}

static char *rate_text(int64_t bp)
{
    char buf[32];

    budget_money_rate_format(bp, buf, sizeof buf);
    return g_strdup(buf);
}

static char *points_text(int64_t points)
{
    char buf[32];

    budget_score_format(points, buf, sizeof buf);
    return g_strdup(buf);
}

/* ---- Sinks ------------------------------------------------------------ */

/* Hands the buffered bytes on. */
static bool flush(Table *t)
{
    const char *p = t->buf->str;
    size_t left = t->buf->len;

    if (t->failed)
        return false;
    if (left == 0)
        return true;
    if (t->ex->sink == SINK_WRITE) {
        if (t->ex->write_func(p, left, t->ex->user_data) != 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_ABORTED, NULL, 0, 0, NULL,
                              "the write callback stopped the export");
            t->failed = true;
        }
    } else if (t->ex->sink == SINK_PATH) {
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

static bool maybe_flush(Table *t)
{
    return t->buf->len < CHUNK || flush(t);
}

/* The JSON text of @node (a scalar or a container), appended to the buffer. */
static void append_json(Table *t, JsonNode *node)
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
static bool table_begin(Table *t, BudgetExport *ex, const Column *cols, size_t n_cols,
                        const char *const *meta, BudgetError *error)
{
    memset(t, 0, sizeof *t);
    t->ex = ex;
    t->cols = cols;
    t->n_cols = n_cols;
    t->error = error;
    t->fd = -1;
    t->buf = g_string_sized_new(CHUNK + 4096);

    if (ex->sink == SINK_PATH) {
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
    if (ex->sink == SINK_ROWS) {
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
            g_string_append(t->buf,
                            cols[i].kind == COL_NUMBER || cols[i].kind == COL_COUNT ? " ---: |" : " --- |");
        g_string_append_c(t->buf, '\n');
        break;
    }
    return maybe_flush(t);
}

/* Writes one row: @cells as CSV writes them ("" for an undefined value). */
static bool table_row(Table *t, const char *const *cells)
{
    if (t->failed)
        return false;
    t->n_rows++;
    if (t->ex->sink == SINK_ROWS) {
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
            case COL_TEXT:
                json_object_set_string_member(row, t->cols[i].name, v);
                break;
            case COL_COUNT:
                json_object_set_int_member(row, t->cols[i].name, g_ascii_strtoll(v, NULL, 10));
                break;
            case COL_NUMBER:
            case COL_NAME:
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
static bool table_end(Table *t, bool ok)
{
    if (ok && !t->failed && t->ex->sink != SINK_ROWS && t->ex->format == BUDGET_EXPORT_FORMAT_JSON)
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

static void free_cells(char **cells, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_free(cells[i]);
}

/* ---- Execution report ------------------------------------------------- */

/* Where each column of `budget report --format csv` comes from, in order:
 * tests compare the output byte for byte, so new columns go at the end. A
 * money or rate column is headed with its enum's name
 * (budget_report_money_to_string(), budget_report_rate_to_string()). */
typedef enum {
    FROM_KEY,
    FROM_UNIT,
    FROM_MONEY,
    FROM_RATE,
    FROM_STATUS,
    FROM_NAME /* name, or n_projects in a roll-up */
} ReportSource;

static const struct {
    ReportSource from;
    int column; /* a BudgetReportMoney or BudgetReportRate */
} report_sources[] = {
    {FROM_KEY, 0},
    {FROM_UNIT, 0},
    {FROM_MONEY, BUDGET_REPORT_BUDGET_ORIGINAL},
    {FROM_MONEY, BUDGET_REPORT_BUDGET_ADJUSTED},
    {FROM_MONEY, BUDGET_REPORT_EXECUTED},
    {FROM_MONEY, BUDGET_REPORT_EXECUTED_FISCAL},
    {FROM_MONEY, BUDGET_REPORT_EXECUTED_CARRYOVER},
    {FROM_MONEY, BUDGET_REPORT_EXECUTED_OTHER},
    {FROM_RATE, BUDGET_REPORT_EXECUTION_RATE},
    {FROM_RATE, BUDGET_REPORT_PLANNED_PCT},
    {FROM_RATE, BUDGET_REPORT_TIME_PROGRESS},
    {FROM_RATE, BUDGET_REPORT_VARIANCE_PP},
    {FROM_MONEY, BUDGET_REPORT_REMAINING},
    {FROM_MONEY, BUDGET_REPORT_TO_NEXT_CHECKPOINT},
    {FROM_STATUS, 0},
    {FROM_NAME, 0},
    {FROM_RATE, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL},
    {FROM_MONEY, BUDGET_REPORT_PLANNED_AMOUNT},
    {FROM_MONEY, BUDGET_REPORT_VARIANCE_AMOUNT},
    {FROM_RATE, BUDGET_REPORT_TIME_VARIANCE_PP},
    {FROM_MONEY, BUDGET_REPORT_BUDGET_WITHOUT_PLAN},
};
#define REPORT_COLS G_N_ELEMENTS(report_sources)

/* Key, unit, status and name, then every money and rate column once. */
G_STATIC_ASSERT(REPORT_COLS == 4 + BUDGET_REPORT_MONEY_N + BUDGET_REPORT_RATE_N);

/* The heading of column @i at @level: a roll-up row is keyed by its level
 * and counts its projects where a project row has its name. */
static Column report_column(size_t i, BudgetLevel level)
{
    bool project = level == BUDGET_LEVEL_PROJECT;

    switch (report_sources[i].from) {
    case FROM_KEY:
        return (Column){project ? "code" : budget_level_to_string(level), COL_TEXT};
    case FROM_UNIT:
        return (Column){"unit", COL_TEXT};
    case FROM_MONEY:
        return (Column){budget_report_money_to_string((BudgetReportMoney)report_sources[i].column),
                        COL_NUMBER};
    case FROM_RATE:
        return (Column){budget_report_rate_to_string((BudgetReportRate)report_sources[i].column), COL_NUMBER};
    case FROM_STATUS:
        return (Column){"status", COL_NAME};
    case FROM_NAME:
        return project ? (Column){"name", COL_TEXT} : (Column){"n_projects", COL_COUNT};
    }
    return (Column){"", COL_TEXT};
}

static char *report_cell(const BudgetExport *ex, const BudgetReport *report, size_t row, size_t col)
{
    BudgetLevel level = budget_report_get_level(report);
    BudgetStatus status;
    BudgetFen money;
    int64_t bp;

    switch (report_sources[col].from) {
    case FROM_KEY:
        /* The department row has the empty key; "ALL" reads better in a file. */
        return g_strdup(level == BUDGET_LEVEL_DEPARTMENT ? "ALL" : budget_report_get_key(report, row));
    case FROM_UNIT:
        return g_strdup(budget_report_get_unit(report, row));
    case FROM_MONEY:
        if (!budget_report_get_money(report, row, (BudgetReportMoney)report_sources[col].column, &money))
            return g_strdup("");
        return money_text(ex, money);
    case FROM_RATE:
        if (!budget_report_get_rate(report, row, (BudgetReportRate)report_sources[col].column, &bp))
            return g_strdup("");
        return rate_text(bp);
    case FROM_STATUS:
        if (!budget_report_get_status(report, row, &status))
            return g_strdup("");
        return g_strdup(budget_status_to_string(status));
    case FROM_NAME:
        if (level == BUDGET_LEVEL_PROJECT)
            return g_strdup(budget_report_get_name(report, row));
        return g_strdup_printf("%zu", budget_report_get_n_projects(report, row));
    }
    return g_strdup("");
}

bool budget_export_report(BudgetExport *export, const BudgetReport *report, BudgetError *error)
{
    Column cols[REPORT_COLS];
    size_t col_of[REPORT_COLS]; /* index into report_sources */
    size_t n_cols = 0;
    BudgetLevel level;
    char as_of[16];
    Table t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(report != NULL, false, error);
    level = budget_report_get_level(report);

    /* A roll-up has no unit column: its key is the unit. */
    for (size_t i = 0; i < REPORT_COLS; i++) {
        if (level != BUDGET_LEVEL_PROJECT && report_sources[i].from == FROM_UNIT)
            continue;
        col_of[n_cols] = i;
        cols[n_cols++] = report_column(i, level);
    }

    budget_date_format(budget_report_get_as_of(report), as_of, sizeof as_of);
    {
        const char *meta[] = {
            "table",      "report",
            "as_of",      as_of,
            "level",      budget_level_to_string(level),
            "money_unit", budget_money_unit_to_string(export->unit),
            NULL,
        };
        ok = table_begin(&t, export, cols, n_cols, meta, error);
    }
    for (size_t row = 0; ok && row < budget_report_get_n_rows(report); row++) {
        char *cells[REPORT_COLS];
        for (size_t c = 0; c < n_cols; c++)
            cells[c] = report_cell(export, report, row, col_of[c]);
        ok = table_row(&t, (const char *const *)cells);
        free_cells(cells, n_cols);
    }
    return table_end(&t, ok);
}

/* ---- Scores ----------------------------------------------------------- */

static const BudgetScorePart score_parts[] = {
    BUDGET_SCORE_PART_EXECUTION,
    BUDGET_SCORE_PART_OUTPUT,
    BUDGET_SCORE_PART_OUTCOME,
    BUDGET_SCORE_PART_SATISFACTION,
};

static const Column score_columns[] = {
    {"code", COL_TEXT},
    {"execution_score", COL_NUMBER},
    {"output_score", COL_NUMBER},
    {"outcome_score", COL_NUMBER},
    {"satisfaction_score", COL_NUMBER},
    {"total", COL_NUMBER},
    {"grade", COL_NAME},
    {"available", COL_NUMBER},
    {"name", COL_TEXT},
};
#define SCORE_COLS G_N_ELEMENTS(score_columns)

static void score_cells(const BudgetScorecard *card, const BudgetBook *book, char *cells[SCORE_COLS])
{
    const char *code = budget_scorecard_get_code(card);
    const BudgetProject *project = budget_book_get_project(book, code);
    const char *name = project != NULL ? budget_project_get_name(project) : NULL;
    int64_t total, available = 0;
    bool has_total = budget_scorecard_get_total(card, &total);

    cells[0] = g_strdup(code);
    for (size_t i = 0; i < G_N_ELEMENTS(score_parts); i++) {
        int64_t part_available, score;
        /* The part's score before rescaling; undefined when it has no points. */
        if (budget_scorecard_get_part(card, score_parts[i], &part_available, &score, NULL)) {
            cells[1 + i] = points_text(score);
            available += part_available;
        } else {
            cells[1 + i] = g_strdup("");
        }
    }
    cells[5] = has_total ? points_text(total) : g_strdup("");
    cells[6] = g_strdup(has_total ? budget_target_grade_to_string(budget_scorecard_get_grade(card)) : "");
    cells[7] = points_text(available);
    cells[8] = g_strdup(name != NULL ? name : "");
}

bool budget_export_scores(BudgetExport *export, const BudgetScoreReport *report, const BudgetBook *book,
                          BudgetError *error)
{
    static const char *const meta[] = {"table", "scores", NULL};
    Table t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(report != NULL, false, error);
    budgetp_return_val_if_fail(book != NULL, false, error);

    ok = table_begin(&t, export, score_columns, SCORE_COLS, meta, error);
    for (size_t i = 0; ok && i < budget_score_report_get_n(report); i++) {
        char *cells[SCORE_COLS];
        score_cells(budget_score_report_get_nth(report, i), book, cells);
        ok = table_row(&t, (const char *const *)cells);
        free_cells(cells, SCORE_COLS);
    }
    return table_end(&t, ok);
}

size_t budget_export_format_deviation(const BudgetTarget *target, const BudgetTargetEvaluation *evaluation,
                                      char *buf, size_t size)
{
    GString *s;
    size_t n;

    g_return_val_if_fail(target != NULL && evaluation != NULL, 0);
    s = g_string_new(NULL);
    if (evaluation->has_deviation) {
        int64_t v = evaluation->deviation;
        uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;

        if (budget_target_get_kind(target) == BUDGET_TARGET_DEADLINE) {
            g_string_append_printf(s, "%" G_GINT64_FORMAT "d", v);
        } else if (budget_target_get_unit_class(target) == BUDGET_TARGET_UNIT_MONEY) {
            char money[32];
            budget_money_format(v, money, sizeof money);
            g_string_append_printf(s, "%s元", money);
        } else {
            /* Micro-units: up to 6 decimals, trailing zeros dropped. */
            uint64_t frac = mag % 1000000;
            g_string_append_printf(s, "%s%" G_GUINT64_FORMAT, v < 0 ? "-" : "", mag / 1000000);
            if (frac != 0) {
                char digits[8];
                int end = 6;
                g_snprintf(digits, sizeof digits, "%06u", (unsigned)frac);
                while (end > 0 && digits[end - 1] == '0')
                    end--;
                digits[end] = '\0';
                g_string_append_printf(s, ".%s", digits);
            }
            g_string_append(s, budget_target_get_unit(target));
        }
    }
    n = s->len;
    if (buf != NULL && size > 0)
        g_strlcpy(buf, s->str, size);
    g_string_free(s, TRUE);
    return n;
}

static const Column detail_columns[] = {
    {"code", COL_TEXT},   {"level1", COL_TEXT}, {"level2", COL_TEXT},   {"level3", COL_TEXT},
    {"target", COL_TEXT}, {"actual", COL_TEXT}, {"weight", COL_NUMBER}, {"score", COL_NUMBER},
    {"result", COL_NAME}, {"part", COL_NAME},   {"grade", COL_NAME},    {"deviation", COL_NUMBER},
    {"reason", COL_TEXT},
};
#define DETAIL_COLS G_N_ELEMENTS(detail_columns)

static void detail_cells(const BudgetScorecard *card, size_t i, char *cells[DETAIL_COLS])
{
    const BudgetIndicator *ind = budget_scorecard_get_indicator(card, i);
    int64_t weight = 0, score = 0;
    BudgetTargetEvaluation ev;
    BudgetScorePart part = budget_scorecard_get_indicator_part(card, i);
    bool scored;
    char buf[64];

    budget_scorecard_get_indicator_score(card, i, &weight, &score, &ev);
    scored = part != BUDGET_SCORE_PART_NONE && ev.result != BUDGET_TARGET_NOT_APPLICABLE;
    cells[0] = g_strdup(budget_scorecard_get_code(card));
    cells[1] = g_strdup(budget_indicator_get_level1(ind));
    cells[2] = g_strdup(budget_indicator_get_level2(ind));
    cells[3] = g_strdup(budget_indicator_get_level3(ind));
    cells[4] = g_strdup(budget_indicator_get_target(ind));
    cells[5] = g_strdup(budget_indicator_get_actual(ind));
    cells[6] = part != BUDGET_SCORE_PART_NONE ? points_text(weight) : g_strdup("");
    cells[7] = scored ? points_text(score) : g_strdup("");
    cells[8] = g_strdup(budget_target_result_to_string((BudgetTargetResult)ev.result));
    cells[9] = g_strdup(budget_score_part_to_string(part));
    cells[10] = g_strdup(budget_target_grade_to_string((BudgetTargetGrade)ev.grade));
    budget_export_format_deviation(budget_scorecard_get_indicator_target(card, i), &ev, buf, sizeof buf);
    cells[11] = g_strdup(buf);
    cells[12] = g_strdup(budget_scorecard_get_indicator_reason(card, i));
}

bool budget_export_score_details(BudgetExport *export, const BudgetScoreReport *report, BudgetError *error)
{
    static const char *const meta[] = {"table", "score_details", NULL};
    Table t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(report != NULL, false, error);

    ok = table_begin(&t, export, detail_columns, DETAIL_COLS, meta, error);
    for (size_t p = 0; ok && p < budget_score_report_get_n(report); p++) {
        const BudgetScorecard *card = budget_score_report_get_nth(report, p);
        for (size_t i = 0; ok && i < budget_scorecard_get_n_indicators(card); i++) {
            char *cells[DETAIL_COLS];
            detail_cells(card, i, cells);
            ok = table_row(&t, (const char *const *)cells);
            free_cells(cells, DETAIL_COLS);
        }
    }
    return table_end(&t, ok);
}

/* ---- Department ratios ------------------------------------------------ */

static const Column department_columns[] = {
    {"ratio", COL_NAME},
    {"name", COL_TEXT},
    {"value_pct", COL_NUMBER},
    {"reason", COL_NAME},
};
#define DEPARTMENT_COLS G_N_ELEMENTS(department_columns)

bool budget_export_department_ratios(BudgetExport *export, const BudgetLedger *ledger,
                                     const BudgetDepartmentInputs *inputs, BudgetDiagnostics *diag,
                                     BudgetError *error)
{
    GHashTable *told; /* places already named, each once */
    char as_of[16];
    Table t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);

    budget_date_format(budget_ledger_get_as_of(ledger), as_of, sizeof as_of);
    {
        const char *meta[] = {"table", "department_ratios", "as_of", as_of, NULL};
        ok = table_begin(&t, export, department_columns, DEPARTMENT_COLS, meta, error);
    }
    told = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int r = 0; ok && r < BUDGET_DEPARTMENT_RATIO_N; r++) {
        int64_t bp;
        char value[32] = "";
        const char *cells[DEPARTMENT_COLS];
        BudgetError why;
        BudgetDepartmentReason reason =
            budget_department_ratio_full(ledger, inputs, (BudgetDepartmentRatio)r, &bp, &why);

        if (reason == BUDGET_DEPARTMENT_REASON_OK) {
            budget_money_rate_format(bp, value, sizeof value);
        } else if (why.code != BUDGET_ERROR_OK && diag != NULL) {
            /* An overflow: its place, once however many ratios meet it. */
            char *place = g_strdup_printf("%s:%" G_GINT64_FORMAT ":%d:%s:%s", why.source, why.line,
                                          why.column, why.field, why.message);
            if (g_hash_table_add(told, place))
                budget_diagnostics_add(diag, &why, true);
        }
        cells[0] = budget_department_ratio_to_string((BudgetDepartmentRatio)r);
        cells[1] = budget_department_ratio_to_chinese((BudgetDepartmentRatio)r);
        cells[2] = value;
        cells[3] = reason == BUDGET_DEPARTMENT_REASON_OK ? "" : budget_department_reason_to_string(reason);
        ok = table_row(&t, cells);
    }
    g_hash_table_unref(told);
    return table_end(&t, ok);
}
