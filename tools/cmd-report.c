/* budget report: the execution report of a data folder at a date. */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *as_of;
    ToolFormatArgs fmt;
    char *level;
    char *money_unit;
    char *plan_method;
    char *time_method;
    char *denominator;
    char *thresholds;
    char *encoding;
    char *config;
    gboolean lenient;
    gint threads;
} ReportArgs;

typedef struct {
    BudgetDate as_of;
    ToolFormat fmt;
    gboolean whole_book; /* html and xlsx without --level: every level, one document */
    BudgetLevel level;
    BudgetMoneyUnit unit;
} ReportStyle;

/* The label of the table's money columns (presentation: the files name
 * the unit with budget_money_unit_to_string()). */
static const char *unit_label(BudgetMoneyUnit unit)
{
    switch (unit) {
    case BUDGET_MONEY_UNIT_WAN:
        return "万元";
    case BUDGET_MONEY_UNIT_YI:
        return "亿元";
    default:
        return "元";
    }
}

/* An option that names a value of a library enumeration: read with its
 * _from_string(), and on a bad value list its _to_string() names. */
#define DEFINE_PARSE_ENUM(fn, prefix, Type, n)                                                               \
    static gboolean fn(const char *option, const char *value, Type *out)                                     \
    {                                                                                                        \
        GString *list;                                                                                       \
                                                                                                             \
        if (value == NULL || prefix##_from_string(value, out))                                               \
            return TRUE;                                                                                     \
        list = g_string_new(NULL);                                                                           \
        for (int i = 0; i < (n); i++)                                                                        \
            g_string_append_printf(list, "%s%s", i > 0 ? ", " : "", prefix##_to_string((Type)i));            \
        tool_errorf(_("%s: unknown value '%s' (use one of: %s)"), option, value, list->str);                 \
        g_string_free(list, TRUE);                                                                           \
        return FALSE;                                                                                        \
    }

DEFINE_PARSE_ENUM(parse_level, budget_level, BudgetLevel, BUDGET_LEVEL_N)
DEFINE_PARSE_ENUM(parse_money_unit, budget_money_unit, BudgetMoneyUnit, BUDGET_MONEY_UNIT_N)
DEFINE_PARSE_ENUM(parse_plan_method, budget_plan_method, BudgetPlanMethod, BUDGET_PLAN_METHOD_N)
DEFINE_PARSE_ENUM(parse_time_method, budget_time_method, BudgetTimeMethod, BUDGET_TIME_METHOD_N)
DEFINE_PARSE_ENUM(parse_denominator, budget_denominator, BudgetDenominator, BUDGET_DENOMINATOR_N)

/* "-15,-5,10" (percentage points, at most two decimals) → bp. */
static gboolean parse_thresholds(const char *text, int64_t bp[3])
{
    char **parts = g_strsplit(text, ",", -1);
    gboolean ok = g_strv_length(parts) == 3;

    for (int i = 0; ok && i < 3; i++) {
        int64_t micropct;
        ok = budget_money_percent_parse(parts[i], -1, &micropct, NULL) && micropct % 10000 == 0;
        if (ok)
            bp[i] = micropct / 10000;
    }
    g_strfreev(parts);
    if (!ok)
        tool_errorf(_("--thresholds: '%s' is not SERIOUSLY_BEHIND,BEHIND,AHEAD in percentage points "
                      "(e.g. -15,-5,10)"),
                    text);
    return ok;
}

/* ---- Output ------------------------------------------------------------ */

/* Worst first, so the summary line reads as a to-do list. */
static const BudgetStatus status_order[] = {
    BUDGET_STATUS_OVER_BUDGET, BUDGET_STATUS_SERIOUSLY_BEHIND, BUDGET_STATUS_BEHIND,
    BUDGET_STATUS_NO_PLAN,     BUDGET_STATUS_ON_TRACK,         BUDGET_STATUS_AHEAD,
};

/* Every format is the library's (the table format included); on a
 * terminal the table has a title line with the as-of date and a summary of
 * statuses. */
static gboolean print_report(const BudgetReport *report, const BudgetLedger *ledger,
                             const BudgetMonitorConfig *config, const ReportStyle *style)
{
    gboolean table = style->fmt.format == BUDGET_EXPORT_FORMAT_TABLE && style->fmt.out == NULL;
    BudgetExport *out;
    BudgetError err;
    gboolean ok;

    if (table) {
        char date[16];
        budget_date_format(style->as_of, date, sizeof date);
        printf(_("Budget execution as of %s, by %s, money in %s\n\n"), date, tool_level_name(style->level),
               unit_label(style->unit));
    }
    out = tool_format_export(&style->fmt);
    budget_export_set_money_unit(out, style->unit);
    if (style->whole_book)
        ok = budget_export_report_book(out, ledger, config, &err);
    else
        ok = budget_export_report(out, report, &err);
    budget_export_free(out);
    if (!ok) {
        tool_print_export_problem(&err);
        return FALSE;
    }
    if (table) {
        size_t counts[BUDGET_STATUS_N] = {0};
        size_t n = budget_report_get_n_rows(report);
        GString *summary = g_string_new(NULL);

        for (size_t i = 0; i < n; i++) {
            BudgetStatus status;
            if (budget_report_get_status(report, i, &status))
                counts[status]++;
        }
        g_string_append_c(summary, '\n');
        switch (style->level) {
        case BUDGET_LEVEL_UNIT:
            g_string_append_printf(summary, ngettext("%zu unit:", "%zu units:", n), n);
            break;
        case BUDGET_LEVEL_DEPARTMENT:
            g_string_append_printf(summary, ngettext("%zu department:", "%zu departments:", n), n);
            break;
        default:
            g_string_append_printf(summary, ngettext("%zu project:", "%zu projects:", n), n);
            break;
        }
        for (size_t i = 0; i < G_N_ELEMENTS(status_order); i++) {
            /* TRANSLATORS: between the status counts of the summary line. */
            g_string_append(summary, i > 0 ? _(", ") : " ");
            /* TRANSLATORS: a count and a status, as "3 behind". */
            g_string_append_printf(summary, _("%zu %s"), counts[status_order[i]],
                                   tool_status_name(status_order[i]));
        }
        g_string_append_c(summary, '\n');
        fputs(summary->str, stdout);
        g_string_free(summary, TRUE);
    }
    return TRUE;
}

static gboolean parse_style(const ReportArgs *args, ReportStyle *style, BudgetMonitorConfig *config)
{
    BudgetLevel level = BUDGET_LEVEL_PROJECT;
    BudgetMoneyUnit unit = BUDGET_MONEY_UNIT_YUAN;
    BudgetPlanMethod plan = BUDGET_PLAN_METHOD_STEP;
    BudgetTimeMethod time = BUDGET_TIME_METHOD_DAYS;
    BudgetDenominator denom = BUDGET_DENOMINATOR_ADJUSTED;

    if (!tool_format_parse(&args->fmt, &style->fmt) || !parse_level("--level", args->level, &level) ||
        !parse_money_unit("--money-unit", args->money_unit, &unit) ||
        !parse_plan_method("--plan-method", args->plan_method, &plan) ||
        !parse_time_method("--time-method", args->time_method, &time) ||
        !parse_denominator("--denominator", args->denominator, &denom))
        return FALSE;
    style->whole_book = args->level == NULL && (style->fmt.format == BUDGET_EXPORT_FORMAT_HTML ||
                                                style->fmt.format == BUDGET_EXPORT_FORMAT_XLSX);
    style->level = level;
    style->unit = unit;
    style->as_of = 0;
    /* --config first; an option given on the command line wins. */
    if (!tool_load_config(config, args->config))
        return FALSE;
    if (args->plan_method != NULL)
        budget_monitor_config_set_plan_method(config, plan);
    if (args->time_method != NULL)
        budget_monitor_config_set_time_method(config, time);
    if (args->denominator != NULL)
        budget_monitor_config_set_denominator(config, denom);

    if (args->thresholds != NULL) {
        int64_t bp[3];
        BudgetError err;
        if (!parse_thresholds(args->thresholds, bp))
            return FALSE;
        if (!budget_monitor_config_set_thresholds(config, bp[0], bp[1], bp[2], &err)) {
            tool_errorf(_("--thresholds: need SERIOUSLY_BEHIND <= BEHIND <= AHEAD (got %s)"),
                        args->thresholds);
            return FALSE;
        }
    }
    if (args->as_of != NULL) {
        BudgetError err;
        if (!budget_date_parse(args->as_of, -1, &style->as_of, &err)) {
            tool_errorf(_("--as-of: %s"), err.message);
            return FALSE;
        }
    }
    return TRUE;
}

/* An --as-of outside the book's year is accepted (a report may look back
 * or ahead) but rarely meant: say so on stderr. Shared with cmd-score.c. */
void tool_warn_as_of(BudgetDate as_of, int book_year)
{
    char date[16];

    if (as_of / 10000 == book_year)
        return;
    budget_date_format(as_of, date, sizeof date);
    if (as_of / 10000 < book_year)
        tool_errorf(
            _("warning: --as-of %s is before the book's year %d: time progress is 0 and no payment or "
              "adjustment of %d counts"),
            date, book_year, book_year);
    else
        tool_errorf(_("warning: --as-of %s is after the book's year %d: time progress is 100 %% and payments "
                      "dated after %d count"),
                    date, book_year, book_year);
}

static int run_report(const char *dir, const ReportArgs *args, const ReportStyle *style_in,
                      const BudgetMonitorConfig *config)
{
    ReportStyle style = *style_in;
    BudgetCsvOptions *options = budget_csv_options_new();
    ToolProblems problems;
    /* Problems go to stderr as they are found (memory does not grow with
     * them); every failure of a call that takes the list is in it. */
    BudgetDiagnostics *diag = tool_problems_new(&problems, stderr, TRUE);
    BudgetBook *book = NULL;
    BudgetLedger *ledger = NULL;
    BudgetReport *report = NULL;
    BudgetError err;
    BudgetCsvFolder *folder = NULL;
    int status = TOOL_EXIT_USAGE;

    problems.mark_rejected = args->lenient;

    budget_csv_options_set_lenient(options, args->lenient);
    if (args->threads < 0) {
        tool_errorf(_("--threads: %d is not a number of threads (0 means one per core)"), args->threads);
        goto out;
    }
    budget_csv_options_set_threads(options, (unsigned)args->threads);
    if (!tool_set_encoding(options, args->encoding))
        goto out;

    /* A report reads neither indicators.csv nor department.csv. Every
     * failure of the load is in the list, printed already. */
    budget_csv_options_set_files(options, BUDGET_CSV_FILE_ADJUSTMENTS | BUDGET_CSV_FILE_TRANSACTIONS);
    /* Without --as-of: today in the book's year, else 31 December. */
    if (style.as_of == 0 && !tool_resolve_as_of(dir, NULL, options, &style.as_of))
        goto out;
    folder = tool_load_folder(dir, style.as_of, options,
                              BUDGET_CSV_FILE_ADJUSTMENTS | BUDGET_CSV_FILE_TRANSACTIONS, diag, &err);
    if (folder == NULL) {
        tool_hint_year(&err);
        goto out;
    }
    book = budget_csv_folder_get_book(folder);
    ledger = budget_csv_folder_get_ledger(folder);
    if (args->as_of == NULL)
        style.as_of = budget_ledger_get_as_of(ledger);
    else
        tool_warn_as_of(style.as_of, budget_book_get_year(book));
    tool_problems_summary(&problems);

    report = budget_report_new(ledger, style.level, config, &err);
    if (report == NULL) {
        tool_print_problem(&err);
        goto out;
    }
    if (!print_report(report, ledger, config, &style))
        goto out;
    if ((style.fmt.format == BUDGET_EXPORT_FORMAT_CSV || style.fmt.format == BUDGET_EXPORT_FORMAT_MARKDOWN) &&
        args->as_of == NULL)
        tool_note_as_of(style.as_of);
    status = tool_flush_stdout();

out:
    budget_report_free(report);
    budget_csv_folder_free(folder);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return status;
}

int tool_cmd_report(int argc, char **argv)
{
    ReportArgs args = {.fmt.width = -1};
    /* FILENAME arguments are passed through unconverted: values such as
     * 万元 must not depend on the locale's charset. */
    GOptionEntry entries[] = {
        {"as-of", 0, 0, G_OPTION_ARG_FILENAME, &args.as_of,
         N_("Report date (default: today in the book's year, else 31 December)"), "YYYY-MM-DD"},
        TOOL_FORMAT_ENTRIES(args.fmt),
        {"level", 0, 0, G_OPTION_ARG_FILENAME, &args.level,
         N_("One row per project (default), unit or department"), "project|unit|department"},
        {"money-unit", 0, 0, G_OPTION_ARG_FILENAME, &args.money_unit,
         N_("Show money in 元 (default), 万元 or 亿元 (also yuan, wan, yi), exactly"), "UNIT"},
        {"plan-method", 0, 0, G_OPTION_ARG_FILENAME, &args.plan_method,
         N_("Planned percent: last checkpoint reached (default) or interpolated"), "step|linear"},
        {"time-method", 0, 0, G_OPTION_ARG_FILENAME, &args.time_method,
         N_("Time progress by elapsed days (default) or whole months"), "days|months"},
        {"denominator", 0, 0, G_OPTION_ARG_FILENAME, &args.denominator,
         N_("Rate over the adjusted (default) or original budget"), "adjusted|original"},
        {"thresholds", 0, 0, G_OPTION_ARG_FILENAME, &args.thresholds,
         N_("Status thresholds in percentage points (default: -15,-5,10)"), "SB,B,A"},
        {"threads", 0, 0, G_OPTION_ARG_INT, &args.threads,
         N_("Threads reading the ledger (default: 0, one per core; 1 reads it in one pass)"), "N"},
        {"lenient", 0, 0, G_OPTION_ARG_NONE, &args.lenient,
         N_("Skip bad rows (listed on stderr) instead of stopping at the first"), NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, N_("Input encoding (default: auto)"),
         "auto|UTF-8|GB18030"},
        {"config", 0, 0, G_OPTION_ARG_FILENAME, &args.config,
         N_("Read the [report] settings (docs/config.md); options win"), "FILE"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &tool_quiet,
         N_("No notes on stderr (problems are still printed)"), NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new(_("DIR - execution report at a date"));
    BudgetMonitorConfig *config = NULL;
    ReportStyle style;
    int status = TOOL_EXIT_USAGE;

    g_set_prgname("budget report");
    g_option_context_set_translation_domain(context, GETTEXT_PACKAGE);
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, _("DIR holds projects.csv and optionally transactions.csv, adjustments.csv and\n"
                   "indicators.csv. The CSV output has one row per project sorted by code:\n"
                   "  code,unit,budget_original,budget_adjusted,executed,executed_fiscal,\n"
                   "  executed_carryover,executed_other,execution_rate_pct,planned_pct,\n"
                   "  time_progress_pct,variance_pp,remaining,to_next_checkpoint,status,\n"
                   "  name,execution_rate_original_pct,planned_amount,variance_amount,time_variance_pp,\n"
                   "  budget_no_plan\n"
                   "(with --level unit the first column is 'unit'; with --level department it is\n"
                   "'department', whose single row is keyed ALL; both then give n_projects instead\n"
                   "of name). An undefined rate is an empty cell. JSON (money and rates as\n"
                   "exact decimal strings, null when undefined) and Markdown carry the same\n"
                   "columns. The table (the default) leaves out the columns only files need\n"
                   "and fits --width columns, shortening names. html and xlsx without --level\n"
                   "hold the department, unit and project tables (HTML with SVG charts, xlsx\n"
                   "one sheet each). --headers zh names columns and statuses in Chinese;\n"
                   "under a Chinese locale (LANG=zh_CN.UTF-8) table, html and xlsx do so by\n"
                   "default, while csv, json and markdown keep the English names.\n"
                   "Negative thresholds may be written --thresholds=-15,-5,10.\n"
                   "\n"
                   "Examples:\n"
                   "  budget report DIR --as-of 2024-06-30 --headers zh\n"
                   "  budget report DIR --format html --out report.html\n"
                   "  budget report DIR --format csv --bom --out report.csv\n"
                   "  budget report examples/data --as-of 2024-06-30\n"
                   "  budget report examples/data --level unit --money-unit 万元 --format csv\n"
                   "  budget report examples/data --config budget.ini --format json\n"
                   "\n"
                   "Exit status: 0 success, 2 usage error or unreadable input (the codes of every\n"
                   "command: 1 problems found, 3 alert; see budget --help)."));
    if (!tool_parse_args(context, "report", &argc, &argv))
        goto out;
    config = budget_monitor_config_new();
    if (!parse_style(&args, &style, config))
        goto out;
    if (!tool_check_data_dir(argv[1]))
        goto out;
    status = run_report(argv[1], &args, &style, config);

out:
    budget_monitor_config_free(config);
    g_option_context_free(context);
    g_free(args.as_of);
    tool_format_args_clear(&args.fmt);
    g_free(args.level);
    g_free(args.money_unit);
    g_free(args.plan_method);
    g_free(args.time_method);
    g_free(args.denominator);
    g_free(args.thresholds);
    g_free(args.encoding);
    g_free(args.config);
    return status;
}
