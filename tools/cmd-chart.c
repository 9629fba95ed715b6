/* budget chart: an SVG chart of a data folder at a date — the S-curve of one
 * project (--code), the execution rate of a unit's projects (--unit), or of
 * every unit (neither). */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *as_of;
    char *code;
    char *unit;
    char *out;
    char *headers;
    char *encoding;
    gboolean lenient;
} ChartArgs;

static int run_chart(const char *dir, const ChartArgs *args, BudgetDate as_of, BudgetExportHeaders headers)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    ToolProblems problems;
    BudgetDiagnostics *diag = tool_problems_new(&problems, stderr, TRUE);
    BudgetCsvFolder *folder = NULL;
    BudgetReport *report = NULL;
    BudgetExport *out = NULL;
    BudgetLedger *ledger;
    BudgetError err;
    gboolean ok;
    int status = TOOL_EXIT_USAGE;

    problems.mark_rejected = args->lenient;
    budget_csv_options_set_lenient(options, args->lenient);
    if (!tool_set_encoding(options, args->encoding))
        goto out;
    budget_csv_options_set_files(options, BUDGET_CSV_FILE_ADJUSTMENTS | BUDGET_CSV_FILE_TRANSACTIONS);
    folder = budget_csv_folder_load(dir, as_of, options, diag, &err);
    if (folder == NULL) {
        tool_hint_year(&err);
        goto out;
    }
    ledger = budget_csv_folder_get_ledger(folder);
    tool_problems_summary(&problems);
    out = args->out != NULL ? budget_export_new_for_path(BUDGET_EXPORT_FORMAT_HTML, args->out)
                            : tool_export_new_stdout(BUDGET_EXPORT_FORMAT_HTML);
    budget_export_set_headers(out, headers);
    if (args->code != NULL) {
        ok = budget_export_chart_series(out, ledger, BUDGET_LEVEL_PROJECT, args->code, &err);
    } else {
        report = budget_report_new(ledger, args->unit != NULL ? BUDGET_LEVEL_PROJECT : BUDGET_LEVEL_UNIT,
                                   NULL, &err);
        BudgetFen executed[12];

        ok = report != NULL;
        /* An unknown unit is NOT_FOUND, not an empty chart. */
        if (ok && args->unit != NULL &&
            budget_monitor_series(ledger, BUDGET_LEVEL_UNIT, args->unit, executed, NULL, NULL, &err) < 0)
            ok = FALSE;
        ok = ok && budget_export_chart_overview(out, report, args->unit, &err);
    }
    if (!ok) {
        tool_print_export_problem(&err);
        goto out;
    }
    status = args->out != NULL ? TOOL_EXIT_OK : tool_flush_stdout();

out:
    budget_export_free(out);
    budget_report_free(report);
    budget_csv_folder_free(folder);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return status;
}

int tool_cmd_chart(int argc, char **argv)
{
    ChartArgs args = {0};
    GOptionEntry entries[] = {
        {"as-of", 0, 0, G_OPTION_ARG_FILENAME, &args.as_of,
         N_("Chart date (default: 31 December of the book's year)"), "YYYY-MM-DD"},
        {"code", 0, 0, G_OPTION_ARG_FILENAME, &args.code, N_("The S-curve of this project"), "CODE"},
        {"unit", 0, 0, G_OPTION_ARG_FILENAME, &args.unit, N_("The execution rate of this unit's projects"),
         "UNIT"},
        {"out", 'o', 0, G_OPTION_ARG_FILENAME, &args.out,
         N_("Write to FILE (replaced atomically) instead of standard output"), "FILE.svg"},
        {"headers", 0, 0, G_OPTION_ARG_FILENAME, &args.headers,
         N_("Labels in English or Chinese (default: the locale's language)"), "en|zh"},
        {"lenient", 0, 0, G_OPTION_ARG_NONE, &args.lenient,
         N_("Skip bad rows (listed on stderr) instead of stopping at the first"), NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, N_("Input encoding (default: auto)"),
         "auto|UTF-8|GB18030"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new(_("DIR - an SVG chart"));
    BudgetExportHeaders headers = BUDGET_EXPORT_HEADERS_EN;
    BudgetDate as_of = 0;
    BudgetError err;
    int status = TOOL_EXIT_USAGE;

    g_set_prgname("budget chart");
    g_option_context_set_translation_domain(context, GETTEXT_PACKAGE);
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, _("With --code, the S-curve of one project: cumulative planned and executed\n"
                   "amounts by month, the plan's checkpoints and the as-of date. With --unit,\n"
                   "the execution rate of the unit's projects as bars coloured by status;\n"
                   "with neither, the execution rate of every unit. The image is SVG.\n"
                   "\n"
                   "Examples:\n"
                   "  budget chart DIR --code P01 --as-of 2024-06-30 --out p01.svg\n"
                   "  budget chart DIR --headers zh --out units.svg\n"
                   "\n"
                   "Exit status: 0 success, 2 usage error, unknown code or unit, or unreadable input."));
    if (!tool_parse_args(context, "chart", &argc, &argv))
        goto out;
    if (args.code != NULL && args.unit != NULL) {
        tool_errorf(_("chart: give --code or --unit, not both"));
        goto out;
    }
    /* A chart is for people: Chinese labels under a Chinese locale. */
    if (tool_locale_is_chinese())
        headers = BUDGET_EXPORT_HEADERS_ZH;
    if (args.headers != NULL && !budget_export_headers_from_string(args.headers, &headers)) {
        tool_errorf(_("--headers: unknown value '%s' (use en or zh)"), args.headers);
        goto out;
    }
    if (args.as_of != NULL && !budget_date_parse(args.as_of, -1, &as_of, &err)) {
        tool_errorf(_("--as-of: %s"), err.message);
        goto out;
    }
    if (!tool_check_data_dir(argv[1]))
        goto out;
    status = run_chart(argv[1], &args, as_of, headers);

out:
    g_option_context_free(context);
    g_free(args.as_of);
    g_free(args.code);
    g_free(args.unit);
    g_free(args.out);
    g_free(args.headers);
    g_free(args.encoding);
    return status;
}
