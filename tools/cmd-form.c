/* budget form: the national forms — self-evaluation (项目支出绩效自评表) and
 * monitoring (绩效运行监控表) — for one project or the whole book, written
 * by the library's export module. */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *code;
    char *as_of;
    ToolFormatArgs fmt;
    char *config;
    char *money_unit;
    char *encoding;
} FormArgs;

typedef enum {
    FORM_SELF_EVALUATION,
    FORM_MONITORING
} FormKind;

/* The terminal view: every column, numbers right-aligned, one table. */
typedef struct {
    ToolTable *table;
    size_t n_cols;
} FormTable;

static int add_row(const char *const *cells, size_t n_cells, bool is_header, void *user_data)
{
    FormTable *ft = user_data;

    if (is_header) {
        ft->n_cols = n_cells;
        ft->table = tool_table_new(n_cells);
    }
    tool_table_add_row(ft->table, cells);
    return 0;
}

static gboolean write_form(FormKind kind, const FormArgs *args, const ToolFormat *fmt,
                           const BudgetLedger *ledger, const BudgetMonitorConfig *config)
{
    BudgetMoneyUnit unit = BUDGET_MONEY_UNIT_YUAN;
    /* The terminal view is laid out here (rows from the library, in the
     * language of fmt->headers); the table format into --out or with
     * --width is the library's, like every other format. */
    gboolean table = fmt->format == BUDGET_EXPORT_FORMAT_TABLE && fmt->out == NULL && args->fmt.width == -1;
    FormTable ft = {NULL, 0};
    BudgetExport *ex;
    BudgetError err;
    gboolean ok;

    if (args->fmt.format == NULL && fmt->out != NULL) {
        tool_errorf(_("--out: give a --format (csv, json, markdown, html, xlsx) to write a file"));
        return FALSE;
    }
    if (args->money_unit != NULL && !budget_money_unit_from_string(args->money_unit, &unit)) {
        tool_errorf(_("--money-unit: unknown value '%s' (use one of: yuan, wan, yi)"), args->money_unit);
        return FALSE;
    }
    if (table) {
        ex = budget_export_new_rows(add_row, &ft, NULL);
        budget_export_set_headers(ex, fmt->headers);
    } else {
        ex = tool_format_export(fmt);
    }
    budget_export_set_money_unit(ex, unit);
    if (kind == FORM_SELF_EVALUATION) {
        BudgetScoreConfig *score = budget_score_config_new();
        budget_score_config_set_denominator(score, BUDGET_DENOMINATOR_ADJUSTED);
        /* The --config file's [score] groups (a scoring profile's keys). */
        if (args->config != NULL && !budget_score_config_load_file(score, args->config, &err)) {
            budget_score_config_free(score);
            budget_export_free(ex);
            tool_print_problem(&err);
            return FALSE;
        }
        ok = budget_export_form_self_evaluation(ex, ledger, args->code, score, &err);
        budget_score_config_free(score);
    } else {
        ok = budget_export_form_monitoring(ex, ledger, args->code, config, &err);
    }
    budget_export_free(ex);
    if (!ok) {
        if (err.code == BUDGET_ERROR_NOT_FOUND && strcmp(err.field, "code") == 0)
            tool_errorf(_("--code: %s"), err.message);
        else
            tool_print_export_problem(&err);
    } else if (table) {
        char date[16];
        budget_date_format(budget_ledger_get_as_of(ledger), date, sizeof date);
        printf(_("%s as of %s, money in 元\n\n"),
               kind == FORM_SELF_EVALUATION ? _("项目支出绩效自评表 (self-evaluation)")
                                            : _("绩效运行监控表 (monitoring)"),
               date);
        tool_table_print(ft.table, stdout);
    } else if (fmt->format != BUDGET_EXPORT_FORMAT_JSON && args->as_of == NULL) {
        tool_note_as_of(budget_ledger_get_as_of(ledger));
    }
    if (ft.table != NULL)
        tool_table_free(ft.table);
    return ok;
}

static int run_form(FormKind kind, const char *dir, const FormArgs *args, const ToolFormat *fmt,
                    const BudgetMonitorConfig *config)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    ToolProblems problems;
    BudgetDiagnostics *diag = tool_problems_new(&problems, stderr, TRUE);
    BudgetCsvFolder *folder = NULL;
    BudgetDate as_of;
    BudgetError err;
    int status = TOOL_EXIT_USAGE;

    if (!tool_set_encoding(options, args->encoding))
        goto out;
    if (!tool_resolve_as_of(dir, args->as_of, options, &as_of))
        goto out;
    folder = tool_load_folder(
        dir, as_of, options,
        BUDGET_CSV_FILE_ADJUSTMENTS | BUDGET_CSV_FILE_TRANSACTIONS | BUDGET_CSV_FILE_INDICATORS, diag, &err);
    if (folder == NULL) {
        tool_hint_year(&err);
        goto out;
    }
    if (args->as_of != NULL)
        tool_warn_as_of(as_of, budget_book_get_year(budget_csv_folder_get_book(folder)));
    if (!write_form(kind, args, fmt, budget_csv_folder_get_ledger(folder), config))
        goto out;
    status = tool_flush_stdout();

