/* budget monitor: the 双监控 of a data folder at a date — projects grouped by
 * colour, unit and department roll-ups, year-end projection — and exit 3
 * when anything is red (or yellow, with --fail-on yellow). */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *as_of;
    char *basis;
    char *against;
    char *red;
    char *yellow;
    char *floor;
    char *fail_on;
    ToolFormatArgs fmt;
    char *level;
    char *config;
    char *money_unit;
    char *encoding;
    gboolean lenient;
} MonitorArgs;

/* A percentage option (percent for the ratio basis, percentage points for
 * the gap) → bp. */
static gboolean parse_pct(const char *option, const char *text, int64_t *bp)
{
    int64_t micropct;

    if (!budget_money_percent_parse(text, -1, &micropct, NULL) || micropct % 10000 != 0) {
        tool_errorf(_("%s: '%s' is not a percentage with at most 2 decimals"), option, text);
        return FALSE;
    }
    *bp = micropct / 10000;
    return TRUE;
}

static gboolean apply_args(const MonitorArgs *args, BudgetMonitorConfig *config, BudgetMonitorColour *fail_on)
{
    BudgetMonitorBasis basis;
    BudgetError err;

    if (!tool_load_config(config, args->config))
        return FALSE;
    if (args->basis != NULL) {
        if (!budget_monitor_basis_from_string(args->basis, &basis)) {
            tool_errorf(_("--basis: unknown value '%s' (use one of: ratio, gap)"), args->basis);
            return FALSE;
        }
        budget_monitor_config_set_basis(config, basis);
    }
    if (args->against != NULL) {
        BudgetMonitorAgainst against;
        if (!budget_monitor_against_from_string(args->against, &against)) {
            tool_errorf(_("--against: unknown value '%s' (use one of: time, plan)"), args->against);
            return FALSE;
        }
        budget_monitor_config_set_against(config, against);
    }
    basis = budget_monitor_config_get_basis(config);
    if (args->red != NULL || args->yellow != NULL) {
        int64_t red, yellow;
        budget_monitor_config_get_colour_thresholds(config, basis, &red, &yellow);
        if ((args->red != NULL && !parse_pct("--red", args->red, &red)) ||
            (args->yellow != NULL && !parse_pct("--yellow", args->yellow, &yellow)))
            return FALSE;
        if (!budget_monitor_config_set_colour_thresholds(config, basis, red, yellow, &err)) {
            tool_errorf(_("--red/--yellow: %s"), err.message);
            return FALSE;
        }
    }
    if (args->floor != NULL) {
        BudgetFen floor;
        if (!budget_money_parse_unit(args->floor, -1, BUDGET_MONEY_UNIT_YUAN, &floor, &err) || floor < 0) {
            tool_errorf(_("--floor: '%s' is not an amount (e.g. 50000 or 5万元)"), args->floor);
            return FALSE;
        }
        budget_monitor_config_set_floor(config, floor);
    }
    *fail_on = BUDGET_MONITOR_COLOUR_RED;
    if (args->fail_on != NULL) {
        if (!budget_monitor_colour_from_string(args->fail_on, fail_on) ||
            *fail_on < BUDGET_MONITOR_COLOUR_YELLOW) {
            tool_errorf(_("--fail-on: unknown value '%s' (use one of: red, yellow)"), args->fail_on);
            return FALSE;
        }
    }
    return TRUE;
}

/* ---- The terminal view -------------------------------------------------- */

static char *money_text(BudgetFen v)
{
    char buf[48];

    budget_money_format_unit(v, BUDGET_MONEY_UNIT_YUAN, true, buf, sizeof buf);
    return g_strdup(buf);
}

static char *rate_text(bool has, int64_t bp)
{
    char buf[32];

    if (!has)
        return g_strdup("");
    budget_money_rate_format(bp, buf, sizeof buf);
    return g_strdup(buf);
}

/* The header row of a terminal table, translated. */
static void add_header(ToolTable *table, const char *const *head, size_t n)
{
    const char **row = g_new(const char *, n);

    for (size_t c = 0; c < n; c++)
        row[c] = _(head[c]);
    tool_table_add_row(table, row);
    g_free(row);
}

