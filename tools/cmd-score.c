/* budget score: self-evaluation scores (绩效自评) per project, the indicators
 * behind them, and the department ratios (部门整体). */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *as_of;
    char *format;
    char *encoding;
    char *config;
    gboolean detail;
    gboolean department;
    gboolean lenient;
} ScoreArgs;

typedef struct {
    BudgetCsvFolder *folder; /* owns the three below */
    BudgetBook *book;
    BudgetLedger *ledger;
    const BudgetDepartmentInputs *inputs; /* nullable */
    BudgetDate as_of;
    gboolean table; /* the terminal table, else export_format */
    BudgetExportFormat export_format;
} ScoreData;

/* ---- Terminal tables: cells from the library's export rows ------------- */

/* Cells longer than this many columns are cut in the table ("…"); 0: never. */
typedef struct {
    ToolTable *table;
    const size_t *widths; /* one per column */
    size_t n_rows;
    size_t grade_col;
    size_t grade_counts[BUDGET_TARGET_GRADE_N]; /* by BudgetTargetGrade */
} ScoreTable;

static int add_table_row(const char *const *cells, size_t n_cells, bool is_header, void *user_data)
{
    ScoreTable *st = user_data;
    const char **row = g_new(const char *, n_cells);
    char **cut = g_new0(char *, n_cells);

    for (size_t c = 0; c < n_cells; c++) {
        if (!is_header && st->widths[c] > 0)
            cut[c] = tool_truncate_width(cells[c], st->widths[c]);
        row[c] = cut[c] != NULL ? cut[c] : cells[c];
    }
    if (is_header) {
        for (size_t c = 0; c < n_cells; c++)
            if (strcmp(cells[c], "grade") == 0)
                st->grade_col = c;
    } else {
        BudgetTargetGrade g;

        st->n_rows++;
        if (st->grade_col > 0 && budget_target_grade_from_string(cells[st->grade_col], &g))
            st->grade_counts[g]++;
    }
    /* The summary table heads its parts without "_score". */
    if (is_header) {
        char **plain = g_new0(char *, n_cells);
        for (size_t c = 0; c < n_cells; c++) {
            if (g_str_has_suffix(cells[c], "_score")) {
                plain[c] = g_strndup(cells[c], strlen(cells[c]) - strlen("_score"));
                row[c] = plain[c];
            }
        }
        tool_table_add_row(st->table, row);
        for (size_t c = 0; c < n_cells; c++)
            g_free(plain[c]);
        g_free(plain);
    } else {
        tool_table_add_row(st->table, row);
    }
    for (size_t c = 0; c < n_cells; c++)
        g_free(cut[c]);
    g_free(cut);
    g_free(row);
    return 0;
}

/* Writes one table: through the library in CSV, JSON or Markdown, or laid
 * out here for the terminal. @write is the export call. */
typedef bool (*WriteTable)(BudgetExport *out, const ScoreData *d, const BudgetScoreReport *report,
                           BudgetDiagnostics *diag, BudgetError *err);

static gboolean print_one(const ScoreData *d, const BudgetScoreReport *report, WriteTable write,
                          ScoreTable *st)
{
    ToolProblems problems;
    /* Warnings of the export (an overflow's place) print as found. */
    BudgetDiagnostics *diag = tool_problems_new(&problems, stderr, TRUE);
    BudgetExport *out =
        d->table ? budget_export_new_rows(add_table_row, st, NULL) : tool_export_new_stdout(d->export_format);
    BudgetError err;
    gboolean ok = write(out, d, report, diag, &err);

    if (!ok)
        tool_print_export_problem(&err);
    budget_export_free(out);
    budget_diagnostics_free(diag);
    return ok;
}

static bool write_scores(BudgetExport *out, const ScoreData *d, const BudgetScoreReport *report,
                         BudgetDiagnostics *diag, BudgetError *err)
{
    return budget_export_scores(out, report, d->book, err);
}

