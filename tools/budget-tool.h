/* Internal header of the `budget` command: subcommands and output helpers.
 * The tool uses only the public API (<budget.h>) and GLib, and compiles in
 * libbudget's text module (text-private.h, GLib only) so that what it shows
 * is escaped by the library's rule. */
#ifndef BUDGET_TOOL_H
#define BUDGET_TOOL_H

#include <budget.h>
#include <glib.h>
#include <glib/gi18n.h>
#include <stdio.h>

/* Exit codes shared by every subcommand. */
enum {
    TOOL_EXIT_OK = 0,
    TOOL_EXIT_PROBLEMS = 1, /* validate found errors */
    TOOL_EXIT_USAGE = 2,    /* usage error or unreadable input */
    TOOL_EXIT_ALERT = 3     /* monitor found red (or yellow), check-payment refused or warned */
};

int tool_cmd_report(int argc, char **argv);
int tool_cmd_validate(int argc, char **argv);
int tool_cmd_score(int argc, char **argv);
int tool_cmd_chart(int argc, char **argv);
int tool_cmd_import(int argc, char **argv);
int tool_cmd_monitor(int argc, char **argv);
int tool_cmd_check_payment(int argc, char **argv);
int tool_cmd_form(int argc, char **argv);

/* --quiet: no notes on stderr (problems and errors are still printed). */
extern gboolean tool_quiet;

/* The as-of date of a run (budget.c): --as-of @text when given (a bad date
 * is printed, FALSE); otherwise today when today is in the year of the book
 * in @dir, else 31 December of the book's year; 0 when the book names no
 * year or cannot be read (the folder's load then says why). */
gboolean tool_resolve_as_of(const char *dir, const char *text, const BudgetCsvOptions *options,
                            BudgetDate *out);

/* "as of YYYY-MM-DD" on stderr when it is a terminal (and not --quiet), for
 * outputs (CSV, Markdown) that have no place for it, when the date was not
 * given with --as-of. */
void tool_note_as_of(BudgetDate as_of);

/* budget_csv_folder_load() of @files (budget_csv_options_set_files()),
 * with a progress bar on stderr while transactions.csv is read when stderr
 * is a terminal, the file is large (8 MiB) and not --quiet: the file then
 * goes through the loader's read callback (budget.c). */
BudgetCsvFolder *tool_load_folder(const char *dir, BudgetDate as_of, BudgetCsvOptions *options,
                                  unsigned files, BudgetDiagnostics *diag, BudgetError *err);

/* Reads --config @path ([report] and [monitor]) into @config; prints the
 * problem (FILE:LINE: [group] key: message) and returns FALSE. NULL @path
 * does nothing. */
gboolean tool_load_config(BudgetMonitorConfig *config, const char *path);

/* A warning on stderr when an --as-of date lies outside the book's year (cmd-report.c). */
void tool_warn_as_of(BudgetDate as_of, int book_year);