static void print_projects(FILE *out, const BudgetMonitorResult *result, BudgetMonitorColour colour)
{
    static const char *const head[] = {N_("code"),      N_("name"),    N_("unit"),  N_("rate%"),
                                       N_("ref%"),      N_("measure"), N_("money"), N_("goal"),
                                       N_("projected"), N_("balance"), N_("method")};
    const BudgetReport *report = budget_monitor_result_get_report(result);
    ToolTable *table = tool_table_new(G_N_ELEMENTS(head));
    size_t n = 0;

    add_header(table, head, G_N_ELEMENTS(head));
    for (size_t c = 3; c < 6; c++)
        tool_table_set_right(table, c, TRUE);
    tool_table_set_right(table, 8, TRUE);
    tool_table_set_right(table, 9, TRUE);
    for (size_t i = 0; i < budget_monitor_result_get_n_projects(result); i++) {
        BudgetMonitorReason money_reason, goal_reason;
        BudgetMonitorProjection method;
        BudgetFen projected = 0, balance = 0;
        int64_t rate = 0, reference = 0, measure = 0;
        bool has_rate, has_measure, has_projection;
        char *cells[G_N_ELEMENTS(head)];

        if (budget_monitor_result_get_colour(result, i, BUDGET_MONITOR_ASPECT_OVERALL, NULL) != colour)
            continue;
        has_rate = budget_report_get_rate(report, i, BUDGET_REPORT_EXECUTION_RATE, &rate);
        has_measure = budget_monitor_result_get_measure(result, i, &reference, &measure);
        has_projection = budget_monitor_result_get_projection_method(result, i, &method) &&
                         budget_monitor_result_get_projection(result, i, method, &projected, &balance);
        BudgetMonitorColour money =
            budget_monitor_result_get_colour(result, i, BUDGET_MONITOR_ASPECT_MONEY, &money_reason);
        BudgetMonitorColour goal =
            budget_monitor_result_get_colour(result, i, BUDGET_MONITOR_ASPECT_GOAL, &goal_reason);
        cells[0] = g_strdup(budget_report_get_key(report, i));
        cells[1] = tool_truncate_width(budget_report_get_name(report, i), 24);
        cells[2] = tool_truncate_width(budget_report_get_unit(report, i), 16);
        cells[3] = rate_text(has_rate, rate);
        cells[4] = rate_text(has_measure, reference);
        cells[5] = rate_text(has_measure, measure);
        cells[6] = money_reason == BUDGET_MONITOR_REASON_OK
                       ? g_strdup(tool_colour_name(money))
                       : g_strdup_printf("%s (%s)", tool_colour_name(money), tool_reason_name(money_reason));
        cells[7] = goal_reason == BUDGET_MONITOR_REASON_OK
                       ? g_strdup(tool_colour_name(goal))
                       : g_strdup_printf("%s (%s)", tool_colour_name(goal), tool_reason_name(goal_reason));
        cells[8] = has_projection ? money_text(projected) : g_strdup("");
        cells[9] = has_projection ? money_text(balance) : g_strdup("");
        cells[10] = g_strdup(has_projection ? tool_projection_name(method) : "");
        tool_table_add_row(table, (const char *const *)cells);
        for (size_t c = 0; c < G_N_ELEMENTS(head); c++)
            g_free(cells[c]);
        n++;
    }
    if (n > 0) {
        static const char *const titles[BUDGET_MONITOR_COLOUR_N] = {N_("NOT JUDGED"), N_("GREEN"),
                                                                    N_("YELLOW"), N_("RED")};
        fprintf(out, "%s (%zu)\n", _(titles[colour]), n);
        tool_table_print(table, out);
        fputc('\n', out);
    }
    tool_table_free(table);
}