out:
    budget_csv_folder_free(folder);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return status;
}

static const char *const form_usage =
    N_("Usage: budget form KIND DIR [OPTION...]\n"
       "\n"
       "KIND is one of:\n"
       "  self-evaluation   项目支出绩效自评表: funds, indicators, scores, total and grade\n"
       "  monitoring        绩效运行监控表 (财预〔2019〕136号): 1-N月执行数, projection,\n"
       "                    indicators with 1-N月实际完成值, 全年预计完成值, 完成目标可能性\n"
       "\n"
       "Run 'budget form KIND --help' for the options.\n");

int tool_cmd_form(int argc, char **argv)
{
    FormArgs args = {.fmt.width = -1};
    ToolFormat fmt;
    GOptionEntry entries[] = {
        {"code", 0, 0, G_OPTION_ARG_FILENAME, &args.code, N_("One project (default: every project)"), "CODE"},
        {"as-of", 0, 0, G_OPTION_ARG_FILENAME, &args.as_of,
         N_("Form date (default: today in the book's year, else 31 December)"), "YYYY-MM-DD"},
        TOOL_FORMAT_ENTRIES(args.fmt),
        {"config", 0, 0, G_OPTION_ARG_FILENAME, &args.config,
         N_("Read [report] and [monitor] (docs/config.md)"), "FILE"},
        {"money-unit", 0, 0, G_OPTION_ARG_FILENAME, &args.money_unit,
         N_("Money in 元 (default), 万元 or 亿元"), "UNIT"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &tool_quiet, N_("No notes on stderr"), NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, N_("Input encoding (default: auto)"),
         "auto|UTF-8|GB18030"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = NULL;
    BudgetMonitorConfig *config = budget_monitor_config_new();
    FormKind kind;
    char *prgname;
    int status = TOOL_EXIT_USAGE;

    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(_(form_usage), argc < 2 ? stderr : stdout);
        budget_monitor_config_free(config);
        return argc < 2 ? TOOL_EXIT_USAGE : TOOL_EXIT_OK;
    }
    if (strcmp(argv[1], "self-evaluation") == 0) {
        kind = FORM_SELF_EVALUATION;
    } else if (strcmp(argv[1], "monitoring") == 0) {
        kind = FORM_MONITORING;
    } else {
        tool_errorf(_("form: unknown form '%s' (use self-evaluation or monitoring)"), argv[1]);
        budget_monitor_config_free(config);
        return TOOL_EXIT_USAGE;
    }
    prgname = g_strdup_printf("budget form %s", argv[1]);
    g_set_prgname(prgname);
    g_free(prgname);
    argc--;
    argv++;
    context = g_option_context_new(kind == FORM_SELF_EVALUATION ? _("DIR - 项目支出绩效自评表")
                                                                : _("DIR - 绩效运行监控表 at a date"));
    g_option_context_set_translation_domain(context, GETTEXT_PACKAGE);
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, _("indicators.csv may add the columns the forms carry: actual_midyear\n"
                   "(1-N月实际完成值), projected (全年预计完成值), likelihood (完成目标可能性),\n"
                   "deviation_reason (偏差原因) and measures (改进措施/完善措施), under these\n"
                   "names or the Chinese ones.\n"
                   "\n"
                   "Examples:\n"
                   "  budget form self-evaluation examples/data --code GXQ-2024-001 --as-of 2024-12-31\n"
                   "  budget form monitoring examples/data --as-of 2024-06-30 --format csv --out 监控表.csv\n"
                   "\n"
                   "Exit status: 0 success, 2 usage error, unknown code or unreadable input."));
    if (!tool_parse_args(context, "form", &argc, &argv))
        goto out;
    if (!tool_format_parse(&args.fmt, &fmt))
        goto out;
    if (!tool_load_config(config, args.config))
        goto out;
    if (!tool_check_data_dir(argv[1]))
        goto out;
    status = run_form(kind, argv[1], &args, &fmt, config);

out:
    budget_monitor_config_free(config);
    g_option_context_free(context);
    g_free(args.code);
    g_free(args.as_of);
    tool_format_args_clear(&args.fmt);
    g_free(args.config);
    g_free(args.money_unit);
    g_free(args.encoding);
    return status;
}
