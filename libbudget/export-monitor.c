/* export-monitor: the 双监控 table (budget_export_monitor()), per project or
 * rolled up per unit or for the department, written through the table
 * writer of export-table.c, so every format of the export module carries
 * it. */
#include "config.h"

#include <string.h>

#include "export-private.h"
#include "monitor-private.h"

static const BudgetpColumn project_columns[] = {
    {"code", BUDGETP_COL_TEXT, "项目编码", NULL, false},
    {"unit", BUDGETP_COL_TEXT, "预算单位", NULL, false},
    {"name", BUDGETP_COL_TEXT, "项目名称", NULL, false},
    {"colour", BUDGETP_COL_NAME, "预警", NULL, false},
    {"money_colour", BUDGETP_COL_NAME, "资金预警", NULL, false},
    {"money_reason", BUDGETP_COL_NAME, "资金预警原因", NULL, true},
    {"goal_colour", BUDGETP_COL_NAME, "目标预警", NULL, false},
    {"goal_reason", BUDGETP_COL_NAME, "目标预警原因", NULL, true},
    {"budget_adjusted", BUDGETP_COL_MONEY, "全年预算数", NULL, false},
    {"executed", BUDGETP_COL_MONEY, "执行数", NULL, false},
    {"execution_rate_pct", BUDGETP_COL_RATE, "执行率(%)", NULL, false},
    {"reference_pct", BUDGETP_COL_RATE, "对照进度(%)", NULL, false},
    {"measure", BUDGETP_COL_RATE, "比值/差距", NULL, false},
    {"goals_red", BUDGETP_COL_COUNT, "目标红", NULL, false},
    {"goals_yellow", BUDGETP_COL_COUNT, "目标黄", NULL, false},
    {"goals_green", BUDGETP_COL_COUNT, "目标绿", NULL, false},
    {"goals_not_judged", BUDGETP_COL_COUNT, "目标未评", NULL, true},
    {"projected", BUDGETP_COL_MONEY, "全年预计执行数", NULL, false},
    {"projected_balance", BUDGETP_COL_MONEY, "预计结余", NULL, false},
    {"projection_method", BUDGETP_COL_NAME, "预计方法", NULL, true},
    {"projected_plan", BUDGETP_COL_MONEY, "按计划预计", NULL, false},
    {"projected_run_rate", BUDGETP_COL_MONEY, "按进度预计", NULL, false},
    {"status", BUDGETP_COL_STATUS, "状态", NULL, false},
};
#define PROJECT_COLS G_N_ELEMENTS(project_columns)

static const BudgetpColumn rollup_columns[] = {
    {NULL, BUDGETP_COL_TEXT, NULL, NULL, false}, /* unit or department */
    {"n_projects", BUDGETP_COL_COUNT, "项目数", NULL, false},
    {"colour", BUDGETP_COL_NAME, "预警", NULL, false},
    {"n_red", BUDGETP_COL_COUNT, "红", NULL, false},
    {"n_yellow", BUDGETP_COL_COUNT, "黄", NULL, false},
    {"n_green", BUDGETP_COL_COUNT, "绿", NULL, false},
    {"n_not_judged", BUDGETP_COL_COUNT, "未评", NULL, false},
    {"money_red", BUDGETP_COL_COUNT, "资金红", NULL, true},
    {"money_yellow", BUDGETP_COL_COUNT, "资金黄", NULL, true},
    {"goal_red", BUDGETP_COL_COUNT, "目标红", NULL, true},
    {"goal_yellow", BUDGETP_COL_COUNT, "目标黄", NULL, true},
    {"budget_adjusted", BUDGETP_COL_MONEY, "全年预算数", NULL, false},
    {"executed", BUDGETP_COL_MONEY, "执行数", NULL, false},
    {"execution_rate_pct", BUDGETP_COL_RATE, "执行率(%)", NULL, false},
    {"projected", BUDGETP_COL_MONEY, "全年预计执行数", NULL, false},
    {"projected_balance", BUDGETP_COL_MONEY, "预计结余", NULL, false},
};
#define ROLLUP_COLS G_N_ELEMENTS(rollup_columns)

static char *money_cell(const BudgetExport *ex, const BudgetReport *report, size_t i, BudgetReportMoney col)
{
    BudgetFen v;

    return budget_report_get_money(report, i, col, &v) ? budgetp_export_money_text(ex, v) : g_strdup("");
}

/* 财预〔2019〕136号 names no colours; these are the words of the provincial
 * warning systems (红色/黄色/绿色预警). */