static void print_rollups(FILE *out, const BudgetMonitorResult *result)
{
    static const char *const head[] = {N_("unit"),       N_("projects"),  N_("colour"),
                                       N_("red"),        N_("yellow"),    N_("green"),
                                       N_("not judged"), N_("projected"), N_("balance")};
    ToolTable *table = tool_table_new(G_N_ELEMENTS(head));
    size_t n_units = budget_monitor_result_get_n_units(result);

    add_header(table, head, G_N_ELEMENTS(head));
    for (size_t c = 1; c < G_N_ELEMENTS(head); c++)
        tool_table_set_right(table, c, c != 2);
    for (size_t u = 0; u <= n_units; u++) {
        const char *unit = u < n_units ? budget_monitor_result_get_unit_nth(result, u) : NULL;
        size_t counts[BUDGET_MONITOR_COLOUR_N] = {0};
        BudgetMonitorColour worst = BUDGET_MONITOR_COLOUR_NONE;
        BudgetFen projected = 0, balance = 0;
        bool sums = budget_monitor_result_get_rollup(result, unit, BUDGET_MONITOR_ASPECT_OVERALL, counts,
                                                     &worst, &projected, &balance);
        size_t total = counts[0] + counts[1] + counts[2] + counts[3];
        char *cells[G_N_ELEMENTS(head)];

        if (!sums)
            budget_monitor_result_get_rollup(result, unit, BUDGET_MONITOR_ASPECT_OVERALL, counts, &worst,
                                             NULL, NULL);
        cells[0] = g_strdup(unit != NULL ? (unit[0] != '\0' ? unit : _("(blank)")) : _("department"));
        cells[1] = g_strdup_printf("%zu", total);
        cells[2] = g_strdup(tool_colour_name(worst));
        cells[3] = g_strdup_printf("%zu", counts[BUDGET_MONITOR_COLOUR_RED]);
        cells[4] = g_strdup_printf("%zu", counts[BUDGET_MONITOR_COLOUR_YELLOW]);
        cells[5] = g_strdup_printf("%zu", counts[BUDGET_MONITOR_COLOUR_GREEN]);
        cells[6] = g_strdup_printf("%zu", counts[BUDGET_MONITOR_COLOUR_NONE]);
        cells[7] = sums ? money_text(projected) : g_strdup("");
        cells[8] = sums ? money_text(balance) : g_strdup("");
        tool_table_add_row(table, (const char *const *)cells);
        for (size_t c = 0; c < G_N_ELEMENTS(head); c++)
            g_free(cells[c]);
    }
    fputs(_("By unit (worst colour, projects per colour, 全年预计执行数 and 预计结余 in 元)\n"), out);
    tool_table_print(table, out);
    tool_table_free(table);
}

static void print_view(FILE *out, const BudgetMonitorResult *result, const BudgetMonitorConfig *config)
{
    BudgetMonitorAgainst against;
    BudgetMonitorBasis basis = budget_monitor_result_get_basis(result, &against);
    int64_t red, yellow;
    char date[16], r[32], y[32];

    budget_monitor_config_get_colour_thresholds(config, basis, &red, &yellow);
    budget_money_rate_format(red, r, sizeof r);
    budget_money_rate_format(yellow, y, sizeof y);
    budget_date_format(budget_monitor_result_get_as_of(result), date, sizeof date);
    /* One sentence per case, so that a translation can order its words. */
    if (basis == BUDGET_MONITOR_BASIS_RATIO && against == BUDGET_MONITOR_AGAINST_TIME)
        fprintf(
            out,
            _("双监控 as of %s: execution as a ratio of time progress (red below %s%%, yellow below %s%%), "
              "money in 元\n\n"),
            date, r, y);
    else if (basis == BUDGET_MONITOR_BASIS_RATIO)
        fprintf(
            out,
            _("双监控 as of %s: execution as a ratio of planned percent (red below %s%%, yellow below %s%%), "
              "money in 元\n\n"),
            date, r, y);
    else if (against == BUDGET_MONITOR_AGAINST_TIME)
        fprintf(out,
                _("双监控 as of %s: execution minus time progress (red below %s pp, yellow below %s pp), "
                  "money in 元\n\n"),
                date, r, y);
    else
        fprintf(out,
                _("双监控 as of %s: execution minus planned percent (red below %s pp, yellow below %s pp), "
                  "money in 元\n\n"),
                date, r, y);
    for (int c = BUDGET_MONITOR_COLOUR_RED; c >= BUDGET_MONITOR_COLOUR_NONE; c--)
        print_projects(out, result, (BudgetMonitorColour)c);
    print_rollups(out, result);
}

/* ---- Running ------------------------------------------------------------ */

/* The terminal view (the table format, unless --headers or --width ask for
 * the library's) goes to standard output or, atomically, to --out; every
 * other format is the library's. */
