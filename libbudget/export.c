/* export: every writer of results (CSV, JSON, Markdown): the writer's
 * constructors and options, and the tables of each kind of result, written
 * through export-table.c. */
#include "config.h"

#include <string.h>

#include "export-private.h"

/* ---- Names ------------------------------------------------------------ */

static const char *const format_names[BUDGET_EXPORT_FORMAT_N] = {"csv",   "json", "markdown",
                                                                 "table", "html", "xlsx"};
static const char *const headers_names[BUDGET_EXPORT_HEADERS_N] = {"en", "zh"};

const char *budget_export_headers_to_string(BudgetExportHeaders headers)
{
    g_return_val_if_fail((unsigned)headers < BUDGET_EXPORT_HEADERS_N, NULL);
    return headers_names[headers];
}

bool budget_export_headers_from_string(const char *name, BudgetExportHeaders *out)
{
    g_return_val_if_fail(name != NULL, false);
    for (int i = 0; i < BUDGET_EXPORT_HEADERS_N; i++) {
        if (g_ascii_strcasecmp(name, headers_names[i]) == 0) {
            if (out != NULL)
                *out = (BudgetExportHeaders)i;
            return true;
        }
    }
    return false;
}

const char *budget_export_format_to_string(BudgetExportFormat format)
{
    g_return_val_if_fail((unsigned)format < BUDGET_EXPORT_FORMAT_N, NULL);
    return format_names[format];
}

bool budget_export_format_from_string(const char *name, BudgetExportFormat *out)
{
    int i;

    g_return_val_if_fail(name != NULL, false);
    for (i = 0; i < BUDGET_EXPORT_FORMAT_N; i++) {
        if (g_ascii_strcasecmp(name, format_names[i]) == 0)
            break;
    }
    if (i == BUDGET_EXPORT_FORMAT_N) {
        if (g_ascii_strcasecmp(name, "md") != 0)
            return false;
        i = BUDGET_EXPORT_FORMAT_MARKDOWN;
    }
    if (out != NULL)
        *out = (BudgetExportFormat)i;
    return true;
}

/* ---- The writer ------------------------------------------------------- */

static BudgetExport *export_new(BudgetExportFormat format, BudgetpSinkKind sink, void *user_data,
                                BudgetDestroyNotify destroy)
{
    BudgetExport *ex = g_new0(BudgetExport, 1);

    ex->format = format;
    ex->sink = sink;
    ex->user_data = user_data;
    ex->destroy = destroy;
    ex->unit = BUDGET_MONEY_UNIT_YUAN;
    ex->headers = BUDGET_EXPORT_HEADERS_EN;
    ex->width = 120;
    return ex;
}

BudgetExport *budget_export_new(BudgetExportFormat format, BudgetWriteFunc func, void *user_data,
                                BudgetDestroyNotify destroy)
{
    BudgetExport *ex;

    g_return_val_if_fail((unsigned)format < BUDGET_EXPORT_FORMAT_N, NULL);
    g_return_val_if_fail(func != NULL, NULL);
    ex = export_new(format, BUDGETP_SINK_WRITE, user_data, destroy);
    ex->write_func = func;
    return ex;
}

BudgetExport *budget_export_new_for_path(BudgetExportFormat format, const char *path)
{
    BudgetExport *ex;

    g_return_val_if_fail((unsigned)format < BUDGET_EXPORT_FORMAT_N, NULL);
    g_return_val_if_fail(path != NULL, NULL);
    ex = export_new(format, BUDGETP_SINK_PATH, NULL, NULL);
    ex->path = g_strdup(path);
    return ex;
}

BudgetExport *budget_export_new_rows(BudgetExportRowFunc func, void *user_data, BudgetDestroyNotify destroy)
{
    BudgetExport *ex;

    g_return_val_if_fail(func != NULL, NULL);
    /* The cells are the CSV format's. */
    ex = export_new(BUDGET_EXPORT_FORMAT_CSV, BUDGETP_SINK_ROWS, user_data, destroy);
    ex->row_func = func;
    return ex;
}

void budget_export_free(BudgetExport *export)
{
    if (export == NULL)
        return;
    if (export->destroy != NULL)
        export->destroy(export->user_data);
    g_free(export->path);
    g_free(export);
}

void budget_export_set_bom(BudgetExport *export, bool bom)
{
    g_return_if_fail(export != NULL);
    export->bom = bom;
}

