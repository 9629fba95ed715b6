/* budget score: self-evaluation scores (绩效自评) per project, the indicators
 * behind them, and the department ratios (部门整体). */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *as_of;
    char *format;
    char *encoding;
    gboolean detail;
    gboolean department;
    gboolean lenient;
} ScoreArgs;

typedef struct {
    BudgetBook *book;
    BudgetLedger *ledger;
    BudgetDepartmentInputs *inputs; /* nullable */
    BudgetDate as_of;
    gboolean csv;
} ScoreData;

static const BudgetScorePart parts[] = {
    BUDGET_SCORE_PART_EXECUTION,
    BUDGET_SCORE_PART_OUTPUT,
    BUDGET_SCORE_PART_OUTCOME,
    BUDGET_SCORE_PART_SATISFACTION,
};

static char *points_cell(int64_t points)
{
    char buf[32];
    budget_score_format(points, buf, sizeof buf);
    return g_strdup(buf);
}

/* The part's score before rescaling; empty when the part has no points. */
static char *part_cell(const BudgetScorecard *card, BudgetScorePart part)
{
    int64_t score;
    if (!budget_scorecard_get_part(card, part, NULL, &score, NULL))
        return g_strdup("");
    return points_cell(score);
}

static int64_t card_available(const BudgetScorecard *card)
{
    int64_t sum = 0, a;
    for (size_t i = 0; i < G_N_ELEMENTS(parts); i++) {
        if (budget_scorecard_get_part(card, parts[i], &a, NULL, NULL))
            sum += a;
    }
    return sum;
}

static const char *project_name(const BudgetBook *book, const char *code)
{
    const BudgetProject *project = budget_book_get_project(book, code);
    const char *name = project != NULL ? budget_project_get_name(project) : NULL;
    return name != NULL ? name : "";
}

/* ---- Project rows ----------------------------------------------------- */

#define SUMMARY_COLS 9

static void summary_cells(const ScoreData *d, const BudgetScorecard *card, char *cells[SUMMARY_COLS],
                          gboolean for_table)
{
    int64_t total;
    const char *code = budget_scorecard_get_code(card);
    gboolean has_total = budget_scorecard_get_total(card, &total);

    cells[0] = g_strdup(code);
    for (size_t i = 0; i < G_N_ELEMENTS(parts); i++)
        cells[1 + i] = part_cell(card, parts[i]);
    cells[5] = has_total ? points_cell(total) : g_strdup("");
    cells[6] = g_strdup(has_total ? budget_target_grade_to_string(budget_scorecard_get_grade(card)) : "");
    cells[7] = points_cell(card_available(card));
    cells[8] = for_table ? tool_truncate_width(project_name(d->book, code), 28)
                         : g_strdup(project_name(d->book, code));
}

