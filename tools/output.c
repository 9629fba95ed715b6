/* Output helpers of the `budget` command: messages, standard output as an
 * export sink, aligned tables. */
#include <locale.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "budget-tool.h"
#include "text-private.h"

void tool_errorf(const char *fmt, ...)
{
    va_list ap;

    fputs(_("budget: "), stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

gboolean tool_set_encoding(BudgetCsvOptions *options, const char *encoding)
{
    BudgetError err;

    if (encoding == NULL)
        return TRUE;
    if (!budget_csv_options_set_encoding(options, encoding, &err)) {
        tool_errorf(_("unknown encoding '%s' (use auto, UTF-8 or GB18030)"), encoding);
        return FALSE;
    }
    return TRUE;
}

char *tool_format_problem(const BudgetError *error, gboolean is_warning)
{
    GString *s = g_string_new(NULL);

    if (error->source[0] != '\0') {
        /* The library names files by the path it opened; users want the name
         * inside the data folder, as in "transactions.csv:12:3". */
        char *base = g_path_get_basename(error->source);
        /* A file name may hold control characters too. The message is the
         * library's, which quotes the cells it names itself. */
        budgetp_text_append_quoted(s, base, -1, 0);
        g_free(base);
        if (error->line > 0) {
            g_string_append_printf(s, ":%" G_GINT64_FORMAT, error->line);
            if (error->end_line > error->line)
                g_string_append_printf(s, "-%" G_GINT64_FORMAT, error->end_line);
            if (error->column > 0)
                g_string_append_printf(s, ":%d", error->column);
        }
        g_string_append(s, ": ");
    }
    if (is_warning)
        g_string_append(s, _("warning: "));
    g_string_append(s, error->message[0] != '\0' ? error->message : budget_strerror(error->code));
    return g_string_free(s, FALSE);
}

gboolean tool_check_data_dir(const char *dir)
{
    BudgetError err;
    char *projects = NULL;

    if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
        tool_errorf(_("%s: not a folder (give the folder holding projects.csv)"), dir);
        return FALSE;
    }
    if (!budget_csv_find_file(dir, "projects.csv", &projects, &err)) {
        tool_errorf("%s", err.message);
        return FALSE;
    }
    if (projects == NULL) {
        tool_errorf(_("%s: no projects.csv in this folder"), dir);
        return FALSE;
    }
    /* One that is there but cannot be read: the loader says why. */
    budget_free(projects);
    return TRUE;
}

/* Prints each problem as it is found; counts what was rejected. */
static int stream_problem(const BudgetError *entry, bool is_warning, void *user_data)
{
    ToolProblems *p = user_data;
    char *text;

    if (is_warning) {
        p->n_warnings++;
    } else {
        p->n_errors++;
        if (entry->line > 0) {
            p->n_rejected++;
            p->n_rejected_lines +=
                (entry->end_line > entry->line ? entry->end_line : entry->line) - entry->line + 1;
        }
    }
    if (p->silent || (!is_warning && !p->print_errors))
        return 0;
    if (!is_warning && p->mark_rejected && entry->line > 0) {
        /* A lenient report goes on without the row: to its reader, a warning. */
        text = tool_format_problem(entry, p->mark_warnings);
        fprintf(p->out, _("%s (row skipped)\n"), text);
    } else {
        text = tool_format_problem(entry, is_warning && p->mark_warnings);
        fprintf(p->out, "%s\n", text);
    }
    g_free(text);
    return 0;
}

BudgetDiagnostics *tool_problems_new(ToolProblems *p, FILE *out, gboolean print_errors)
{
    memset(p, 0, sizeof *p);
    p->out = out;
    p->print_errors = print_errors;
    p->mark_warnings = TRUE;
    return budget_diagnostics_new_full(stream_problem, p, NULL);
}

void tool_problems_summary(const ToolProblems *p)
{
    char n[32], *records, *lines;

    if (p->n_rejected == 0)
        return;
    /* The counts go in as text: a G_GUINT64_FORMAT cannot be in a message id. */
    g_snprintf(n, sizeof n, "%" G_GUINT64_FORMAT, p->n_rejected);
    records = g_strdup_printf(ngettext("%s record rejected", "%s records rejected", p->n_rejected), n);
    g_snprintf(n, sizeof n, "%" G_GUINT64_FORMAT, p->n_rejected_lines);
    lines = g_strdup_printf(ngettext("over %s line", "over %s lines", p->n_rejected_lines), n);
    /* TRANSLATORS: "N records rejected", "over M lines (see above)". */
    tool_errorf(_("%s, %s (see above)"), records, lines);
    g_free(records);
    g_free(lines);
}

/* Standard output as an export's write callback: a failed write (a closed
 * pipe, a full disk) stops the export. */
static int write_stdout(const char *data, size_t len, void *user_data)
{
    (void)user_data;
    return fwrite(data, 1, len, stdout) == len ? 0 : 1;
}

BudgetExport *tool_export_new_stdout(BudgetExportFormat format)
{
    return budget_export_new(format, write_stdout, NULL, NULL);
}

gboolean tool_locale_is_chinese(void)
{
    /* After setlocale(LC_ALL, ""): the messages' locale as the C library
     * resolved it from LC_ALL, LC_MESSAGES and LANG ("zh_CN.UTF-8", "zh_TW"…). */
    const char *locale = setlocale(LC_MESSAGES, NULL);

    return locale != NULL && g_str_has_prefix(locale, "zh");
}

gboolean tool_format_parse(const ToolFormatArgs *args, ToolFormat *fmt)
{
    fmt->format = BUDGET_EXPORT_FORMAT_TABLE;
    fmt->out = args->out;
    fmt->bom = args->bom;
    fmt->headers = BUDGET_EXPORT_HEADERS_EN;
    fmt->width = 120;
    if (args->format != NULL && !budget_export_format_from_string(args->format, &fmt->format)) {
        /* The default first. */
        GString *list = g_string_new(budget_export_format_to_string(BUDGET_EXPORT_FORMAT_TABLE));
        for (int i = 0; i < BUDGET_EXPORT_FORMAT_N; i++)
            if (i != BUDGET_EXPORT_FORMAT_TABLE)
                g_string_append_printf(list, ", %s", budget_export_format_to_string((BudgetExportFormat)i));
        tool_errorf(_("--format: unknown value '%s' (use one of: %s)"), args->format, list->str);
        g_string_free(list, TRUE);
        return FALSE;
    }
    /* The formats people read follow their language; the machine formats
     * (CSV, JSON, Markdown) keep the English names unless --headers zh. */
    if (args->headers == NULL && tool_locale_is_chinese() &&
        (fmt->format == BUDGET_EXPORT_FORMAT_TABLE || fmt->format == BUDGET_EXPORT_FORMAT_HTML ||
         fmt->format == BUDGET_EXPORT_FORMAT_XLSX))
        fmt->headers = BUDGET_EXPORT_HEADERS_ZH;
    if (args->headers != NULL && !budget_export_headers_from_string(args->headers, &fmt->headers)) {
        tool_errorf(_("--headers: unknown value '%s' (use en or zh)"), args->headers);
        return FALSE;
    }
    /* The commands start width at -1: not given. */
    if (args->width < -1) {
        tool_errorf(_("--width: %d is negative (0 means no limit)"), args->width);
        return FALSE;
    }
    if (args->width >= 0)
        fmt->width = (size_t)args->width;
    if (args->out != NULL && args->out[0] == '\0') {
        tool_errorf(_("--out: empty file name"));
        return FALSE;
    }
    /* A workbook is binary: never onto a terminal. */
    if (fmt->format == BUDGET_EXPORT_FORMAT_XLSX && args->out == NULL && isatty(STDOUT_FILENO)) {
        tool_errorf(_("--format xlsx: give --out FILE.xlsx, or redirect standard output to a file or pipe"));
        return FALSE;
    }
    return TRUE;
}

BudgetExport *tool_format_export(const ToolFormat *fmt)
{
    BudgetExport *ex = fmt->out != NULL ? budget_export_new_for_path(fmt->format, fmt->out)
                                        : tool_export_new_stdout(fmt->format);

    budget_export_set_bom(ex, fmt->bom);
    budget_export_set_width(ex, fmt->width);
    budget_export_set_headers(ex, fmt->headers);
    return ex;
}

void tool_format_args_clear(ToolFormatArgs *args)
{
    g_free(args->format);
    g_free(args->out);
    g_free(args->headers);
    memset(args, 0, sizeof *args);
    args->width = -1;
}

int tool_flush_stdout(void)
{
    if (fflush(stdout) == 0 && !ferror(stdout))
        return TOOL_EXIT_OK;
    tool_errorf(_("cannot write to standard output"));
    return TOOL_EXIT_USAGE;
}

void tool_print_export_problem(const BudgetError *err)
{
    if (err->code == BUDGET_ERROR_ABORTED)
        tool_errorf(_("cannot write to standard output"));
    else
        tool_print_problem(err);
}

/* g_utf8_next_char() casts away const, which -Wcast-qual refuses. */
static const char *next_char(const char *p)
{
    return p + g_utf8_skip[*(const guchar *)p];
}

size_t tool_display_width(const char *text)
{
    size_t width = 0;

    if (!g_utf8_validate(text, -1, NULL))
        return strlen(text);
    for (const char *p = text; *p != '\0'; p = next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_iszerowidth(c))
            continue;
        width += g_unichar_iswide(c) ? 2 : 1;
    }
    return width;
}