void budget_export_set_money_unit(BudgetExport *export, BudgetMoneyUnit unit)
{
    g_return_if_fail(export != NULL);
    g_return_if_fail((unsigned)unit < BUDGET_MONEY_UNIT_N);
    export->unit = unit;
}

void budget_export_set_headers(BudgetExport *export, BudgetExportHeaders headers)
{
    g_return_if_fail(export != NULL);
    g_return_if_fail((unsigned)headers < BUDGET_EXPORT_HEADERS_N);
    export->headers = headers;
}

void budget_export_set_width(BudgetExport *export, size_t width)
{
    g_return_if_fail(export != NULL);
    export->width = width;
}

/* ---- Execution report ------------------------------------------------- */

/* Where each column of `budget report --format csv` comes from, in order:
 * tests compare the output byte for byte, so new columns go at the end. A
 * money or rate column is headed with its enum's name
 * (budget_report_money_to_string(), budget_report_rate_to_string()). */
typedef enum {
    FROM_KEY,
    FROM_UNIT,
    FROM_MONEY,
    FROM_RATE,
    FROM_STATUS,
    FROM_NAME /* name, or n_projects in a roll-up */
} ReportSource;

static const struct {
    ReportSource from;
    int column; /* a BudgetReportMoney or BudgetReportRate */
} report_sources[] = {
    {FROM_KEY, 0},
    {FROM_UNIT, 0},
    {FROM_MONEY, BUDGET_REPORT_BUDGET_ORIGINAL},
    {FROM_MONEY, BUDGET_REPORT_BUDGET_ADJUSTED},
    {FROM_MONEY, BUDGET_REPORT_EXECUTED},
    {FROM_MONEY, BUDGET_REPORT_EXECUTED_FISCAL},
    {FROM_MONEY, BUDGET_REPORT_EXECUTED_CARRYOVER},
    {FROM_MONEY, BUDGET_REPORT_EXECUTED_OTHER},
    {FROM_RATE, BUDGET_REPORT_EXECUTION_RATE},
    {FROM_RATE, BUDGET_REPORT_PLANNED_PCT},
    {FROM_RATE, BUDGET_REPORT_TIME_PROGRESS},
    {FROM_RATE, BUDGET_REPORT_VARIANCE_PP},
    {FROM_MONEY, BUDGET_REPORT_REMAINING},
    {FROM_MONEY, BUDGET_REPORT_TO_NEXT_CHECKPOINT},
    {FROM_STATUS, 0},
    {FROM_NAME, 0},
    {FROM_RATE, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL},
    {FROM_MONEY, BUDGET_REPORT_PLANNED_AMOUNT},
    {FROM_MONEY, BUDGET_REPORT_VARIANCE_AMOUNT},
    {FROM_RATE, BUDGET_REPORT_TIME_VARIANCE_PP},
    {FROM_MONEY, BUDGET_REPORT_BUDGET_WITHOUT_PLAN},
};
#define REPORT_COLS G_N_ELEMENTS(report_sources)

/* The Chinese names of the report's columns (the national forms' words where
 * they have one: 年初预算数, 全年预算数, 执行数, 执行率), the table format's short
 * English labels, and the columns the table leaves out. */
