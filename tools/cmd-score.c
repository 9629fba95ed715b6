/* budget score: self-evaluation scores (绩效自评) per project, the indicators
 * behind them, and the department ratios (部门整体). */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *as_of;
    ToolFormatArgs fmt;
    char *encoding;
    gboolean detail;
    gboolean department;
    gboolean lenient;
    char *profile;      /* NAME or FILE */
    char *config;       /* FILE: [score] groups read, [report] and [monitor] checked */
    int score_decimals; /* -2: not given */
} ScoreArgs;

typedef struct {
    BudgetCsvFolder *folder; /* owns the three below */
    BudgetBook *book;
    BudgetLedger *ledger;
    const BudgetDepartmentInputs *inputs; /* nullable */
    BudgetDate as_of;
    gboolean table; /* the terminal table laid out here, else fmt */
    ToolFormat fmt;
    BudgetScoreConfig *config; /* the profile in use */
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
            /* The library names it "grade", or 等级 under --headers zh. */
            if (strcmp(cells[c], "grade") == 0 || strcmp(cells[c], "等级") == 0)
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
        d->table ? budget_export_new_rows(add_table_row, st, NULL) : tool_format_export(&d->fmt);
    BudgetError err;
    gboolean ok;

    /* The terminal's table speaks the reader's language (--headers, else the locale). */
    if (d->table)
        budget_export_set_headers(out, d->fmt.headers);
    ok = write(out, d, report, diag, &err);

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

/* The profile in use, printed above every table of scores. */
static void print_profile(const ScoreData *d)
{
    const char *source = budget_score_config_get_source(d->config);
    int decimals = budget_score_config_get_decimals(d->config);

    printf(_("Profile: %s%s%s%s"), budget_score_config_get_name(d->config), *source ? " (" : "", source,
           *source ? ")" : "");
    if (decimals == 0)
        printf(_(", whole points"));
    else if (decimals > 0)
        printf(ngettext(", points rounded to %d decimal", ", points rounded to %d decimals", decimals),
               decimals);
    if (decimals >= 0 && budget_score_config_get_rounding(d->config) == BUDGET_SCORE_ROUNDING_DOWN)
        printf(_(" (fraction dropped)"));
    printf("\n");
}

static gboolean print_summary(const ScoreData *d, const BudgetScoreReport *report)
{
    /* code, 4 parts, total, grade, available, name, profile, blank_zero */
    static const size_t widths[] = {0, 0, 0, 0, 0, 0, 0, 0, 28, 0, 0};
    size_t n_blank = 0;
    ScoreTable st = {0};
    size_t n = budget_score_report_get_n(report);
    char date[16];

    if (!d->table)
        return print_one(d, report, write_scores, NULL);

    st.table = tool_table_new(G_N_ELEMENTS(widths));
    st.widths = widths;
    budget_date_format(d->as_of, date, sizeof date);
    printf(
        _("Self-evaluation scores as of %s (execution %g, output %g, outcome %g, satisfaction %g)\n"), date,
        (double)budget_score_config_get_part_points(d->config, BUDGET_SCORE_PART_EXECUTION) /
            BUDGET_SCORE_POINT,
        (double)budget_score_config_get_part_points(d->config, BUDGET_SCORE_PART_OUTPUT) / BUDGET_SCORE_POINT,
        (double)budget_score_config_get_part_points(d->config, BUDGET_SCORE_PART_OUTCOME) /
            BUDGET_SCORE_POINT,
        (double)budget_score_config_get_part_points(d->config, BUDGET_SCORE_PART_SATISFACTION) /
            BUDGET_SCORE_POINT);
    print_profile(d);
    printf("\n");
    for (size_t c = 1; c <= 7; c++)
        tool_table_set_right(st.table, c, TRUE);
    tool_table_set_right(st.table, 6, FALSE);
    tool_table_set_right(st.table, 10, TRUE);
    if (!print_one(d, report, write_scores, &st)) {
        tool_table_free(st.table);
        return FALSE;
    }
    tool_table_print(st.table, stdout);
    tool_table_free(st.table);
    putchar('\n');
    printf(ngettext("%zu project:", "%zu projects:", n), n);
    printf(_(" %zu 优, %zu 良, %zu 中, %zu 差"), st.grade_counts[BUDGET_TARGET_GRADE_EXCELLENT],
           st.grade_counts[BUDGET_TARGET_GRADE_GOOD], st.grade_counts[BUDGET_TARGET_GRADE_FAIR],
           st.grade_counts[BUDGET_TARGET_GRADE_POOR]);
    if (st.grade_counts[BUDGET_TARGET_GRADE_NONE] > 0)
        printf(_(", %zu without a total"), st.grade_counts[BUDGET_TARGET_GRADE_NONE]);
    printf("\n");
    for (size_t i = 0; i < n; i++)
        n_blank += budget_scorecard_get_n_blank_zero(budget_score_report_get_nth(report, i));
    printf(ngettext("%zu indicator scored 0 for a blank actual\n",
                    "%zu indicators scored 0 for a blank actual\n", n_blank),
           n_blank);
    for (size_t i = 0; i < n; i++) {
        const BudgetScorecard *card = budget_score_report_get_nth(report, i);
        for (size_t k = 0; k < budget_scorecard_get_n_notes(card); k++)
            printf("%s: %s\n", budget_scorecard_get_code(card), budget_scorecard_get_note(card, k));
    }
    return TRUE;
}

static gboolean print_detail(const ScoreData *d, const BudgetScoreReport *report)
{
    /* code, level1-3, target, actual, weight, score, result, part, grade, deviation, reason,
     * target_read, actual_read, rule, deduction, warning */
    static const size_t widths[] = {0, 16, 16, 16, 24, 16, 0, 0, 0, 0, 0, 0, 40, 24, 16, 0, 48, 40};
    ScoreTable st = {0};
    char date[16];

    if (!d->table)
        return print_one(d, report, write_details, NULL);
    budget_date_format(d->as_of, date, sizeof date);
    printf(_("Indicators as of %s (weight and score in points)\n"), date);
    print_profile(d);
    printf("\n");
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
    printf(_("Department ratios as of %s%s\n\n"), date,
           d->inputs != NULL ? "" : _(" (no department.csv: ratios that need it are not_given)"));
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
        report = budget_score_report_new(d->ledger, d->config, &err);
        if (report == NULL) {
            tool_print_problem(&err);
            goto out;
        }
        if (args->detail ? !print_detail(d, report) : !print_summary(d, report))
            goto out;
    }
    if (!d->table &&
        (d->fmt.format == BUDGET_EXPORT_FORMAT_CSV || d->fmt.format == BUDGET_EXPORT_FORMAT_MARKDOWN) &&
        args->as_of == NULL)
        tool_note_as_of(d->as_of);
    status = tool_flush_stdout();
out:
    budget_score_report_free(report);
    budget_csv_folder_free(d->folder);
    return status;
}

