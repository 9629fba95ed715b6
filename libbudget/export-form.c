/* export-form: the national forms as tables — 项目支出绩效自评表
 * (budget_export_form_self_evaluation()) and 绩效运行监控表
 * (budget_export_form_monitoring()) — for one project or every project of
 * a book, written through the table writer of export-table.c. Every figure
 * comes from the report, the scorecard or the monitor result: the forms
 * compute nothing of their own. */
#include "config.h"

#include <string.h>

#include "export-private.h"
#include "monitor-private.h"

/* The funding rows of both forms: the total, then each source. */
static const struct {
    const char *item;
    bool total;
    BudgetSource source;
    BudgetReportMoney executed;
} fund_rows[] = {
    {"年度资金总额", true, BUDGET_SOURCE_FISCAL, BUDGET_REPORT_EXECUTED},
    {"当年财政拨款", false, BUDGET_SOURCE_FISCAL, BUDGET_REPORT_EXECUTED_FISCAL},
    {"上年结转资金", false, BUDGET_SOURCE_CARRYOVER, BUDGET_REPORT_EXECUTED_CARRYOVER},
    {"其他资金", false, BUDGET_SOURCE_OTHER, BUDGET_REPORT_EXECUTED_OTHER},
};

static char *money_or_empty(const BudgetExport *ex, bool has, BudgetFen v)
{
    return has ? budgetp_export_money_text(ex, v) : g_strdup("");
}

static char *text_or_empty(const char *text)
{
    return g_strdup(text != NULL ? text : "");
}

/* The projects a form covers: @code, or every project of @book in order;
 * each must be a row of @report (a project added to the book after the
 * ledger was made has none). */
static bool form_codes(const BudgetBook *book, const BudgetReport *report, const char *code, GPtrArray *codes,
                       BudgetError *error)
{
    size_t row;

    if (code != NULL) {
        if (budget_book_get_project(book, code) == NULL) {
            budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, "code", "no project %s in the book",
                              code);
            return false;
        }
        g_ptr_array_add(codes, g_strdup(code));
    } else {
        for (size_t i = 0; i < budget_book_get_n_projects(book); i++)
            g_ptr_array_add(codes, g_strdup(budget_project_get_code(budget_book_get_project_nth(book, i))));
    }
    for (guint i = 0; i < codes->len; i++) {
        if (!budget_report_find(report, g_ptr_array_index(codes, i), &row)) {
            budgetp_error_set(error, BUDGET_ERROR_INCONSISTENT, NULL, 0, 0, "code",
                              "project %s was added to the book after the ledger was made",
                              (const char *)g_ptr_array_index(codes, i));
            return false;
        }
    }
    return true;
}

/* ---- 项目支出绩效自评表 --------------------------------------------------- */

static const BudgetpColumn self_columns[] = {
    {"code", BUDGETP_COL_TEXT, "项目编码", NULL, false},
    {"name", BUDGETP_COL_TEXT, "项目名称", NULL, false},
    {"section", BUDGETP_COL_NAME, "栏目", NULL, false},
    {"level1", BUDGETP_COL_TEXT, "一级指标", NULL, false},
    {"level2", BUDGETP_COL_TEXT, "二级指标", NULL, false},
    {"item", BUDGETP_COL_TEXT, "项目/指标", NULL, false},
    {"budget_original", BUDGETP_COL_MONEY, "年初预算数", NULL, false},
    {"budget_adjusted", BUDGETP_COL_MONEY, "全年预算数", NULL, false},
    {"executed", BUDGETP_COL_MONEY, "执行数", NULL, false},
    {"target", BUDGETP_COL_TEXT, "年度指标值", NULL, false},
    {"actual", BUDGETP_COL_TEXT, "实际完成值", NULL, false},
    {"points", BUDGETP_COL_POINTS, "分值", NULL, false},
    {"rate_pct", BUDGETP_COL_RATE, "执行率(%)", NULL, false},
    {"score", BUDGETP_COL_POINTS, "得分", NULL, false},
    {"explanation", BUDGETP_COL_TEXT, "偏差原因分析及改进措施", NULL, false},
    {"grade", BUDGETP_COL_NAME, "等级", NULL, false},
};
#define SELF_COLS G_N_ELEMENTS(self_columns)

