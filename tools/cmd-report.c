/* budget report: the execution report of a data folder at a date. */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *as_of;
    char *format;
    char *level;
    char *money_unit;
    char *plan_method;
    char *time_method;
    char *denominator;
    char *thresholds;
    char *encoding;
    gboolean lenient;
} ReportArgs;

typedef struct {
    BudgetDate as_of;
    gboolean csv;
    BudgetLevel level;
    BudgetMoneyUnit unit;
} ReportStyle;

/* The columns every CSV report starts with, after the key column(s). */
static const char *const money_headers[] = {
    "budget_original", "budget_adjusted",    "executed",
    "executed_fiscal", "executed_carryover", "executed_other",
};
static const BudgetReportMoney money_columns[] = {
    BUDGET_REPORT_BUDGET_ORIGINAL, BUDGET_REPORT_BUDGET_ADJUSTED,    BUDGET_REPORT_EXECUTED,
    BUDGET_REPORT_EXECUTED_FISCAL, BUDGET_REPORT_EXECUTED_CARRYOVER, BUDGET_REPORT_EXECUTED_OTHER,
};

#define N_STATUS 6

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

static const char *level_name(BudgetLevel level)
{
    switch (level) {
    case BUDGET_LEVEL_UNIT:
        return "unit";
    case BUDGET_LEVEL_DEPARTMENT:
        return "department";
    default:
        return "project";
    }
}

static gboolean parse_choice(const char *option, const char *value, const char *const *names,
                             const int *values, int *out)
{
    GString *list;

    if (value == NULL)
        return TRUE;
    for (size_t i = 0; names[i] != NULL; i++) {
        if (g_ascii_strcasecmp(value, names[i]) == 0 || strcmp(value, names[i]) == 0) {
            *out = values[i];
            return TRUE;
        }
    }
    list = g_string_new(NULL);
    for (size_t i = 0; names[i] != NULL; i++)
        g_string_append_printf(list, "%s%s", i > 0 ? ", " : "", names[i]);
    tool_errorf("%s: unknown value '%s' (use one of: %s)", option, value, list->str);
    g_string_free(list, TRUE);
    return FALSE;
}

/* "-15,-5,10" (percentage points, at most two decimals) → bp. */
static gboolean parse_thresholds(const char *text, int64_t bp[3])
{
    char **parts = g_strsplit(text, ",", -1);
    gboolean ok = g_strv_length(parts) == 3;

    for (int i = 0; ok && i < 3; i++) {
        int64_t micropct;
        ok = budget_percent_parse(parts[i], -1, &micropct, NULL) && micropct % 10000 == 0;
        if (ok)
            bp[i] = micropct / 10000;
    }
    g_strfreev(parts);
    if (!ok)
        tool_errorf("--thresholds: '%s' is not SERIOUSLY_BEHIND,BEHIND,AHEAD in percentage points "
                    "(e.g. -15,-5,10)",
                    text);
    return ok;
}

static void format_money(BudgetFen value, BudgetMoneyUnit unit, char *buf, size_t size)
{
    if (unit == BUDGET_MONEY_UNIT_YUAN)
        budget_money_format(value, buf, size);
    else
        budget_money_format_unit(value, unit, false, buf, size);
}

static char *money_cell(const BudgetReport *report, size_t row, BudgetReportMoney column,
                        BudgetMoneyUnit unit)
{
    char buf[64];
    BudgetFen value;

    if (!budget_report_get_money(report, row, column, &value))
        return g_strdup("");
    format_money(value, unit, buf, sizeof buf);
    return g_strdup(buf);
}

static char *rate_cell(const BudgetReport *report, size_t row, BudgetReportRate column)
{
    char buf[32];
    int64_t bp;

    if (!budget_report_get_rate(report, row, column, &bp))
        return g_strdup("");
    budget_rate_format(bp, buf, sizeof buf);
    return g_strdup(buf);
}

static const char *row_key(const BudgetReport *report, size_t row)
{
    /* The department row has the empty key; "ALL" reads better in a file. */
    if (budget_report_get_level(report) == BUDGET_LEVEL_DEPARTMENT)
        return "ALL";
    return budget_report_get_key(report, row);
}