static const struct {
    const char *zh, *label;
    bool detail;
} money_heads[BUDGET_REPORT_MONEY_N] = {
    [BUDGET_REPORT_BUDGET_ORIGINAL] = {"年初预算数", "original", true},
    [BUDGET_REPORT_BUDGET_ADJUSTED] = {"全年预算数", "budget", false},
    [BUDGET_REPORT_EXECUTED] = {"执行数", "executed", false},
    [BUDGET_REPORT_EXECUTED_FISCAL] = {"财政拨款执行数", "fiscal", true},
    [BUDGET_REPORT_EXECUTED_CARRYOVER] = {"上年结转执行数", "carryover", true},
    [BUDGET_REPORT_EXECUTED_OTHER] = {"其他资金执行数", "other", true},
    [BUDGET_REPORT_PLANNED_AMOUNT] = {"计划支出数", "planned", true},
    [BUDGET_REPORT_VARIANCE_AMOUNT] = {"偏差金额", "variance", true},
    [BUDGET_REPORT_REMAINING] = {"预算结余", "remaining", false},
    [BUDGET_REPORT_TO_NEXT_CHECKPOINT] = {"距下一节点应支出", "to_next", true},
    [BUDGET_REPORT_BUDGET_WITHOUT_PLAN] = {"无计划预算数", "no_plan_budget", true},
};
static const struct {
    const char *zh, *label;
    bool detail;
} rate_heads[BUDGET_REPORT_RATE_N] = {
    [BUDGET_REPORT_EXECUTION_RATE] = {"执行率(%)", "rate%", false},
    [BUDGET_REPORT_EXECUTION_RATE_ORIGINAL] = {"执行率(年初,%)", "rate_orig%", true},
    [BUDGET_REPORT_PLANNED_PCT] = {"计划进度(%)", "plan%", false},
    [BUDGET_REPORT_TIME_PROGRESS] = {"序时进度(%)", "time%", false},
    [BUDGET_REPORT_VARIANCE_PP] = {"偏差(百分点)", "var_pp", false},
    [BUDGET_REPORT_TIME_VARIANCE_PP] = {"序时偏差(百分点)", "time_var_pp", true},
};

/* Key, unit, status and name, then every money and rate column once. */
G_STATIC_ASSERT(REPORT_COLS == 4 + BUDGET_REPORT_MONEY_N + BUDGET_REPORT_RATE_N);

/* The heading of column @i at @level: a roll-up row is keyed by its level
 * and counts its projects where a project row has its name. */
static BudgetpColumn report_column(size_t i, BudgetLevel level)
{
    bool project = level == BUDGET_LEVEL_PROJECT;

    int c = report_sources[i].column;

    switch (report_sources[i].from) {
    case FROM_KEY:
        if (project)
            return (BudgetpColumn){"code", BUDGETP_COL_TEXT, "项目编码", NULL, false};
        return (BudgetpColumn){budget_level_to_string(level), BUDGETP_COL_TEXT,
                               level == BUDGET_LEVEL_UNIT ? "预算单位" : "部门", NULL, false};
    case FROM_UNIT:
        return (BudgetpColumn){"unit", BUDGETP_COL_TEXT, "预算单位", NULL, false};
    case FROM_MONEY:
        return (BudgetpColumn){budget_report_money_to_string((BudgetReportMoney)c), BUDGETP_COL_MONEY,
                               money_heads[c].zh, money_heads[c].label, money_heads[c].detail};
    case FROM_RATE:
        return (BudgetpColumn){budget_report_rate_to_string((BudgetReportRate)c), BUDGETP_COL_RATE,
                               rate_heads[c].zh, rate_heads[c].label, rate_heads[c].detail};
    case FROM_STATUS:
        return (BudgetpColumn){"status", BUDGETP_COL_STATUS, "状态", NULL, false};
    case FROM_NAME:
        return project ? (BudgetpColumn){"name", BUDGETP_COL_TEXT, "项目名称", NULL, false}
                       : (BudgetpColumn){"n_projects", BUDGETP_COL_COUNT, "项目数", "projects", false};
    }
    return (BudgetpColumn){"", BUDGETP_COL_TEXT, NULL, NULL, false};
}

/* The cell of @report's @row at report_sources[@col]: a string the report
 * holds, a constant, or the number written into @buf (BUDGETP_CELL_MAX
 * bytes). Nothing to free. */
static const char *report_cell(const BudgetExport *ex, const BudgetReport *report, size_t row, size_t col,
                               char *buf)
{
    BudgetLevel level = budget_report_get_level(report);
    BudgetStatus status;
    BudgetFen money;
    int64_t bp;

    switch (report_sources[col].from) {
    case FROM_KEY:
        /* The department row has the empty key; "ALL" reads better in a file. */
        if (level == BUDGET_LEVEL_DEPARTMENT)
            return ex->headers == BUDGET_EXPORT_HEADERS_ZH ? "全部" : "ALL";
        return budget_report_get_key(report, row);
    case FROM_UNIT:
        return budget_report_get_unit(report, row);
    case FROM_MONEY:
        if (!budget_report_get_money(report, row, (BudgetReportMoney)report_sources[col].column, &money))
            return "";
        return budgetp_export_money_cell(ex, money, buf);
    case FROM_RATE:
        if (!budget_report_get_rate(report, row, (BudgetReportRate)report_sources[col].column, &bp))
            return "";
        return budgetp_export_rate_cell(bp, buf);
    case FROM_STATUS:
        if (!budget_report_get_status(report, row, &status))
            return "";
        return budgetp_export_status_text(ex, status);
    case FROM_NAME:
        if (level == BUDGET_LEVEL_PROJECT)
            return budget_report_get_name(report, row);
        g_snprintf(buf, BUDGETP_CELL_MAX, "%zu", budget_report_get_n_projects(report, row));
        return buf;
    }
    return "";
}