static bool write_details(BudgetExport *out, const ScoreData *d, const BudgetScoreReport *report,
                          BudgetDiagnostics *diag, BudgetError *err)
{
    return budget_export_score_details(out, report, err);
}

static bool write_department(BudgetExport *out, const ScoreData *d, const BudgetScoreReport *report,
                             BudgetDiagnostics *diag, BudgetError *err)
{
    return budget_export_department_ratios(out, d->ledger, d->inputs, diag, err);
}

static gboolean print_summary(const ScoreData *d, const BudgetScoreReport *report)
{
    /* code, 4 parts, total, grade, available, name */
    static const size_t widths[] = {0, 0, 0, 0, 0, 0, 0, 0, 28};
    ScoreTable st = {0};
    size_t n = budget_score_report_get_n(report);
    char date[16];

    if (!d->table)
        return print_one(d, report, write_scores, NULL);

    st.table = tool_table_new(G_N_ELEMENTS(widths));
    st.widths = widths;
    budget_date_format(d->as_of, date, sizeof date);
    printf("Self-evaluation scores as of %s (execution 10, output 50, outcome 30, satisfaction 10)\n\n",
           date);
    for (size_t c = 1; c <= 7; c++)
        tool_table_set_right(st.table, c, TRUE);
    tool_table_set_right(st.table, 6, FALSE);
    if (!print_one(d, report, write_scores, &st)) {
        tool_table_free(st.table);
        return FALSE;
    }
    tool_table_print(st.table, stdout);
    tool_table_free(st.table);
    printf("\n%zu project%s: %zu 优, %zu 良, %zu 中, %zu 差", n, n == 1 ? "" : "s",
           st.grade_counts[BUDGET_TARGET_GRADE_EXCELLENT], st.grade_counts[BUDGET_TARGET_GRADE_GOOD],
           st.grade_counts[BUDGET_TARGET_GRADE_FAIR], st.grade_counts[BUDGET_TARGET_GRADE_POOR]);
    if (st.grade_counts[BUDGET_TARGET_GRADE_NONE] > 0)
        printf(", %zu without a total", st.grade_counts[BUDGET_TARGET_GRADE_NONE]);
    printf("\n");
    for (size_t i = 0; i < n; i++) {
        const BudgetScorecard *card = budget_score_report_get_nth(report, i);
        for (size_t k = 0; k < budget_scorecard_get_n_notes(card); k++)
            printf("%s: %s\n", budget_scorecard_get_code(card), budget_scorecard_get_note(card, k));
    }
    return TRUE;
}

static gboolean print_detail(const ScoreData *d, const BudgetScoreReport *report)
{
    /* code, level1-3, target, actual, weight, score, result, part, grade, deviation, reason */
    static const size_t widths[] = {0, 16, 16, 16, 24, 16, 0, 0, 0, 0, 0, 0, 40};
    ScoreTable st = {0};
    char date[16];

    if (!d->table)
        return print_one(d, report, write_details, NULL);
    budget_date_format(d->as_of, date, sizeof date);
    printf("Indicators as of %s (weight and score in points)\n\n", date);
    st.table = tool_table_new(G_N_ELEMENTS(widths));
    st.widths = widths;
    tool_table_set_right(st.table, 6, TRUE);
    tool_table_set_right(st.table, 7, TRUE);
    tool_table_set_right(st.table, 11, TRUE);
    if (print_one(d, report, write_details, &st))
        tool_table_print(st.table, stdout);
    tool_table_free(st.table);
    return TRUE;
}

/* One row per ratio: value_pct, or an empty value and the reason
 * (budget_department_reason_to_string()). An overflow also names its
 * place on stderr, as a warning: the table is still printed. */