static void print_csv(const BudgetReport *report, const BudgetBook *book, const ReportStyle *style)
{
    GPtrArray *cells = g_ptr_array_new_with_free_func(g_free);
    gboolean project_level = style->level == BUDGET_LEVEL_PROJECT;

    /* Header. */
    g_ptr_array_add(cells, g_strdup(project_level ? "code" : level_name(style->level)));
    if (project_level)
        g_ptr_array_add(cells, g_strdup("unit"));
    for (size_t i = 0; i < G_N_ELEMENTS(money_headers); i++)
        g_ptr_array_add(cells, g_strdup(money_headers[i]));
    {
        static const char *const rest[] = {
            "execution_rate_pct",
            "planned_pct",
            "time_progress_pct",
            "variance_pp",
            "remaining",
            "to_next_checkpoint",
            "status",
            NULL,
            "execution_rate_original_pct",
            "planned_amount",
            "variance_amount",
            "time_variance_pp",
            "budget_no_plan",
        };
        for (size_t i = 0; i < G_N_ELEMENTS(rest); i++)
            g_ptr_array_add(cells, g_strdup(rest[i] != NULL ? rest[i]
                                            : project_level ? "name"
                                                            : "n_projects"));
    }
    tool_csv_write_row(stdout, (const char *const *)cells->pdata, cells->len);

    for (size_t row = 0; row < budget_report_get_n_rows(report); row++) {
        g_ptr_array_set_size(cells, 0);
        g_ptr_array_add(cells, g_strdup(row_key(report, row)));
        if (project_level)
            g_ptr_array_add(cells, g_strdup(budget_report_get_unit(report, row)));
        for (size_t i = 0; i < G_N_ELEMENTS(money_columns); i++)
            g_ptr_array_add(cells, money_cell(report, row, money_columns[i], style->unit));
        g_ptr_array_add(cells, rate_cell(report, row, BUDGET_REPORT_EXECUTION_RATE));
        g_ptr_array_add(cells, rate_cell(report, row, BUDGET_REPORT_PLANNED_PCT));
        g_ptr_array_add(cells, rate_cell(report, row, BUDGET_REPORT_TIME_PROGRESS));
        g_ptr_array_add(cells, rate_cell(report, row, BUDGET_REPORT_VARIANCE_PP));
        g_ptr_array_add(cells, money_cell(report, row, BUDGET_REPORT_REMAINING, style->unit));
        g_ptr_array_add(cells, money_cell(report, row, BUDGET_REPORT_TO_NEXT_CHECKPOINT, style->unit));
        g_ptr_array_add(cells, g_strdup(budget_status_to_string(budget_report_get_status(report, row))));
        if (project_level) {
            const BudgetProject *project = budget_book_get_project(book, budget_report_get_key(report, row));
            const char *name = project != NULL ? budget_project_get_name(project) : NULL;
            g_ptr_array_add(cells, g_strdup(name != NULL ? name : ""));
        } else {
            g_ptr_array_add(cells, g_strdup_printf("%zu", budget_report_get_n_projects(report, row)));
        }
        g_ptr_array_add(cells, rate_cell(report, row, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL));
        g_ptr_array_add(cells, money_cell(report, row, BUDGET_REPORT_PLANNED_AMOUNT, style->unit));
        g_ptr_array_add(cells, money_cell(report, row, BUDGET_REPORT_VARIANCE_AMOUNT, style->unit));
        g_ptr_array_add(cells, rate_cell(report, row, BUDGET_REPORT_TIME_VARIANCE_PP));
        g_ptr_array_add(cells, money_cell(report, row, BUDGET_REPORT_BUDGET_WITHOUT_PLAN, style->unit));
        tool_csv_write_row(stdout, (const char *const *)cells->pdata, cells->len);
    }
    g_ptr_array_free(cells, TRUE);
}

#define TABLE_COLS 10
#define NAME_WIDTH 28