/* The columns of a report at @level; @col_of maps each to report_sources. */
static size_t report_columns(const BudgetExport *ex, BudgetLevel level, BudgetpColumn cols[REPORT_COLS],
                             size_t col_of[REPORT_COLS])
{
    size_t n_cols = 0;

    /* A roll-up has no unit column: its key is the unit. */
    for (size_t i = 0; i < REPORT_COLS; i++) {
        if (level != BUDGET_LEVEL_PROJECT && report_sources[i].from == FROM_UNIT)
            continue;
        col_of[n_cols] = i;
        cols[n_cols++] = report_column(i, level);
    }
    /* The table reads as a list: the name (or the project count) second,
     * beside the key. Files keep their column order. */
    if (ex->sink != BUDGETP_SINK_ROWS && ex->format == BUDGET_EXPORT_FORMAT_TABLE) {
        for (size_t c = 2; c < n_cols; c++) {
            if (report_sources[col_of[c]].from != FROM_NAME)
                continue;
            BudgetpColumn col = cols[c];
            size_t from = col_of[c];
            memmove(&cols[2], &cols[1], (c - 1) * sizeof cols[0]);
            memmove(&col_of[2], &col_of[1], (c - 1) * sizeof col_of[0]);
            cols[1] = col;
            col_of[1] = from;
            break;
        }
    }
    return n_cols;
}

static bool report_rows(BudgetpTable *t, const BudgetReport *report, const size_t col_of[REPORT_COLS])
{
    bool ok = true;

    for (size_t row = 0; ok && row < budget_report_get_n_rows(report); row++) {
        const char *cells[REPORT_COLS];
        char text[REPORT_COLS][BUDGETP_CELL_MAX];
        for (size_t c = 0; c < t->n_cols; c++)
            cells[c] = report_cell(t->ex, report, row, col_of[c], text[c]);
        ok = budgetp_table_row(t, cells);
    }
    return ok;
}

bool budget_export_report(BudgetExport *export, const BudgetReport *report, BudgetError *error)
{
    BudgetpColumn cols[REPORT_COLS];
    size_t col_of[REPORT_COLS]; /* index into report_sources */
    size_t n_cols;
    BudgetLevel level;
    char as_of[16];
    BudgetpTable t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(report != NULL, false, error);
    level = budget_report_get_level(report);
    n_cols = report_columns(export, level, cols, col_of);

    budget_date_format(budget_report_get_as_of(report), as_of, sizeof as_of);
    {
        const char *meta[] = {
            "table",      "report",
            "as_of",      as_of,
            "level",      budget_level_to_string(level),
            "money_unit", budget_money_unit_to_string(export->unit),
            NULL,
        };
        ok = budgetp_table_begin(&t, export, cols, n_cols, meta, error);
    }
    ok = ok && report_rows(&t, report, col_of);
    return budgetp_table_end(&t, ok);
}

/* The money unit as people write it. */
static const char *unit_word(BudgetMoneyUnit unit)
{
    return unit == BUDGET_MONEY_UNIT_WAN ? "万元" : unit == BUDGET_MONEY_UNIT_YI ? "亿元" : "元";
}