/* The folders a profile NAME is looked up in: $BUDGET_PROFILE_DIR (to run
 * from the build tree), then the installed profiles. */
static char *find_profile(const char *name)
{
    const char *dirs[] = {g_getenv("BUDGET_PROFILE_DIR"), BUDGET_PROFILE_DIR};

    for (size_t i = 0; i < G_N_ELEMENTS(dirs); i++) {
        char *file, *path;
        if (dirs[i] == NULL || *dirs[i] == '\0')
            continue;
        file = g_strconcat(name, ".ini", NULL);
        path = g_build_filename(dirs[i], file, NULL);
        g_free(file);
        if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
            return path;
        g_free(path);
    }
    return NULL;
}

/* Loads one file into the configuration; a problem is printed. */
static gboolean load_profile_file(BudgetScoreConfig *config, const char *path, const char *option)
{
    BudgetError err;

    if (!budget_score_config_load_file(config, path, &err)) {
        fprintf(stderr, _("budget score: %s: "), option);
        tool_print_problem(&err);
        return FALSE;
    }
    return TRUE;
}

/* The profile (NAME or FILE), then the --config file, then --score-decimals. */
static gboolean setup_config(const ScoreArgs *args, ScoreData *d)
{
    BudgetError err;

    d->config = budget_score_config_new();
    if (args->profile != NULL) {
        bool is_file = strchr(args->profile, '/') != NULL || g_str_has_suffix(args->profile, ".ini");
        char *path = is_file ? g_strdup(args->profile) : find_profile(args->profile);

        if (path == NULL) {
            tool_errorf(
                _("--profile: no profile '%s' (shipped: national, whole-points, bands-50, blank-full; or "
                  "give a FILE)"),
                args->profile);
            return FALSE;
        }
        if (!load_profile_file(d->config, path, "--profile")) {
            g_free(path);
            return FALSE;
        }
        if (is_file && strcmp(budget_score_config_get_name(d->config), "national") == 0) {
            /* a file that names no profile is named after itself */
            char *base = g_path_get_basename(path);
            if (g_str_has_suffix(base, ".ini"))
                base[strlen(base) - strlen(".ini")] = '\0';
            budget_score_config_set_name(d->config, base, budget_score_config_get_source(d->config), NULL);
            g_free(base);
        }
        g_free(path);
    }
    if (args->config != NULL && !load_profile_file(d->config, args->config, "--config"))
        return FALSE;
    if (args->score_decimals != -2 &&
        !budget_score_config_set_decimals(d->config, args->score_decimals, &err)) {
        tool_errorf(_("--score-decimals: %s"), err.message);
        return FALSE;
    }
    return TRUE;
}