static void print_table(const BudgetReport *report, const BudgetBook *book, const ReportStyle *style)
{
    ToolTable *table = tool_table_new(TABLE_COLS);
    gboolean project_level = style->level == BUDGET_LEVEL_PROJECT;
    size_t counts[N_STATUS] = {0};
    size_t n_rows = budget_report_get_n_rows(report);
    char date[16];
    char *money_head[3];
    GString *summary;

    budget_date_format(style->as_of, date, sizeof date);
    printf("Budget execution as of %s, by %s, money in %s\n\n", date, level_name(style->level),
           unit_label(style->unit));

    money_head[0] = g_strdup_printf("budget(%s)", unit_label(style->unit));
    money_head[1] = g_strdup_printf("executed(%s)", unit_label(style->unit));
    money_head[2] = g_strdup_printf("remaining(%s)", unit_label(style->unit));
    {
        const char *head[TABLE_COLS] = {
            project_level ? "code" : level_name(style->level),
            project_level ? "name" : "projects",
            money_head[0],
            money_head[1],
            "rate%",
            "plan%",
            "time%",
            "var_pp",
            money_head[2],
            "status",
        };
        tool_table_add_row(table, head);
    }
    for (size_t c = 2; c < 9; c++)
        tool_table_set_right(table, c, TRUE);
    if (!project_level)
        tool_table_set_right(table, 1, TRUE);

    for (size_t row = 0; row < n_rows; row++) {
        char *cells[TABLE_COLS];
        BudgetStatus status = budget_report_get_status(report, row);

        cells[0] = g_strdup(row_key(report, row));
        if (project_level) {
            const BudgetProject *project = budget_book_get_project(book, budget_report_get_key(report, row));
            const char *name = project != NULL ? budget_project_get_name(project) : NULL;
            cells[1] = tool_truncate_width(name != NULL ? name : "", NAME_WIDTH);
        } else {
            cells[1] = g_strdup_printf("%zu", budget_report_get_n_projects(report, row));
        }
        cells[2] = money_cell(report, row, BUDGET_REPORT_BUDGET_ADJUSTED, style->unit);
        cells[3] = money_cell(report, row, BUDGET_REPORT_EXECUTED, style->unit);
        cells[4] = rate_cell(report, row, BUDGET_REPORT_EXECUTION_RATE);
        cells[5] = rate_cell(report, row, BUDGET_REPORT_PLANNED_PCT);
        cells[6] = rate_cell(report, row, BUDGET_REPORT_TIME_PROGRESS);
        cells[7] = rate_cell(report, row, BUDGET_REPORT_VARIANCE_PP);
        cells[8] = money_cell(report, row, BUDGET_REPORT_REMAINING, style->unit);
        cells[9] = g_strdup(budget_status_to_string(status));
        tool_table_add_row(table, (const char *const *)cells);
        for (size_t c = 0; c < TABLE_COLS; c++)
            g_free(cells[c]);
        if ((int)status >= 0 && (int)status < N_STATUS)
            counts[status]++;
    }
    tool_table_print(table, stdout);
    tool_table_free(table);
    for (size_t i = 0; i < 3; i++)
        g_free(money_head[i]);

    /* Worst first, so the line reads as a to-do list. */
    summary = g_string_new(NULL);
    g_string_append_printf(summary, "\n%zu %s%s:", n_rows, level_name(style->level), n_rows == 1 ? "" : "s");
    {
        static const BudgetStatus order[N_STATUS] = {
            BUDGET_STATUS_OVER_BUDGET, BUDGET_STATUS_SERIOUSLY_BEHIND, BUDGET_STATUS_BEHIND,
            BUDGET_STATUS_NO_PLAN,     BUDGET_STATUS_ON_TRACK,         BUDGET_STATUS_AHEAD,
        };
        for (size_t i = 0; i < N_STATUS; i++)
            g_string_append_printf(summary, "%s %zu %s", i > 0 ? "," : "", counts[order[i]],
                                   budget_status_to_string(order[i]));
    }
    g_string_append_c(summary, '\n');
    fputs(summary->str, stdout);
    g_string_free(summary, TRUE);
}