/* Columns a unit of the quoted form takes: an escape is ASCII. */
static size_t unit_width(const char *p, const BudgetpTextUnit *unit)
{
    gunichar c;

    if (unit->escape[0] != '\0')
        return unit->n_chars;
    c = g_utf8_get_char(p);
    return g_unichar_iszerowidth(c) ? 0 : (g_unichar_iswide(c) ? 2 : 1);
}

char *tool_truncate_width(const char *text, size_t max_width)
{
    const char *end = text + strlen(text);
    const char *p, *cut = NULL;
    BudgetpTextUnit unit;
    size_t width = 0;
    GString *s;

    /* Measured as the table shows the text, escapes included, and cut
     * between units, so an escape is never split; the result stays raw for
     * tool_table_add_row() to escape once. */
    for (p = text; budgetp_text_next_unit(p, end, &unit); p = unit.next) {
        size_t w = unit_width(p, &unit);
        if (cut == NULL && width + w + 1 > max_width) /* keep one column for the ellipsis */
            cut = p;
        width += w;
    }
    if (width <= max_width)
        return g_strdup(text);
    s = g_string_new_len(text, cut - text);
    g_string_append(s, "\xE2\x80\xA6"); /* … */
    return g_string_free(s, FALSE);
}

struct ToolTable {
    size_t n_cols;
    gboolean *right;
    GPtrArray *rows; /* of char ** (n_cols strings) */
};