static gboolean write_output(const MonitorArgs *args, const ToolFormat *fmt,
                             const BudgetMonitorResult *result, const BudgetMonitorConfig *config)
{
    BudgetLevel level = BUDGET_LEVEL_PROJECT;
    BudgetMoneyUnit unit = BUDGET_MONEY_UNIT_YUAN;
    BudgetExport *ex;
    BudgetError err;
    gboolean ok;

    if (fmt->format == BUDGET_EXPORT_FORMAT_TABLE && args->fmt.headers == NULL && args->fmt.width == -1) {
        FILE *out = stdout;
        char *tmp = NULL;

        if (fmt->out != NULL) {
            tmp = g_strdup_printf("%s.tmp", fmt->out);
            out = fopen(tmp, "w");
            if (out == NULL) {
                tool_errorf(_("--out: cannot write %s"), tmp);
                g_free(tmp);
                return FALSE;
            }
        }
        print_view(out, result, config);
        if (tmp != NULL) {
            ok = fclose(out) == 0 && rename(tmp, fmt->out) == 0;
            if (!ok) {
                tool_errorf(_("--out: cannot write %s"), fmt->out);
                remove(tmp);
            }
            g_free(tmp);
            return ok;
        }
        return TRUE;
    }
    if (args->level != NULL && !budget_level_from_string(args->level, &level)) {
        tool_errorf(_("--level: unknown value '%s' (use one of: project, unit, department)"), args->level);
        return FALSE;
    }
    if (args->money_unit != NULL && !budget_money_unit_from_string(args->money_unit, &unit)) {
        tool_errorf(_("--money-unit: unknown value '%s' (use one of: yuan, wan, yi)"), args->money_unit);
        return FALSE;
    }
    ex = tool_format_export(fmt);
    budget_export_set_money_unit(ex, unit);
    ok = budget_export_monitor(ex, result, level, &err);
    budget_export_free(ex);
    if (!ok)
        tool_print_export_problem(&err);
    else if (fmt->format != BUDGET_EXPORT_FORMAT_JSON && args->as_of == NULL)
        tool_note_as_of(budget_monitor_result_get_as_of(result));
    return ok;
}

static int run_monitor(const char *dir, const MonitorArgs *args, const ToolFormat *fmt,
                       const BudgetMonitorConfig *config, BudgetMonitorColour fail_on)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    ToolProblems problems;
    BudgetDiagnostics *diag = tool_problems_new(&problems, stderr, TRUE);
    BudgetCsvFolder *folder = NULL;
    BudgetMonitorResult *result = NULL;
    BudgetDate as_of;
    BudgetError err;
    int status = TOOL_EXIT_USAGE;
    size_t counts[BUDGET_MONITOR_COLOUR_N] = {0};

    problems.mark_rejected = args->lenient;
    budget_csv_options_set_lenient(options, args->lenient);
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
    tool_problems_summary(&problems);
    result = budget_monitor_result_new(budget_csv_folder_get_ledger(folder), config, &err);
    if (result == NULL) {
        tool_print_problem(&err);
        goto out;
    }
    if (!write_output(args, fmt, result, config))
        goto out;
    status = tool_flush_stdout();
    if (status != TOOL_EXIT_OK)
        goto out;
    budget_monitor_result_get_rollup(result, NULL, BUDGET_MONITOR_ASPECT_OVERALL, counts, NULL, NULL, NULL);
    if (counts[BUDGET_MONITOR_COLOUR_RED] > 0 ||
        (fail_on == BUDGET_MONITOR_COLOUR_YELLOW && counts[BUDGET_MONITOR_COLOUR_YELLOW] > 0)) {
        if (!tool_quiet)
            tool_errorf(_("alert: %zu red, %zu yellow"), counts[BUDGET_MONITOR_COLOUR_RED],
                        counts[BUDGET_MONITOR_COLOUR_YELLOW]);
        status = TOOL_EXIT_ALERT;
    }

out:
    budget_monitor_result_free(result);
    budget_csv_folder_free(folder);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return status;
}