static const char *const colour_zh[BUDGET_MONITOR_COLOUR_N] = {
    [BUDGET_MONITOR_COLOUR_NONE] = "未评",
    [BUDGET_MONITOR_COLOUR_GREEN] = "绿",
    [BUDGET_MONITOR_COLOUR_YELLOW] = "黄",
    [BUDGET_MONITOR_COLOUR_RED] = "红",
};

const char *budgetp_export_colour_text(const BudgetExport *ex, BudgetMonitorColour colour)
{
    if ((unsigned)colour >= BUDGET_MONITOR_COLOUR_N)
        return "";
    return ex->headers == BUDGET_EXPORT_HEADERS_ZH ? colour_zh[colour]
                                                   : budget_monitor_colour_to_string(colour);
}

static char *count_cell(size_t n)
{
    return g_strdup_printf("%zu", n);
}

static void project_cells(const BudgetExport *ex, const BudgetMonitorResult *result, size_t i,
                          char *cells[PROJECT_COLS])
{
    const BudgetReport *report = result->report;
    const BudgetpMonitorRow *row = &g_array_index(result->rows, BudgetpMonitorRow, i);
    BudgetMonitorProjection shown;
    BudgetStatus status;
    int64_t rate;
    size_t c = 0;

    cells[c++] = g_strdup(budget_report_get_key(report, i));
    cells[c++] = g_strdup(budget_report_get_unit(report, i));
    cells[c++] = g_strdup(budget_report_get_name(report, i));
    cells[c++] = g_strdup(budgetp_export_colour_text(ex, row->colour[BUDGET_MONITOR_ASPECT_OVERALL]));
    cells[c++] = g_strdup(budgetp_export_colour_text(ex, row->colour[BUDGET_MONITOR_ASPECT_MONEY]));
    cells[c++] = g_strdup(budget_monitor_reason_to_string(row->reason[BUDGET_MONITOR_ASPECT_MONEY]));
    cells[c++] = g_strdup(budgetp_export_colour_text(ex, row->colour[BUDGET_MONITOR_ASPECT_GOAL]));
    cells[c++] = g_strdup(budget_monitor_reason_to_string(row->reason[BUDGET_MONITOR_ASPECT_GOAL]));
    cells[c++] = money_cell(ex, report, i, BUDGET_REPORT_BUDGET_ADJUSTED);
    cells[c++] = money_cell(ex, report, i, BUDGET_REPORT_EXECUTED);
    cells[c++] = budget_report_get_rate(report, i, BUDGET_REPORT_EXECUTION_RATE, &rate)
                     ? budgetp_export_rate_text(rate)
                     : g_strdup("");
    cells[c++] = row->has_measure ? budgetp_export_rate_text(row->reference_bp) : g_strdup("");
    cells[c++] = row->has_measure ? budgetp_export_rate_text(row->measure_bp) : g_strdup("");
    cells[c++] = count_cell(row->goal_counts[BUDGET_MONITOR_COLOUR_RED]);
    cells[c++] = count_cell(row->goal_counts[BUDGET_MONITOR_COLOUR_YELLOW]);
    cells[c++] = count_cell(row->goal_counts[BUDGET_MONITOR_COLOUR_GREEN]);
    cells[c++] = count_cell(row->goal_counts[BUDGET_MONITOR_COLOUR_NONE]);
    if (budgetp_monitor_row_shown(result, row, &shown)) {
        cells[c++] = budgetp_export_money_text(ex, row->projected[shown]);
        cells[c++] = budgetp_export_money_text(ex, row->balance[shown]);
        cells[c++] = g_strdup(budget_monitor_projection_to_string(shown));
    } else {
        cells[c++] = g_strdup("");
        cells[c++] = g_strdup("");
        cells[c++] = g_strdup("");
    }
    for (int m = 0; m < BUDGET_MONITOR_PROJECTION_N; m++)
        cells[c++] = row->has_projection[m] ? budgetp_export_money_text(ex, row->projected[m]) : g_strdup("");
    cells[c++] = budget_report_get_status(report, i, &status)
                     ? g_strdup(budgetp_export_status_text(ex, status))
                     : g_strdup("");
    g_assert(c == PROJECT_COLS);
}

static char *sum_cell(const BudgetExport *ex, __int128 v)
{
    return v >= INT64_MIN && v <= INT64_MAX ? budgetp_export_money_text(ex, (BudgetFen)v) : g_strdup("");
}