static void row_free(gpointer row)
{
    g_strfreev(row);
}

ToolTable *tool_table_new(size_t n_cols)
{
    ToolTable *table = g_new0(ToolTable, 1);

    table->n_cols = n_cols;
    table->right = g_new0(gboolean, n_cols);
    table->rows = g_ptr_array_new_with_free_func(row_free);
    return table;
}

void tool_table_free(ToolTable *table)
{
    if (table == NULL)
        return;
    g_ptr_array_free(table->rows, TRUE);
    g_free(table->right);
    g_free(table);
}

void tool_table_set_right(ToolTable *table, size_t col, gboolean right)
{
    if (col < table->n_cols)
        table->right[col] = right;
}

void tool_table_add_row(ToolTable *table, const char *const *cells)
{
    char **row = g_new0(char *, table->n_cols + 1);

    /* Every cell is escaped here, whatever its column, so a control character
     * in a name or a code (an ESC sequence would colour the terminal) shows
     * as \x1b and an invisible character as \u00a0. */
    for (size_t i = 0; i < table->n_cols; i++)
        row[i] = budgetp_text_quote(cells[i], -1, 0);
    g_ptr_array_add(table->rows, row);
}

static void pad(GString *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_string_append_c(s, ' ');
}

void tool_table_print(const ToolTable *table, FILE *out)
{
    size_t *widths = g_new0(size_t, table->n_cols);
    GString *line = g_string_new(NULL);

    for (guint r = 0; r < table->rows->len; r++) {
        char **row = g_ptr_array_index(table->rows, r);
        for (size_t c = 0; c < table->n_cols; c++)
            widths[c] = MAX(widths[c], tool_display_width(row[c]));
    }
    for (guint r = 0; r < table->rows->len; r++) {
        char **row = g_ptr_array_index(table->rows, r);
        g_string_truncate(line, 0);
        for (size_t c = 0; c < table->n_cols; c++) {
            size_t gap = widths[c] - tool_display_width(row[c]);
            gboolean last = c + 1 == table->n_cols;
            if (c > 0)
                g_string_append(line, "  ");
            if (table->right[c])
                pad(line, gap);
            g_string_append(line, row[c]);
            if (!table->right[c] && !last)
                pad(line, gap);
        }
        g_string_append_c(line, '\n');
        fwrite(line->str, 1, line->len, out);
    }
    g_string_free(line, TRUE);
    g_free(widths);
}