bool budget_export_report_book(BudgetExport *export, const BudgetLedger *ledger,
                               const BudgetMonitorConfig *config, BudgetError *error)
{
    static const BudgetLevel levels[] = {BUDGET_LEVEL_DEPARTMENT, BUDGET_LEVEL_UNIT, BUDGET_LEVEL_PROJECT};
    static const char *const captions[][2] = {
        {"Department", "部门汇总"},
        {"Budget units", "预算单位汇总"},
        {"Projects", "项目明细"},
    };
    bool zh, html, ok;
    char as_of[16];
    char *title;
    BudgetpTable t;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    zh = export->headers == BUDGET_EXPORT_HEADERS_ZH;
    html = export->sink != BUDGETP_SINK_ROWS && export->format == BUDGET_EXPORT_FORMAT_HTML;
    budget_date_format(budget_ledger_get_as_of(ledger), as_of, sizeof as_of);
    title = g_strdup_printf(zh ? "预算执行情况（截至 %s，金额单位：%s）"
                               : "Budget execution as of %s (money in %s)",
                            as_of, unit_word(export->unit));
    ok = budgetp_doc_begin(&t, export, title, error);
    g_free(title);
    for (size_t i = 0; ok && i < G_N_ELEMENTS(levels); i++) {
        BudgetReport *report = budget_report_new(ledger, levels[i], config, error);
        BudgetpColumn cols[REPORT_COLS];
        size_t col_of[REPORT_COLS];
        size_t n_cols = report_columns(export, levels[i], cols, col_of);

        if (report == NULL) {
            ok = false;
            break;
        }
        ok = budgetp_doc_table_begin(&t, cols, n_cols, captions[i][zh ? 1 : 0]) &&
             report_rows(&t, report, col_of) && budgetp_doc_table_end(&t);
        if (ok && html) {
            GString *svg = g_string_new(NULL);
            if (levels[i] == BUDGET_LEVEL_DEPARTMENT) {
                /* The department's S-curve: cumulative plan and actual. */
                ok = budgetp_chart_series(svg, export, ledger, BUDGET_LEVEL_DEPARTMENT, NULL, error);
            } else {
                char *chart_title =
                    g_strdup_printf("%s: %s", captions[i][zh ? 1 : 0], zh ? "预算执行率" : "execution rate");
                budgetp_chart_overview(svg, export, report, NULL, chart_title);
                g_free(chart_title);
            }
            ok = ok && budgetp_doc_raw(&t, svg->str);
            g_string_free(svg, TRUE);
        }
        budget_report_free(report);
    }
    return budgetp_doc_end(&t, ok);
}

/* ---- Problems (budget validate) --------------------------------------- */

static const BudgetpColumn problem_columns[] = {
    {"file", BUDGETP_COL_TEXT, "文件", NULL, false},       {"line", BUDGETP_COL_COUNT, "行", NULL, false},
    {"end_line", BUDGETP_COL_COUNT, "结束行", NULL, true}, {"column", BUDGETP_COL_COUNT, "列", NULL, false},
    {"field", BUDGETP_COL_TEXT, "字段", NULL, false},      {"code", BUDGETP_COL_NAME, "错误代码", NULL, true},
    {"severity", BUDGETP_COL_NAME, "级别", NULL, false},   {"message", BUDGETP_COL_TEXT, "说明", NULL, false},
};
#define PROBLEM_COLS G_N_ELEMENTS(problem_columns)

bool budget_export_problems(BudgetExport *export, const BudgetDiagnostics *diag, BudgetError *error)
{
    static const char *const meta[] = {"table", "problems", NULL};
    bool zh, ok;
    BudgetpTable t;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(diag != NULL, false, error);
    zh = export->headers == BUDGET_EXPORT_HEADERS_ZH;
    ok = budgetp_table_begin(&t, export, problem_columns, PROBLEM_COLS, meta, error);
    for (size_t i = 0; ok && i < budget_diagnostics_get_n(diag); i++) {
        bool warning = false;
        const BudgetError *e = budget_diagnostics_get(diag, i, &warning);
        char *cells[PROBLEM_COLS];

        if (e == NULL)
            continue; /* past budget_diagnostics_set_max_kept() */
        cells[0] = g_strdup(e->source);
        cells[1] = e->line > 0 ? g_strdup_printf("%" G_GINT64_FORMAT, e->line) : g_strdup("");
        cells[2] =
            e->line > 0 ? g_strdup_printf("%" G_GINT64_FORMAT, MAX(e->end_line, e->line)) : g_strdup("");
        cells[3] = e->column > 0 ? g_strdup_printf("%d", e->column) : g_strdup("");
        cells[4] = g_strdup(e->field);
        cells[5] = g_strdup(budget_error_code_name(e->code));
        cells[6] = g_strdup(zh ? (warning ? "警告" : "错误") : (warning ? "warning" : "error"));
        cells[7] = g_strdup(e->message[0] != '\0' ? e->message : budget_strerror(e->code));
        ok = budgetp_table_row(&t, (const char *const *)cells);
        budgetp_table_free_cells(cells, PROBLEM_COLS);
    }
    return budgetp_table_end(&t, ok);
}