static void print_summary(const ScoreData *d, const BudgetScoreReport *report)
{
    size_t n = budget_score_report_get_n(report);

    if (d->csv) {
        static const char *const head[SUMMARY_COLS] = {
            "code",  "execution_score", "output_score", "outcome_score", "satisfaction_score",
            "total", "grade",           "available",    "name",
        };
        tool_csv_write_row(stdout, head, SUMMARY_COLS);
        for (size_t i = 0; i < n; i++) {
            char *cells[SUMMARY_COLS];
            summary_cells(d, budget_score_report_get_nth(report, i), cells, FALSE);
            tool_csv_write_row(stdout, (const char *const *)cells, SUMMARY_COLS);
            for (size_t c = 0; c < SUMMARY_COLS; c++)
                g_free(cells[c]);
        }
        return;
    }
    {
        static const char *const head[SUMMARY_COLS] = {
            "code", "execution", "output", "outcome", "satisfaction", "total", "grade", "available", "name",
        };
        ToolTable *table = tool_table_new(SUMMARY_COLS);
        size_t counts[5] = {0};
        char date[16];

        budget_date_format(d->as_of, date, sizeof date);
        printf("Self-evaluation scores as of %s (execution 10, output 50, outcome 30, satisfaction 10)\n\n", date);
        tool_table_add_row(table, head);
        for (size_t c = 1; c <= 7; c++)
            tool_table_set_right(table, c, TRUE);
        tool_table_set_right(table, 6, FALSE);
        for (size_t i = 0; i < n; i++) {
            const BudgetScorecard *card = budget_score_report_get_nth(report, i);
            char *cells[SUMMARY_COLS];
            BudgetTargetGrade g = budget_scorecard_get_grade(card);
            summary_cells(d, card, cells, TRUE);
            tool_table_add_row(table, (const char *const *)cells);
            for (size_t c = 0; c < SUMMARY_COLS; c++)
                g_free(cells[c]);
            if ((int)g >= 0 && (int)g < 5)
                counts[g]++;
        }
        tool_table_print(table, stdout);
        tool_table_free(table);
        printf("\n%zu project%s: %zu 优, %zu 良, %zu 中, %zu 差", n, n == 1 ? "" : "s",
               counts[BUDGET_TARGET_GRADE_EXCELLENT], counts[BUDGET_TARGET_GRADE_GOOD],
               counts[BUDGET_TARGET_GRADE_FAIR], counts[BUDGET_TARGET_GRADE_POOR]);
        if (counts[BUDGET_TARGET_GRADE_NONE] > 0)
            printf(", %zu without a total", counts[BUDGET_TARGET_GRADE_NONE]);
        printf("\n");
        for (size_t i = 0; i < n; i++) {
            const BudgetScorecard *card = budget_score_report_get_nth(report, i);
            for (size_t k = 0; k < budget_scorecard_get_n_notes(card); k++)
                printf("%s: %s\n", budget_scorecard_get_code(card), budget_scorecard_get_note(card, k));
        }
    }
}

/* ---- Indicator rows --------------------------------------------------- */

#define DETAIL_COLS 13

/* actual − target in the target's unit: "-5.5%", "2个", "1500.00元", "3d" (days late). */
static char *deviation_cell(const BudgetTarget *target, const BudgetTargetEvaluation *ev)
{
    char buf[64];
    int64_t v = ev->deviation;
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    BudgetTargetKind kind = budget_target_get_kind(target);

    if (!ev->has_deviation)
        return g_strdup("");
    if (kind == BUDGET_TARGET_DEADLINE)
        return g_strdup_printf("%" G_GINT64_FORMAT "d", v);
    if (budget_target_get_unit_class(target) == BUDGET_TARGET_UNIT_MONEY) {
        budget_money_format(v, buf, sizeof buf);
        return g_strdup_printf("%s元", buf);
    }
    {
        /* micro-units: up to 6 decimals, trailing zeros dropped */
        GString *s = g_string_new(v < 0 ? "-" : "");
        uint64_t frac = mag % 1000000;
        g_string_append_printf(s, "%" G_GUINT64_FORMAT, mag / 1000000);
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
        return g_string_free(s, FALSE);
    }
}

static void detail_cells(const BudgetScorecard *card, size_t i, char *cells[DETAIL_COLS], gboolean for_table)
{
    static const char *const texts[] = {"level1", "level2", "level3", "target", "actual"};
    int64_t weight = 0, score = 0;
    BudgetTargetEvaluation ev;
    BudgetScorePart part = budget_scorecard_get_indicator_part(card, i);
    gboolean scored;

    budget_scorecard_get_indicator_score(card, i, &weight, &score, &ev);
    scored = part != BUDGET_SCORE_PART_NONE && ev.result != BUDGET_TARGET_NOT_APPLICABLE;
    cells[0] = g_strdup(budget_scorecard_get_code(card));
    for (size_t t = 0; t < G_N_ELEMENTS(texts); t++) {
        const char *v = budget_scorecard_get_indicator_text(card, i, texts[t]);
        cells[1 + t] = for_table ? tool_truncate_width(v, t == 3 ? 24 : 16) : g_strdup(v);
    }
    cells[6] = part != BUDGET_SCORE_PART_NONE ? points_cell(weight) : g_strdup("");
    cells[7] = scored ? points_cell(score) : g_strdup("");
    cells[8] = g_strdup(budget_target_result_to_string((BudgetTargetResult)ev.result));
    cells[9] = g_strdup(budget_score_part_to_string(part));
    cells[10] = g_strdup(budget_target_grade_to_string((BudgetTargetGrade)ev.grade));
    cells[11] = deviation_cell(budget_scorecard_get_indicator_target(card, i), &ev);
    cells[12] = for_table ? tool_truncate_width(budget_scorecard_get_indicator_text(card, i, "reason"), 40)
                          : g_strdup(budget_scorecard_get_indicator_text(card, i, "reason"));
}