/* Prints every warning and, in lenient mode, every rejected row (as a
 * warning: the command goes on without it); returns the number of rejected
 * rows. In strict mode the error itself is printed by the caller. */
void tool_print_problem(const BudgetError *err)
{
    char *text = tool_format_problem(err, FALSE);
    fprintf(stderr, "%s\n", text);
    g_free(text);
}

gboolean tool_parse_args(GOptionContext *context, const char *command, int *argc, char ***argv)
{
    GError *gerror = NULL;

    if (!g_option_context_parse(context, argc, argv, &gerror)) {
        tool_errorf(_("%s: %s (try 'budget %s --help')"), command, gerror->message, command);
        g_error_free(gerror);
        return FALSE;
    }
    if (*argc < 2) {
        tool_errorf(_("%s: missing DIR (try 'budget %s --help')"), command, command);
        return FALSE;
    }
    if (*argc > 2) {
        tool_errorf(_("%s: unexpected argument '%s'"), command, (*argv)[2]);
        return FALSE;
    }
    return TRUE;
}

void tool_hint_year(const BudgetError *err)
{
    if (err->code == BUDGET_ERROR_INCONSISTENT && strcmp(err->field, "year") == 0)
        tool_errorf(_("give --as-of YYYY-MM-DD (its year is the book's), or a year column in projects.csv"));
}

/* ---- The library's enumeration names, as the tool shows them ------------
 * Untranslated (LANG=C) they are the library's own names, so English output
 * stays what the library writes; the files always carry the library's. */

static const char *const status_names[BUDGET_STATUS_N] = {
    NC_("status", "on_track"),         NC_("status", "ahead"),   NC_("status", "behind"),
    NC_("status", "seriously_behind"), NC_("status", "no_plan"), NC_("status", "over_budget"),
};

static const char *const colour_names[BUDGET_MONITOR_COLOUR_N] = {
    NC_("colour", "none"),
    NC_("colour", "green"),
    NC_("colour", "yellow"),
    NC_("colour", "red"),
};

static const char *const reason_names[] = {
    NC_("reason", "ok"),         NC_("reason", "over_budget"), NC_("reason", "below_floor"),
    NC_("reason", "no_rate"),    NC_("reason", "no_plan"),     NC_("reason", "nothing_due"),
    NC_("reason", "no_actuals"),
};

static const char *const projection_names[] = {
    NC_("projection", "plan"),
    NC_("projection", "run_rate"),
};

static const char *const level_names[BUDGET_LEVEL_N] = {
    NC_("level", "project"),
    NC_("level", "unit"),
    NC_("level", "department"),
};

/* A name of @names for @value, translated in @context; the library's
 * (@fallback) for a value this list does not know. */
static const char *enum_name(const char *const *names, size_t n, const char *context, int value,
                             const char *fallback)
{
    if (value < 0 || (size_t)value >= n || fallback == NULL || strcmp(names[value], fallback) != 0)
        return fallback != NULL ? fallback : "";
    return g_dpgettext2(NULL, context, names[value]);
}

const char *tool_status_name(BudgetStatus status)
{
    return enum_name(status_names, G_N_ELEMENTS(status_names), "status", status,
                     budget_status_to_string(status));
}

const char *tool_colour_name(BudgetMonitorColour colour)
{
    return enum_name(colour_names, G_N_ELEMENTS(colour_names), "colour", colour,
                     budget_monitor_colour_to_string(colour));
}

const char *tool_reason_name(BudgetMonitorReason reason)
{
    return enum_name(reason_names, G_N_ELEMENTS(reason_names), "reason", reason,
                     budget_monitor_reason_to_string(reason));
}

const char *tool_projection_name(BudgetMonitorProjection method)
{
    return enum_name(projection_names, G_N_ELEMENTS(projection_names), "projection", method,
                     budget_monitor_projection_to_string(method));
}

const char *tool_level_name(BudgetLevel level)
{
    return enum_name(level_names, G_N_ELEMENTS(level_names), "level", level, budget_level_to_string(level));
}