/* Prints "budget: " and the message on stderr. */
void tool_errorf(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* Parses an --encoding value into @options; prints and returns false if unknown. */
gboolean tool_set_encoding(BudgetCsvOptions *options, const char *encoding);

/* A problem as "FILE:LINE:COLUMN: [warning: ]message", with FILE reduced to its
 * name inside the data folder and escaped (budgetp_text_quote); the message is
 * printed as the library wrote it. Free with g_free(). */
char *tool_format_problem(const BudgetError *error, gboolean is_warning);

/* Checks that @dir is a readable data folder with a projects.csv; prints why not. */
gboolean tool_check_data_dir(const char *dir);

/* Parses a subcommand's options and checks that exactly one DIR remains
 * (argv[1]); prints the problem and returns FALSE otherwise (exit 2). */
gboolean tool_parse_args(GOptionContext *context, const char *command, int *argc, char ***argv);

/* Problems printed as they are found (a streaming #BudgetDiagnostics), so
 * that memory does not grow with their number, and counted. */
typedef struct {
    FILE *out;
    gboolean print_errors;  /* errors too, not only warnings */
    gboolean mark_warnings; /* "warning: " before a warning's message */
    gboolean mark_rejected; /* " (row skipped)" after a rejected row */
    gboolean silent;        /* count only, print nothing (the list keeps them) */
    guint64 n_errors, n_warnings;
    guint64 n_rejected;       /* records rejected (errors with a line) */
    guint64 n_rejected_lines; /* the physical lines they covered */
} ToolProblems;
/* A list that prints to @out (warnings always, errors if @print_errors)
 * and counts in @p; free with budget_diagnostics_free(). */
BudgetDiagnostics *tool_problems_new(ToolProblems *p, FILE *out, gboolean print_errors);
/* After a failed load: how a CLI user gives a book its year, when that was the cause. */
void tool_hint_year(const BudgetError *err);
/* "N records rejected, over M lines" on stderr, if any were. */
void tool_problems_summary(const ToolProblems *p);

/* One problem as FILE:LINE:COLUMN: message to stderr. */
void tool_print_problem(const BudgetError *err);

/* A writer of @format (CSV, JSON, Markdown: budget-export.h) to standard
 * output; free with budget_export_free(). */
BudgetExport *tool_export_new_stdout(BudgetExportFormat format);
/* Flushes standard output: TOOL_EXIT_OK, or says it cannot and gives
 * TOOL_EXIT_USAGE. */
int tool_flush_stdout(void);
/* Prints why an export to standard output failed. */
void tool_print_export_problem(const BudgetError *err);

/* The output options report, score and validate share (output.c):
 * --format, --out FILE (written atomically), --bom, --width N, --headers. */
typedef struct {
    char *format;
    char *out;
    gboolean bom;
    int width;
    char *headers;
} ToolFormatArgs;
#define TOOL_FORMAT_ENTRIES(a)                                                                               \
    {"format",                                                                                               \
     0,                                                                                                      \
     0,                                                                                                      \
     G_OPTION_ARG_FILENAME,                                                                                  \
     &(a).format,                                                                                            \
     N_("Output format (default: table)"),                                                                   \
     "table|csv|json|markdown|html|xlsx"},                                                                   \
        {"out",    'o',                                                                                      \
         0,        G_OPTION_ARG_FILENAME,                                                                    \
         &(a).out, N_("Write to FILE (replaced atomically) instead of standard output"),                     \
         "FILE"},                                                                                            \
        {"bom", 0, 0, G_OPTION_ARG_NONE, &(a).bom, N_("Start CSV with a UTF-8 BOM (for Excel and WPS)"),     \
         NULL},                                                                                              \
        {"width",    0,                                                                                      \
         0,          G_OPTION_ARG_INT,                                                                       \
         &(a).width, N_("Width of the table format (default: 120; 0: no limit)"),                            \
         "N"},                                                                                               \
    {                                                                                                        \
        "headers", 0, 0, G_OPTION_ARG_FILENAME, &(a).headers,                                                \
            N_("Names in English or Chinese (default: zh for table, html and xlsx under a zh locale, else "  \
               "en)"),                                                                                       \
            "en|zh"                                                                                          \
    }

typedef struct {
    BudgetExportFormat format; /* TABLE by default */
    const char *out;           /* NULL: standard output */
    gboolean bom;
    size_t width;
    BudgetExportHeaders headers;
} ToolFormat;

/* TRUE under a Chinese locale (LC_ALL, LC_MESSAGES or LANG starting with
 * "zh"): the human formats (table, HTML, xlsx) then default to Chinese
 * headers. */
gboolean tool_locale_is_chinese(void);
/* The names of the library's values as the terminal shows them: the
 * library's own (budget_status_to_string() …) untranslated, else the
 * translation ("on_track" → 正常 in zh_CN). Static strings. */
const char *tool_status_name(BudgetStatus status);
const char *tool_colour_name(BudgetMonitorColour colour);
const char *tool_reason_name(BudgetMonitorReason reason);
const char *tool_projection_name(BudgetMonitorProjection method);
const char *tool_level_name(BudgetLevel level);

/* Reads the options into @fmt (the strings stay owned by @args); prints the
 * problem and returns FALSE on a bad value, or for xlsx to a terminal. */
gboolean tool_format_parse(const ToolFormatArgs *args, ToolFormat *fmt);
/* A writer to --out or standard output, its options set; free with
 * budget_export_free(). */
BudgetExport *tool_format_export(const ToolFormat *fmt);
/* Frees the strings of @args. */
void tool_format_args_clear(ToolFormatArgs *args);

/* Terminal tables: columns padded to their display width (CJK characters are
 * two columns wide). Every cell is shown through budgetp_text_quote(), so a
 * control character prints as \x1b and cannot reach the terminal, and an
 * invisible one as \u00a0. */
typedef struct ToolTable ToolTable;
ToolTable *tool_table_new(size_t n_cols);
void tool_table_free(ToolTable *table);
/* A column right-aligned (numbers) or left-aligned (text, the default). */
void tool_table_set_right(ToolTable *table, size_t col, gboolean right);
/* Appends a row; the strings are copied, escaped (NULL is an empty cell). */
void tool_table_add_row(ToolTable *table, const char *const *cells);
void tool_table_print(const ToolTable *table, FILE *out);

/* Display width of UTF-8 text in terminal columns. */
size_t tool_display_width(const char *text);
/* @text cut to at most @max_width columns as the table will show it (escapes
 * count by their length and are never split), "…" marking a cut. The result
 * is still raw text, for tool_table_add_row() to escape. Free with g_free(). */
char *tool_truncate_width(const char *text, size_t max_width);

#endif /* BUDGET_TOOL_H */