enum {
    S_CODE,
    S_NAME,
    S_SECTION,
    S_LEVEL1,
    S_LEVEL2,
    S_ITEM,
    S_ORIGINAL,
    S_ADJUSTED,
    S_EXECUTED,
    S_TARGET,
    S_ACTUAL,
    S_POINTS,
    S_RATE,
    S_SCORE,
    S_EXPLANATION,
    S_GRADE
};

/* A section or method cell under @ex's headers: the English name the CSV
 * carries, or the form's own word under Chinese headers. */
static char *form_word(const BudgetExport *ex, const char *name)
{
    static const char *const words[][2] = {
        {"funds", "资金"},  {"indicator", "指标"},      {"total", "总分"},
        {"plan", "按计划"}, {"run_rate", "按执行进度"},
    };

    if (ex->headers == BUDGET_EXPORT_HEADERS_ZH)
        for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
            if (strcmp(name, words[i][0]) == 0)
                return g_strdup(words[i][1]);
    return g_strdup(name);
}

static bool write_row(BudgetpTable *t, char **cells, size_t n)
{
    bool ok;

    for (size_t c = 0; c < n; c++)
        if (cells[c] == NULL)
            cells[c] = g_strdup("");
    ok = budgetp_table_row(t, (const char *const *)cells);
    budgetp_table_free_cells(cells, n);
    return ok;
}

/* 偏差原因分析及改进措施: the reason and the measures, in one cell. */
static char *explanation(const BudgetIndicator *ind)
{
    const char *reason = budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_DEVIATION_REASON);
    const char *measures = budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_MEASURES);
    bool has_r = reason != NULL && reason[0] != '\0', has_m = measures != NULL && measures[0] != '\0';

    if (has_r && has_m)
        return g_strdup_printf("%s；%s", reason, measures);
    return g_strdup(has_r ? reason : has_m ? measures : "");
}