static void print_detail(const ScoreData *d, const BudgetScoreReport *report)
{
    static const char *const head[DETAIL_COLS] = {
        "code",  "level1", "level2", "level3", "target",    "actual", "weight",
        "score", "result", "part",   "grade",  "deviation", "reason",
    };
    ToolTable *table = NULL;

    if (d->csv) {
        tool_csv_write_row(stdout, head, DETAIL_COLS);
    } else {
        char date[16];
        budget_date_format(d->as_of, date, sizeof date);
        printf("Indicators as of %s (weight and score in points)\n\n", date);
        table = tool_table_new(DETAIL_COLS);
        tool_table_add_row(table, head);
        tool_table_set_right(table, 6, TRUE);
        tool_table_set_right(table, 7, TRUE);
        tool_table_set_right(table, 11, TRUE);
    }
    for (size_t p = 0; p < budget_score_report_get_n(report); p++) {
        const BudgetScorecard *card = budget_score_report_get_nth(report, p);
        for (size_t i = 0; i < budget_scorecard_get_n_indicators(card); i++) {
            char *cells[DETAIL_COLS];
            detail_cells(card, i, cells, !d->csv);
            if (d->csv)
                tool_csv_write_row(stdout, (const char *const *)cells, DETAIL_COLS);
            else
                tool_table_add_row(table, (const char *const *)cells);
            for (size_t c = 0; c < DETAIL_COLS; c++)
                g_free(cells[c]);
        }
    }
    if (table != NULL) {
        tool_table_print(table, stdout);
        tool_table_free(table);
    }
}

/* ---- Department ratios ------------------------------------------------ */

/* One row per ratio: value_pct, or an empty value and the reason
 * (budget_department_reason_to_string()). An overflow also names its
 * place on stderr, as a warning: the table is still printed. */
static void print_department(const ScoreData *d)
{
    static const char *const head[4] = {"ratio", "name", "value_pct", "reason"};
    GHashTable *told = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL); /* each place once */
    ToolTable *table = NULL;

    if (d->csv) {
        tool_csv_write_row(stdout, head, 4);
    } else {
        char date[16];
        budget_date_format(d->as_of, date, sizeof date);
        printf("Department ratios as of %s%s\n\n", date,
               d->inputs != NULL ? "" : " (no department.csv: ratios that need it are not_given)");
        table = tool_table_new(4);
        tool_table_add_row(table, head);
        tool_table_set_right(table, 2, TRUE);
    }
    for (int r = 0; r < BUDGET_DEPARTMENT_N_RATIOS; r++) {
        int64_t bp;
        char buf[32] = "";
        const char *cells[4];
        BudgetError err;
        BudgetDepartmentReason reason =
            budget_department_ratio_full(d->ledger, d->inputs, (BudgetDepartmentRatio)r, &bp, &err);

        if (reason == BUDGET_DEPARTMENT_REASON_OK) {
            budget_rate_format(bp, buf, sizeof buf);
        } else if (err.code != BUDGET_ERROR_OK) {
            char *text = tool_format_problem(&err, TRUE);
            if (g_hash_table_add(told, text))
                fprintf(stderr, "%s\n", text);
        }
        cells[0] = budget_department_ratio_to_string((BudgetDepartmentRatio)r);
        cells[1] = budget_department_ratio_to_chinese((BudgetDepartmentRatio)r);
        cells[2] = buf;
        cells[3] = reason == BUDGET_DEPARTMENT_REASON_OK ? "" : budget_department_reason_to_string(reason);
        if (d->csv)
            tool_csv_write_row(stdout, cells, 4);
        else
            tool_table_add_row(table, cells);
    }
    if (table != NULL) {
        tool_table_print(table, stdout);
        tool_table_free(table);
    }
    g_hash_table_unref(told);
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
    char *path = NULL;
    gboolean ok = FALSE;

    problems.mark_rejected = args->lenient;
    budget_csv_options_set_lenient(options, args->lenient);
    if (!tool_set_encoding(options, args->encoding))
        goto out;
    d->book = budget_csv_load_book(dir, options, diag, &err);
    if (d->book == NULL)
        goto out;
    if (d->as_of == 0)
        d->as_of = budget_date_month_end(budget_book_get_year(d->book), 12);
    else
        tool_warn_as_of(d->as_of, budget_book_get_year(d->book));
    d->ledger = budget_ledger_new(d->book, d->as_of, &err);
    if (d->ledger == NULL) {
        tool_print_problem(&err);
        goto out;
    }
    if (!budget_csv_find_file(dir, "transactions.csv", &path, &err)) {
        tool_print_problem(&err);
        goto out;
    }
    if (path != NULL && !budget_csv_load_transactions(d->ledger, path, options, diag, &err))
        goto out;
    budget_free(path);
    path = NULL;
    if (args->department) {
        if (!budget_csv_find_file(dir, "department.csv", &path, &err)) {
            tool_print_problem(&err);
            goto out;
        }
        if (path != NULL) {
            d->inputs = budget_csv_load_department(path, options, diag, &err);
            if (d->inputs == NULL)
                goto out;
        }
    }
    tool_problems_summary(&problems);
    ok = TRUE;