static gboolean parse_style(const ReportArgs *args, ReportStyle *style, BudgetMonitorConfig *config)
{
    static const char *const format_names[] = {"table", "csv", NULL};
    static const int format_values[] = {0, 1};
    static const char *const level_names[] = {"project", "unit", "department", NULL};
    static const int level_values[] = {BUDGET_LEVEL_PROJECT, BUDGET_LEVEL_UNIT, BUDGET_LEVEL_DEPARTMENT};
    static const char *const unit_names[] = {"元", "万元", "亿元", "yuan", "wan", "yi", NULL};
    static const int unit_values[] = {
        BUDGET_MONEY_UNIT_YUAN, BUDGET_MONEY_UNIT_WAN, BUDGET_MONEY_UNIT_YI,
        BUDGET_MONEY_UNIT_YUAN, BUDGET_MONEY_UNIT_WAN, BUDGET_MONEY_UNIT_YI,
    };
    static const char *const plan_names[] = {"step", "linear", NULL};
    static const int plan_values[] = {BUDGET_PLAN_METHOD_STEP, BUDGET_PLAN_METHOD_LINEAR};
    static const char *const time_names[] = {"days", "months", NULL};
    static const int time_values[] = {BUDGET_TIME_METHOD_DAYS, BUDGET_TIME_METHOD_MONTHS};
    static const char *const denom_names[] = {"adjusted", "original", NULL};
    static const int denom_values[] = {BUDGET_DENOMINATOR_ADJUSTED, BUDGET_DENOMINATOR_ORIGINAL};
    int format = 0, level = BUDGET_LEVEL_PROJECT, unit = BUDGET_MONEY_UNIT_YUAN;
    int plan = BUDGET_PLAN_METHOD_STEP, time = BUDGET_TIME_METHOD_DAYS, denom = BUDGET_DENOMINATOR_ADJUSTED;

    if (!parse_choice("--format", args->format, format_names, format_values, &format) ||
        !parse_choice("--level", args->level, level_names, level_values, &level) ||
        !parse_choice("--money-unit", args->money_unit, unit_names, unit_values, &unit) ||
        !parse_choice("--plan-method", args->plan_method, plan_names, plan_values, &plan) ||
        !parse_choice("--time-method", args->time_method, time_names, time_values, &time) ||
        !parse_choice("--denominator", args->denominator, denom_names, denom_values, &denom))
        return FALSE;
    style->csv = format == 1;
    style->level = (BudgetLevel)level;
    style->unit = (BudgetMoneyUnit)unit;
    style->as_of = 0;
    budget_monitor_config_set_plan_method(config, (BudgetPlanMethod)plan);
    budget_monitor_config_set_time_method(config, (BudgetTimeMethod)time);
    budget_monitor_config_set_denominator(config, (BudgetDenominator)denom);

    if (args->thresholds != NULL) {
        int64_t bp[3];
        BudgetError err;
        if (!parse_thresholds(args->thresholds, bp))
            return FALSE;
        if (!budget_monitor_config_set_thresholds(config, bp[0], bp[1], bp[2], &err)) {
            tool_errorf("--thresholds: need SERIOUSLY_BEHIND <= BEHIND <= AHEAD (got %s)", args->thresholds);
            return FALSE;
        }
    }
    if (args->as_of != NULL) {
        BudgetError err;
        if (!budget_date_parse(args->as_of, -1, &style->as_of, &err)) {
            tool_errorf("--as-of: %s", err.message);
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
        tool_errorf("warning: --as-of %s is before the book's year %d: time progress is 0 and no payment or "
                    "adjustment of %d counts",
                    date, book_year, book_year);
    else
        tool_errorf("warning: --as-of %s is after the book's year %d: time progress is 100 %% and payments "
                    "dated after %d count",
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
    char *transactions = NULL;
    int status = TOOL_EXIT_USAGE;

    problems.mark_rejected = args->lenient;

    budget_csv_options_set_lenient(options, args->lenient);
    if (!tool_set_encoding(options, args->encoding))
        goto out;

    book = budget_csv_load_book(dir, options, diag, &err);
    if (book == NULL)
        goto out;
    if (style.as_of == 0)
        style.as_of = budget_date_month_end(budget_book_get_year(book), 12);
    else
        tool_warn_as_of(style.as_of, budget_book_get_year(book));

    ledger = budget_ledger_new(book, style.as_of, &err);
    if (ledger == NULL) {
        tool_print_problem(&err);
        goto out;
    }
    if (!budget_csv_find_file(dir, "transactions.csv", &transactions, &err)) {
        tool_print_problem(&err);
        goto out;
    }
    if (transactions != NULL && !budget_csv_load_transactions(ledger, transactions, options, diag, &err))
        goto out;
    tool_problems_summary(&problems);

    report = budget_monitor_report(ledger, config, style.level, &err);
    if (report == NULL) {
        tool_print_problem(&err);
        goto out;
    }
    if (style.csv)
        print_csv(report, book, &style);
    else
        print_table(report, book, &style);
    status = fflush(stdout) == 0 ? TOOL_EXIT_OK : TOOL_EXIT_USAGE;

out:
    budget_free(transactions);
    budget_report_free(report);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return status;
}

int tool_cmd_report(int argc, char **argv)
{
    ReportArgs args = {0};
    /* FILENAME arguments are passed through unconverted: values such as
     * 万元 must not depend on the locale's charset. */
    GOptionEntry entries[] = {
        {"as-of", 0, 0, G_OPTION_ARG_FILENAME, &args.as_of,
         "Report date (default: 31 December of the book's year)", "YYYY-MM-DD"},
        {"format", 0, 0, G_OPTION_ARG_FILENAME, &args.format, "Output format (default: table)", "table|csv"},
        {"level", 0, 0, G_OPTION_ARG_FILENAME, &args.level,
         "One row per project (default), unit or department", "project|unit|department"},
        {"money-unit", 0, 0, G_OPTION_ARG_FILENAME, &args.money_unit,
         "Show money in 元 (default), 万元 or 亿元 (also yuan, wan, yi), exactly", "UNIT"},
        {"plan-method", 0, 0, G_OPTION_ARG_FILENAME, &args.plan_method,
         "Planned percent: last checkpoint reached (default) or interpolated", "step|linear"},
        {"time-method", 0, 0, G_OPTION_ARG_FILENAME, &args.time_method,
         "Time progress by elapsed days (default) or whole months", "days|months"},
        {"denominator", 0, 0, G_OPTION_ARG_FILENAME, &args.denominator,
         "Rate over the adjusted (default) or original budget", "adjusted|original"},
        {"thresholds", 0, 0, G_OPTION_ARG_FILENAME, &args.thresholds,
         "Status thresholds in percentage points (default: -15,-5,10)", "SB,B,A"},
        {"lenient", 0, 0, G_OPTION_ARG_NONE, &args.lenient,
         "Skip bad rows (listed on stderr) instead of stopping at the first", NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, "Input encoding (default: auto)",
         "auto|UTF-8|GB18030"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new("DIR - execution report at a date");
    BudgetMonitorConfig *config = NULL;
    ReportStyle style;
    int status = TOOL_EXIT_USAGE;

    g_set_prgname("budget report");
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, "DIR holds projects.csv and optionally transactions.csv, adjustments.csv and\n"
                 "indicators.csv. The CSV output has one row per project sorted by code:\n"
                 "  code,unit,budget_original,budget_adjusted,executed,executed_fiscal,\n"
                 "  executed_carryover,executed_other,execution_rate_pct,planned_pct,\n"
                 "  time_progress_pct,variance_pp,remaining,to_next_checkpoint,status,\n"
                 "  name,execution_rate_original_pct,planned_amount,variance_amount,time_variance_pp,\n"
                 "  budget_no_plan\n"
                 "(with --level unit the first column is 'unit'; with --level department it is\n"
                 "'department', whose single row is keyed ALL; both then give n_projects instead\n"
                 "of name). An undefined rate is an empty cell. Negative thresholds may be\n"
                 "written --thresholds=-15,-5,10.\n"
                 "\n"
                 "Exit status: 0 success, 2 usage error or unreadable input.");
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
    g_free(args.format);
    g_free(args.level);
    g_free(args.money_unit);
    g_free(args.plan_method);
    g_free(args.time_method);
    g_free(args.denominator);
    g_free(args.thresholds);
    g_free(args.encoding);
    return status;
}