static gboolean print_department(const ScoreData *d)
{
    static const size_t widths[] = {0, 0, 0, 0};
    ScoreTable st = {0};
    char date[16];
    gboolean ok;

    if (!d->table)
        return print_one(d, NULL, write_department, NULL);
    budget_date_format(d->as_of, date, sizeof date);
    printf("Department ratios as of %s%s\n\n", date,
           d->inputs != NULL ? "" : " (no department.csv: ratios that need it are not_given)");
    st.table = tool_table_new(G_N_ELEMENTS(widths));
    st.widths = widths;
    tool_table_set_right(st.table, 2, TRUE);
    ok = print_one(d, NULL, write_department, &st);
    if (ok)
        tool_table_print(st.table, stdout);
    tool_table_free(st.table);
    return ok;
}

/* ---- Loading ---------------------------------------------------------- */

static gboolean load(const char *dir, const ScoreArgs *args, ScoreData *d)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    ToolProblems problems;
    /* Problems go to stderr as they are found; every failure of a call that
     * takes the list is in it. */
    BudgetDiagnostics *diag = tool_problems_new(&problems, stderr, TRUE);
    BudgetError err;
    gboolean ok = FALSE;

    problems.mark_rejected = args->lenient;
    budget_csv_options_set_lenient(options, args->lenient);
    if (!tool_set_encoding(options, args->encoding))
        goto out;
    /* Scores read every file but department.csv, which only --department
     * needs. Every failure of the load is in the list, printed already. */
    budget_csv_options_set_files(options, args->department
                                              ? BUDGET_CSV_FILES_ALL
                                              : BUDGET_CSV_FILES_ALL & ~BUDGET_CSV_FILE_DEPARTMENT);
    /* Without --as-of: today in the book's year, else 31 December. */
    if (d->as_of == 0 && !tool_resolve_as_of(dir, NULL, options, &d->as_of))
        goto out;
    d->folder = tool_load_folder(dir, d->as_of, options,
                                 args->department ? BUDGET_CSV_FILES_ALL
                                                  : BUDGET_CSV_FILES_ALL & ~BUDGET_CSV_FILE_DEPARTMENT,
                                 diag, &err);
    if (d->folder == NULL) {
        tool_hint_year(&err);
        goto out;
    }
    d->book = budget_csv_folder_get_book(d->folder);
    d->ledger = budget_csv_folder_get_ledger(d->folder);
    d->inputs = budget_csv_folder_get_department_inputs(d->folder);
    if (args->as_of == NULL)
        d->as_of = budget_ledger_get_as_of(d->ledger);
    else
        tool_warn_as_of(d->as_of, budget_book_get_year(d->book));
    tool_problems_summary(&problems);
    ok = TRUE;
out:
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return ok;
}

static int run_score(const char *dir, const ScoreArgs *args, ScoreData *d)
{
    BudgetScoreReport *report = NULL;
    BudgetError err;
    int status = TOOL_EXIT_USAGE;

    if (!load(dir, args, d))
        goto out;
    if (args->department) {
        if (!print_department(d))
            goto out;
    } else {
        report = budget_score_report_new(d->ledger, NULL, &err);
        if (report == NULL) {
            tool_print_problem(&err);
            goto out;
        }
        if (args->detail ? !print_detail(d, report) : !print_summary(d, report))
            goto out;
    }
    if (!d->table && d->export_format != BUDGET_EXPORT_FORMAT_JSON && args->as_of == NULL)
        tool_note_as_of(d->as_of);
    status = tool_flush_stdout();
out:
    budget_score_report_free(report);
    budget_csv_folder_free(d->folder);
    return status;
}