int tool_cmd_monitor(int argc, char **argv)
{
    MonitorArgs args = {.fmt.width = -1};
    ToolFormat fmt;
    GOptionEntry entries[] = {
        {"as-of", 0, 0, G_OPTION_ARG_FILENAME, &args.as_of,
         N_("Monitoring date (default: today in the book's year, else 31 December)"), "YYYY-MM-DD"},
        {"basis", 0, 0, G_OPTION_ARG_FILENAME, &args.basis,
         N_("Money colour by execution ÷ reference (default) or execution − reference"), "ratio|gap"},
        {"against", 0, 0, G_OPTION_ARG_FILENAME, &args.against,
         N_("Reference: time progress 序时进度 (default) or the plan"), "time|plan"},
        {"red", 0, 0, G_OPTION_ARG_FILENAME, &args.red,
         N_("Red below N (ratio: percent, default 60; gap: points, default -20)"), "N"},
        {"yellow", 0, 0, G_OPTION_ARG_FILENAME, &args.yellow,
         N_("Yellow below N (ratio: default 80; gap: default -10)"), "N"},
        {"floor", 0, 0, G_OPTION_ARG_FILENAME, &args.floor,
         N_("No money colour for a budget below this amount (e.g. 50000, 5万元)"), "MONEY"},
        {"fail-on", 0, 0, G_OPTION_ARG_FILENAME, &args.fail_on,
         N_("Exit 3 when a project is red (default), or red or yellow"), "red|yellow"},
        {"level", 0, 0, G_OPTION_ARG_FILENAME, &args.level,
         N_("With --format: project rows (default), unit or department roll-ups"), "project|unit|department"},
        TOOL_FORMAT_ENTRIES(args.fmt),
        {"config", 0, 0, G_OPTION_ARG_FILENAME, &args.config,
         N_("Read [report] and [monitor] settings (docs/config.md); options win"), "FILE"},
        {"money-unit", 0, 0, G_OPTION_ARG_FILENAME, &args.money_unit,
         N_("Money in 元 (default), 万元 or 亿元"), "UNIT"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &tool_quiet,
         N_("No notes on stderr (problems are still printed)"), NULL},
        {"lenient", 0, 0, G_OPTION_ARG_NONE, &args.lenient,
         N_("Skip bad rows (listed on stderr) instead of stopping at the first"), NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, N_("Input encoding (default: auto)"),
         "auto|UTF-8|GB18030"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new(_("DIR - 双监控: money and goal colours at a date"));
    BudgetMonitorConfig *config = budget_monitor_config_new();
    BudgetMonitorColour fail_on = BUDGET_MONITOR_COLOUR_RED;
    int status = TOOL_EXIT_USAGE;

    g_set_prgname("budget monitor");
    g_option_context_set_translation_domain(context, GETTEXT_PACKAGE);
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, _("Each project gets a money colour (its execution rate against time progress or\n"
                   "its plan: red below 60 %, yellow below 80 % of the reference by default) and a\n"
                   "goal colour (indicators.csv: 完成目标可能性, 全年预计完成值 or 1-N月实际完成值\n"
                   "against the target); the worse of the two is its colour. A year-end projection\n"
                   "(全年预计执行数, 预计结余) is given with its method: plan or run_rate.\n"
                   "Negative gap thresholds are written --red=-20.\n"
                   "\n"
                   "Examples:\n"
                   "  budget monitor examples/data --as-of 2024-06-30\n"
                   "  budget monitor examples/data --as-of 2024-06-30 --basis gap --red=-20 --yellow=-10\n"
                   "  budget monitor examples/data --format csv --level unit --out units.csv\n"
                   "\n"
                   "Exit status: 0 nothing to alert (rows skipped with --lenient are warnings),\n"
                   "2 usage error or unreadable input, 3 a project is red (or yellow with\n"
                   "--fail-on yellow)."));
    if (!tool_parse_args(context, "monitor", &argc, &argv))
        goto out;
    if (!tool_format_parse(&args.fmt, &fmt))
        goto out;
    if (!apply_args(&args, config, &fail_on))
        goto out;
    if (!tool_check_data_dir(argv[1]))
        goto out;
    status = run_monitor(argv[1], &args, &fmt, config, fail_on);

out:
    budget_monitor_config_free(config);
    g_option_context_free(context);
    g_free(args.as_of);
    g_free(args.basis);
    g_free(args.against);
    g_free(args.red);
    g_free(args.yellow);
    g_free(args.floor);
    g_free(args.fail_on);
    tool_format_args_clear(&args.fmt);
    g_free(args.level);
    g_free(args.config);
    g_free(args.money_unit);
    g_free(args.encoding);
    return status;
}