static void rollup_cells(const BudgetExport *ex, const BudgetpMonitorRollup *r, char *cells[ROLLUP_COLS])
{
    const size_t *overall = r->counts[BUDGET_MONITOR_ASPECT_OVERALL];
    int64_t rate;
    size_t c = 0;
    bool fits = r->adjusted >= INT64_MIN && r->adjusted <= INT64_MAX && r->executed >= INT64_MIN &&
                r->executed <= INT64_MAX;

    /* The department row is keyed "ALL", as in the report. */
    cells[c++] = g_strdup(r->unit != NULL ? r->unit : "ALL");
    cells[c++] = count_cell(r->n_projects);
    cells[c++] = g_strdup(
        budgetp_export_colour_text(ex, budgetp_monitor_rollup_worst(r, BUDGET_MONITOR_ASPECT_OVERALL)));
    cells[c++] = count_cell(overall[BUDGET_MONITOR_COLOUR_RED]);
    cells[c++] = count_cell(overall[BUDGET_MONITOR_COLOUR_YELLOW]);
    cells[c++] = count_cell(overall[BUDGET_MONITOR_COLOUR_GREEN]);
    cells[c++] = count_cell(overall[BUDGET_MONITOR_COLOUR_NONE]);
    cells[c++] = count_cell(r->counts[BUDGET_MONITOR_ASPECT_MONEY][BUDGET_MONITOR_COLOUR_RED]);
    cells[c++] = count_cell(r->counts[BUDGET_MONITOR_ASPECT_MONEY][BUDGET_MONITOR_COLOUR_YELLOW]);
    cells[c++] = count_cell(r->counts[BUDGET_MONITOR_ASPECT_GOAL][BUDGET_MONITOR_COLOUR_RED]);
    cells[c++] = count_cell(r->counts[BUDGET_MONITOR_ASPECT_GOAL][BUDGET_MONITOR_COLOUR_YELLOW]);
    cells[c++] = sum_cell(ex, r->adjusted);
    cells[c++] = sum_cell(ex, r->executed);
    /* Roll-ups divide sums (Σ executed ÷ Σ budget), never average rates. */
    cells[c++] = fits && budget_money_rate_bp((BudgetFen)r->executed, (BudgetFen)r->adjusted, &rate)
                     ? budgetp_export_rate_text(rate)
                     : g_strdup("");
    cells[c++] = sum_cell(ex, r->projected);
    cells[c++] = sum_cell(ex, r->adjusted - r->projected);
    g_assert(c == ROLLUP_COLS);
}

bool budget_export_monitor(BudgetExport *export, const BudgetMonitorResult *result, BudgetLevel level,
                           BudgetError *error)
{
    BudgetpColumn cols[ROLLUP_COLS];
    char as_of[16];
    BudgetpTable t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(result != NULL, false, error);
    budgetp_return_val_if_fail((unsigned)level < BUDGET_LEVEL_N, false, error);

    budget_date_format(result->as_of, as_of, sizeof as_of);
    {
        const char *meta[] = {
            "table",      "monitor",
            "as_of",      as_of,
            "level",      budget_level_to_string(level),
            "basis",      budget_monitor_basis_to_string(result->basis),
            "against",    budget_monitor_against_to_string(result->against),
            "money_unit", budget_money_unit_to_string(export->unit),
            NULL,
        };
        if (level == BUDGET_LEVEL_PROJECT) {
            ok = budgetp_table_begin(&t, export, project_columns, PROJECT_COLS, meta, error);
        } else {
            memcpy(cols, rollup_columns, sizeof cols);
            cols[0].name = budget_level_to_string(level);
            cols[0].zh = level == BUDGET_LEVEL_UNIT ? "预算单位" : "部门";
            ok = budgetp_table_begin(&t, export, cols, ROLLUP_COLS, meta, error);
        }
    }
    if (level == BUDGET_LEVEL_PROJECT) {
        for (size_t i = 0; ok && i < result->rows->len; i++) {
            char *cells[PROJECT_COLS];
            project_cells(export, result, i, cells);
            ok = budgetp_table_row(&t, (const char *const *)cells);
            budgetp_table_free_cells(cells, PROJECT_COLS);
        }
    } else {
        size_t n = level == BUDGET_LEVEL_UNIT ? result->units->len : 1;
        for (size_t i = 0; ok && i < n; i++) {
            char *cells[ROLLUP_COLS];
            rollup_cells(export,
                         level == BUDGET_LEVEL_UNIT ? &g_array_index(result->units, BudgetpMonitorRollup, i)
                                                    : &result->department,
                         cells);
            ok = budgetp_table_row(&t, (const char *const *)cells);
            budgetp_table_free_cells(cells, ROLLUP_COLS);
        }
    }
    return budgetp_table_end(&t, ok);
}