out:
    budget_free(path);
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
        print_department(d);
    } else {
        report = budget_score_report(d->ledger, NULL, &err);
        if (report == NULL) {
            tool_print_problem(&err);
            goto out;
        }
        if (args->detail)
            print_detail(d, report);
        else
            print_summary(d, report);
    }
    status = fflush(stdout) == 0 ? TOOL_EXIT_OK : TOOL_EXIT_USAGE;
out:
    budget_score_report_free(report);
    budget_department_inputs_free(d->inputs);
    budget_ledger_unref(d->ledger);
    budget_book_unref(d->book);
    return status;
}

int tool_cmd_score(int argc, char **argv)
{
    ScoreArgs args = {0};
    GOptionEntry entries[] = {
        {"as-of", 0, 0, G_OPTION_ARG_FILENAME, &args.as_of,
         "Evaluation date (default: 31 December of the book's year)", "YYYY-MM-DD"},
        {"format", 0, 0, G_OPTION_ARG_FILENAME, &args.format, "Output format (default: table)", "table|csv"},
        {"detail", 0, 0, G_OPTION_ARG_NONE, &args.detail, "One row per indicator instead of per project", NULL},
        {"department", 0, 0, G_OPTION_ARG_NONE, &args.department,
         "The department ratios (部门整体), with DIR/department.csv if present", NULL},
        {"lenient", 0, 0, G_OPTION_ARG_NONE, &args.lenient,
         "Skip bad rows (listed on stderr) instead of stopping at the first", NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, "Input encoding (default: auto)",
         "auto|UTF-8|GB18030"},
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
                 "\n"
                 "Exit status: 0 success, 2 usage error or unreadable input.");
    if (!tool_parse_args(context, "score", &argc, &argv))
        goto out;
    if (args.detail && args.department) {
        tool_errorf("score: --detail and --department are separate tables; give one");
        goto out;
    }
    if (args.format != NULL) {
        if (g_ascii_strcasecmp(args.format, "csv") == 0) {
            data.csv = TRUE;
        } else if (g_ascii_strcasecmp(args.format, "table") != 0) {
            tool_errorf("--format: unknown value '%s' (use one of: table, csv)", args.format);
            goto out;
        }
    }
    if (args.as_of != NULL && !budget_date_parse(args.as_of, -1, &data.as_of, &err)) {
        tool_errorf("--as-of: %s", err.message);
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
    return status;
}