int tool_cmd_score(int argc, char **argv)
{
    ScoreArgs args = {0};
    GOptionEntry entries[] = {
        {"as-of", 0, 0, G_OPTION_ARG_FILENAME, &args.as_of,
         "Evaluation date (default: today in the book's year, else 31 December)", "YYYY-MM-DD"},
        {"format", 0, 0, G_OPTION_ARG_FILENAME, &args.format, "Output format (default: table)",
         "table|csv|json|markdown"},
        {"detail", 0, 0, G_OPTION_ARG_NONE, &args.detail, "One row per indicator instead of per project",
         NULL},
        {"department", 0, 0, G_OPTION_ARG_NONE, &args.department,
         "The department ratios (部门整体), with DIR/department.csv if present", NULL},
        {"lenient", 0, 0, G_OPTION_ARG_NONE, &args.lenient,
         "Skip bad rows (listed on stderr) instead of stopping at the first", NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, "Input encoding (default: auto)",
         "auto|UTF-8|GB18030"},
        {"config", 0, 0, G_OPTION_ARG_FILENAME, &args.config,
         "A configuration file (docs/config.md); its [report] and [monitor] groups are checked", "FILE"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &tool_quiet, "No notes on stderr (problems are still printed)",
         NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new("DIR - self-evaluation scores (绩效自评)");
    ScoreData data;
    BudgetError err;
    int status = TOOL_EXIT_USAGE;

    memset(&data, 0, sizeof data);
    g_set_prgname("budget score");
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, "Scores out of 100 (财预〔2020〕10号): budget execution 10 (execution rate × 10,\n"
                 "capped), output 50, outcome 30, satisfaction 10, split evenly across a part's\n"
                 "indicators unless indicators.csv gives a weight. Not applicable indicators\n"
                 "(不适用) are dropped and the total rescaled to 100; blank actuals score 0.\n"
                 "Grades: [90,100] 优, [80,90) 良, [60,80) 中, below 60 差.\n"
                 "\n"
                 "CSV output, one row per project:\n"
                 "  code,execution_score,output_score,outcome_score,satisfaction_score,total,\n"
                 "  grade,available,name\n"
                 "(part scores before rescaling, empty for a part without indicators; total =\n"
                 "sum × 100 ÷ available). With --detail, one row per indicator:\n"
                 "  code,level1,level2,level3,target,actual,weight,score,result,part,grade,\n"
                 "  deviation,reason\n"
                 "With --department: ratio,name,value_pct,reason (an undefined ratio has an\n"
                 "empty value and the reason: not_given, zero_denominator,\n"
                 "negative_denominator or overflow, whose place is a warning on stderr).\n"
                 "JSON (money and rates as exact decimal strings, null when undefined) and\n"
                 "Markdown carry the same columns.\n"
                 "\n"
                 "Examples:\n"
                 "  budget score examples/data\n"
                 "  budget score examples/data --detail --format csv > indicators-scored.csv\n"
                 "  budget score examples/data --department\n"
                 "\n"
                 "Exit status: 0 success, 2 usage error or unreadable input.");
    if (!tool_parse_args(context, "score", &argc, &argv))
        goto out;
    if (args.detail && args.department) {
        tool_errorf("score: --detail and --department are separate tables; give one");
        goto out;
    }
    data.table = TRUE;
    if (args.format != NULL && g_ascii_strcasecmp(args.format, "table") != 0) {
        if (!budget_export_format_from_string(args.format, &data.export_format)) {
            tool_errorf("--format: unknown value '%s' (use one of: table, csv, json, markdown)", args.format);
            goto out;
        }
        data.table = FALSE;
    }
    if (args.as_of != NULL && !budget_date_parse(args.as_of, -1, &data.as_of, &err)) {
        tool_errorf("--as-of: %s", err.message);
        goto out;
    }
    /* The file's [report] and [monitor] groups are checked here, so that a
     * bad key fails every command alike; [score] has its own reader. */
    if (args.config != NULL) {
        BudgetMonitorConfig *config = budget_monitor_config_new();
        gboolean ok = tool_load_config(config, args.config);
        budget_monitor_config_free(config);
        if (!ok)
            goto out;
    }
    if (!tool_check_data_dir(argv[1]))
        goto out;
    status = run_score(argv[1], &args, &data);

out:
    g_option_context_free(context);
    g_free(args.as_of);
    g_free(args.format);
    g_free(args.encoding);
    g_free(args.config);
    return status;
}