static bool self_project(BudgetpTable *t, const BudgetExport *ex, const BudgetBook *book,
                         const BudgetReport *report, const BudgetScorecard *card, const char *code)
{
    const BudgetProject *project = budget_book_get_project(book, code);
    const char *name = budget_project_get_name(project);
    int64_t available = 0, score = 0, total = 0, rate;
    size_t row;
    bool ok = true;

    budget_report_find(report, code, &row);
    for (size_t f = 0; ok && f < G_N_ELEMENTS(fund_rows); f++) {
        char *cells[SELF_COLS] = {NULL};
        BudgetFen budget = 0, adjusted = 0, executed = 0;
        bool has_budget, has_executed;

        if (fund_rows[f].total) {
            has_budget = budget_report_get_money(report, row, BUDGET_REPORT_BUDGET_ORIGINAL, &budget);
            budget_report_get_money(report, row, BUDGET_REPORT_BUDGET_ADJUSTED, &adjusted);
            cells[S_ADJUSTED] = budgetp_export_money_text(ex, adjusted);
        } else {
            /* Adjustments name no source: a source has its 年初预算数 only. */
            has_budget = budget_project_get_funding(project, fund_rows[f].source, &budget);
            adjusted = budget;
        }
        has_executed = budget_report_get_money(report, row, fund_rows[f].executed, &executed);
        cells[S_CODE] = g_strdup(code);
        cells[S_NAME] = g_strdup(name);
        cells[S_SECTION] = form_word(ex, "funds");
        cells[S_ITEM] = g_strdup(fund_rows[f].item);
        cells[S_ORIGINAL] = money_or_empty(ex, has_budget, budget);
        cells[S_EXECUTED] = money_or_empty(ex, has_executed, executed);
        if (has_budget && has_executed && budget_money_rate_bp(executed, adjusted, &rate))
            cells[S_RATE] = budgetp_export_rate_text(rate);
        if (fund_rows[f].total &&
            budget_scorecard_get_part(card, BUDGET_SCORE_PART_EXECUTION, &available, &score, NULL)) {
            cells[S_POINTS] = budgetp_export_points_text(available);
            cells[S_SCORE] = budgetp_export_points_text(score);
        }
        ok = write_row(t, cells, SELF_COLS);
    }
    for (size_t k = 0; ok && k < budget_scorecard_get_n_indicators(card); k++) {
        const BudgetIndicator *ind = budget_scorecard_get_indicator(card, k);
        BudgetScorePart part = budget_scorecard_get_indicator_part(card, k);
        BudgetTargetEvaluation ev;
        int64_t weight = 0, points = 0;
        char *cells[SELF_COLS] = {NULL};

        budget_scorecard_get_indicator_score(card, k, &weight, &points, &ev);
        cells[S_CODE] = g_strdup(code);
        cells[S_NAME] = g_strdup(name);
        cells[S_SECTION] = form_word(ex, "indicator");
        cells[S_LEVEL1] = g_strdup(budget_indicator_get_level1(ind));
        cells[S_LEVEL2] = g_strdup(budget_indicator_get_level2(ind));
        cells[S_ITEM] = g_strdup(budget_indicator_get_level3(ind));
        cells[S_TARGET] = g_strdup(budget_indicator_get_target(ind));
        cells[S_ACTUAL] = g_strdup(budget_indicator_get_actual(ind));
        if (part != BUDGET_SCORE_PART_NONE) {
            cells[S_POINTS] = budgetp_export_points_text(weight);
            if (ev.result != BUDGET_TARGET_NOT_APPLICABLE)
                cells[S_SCORE] = budgetp_export_points_text(points);
        }
        cells[S_EXPLANATION] = explanation(ind);
        ok = write_row(t, cells, SELF_COLS);
    }
    if (ok) {
        char *cells[SELF_COLS] = {NULL};
        bool has_total = budget_scorecard_get_total(card, &total);

        cells[S_CODE] = g_strdup(code);
        cells[S_NAME] = g_strdup(name);
        cells[S_SECTION] = form_word(ex, "total");
        cells[S_ITEM] = g_strdup("总分");
        /* The total is out of 100 after rescaling (budget_scorecard_get_total()). */
        cells[S_POINTS] = has_total ? budgetp_export_points_text(100 * BUDGET_SCORE_POINT) : NULL;
        cells[S_SCORE] = has_total ? budgetp_export_points_text(total) : NULL;
        cells[S_GRADE] =
            has_total ? g_strdup(budget_target_grade_to_string(budget_scorecard_get_grade(card))) : NULL;
        ok = write_row(t, cells, SELF_COLS);
    }
    return ok;
}

bool budget_export_form_self_evaluation(BudgetExport *export, const BudgetLedger *ledger, const char *code,
                                        const BudgetScoreConfig *config, BudgetError *error)
{
    const BudgetBook *book;
    BudgetReport *report;
    GPtrArray *codes;
    char as_of[16];
    BudgetpTable t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    book = budget_ledger_get_book(ledger);
    report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, error);
    if (report == NULL)
        return false;
    codes = g_ptr_array_new_with_free_func(g_free);
    if (!form_codes(book, report, code, codes, error)) {
        g_ptr_array_unref(codes);
        budget_report_free(report);
        return false;
    }
    budget_date_format(budget_ledger_get_as_of(ledger), as_of, sizeof as_of);
    {
        const char *meta[] = {"table", "form_self_evaluation", "as_of",
                              as_of,   "money_unit",           budget_money_unit_to_string(export->unit),
                              NULL};
        ok = budgetp_table_begin(&t, export, self_columns, SELF_COLS, meta, error);
    }
    for (guint i = 0; ok && i < codes->len; i++) {
        BudgetScorecard *card = budget_score_project(ledger, g_ptr_array_index(codes, i), config, error);
        ok = card != NULL && self_project(&t, export, book, report, card, g_ptr_array_index(codes, i));
        budget_scorecard_free(card);
    }
    ok = budgetp_table_end(&t, ok) && ok;
    budget_report_free(report);
    g_ptr_array_unref(codes);
    return ok;
}