int tool_cmd_score(int argc, char **argv)
{
    ScoreArgs args = {.fmt.width = -1};
    GOptionEntry entries[] = {
        {"profile", 0, 0, G_OPTION_ARG_FILENAME, &args.profile,
         N_("Scoring profile: a shipped NAME (national, whole-points, bands-50, blank-full) or an INI FILE"),
         "NAME|FILE"},
        {"config", 0, 0, G_OPTION_ARG_FILENAME, &args.config,
         N_("Configuration file (docs/config.md); its [score] groups apply after the profile"), "FILE"},
        {"score-decimals", 0, 0, G_OPTION_ARG_INT, &args.score_decimals,
         N_("Round every score to N decimals before adding up, as forms print them (0: whole points, "
            "四舍五入)"),
         "N"},
        {"as-of", 0, 0, G_OPTION_ARG_FILENAME, &args.as_of,
         N_("Evaluation date (default: today in the book's year, else 31 December)"), "YYYY-MM-DD"},
        TOOL_FORMAT_ENTRIES(args.fmt),
        {"detail", 0, 0, G_OPTION_ARG_NONE, &args.detail, N_("One row per indicator instead of per project"),
         NULL},
        {"department", 0, 0, G_OPTION_ARG_NONE, &args.department,
         N_("The department ratios (部门整体), with DIR/department.csv if present"), NULL},
        {"lenient", 0, 0, G_OPTION_ARG_NONE, &args.lenient,
         N_("Skip bad rows (listed on stderr) instead of stopping at the first"), NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, N_("Input encoding (default: auto)"),
         "auto|UTF-8|GB18030"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &tool_quiet,
         N_("No notes on stderr (problems are still printed)"), NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new(_("DIR - self-evaluation scores (绩效自评)"));
    ScoreData data;
    BudgetError err;
    int status = TOOL_EXIT_USAGE;

    memset(&data, 0, sizeof data);
    args.score_decimals = -2;
    g_set_prgname("budget score");
    g_option_context_set_translation_domain(context, GETTEXT_PACKAGE);
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, _("Scores out of 100 (财预〔2020〕10号): budget execution 10 (execution rate × 10,\n"
                   "capped), output 50, outcome 30, satisfaction 10, split evenly across a part's\n"
                   "indicators unless indicators.csv gives a weight. Not applicable indicators\n"
                   "(不适用) are dropped and the total rescaled to 100; blank actuals score 0.\n"
                   "Grades: [90,100] 优, [80,90) 良, [60,80) 中, below 60 差.\n"
                   "\n"
                   "Profiles: every one of these parameters is a key of a [score] group in an\n"
                   "INI file (docs/scoring-profiles.md): part points, absent_level, execution_cap,\n"
                   "denominator, qualitative_shares and _edges, tier_shares, grade_bands,\n"
                   "lower_rule (ratio|linear), blank_actual (zero|full|exclude), score_decimals,\n"
                   "score_rounding (half_up|down: 四舍五入, or the fraction dropped),\n"
                   "and step or deduction rules per indicator ([score step NAME],\n"
                   "[score deduction NAME]). Shipped profiles, each naming its source:\n"
                   "  national      财预〔2020〕10号 as restated above (the default)\n"
                   "  whole-points  the national rules, points rounded to whole numbers\n"
                   "  bands-50      qualitative bands 100-80 / 80-50 / 50-0 %, whole points\n"
                   "  blank-full    the national rules, a blank actual scoring full points\n"
                   "--profile loads one (NAME or FILE); --config FILE applies its [score]\n"
                   "groups after it (other groups are ignored); --score-decimals N last.\n"
                   "The profile in use is printed with every score.\n"
                   "\n"
                   "CSV output, one row per project:\n"
                   "  code,execution_score,output_score,outcome_score,satisfaction_score,total,\n"
                   "  grade,available,name,profile,blank_zero\n"
                   "(part scores before rescaling, empty for a part without indicators; total =\n"
                   "sum × 100 ÷ available). With --detail, one row per indicator:\n"
                   "  code,level1,level2,level3,target,actual,weight,score,result,part,grade,\n"
                   "  deviation,reason,target_read,actual_read,rule,deduction,warning\n"
                   "(blank_zero: indicators scored 0 for a blank actual; target_read and\n"
                   "actual_read: as the library read them; rule: what scored the row;\n"
                   "deduction: why points were lost; warning: how the actual was read)\n"
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
                   "Exit status: 0 success, 2 usage error or unreadable input."));
    if (!tool_parse_args(context, "score", &argc, &argv))
        goto out;
    if (args.detail && args.department) {
        tool_errorf(_("score: --detail and --department are separate tables; give one"));
        goto out;
    }
    if (!tool_format_parse(&args.fmt, &data.fmt))
        goto out;
    /* The terminal's table, with its notes, is laid out here; any other
     * format (the table format into --out, or with --headers or --width) is
     * the library's. */
    data.table = data.fmt.format == BUDGET_EXPORT_FORMAT_TABLE && args.fmt.out == NULL &&
                 args.fmt.headers == NULL && args.fmt.width == -1;
    if (args.as_of != NULL && !budget_date_parse(args.as_of, -1, &data.as_of, &err)) {
        tool_errorf(_("--as-of: %s"), err.message);
        goto out;
    }
    /* The file's [report] and [monitor] groups are checked here, so that a
     * bad key fails every command alike; [score] is read by setup_config. */
    if (args.config != NULL) {
        BudgetMonitorConfig *config = budget_monitor_config_new();
        gboolean ok = tool_load_config(config, args.config);
        budget_monitor_config_free(config);
        if (!ok)
            goto out;
    }
    if (!setup_config(&args, &data))
        goto out;
    if (!tool_check_data_dir(argv[1]))
        goto out;
    status = run_score(argv[1], &args, &data);

out:
    budget_score_config_free(data.config);
    g_free(args.profile);
    g_free(args.config);
    g_option_context_free(context);
    g_free(args.as_of);
    tool_format_args_clear(&args.fmt);
    g_free(args.encoding);
    return status;
}