/* ---- Scores ----------------------------------------------------------- */

static const BudgetScorePart score_parts[] = {
    BUDGET_SCORE_PART_EXECUTION,
    BUDGET_SCORE_PART_OUTPUT,
    BUDGET_SCORE_PART_OUTCOME,
    BUDGET_SCORE_PART_SATISFACTION,
};

static const BudgetpColumn score_columns[] = {
    {"code", BUDGETP_COL_TEXT, "项目编码", NULL, false},
    {"execution_score", BUDGETP_COL_POINTS, "预算执行得分", "execution", false},
    {"output_score", BUDGETP_COL_POINTS, "产出得分", "output", false},
    {"outcome_score", BUDGETP_COL_POINTS, "效益得分", "outcome", false},
    {"satisfaction_score", BUDGETP_COL_POINTS, "满意度得分", "satisfaction", false},
    {"total", BUDGETP_COL_POINTS, "总分", NULL, false},
    {"grade", BUDGETP_COL_NAME, "等级", NULL, false},
    {"available", BUDGETP_COL_POINTS, "可得分值", NULL, false},
    {"name", BUDGETP_COL_TEXT, "项目名称", NULL, false},
    /* issue 11: added at the end, the columns before keep their bytes */
    {"profile", BUDGETP_COL_TEXT, "评分方案", NULL, true},
    {"blank_zero", BUDGETP_COL_NUMBER, "空白计零数", NULL, true},
};
#define SCORE_COLS G_N_ELEMENTS(score_columns)

/* Points as the scorecard's profile prints them: 2 decimals by default, or
 * the rounding it scored with (budget_score_config_set_decimals()). */
static char *card_points_text(const BudgetScorecard *card, int64_t points)
{
    char buf[32];

    if (budget_scorecard_get_decimals(card) < 0)
        return budgetp_export_points_text(points);
    budget_score_format_decimals(points, budget_scorecard_get_decimals(card), buf, sizeof buf);
    return g_strdup(buf);
}

static void score_cells(const BudgetScorecard *card, const BudgetBook *book, char *cells[SCORE_COLS])
{
    const char *code = budget_scorecard_get_code(card);
    const BudgetProject *project = budget_book_get_project(book, code);
    const char *name = project != NULL ? budget_project_get_name(project) : NULL;
    int64_t total, available = 0;
    bool has_total = budget_scorecard_get_total(card, &total);

    cells[0] = g_strdup(code);
    for (size_t i = 0; i < G_N_ELEMENTS(score_parts); i++) {
        int64_t part_available, score;
        /* The part's score before rescaling; undefined when it has no points. */
        if (budget_scorecard_get_part(card, score_parts[i], &part_available, &score, NULL)) {
            cells[1 + i] = card_points_text(card, score);
            available += part_available;
        } else {
            cells[1 + i] = g_strdup("");
        }
    }
    cells[5] = has_total ? card_points_text(card, total) : g_strdup("");
    cells[6] = g_strdup(has_total ? budget_target_grade_to_string(budget_scorecard_get_grade(card)) : "");
    cells[7] = card_points_text(card, available);
    cells[8] = g_strdup(name != NULL ? name : "");
    cells[9] = g_strdup(budget_scorecard_get_profile(card));
    cells[10] = g_strdup_printf("%zu", budget_scorecard_get_n_blank_zero(card));
}

bool budget_export_scores(BudgetExport *export, const BudgetScoreReport *report, const BudgetBook *book,
                          BudgetError *error)
{
    static const char *const meta[] = {"table", "scores", NULL};
    BudgetpTable t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(report != NULL, false, error);
    budgetp_return_val_if_fail(book != NULL, false, error);

    ok = budgetp_table_begin(&t, export, score_columns, SCORE_COLS, meta, error);
    for (size_t i = 0; ok && i < budget_score_report_get_n(report); i++) {
        char *cells[SCORE_COLS];
        score_cells(budget_score_report_get_nth(report, i), book, cells);
        ok = budgetp_table_row(&t, (const char *const *)cells);
        budgetp_table_free_cells(cells, SCORE_COLS);
    }
    return budgetp_table_end(&t, ok);
}