/* ---- 绩效运行监控表 ------------------------------------------------------- */

static const BudgetpColumn monitoring_columns[] = {
    {"code", BUDGETP_COL_TEXT, "项目编码", NULL, false},
    {"name", BUDGETP_COL_TEXT, "项目名称", NULL, false},
    {"section", BUDGETP_COL_NAME, "栏目", NULL, false},
    {"level1", BUDGETP_COL_TEXT, "一级指标", NULL, false},
    {"level2", BUDGETP_COL_TEXT, "二级指标", NULL, false},
    {"item", BUDGETP_COL_TEXT, "项目/指标", NULL, false},
    {"budget_adjusted", BUDGETP_COL_MONEY, "全年预算数", NULL, false},
    {"executed", BUDGETP_COL_MONEY, "执行数", NULL, false},
    {"execution_rate_pct", BUDGETP_COL_RATE, "执行率(%)", NULL, false},
    {"projected", BUDGETP_COL_MONEY, "全年预计执行数", NULL, false},
    {"projection_method", BUDGETP_COL_NAME, "预计方法", NULL, true},
    {"target", BUDGETP_COL_TEXT, "年度指标值", NULL, false},
    {"actual_midyear", BUDGETP_COL_TEXT, "1-N月实际完成值", NULL, false},
    {"projected_value", BUDGETP_COL_TEXT, "全年预计完成值", NULL, false},
    {"likelihood", BUDGETP_COL_TEXT, "完成目标可能性", NULL, false},
    {"deviation_reason", BUDGETP_COL_TEXT, "偏差原因", NULL, false},
    {"measures", BUDGETP_COL_TEXT, "完善措施", NULL, false},
    {"colour", BUDGETP_COL_NAME, "预警", NULL, false},
};
#define MON_COLS G_N_ELEMENTS(monitoring_columns)

enum {
    M_CODE,
    M_NAME,
    M_SECTION,
    M_LEVEL1,
    M_LEVEL2,
    M_ITEM,
    M_ADJUSTED,
    M_EXECUTED,
    M_RATE,
    M_PROJECTED,
    M_METHOD,
    M_TARGET,
    M_ACTUAL,
    M_PROJECTED_VALUE,
    M_LIKELIHOOD,
    M_REASON,
    M_MEASURES,
    M_COLOUR
};