size_t budget_export_format_deviation(const BudgetTarget *target, const BudgetTargetEvaluation *evaluation,
                                      char *buf, size_t size)
{
    GString *s;
    size_t n;

    g_return_val_if_fail(target != NULL && evaluation != NULL, 0);
    s = g_string_new(NULL);
    if (evaluation->has_deviation) {
        int64_t v = evaluation->deviation;
        uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;

        if (budget_target_get_kind(target) == BUDGET_TARGET_DEADLINE) {
            g_string_append_printf(s, "%" G_GINT64_FORMAT "d", v);
        } else if (budget_target_get_unit_class(target) == BUDGET_TARGET_UNIT_MONEY) {
            char money[32];
            budget_money_format(v, money, sizeof money);
            g_string_append_printf(s, "%s元", money);
        } else {
            /* Micro-units: up to 6 decimals, trailing zeros dropped. */
            uint64_t frac = mag % 1000000;
            g_string_append_printf(s, "%s%" G_GUINT64_FORMAT, v < 0 ? "-" : "", mag / 1000000);
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
        }
    }
    n = s->len;
    if (buf != NULL && size > 0)
        g_strlcpy(buf, s->str, size);
    g_string_free(s, TRUE);
    return n;
}

static const BudgetpColumn detail_columns[] = {
    {"code", BUDGETP_COL_TEXT, "项目编码", NULL, false},
    {"level1", BUDGETP_COL_TEXT, "一级指标", NULL, false},
    {"level2", BUDGETP_COL_TEXT, "二级指标", NULL, false},
    {"level3", BUDGETP_COL_TEXT, "三级指标", NULL, false},
    {"target", BUDGETP_COL_TEXT, "年度指标值", NULL, false},
    {"actual", BUDGETP_COL_TEXT, "实际完成值", NULL, false},
    {"weight", BUDGETP_COL_POINTS, "分值", NULL, false},
    {"score", BUDGETP_COL_POINTS, "得分", NULL, false},
    {"result", BUDGETP_COL_NAME, "评价结果", NULL, false},
    {"part", BUDGETP_COL_NAME, "计分部分", NULL, true},
    {"grade", BUDGETP_COL_NAME, "等级", NULL, true},
    {"deviation", BUDGETP_COL_NUMBER, "偏差", NULL, false},
    {"reason", BUDGETP_COL_TEXT, "原因", NULL, false},
    /* issue 11, at the end: the target and actual as read, the rule that
     * scored, why points were lost, and how the actual was read */
    {"target_read", BUDGETP_COL_TEXT, "指标值（识别）", NULL, true},
    {"actual_read", BUDGETP_COL_TEXT, "实际值（识别）", NULL, true},
    {"rule", BUDGETP_COL_NAME, "计分规则", NULL, true},
    {"deduction", BUDGETP_COL_TEXT, "扣分原因", NULL, true},
    {"warning", BUDGETP_COL_TEXT, "提示", NULL, true},
};
#define DETAIL_COLS G_N_ELEMENTS(detail_columns)

static void detail_cells(const BudgetScorecard *card, size_t i, char *cells[DETAIL_COLS])
{
    const BudgetIndicator *ind = budget_scorecard_get_indicator(card, i);
    int64_t weight = 0, score = 0;
    BudgetTargetEvaluation ev;
    BudgetScorePart part = budget_scorecard_get_indicator_part(card, i);
    bool scored;
    char buf[64];

    budget_scorecard_get_indicator_score(card, i, &weight, &score, &ev);
    scored = part != BUDGET_SCORE_PART_NONE && ev.result != BUDGET_TARGET_NOT_APPLICABLE;
    cells[0] = g_strdup(budget_scorecard_get_code(card));
    cells[1] = g_strdup(budget_indicator_get_level1(ind));
    cells[2] = g_strdup(budget_indicator_get_level2(ind));
    cells[3] = g_strdup(budget_indicator_get_level3(ind));
    cells[4] = g_strdup(budget_indicator_get_target(ind));
    cells[5] = g_strdup(budget_indicator_get_actual(ind));
    cells[6] = part != BUDGET_SCORE_PART_NONE ? card_points_text(card, weight) : g_strdup("");
    cells[7] = scored ? card_points_text(card, score) : g_strdup("");
    cells[8] = g_strdup(budget_target_result_to_string((BudgetTargetResult)ev.result));
    cells[9] = g_strdup(budget_score_part_to_string(part));
    cells[10] = g_strdup(budget_target_grade_to_string((BudgetTargetGrade)ev.grade));
    budget_export_format_deviation(budget_scorecard_get_indicator_target(card, i), &ev, buf, sizeof buf);
    cells[11] = g_strdup(buf);
    cells[12] = g_strdup(budget_scorecard_get_indicator_reason(card, i));
    {
        const char *target_read = "", *actual_read = "";
        budget_scorecard_get_indicator_reading(card, i, &target_read, &actual_read);
        cells[13] = g_strdup(target_read);
        cells[14] = g_strdup(actual_read);
    }
    cells[15] = g_strdup(budget_scorecard_get_indicator_rule(card, i));
    cells[16] = g_strdup(budget_scorecard_get_indicator_deduction(card, i));
    cells[17] = g_strdup(budget_scorecard_get_indicator_warning(card, i));
}

bool budget_export_score_details(BudgetExport *export, const BudgetScoreReport *report, BudgetError *error)
{
    static const char *const meta[] = {"table", "score_details", NULL};
    BudgetpTable t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(report != NULL, false, error);

    ok = budgetp_table_begin(&t, export, detail_columns, DETAIL_COLS, meta, error);
    for (size_t p = 0; ok && p < budget_score_report_get_n(report); p++) {
        const BudgetScorecard *card = budget_score_report_get_nth(report, p);
        for (size_t i = 0; ok && i < budget_scorecard_get_n_indicators(card); i++) {
            char *cells[DETAIL_COLS];
            detail_cells(card, i, cells);
            ok = budgetp_table_row(&t, (const char *const *)cells);
            budgetp_table_free_cells(cells, DETAIL_COLS);
        }
    }
    return budgetp_table_end(&t, ok);
}

/* ---- Department ratios ------------------------------------------------ */

static const BudgetpColumn department_columns[] = {
    {"ratio", BUDGETP_COL_NAME, "指标", NULL, false},
    {"name", BUDGETP_COL_TEXT, "指标名称", NULL, false},
    {"value_pct", BUDGETP_COL_RATE, "数值(%)", "value%", false},
    {"reason", BUDGETP_COL_NAME, "原因", NULL, false},
};
#define DEPARTMENT_COLS G_N_ELEMENTS(department_columns)

bool budget_export_department_ratios(BudgetExport *export, const BudgetLedger *ledger,
                                     const BudgetDepartmentInputs *inputs, BudgetDiagnostics *diag,
                                     BudgetError *error)
{
    GHashTable *told; /* places already named, each once */
    char as_of[16];
    BudgetpTable t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);

    budget_date_format(budget_ledger_get_as_of(ledger), as_of, sizeof as_of);
    {
        const char *meta[] = {"table", "department_ratios", "as_of", as_of, NULL};
        ok = budgetp_table_begin(&t, export, department_columns, DEPARTMENT_COLS, meta, error);
    }
    told = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int r = 0; ok && r < BUDGET_DEPARTMENT_RATIO_N; r++) {
        int64_t bp;
        char value[32] = "";
        const char *cells[DEPARTMENT_COLS];
        BudgetError why;
        BudgetDepartmentReason reason =
            budget_department_ratio_full(ledger, inputs, (BudgetDepartmentRatio)r, &bp, &why);

        if (reason == BUDGET_DEPARTMENT_REASON_OK) {
            budget_money_rate_format(bp, value, sizeof value);
        } else if (why.code != BUDGET_ERROR_OK && diag != NULL) {
            /* An overflow: its place, once however many ratios meet it. */
            char *place = g_strdup_printf("%s:%" G_GINT64_FORMAT ":%d:%s:%s", why.source, why.line,
                                          why.column, why.field, why.message);
            if (g_hash_table_add(told, place))
                budget_diagnostics_add(diag, &why, true);
        }
        cells[0] = budget_department_ratio_to_string((BudgetDepartmentRatio)r);
        cells[1] = budget_department_ratio_to_chinese((BudgetDepartmentRatio)r);
        cells[2] = value;
        cells[3] = reason == BUDGET_DEPARTMENT_REASON_OK ? "" : budget_department_reason_to_string(reason);
        ok = budgetp_table_row(&t, cells);
    }
    g_hash_table_unref(told);
    return budgetp_table_end(&t, ok);
}