static bool monitoring_project(BudgetpTable *t, const BudgetExport *ex, const BudgetBook *book,
                               const BudgetMonitorResult *result, const char *code)
{
    const BudgetReport *report = result->report;
    const BudgetProject *project = budget_book_get_project(book, code);
    const char *name = budget_project_get_name(project);
    const BudgetpMonitorRow *mrow;
    BudgetMonitorProjection shown;
    size_t row, n;
    bool ok = true;

    budget_report_find(report, code, &row);
    mrow = &g_array_index(result->rows, BudgetpMonitorRow, row);
    for (size_t f = 0; ok && f < G_N_ELEMENTS(fund_rows); f++) {
        char *cells[MON_COLS] = {NULL};
        BudgetFen budget = 0, executed = 0;
        bool has_budget, has_executed;
        int64_t rate;

        has_budget = fund_rows[f].total
                         ? budget_report_get_money(report, row, BUDGET_REPORT_BUDGET_ADJUSTED, &budget)
                         : budget_project_get_funding(project, fund_rows[f].source, &budget);
        has_executed = budget_report_get_money(report, row, fund_rows[f].executed, &executed);
        cells[M_CODE] = g_strdup(code);
        cells[M_NAME] = g_strdup(name);
        cells[M_SECTION] = form_word(ex, "funds");
        cells[M_ITEM] = g_strdup(fund_rows[f].item);
        cells[M_ADJUSTED] = money_or_empty(ex, has_budget, budget);
        cells[M_EXECUTED] = money_or_empty(ex, has_executed, executed);
        if (has_budget && has_executed && budget_money_rate_bp(executed, budget, &rate))
            cells[M_RATE] = budgetp_export_rate_text(rate);
        if (fund_rows[f].total) {
            if (budgetp_monitor_row_shown(result, mrow, &shown)) {
                cells[M_PROJECTED] = budgetp_export_money_text(ex, mrow->projected[shown]);
                cells[M_METHOD] = form_word(ex, budget_monitor_projection_to_string(shown));
            }
            cells[M_COLOUR] =
                g_strdup(budgetp_export_colour_text(ex, mrow->colour[BUDGET_MONITOR_ASPECT_MONEY]));
        }
        ok = write_row(t, cells, MON_COLS);
    }
    n = budget_book_get_project_n_indicators(book, code);
    for (size_t k = 0; ok && k < n; k++) {
        const BudgetIndicator *ind = budget_book_get_project_indicator_nth(book, code, k);
        char *cells[MON_COLS] = {NULL};

        cells[M_CODE] = g_strdup(code);
        cells[M_NAME] = g_strdup(name);
        cells[M_SECTION] = form_word(ex, "indicator");
        cells[M_LEVEL1] = g_strdup(budget_indicator_get_level1(ind));
        cells[M_LEVEL2] = g_strdup(budget_indicator_get_level2(ind));
        cells[M_ITEM] = g_strdup(budget_indicator_get_level3(ind));
        cells[M_TARGET] = g_strdup(budget_indicator_get_target(ind));
        cells[M_ACTUAL] = text_or_empty(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR));
        cells[M_PROJECTED_VALUE] =
            text_or_empty(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_PROJECTED));
        cells[M_LIKELIHOOD] = text_or_empty(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_LIKELIHOOD));
        cells[M_REASON] =
            text_or_empty(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_DEVIATION_REASON));
        cells[M_MEASURES] = text_or_empty(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_MEASURES));
        ok = write_row(t, cells, MON_COLS);
    }
    return ok;
}

bool budget_export_form_monitoring(BudgetExport *export, const BudgetLedger *ledger, const char *code,
                                   const BudgetMonitorConfig *config, BudgetError *error)
{
    const BudgetBook *book;
    BudgetMonitorResult *result;
    GPtrArray *codes;
    BudgetDate as_of;
    char date[16], months[16];
    BudgetpTable t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    book = budget_ledger_get_book(ledger);
    result = budget_monitor_result_new(ledger, config, error);
    if (result == NULL)
        return false;
    codes = g_ptr_array_new_with_free_func(g_free);
    if (!form_codes(book, result->report, code, codes, error)) {
        g_ptr_array_unref(codes);
        budget_monitor_result_free(result);
        return false;
    }
    as_of = budget_ledger_get_as_of(ledger);
    budget_date_format(as_of, date, sizeof date);
    /* 1–N月: the months whose end the as-of date has reached. */
    {
        int elapsed, total;
        budgetp_date_elapsed(budget_book_get_year(book), as_of, BUDGET_TIME_METHOD_MONTHS, &elapsed, &total);
        g_snprintf(months, sizeof months, "1-%d", elapsed);
    }
    {
        const char *meta[] = {"table",      "form_monitoring",
                              "as_of",      date,
                              "months",     months,
                              "money_unit", budget_money_unit_to_string(export->unit),
                              NULL};
        ok = budgetp_table_begin(&t, export, monitoring_columns, MON_COLS, meta, error);
    }
    for (guint i = 0; ok && i < codes->len; i++)
        ok = monitoring_project(&t, export, book, result, g_ptr_array_index(codes, i));
    ok = budgetp_table_end(&t, ok) && ok;
    budget_monitor_result_free(result);
    g_ptr_array_unref(codes);
    return ok;
}
