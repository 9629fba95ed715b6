/* export-chart: SVG charts, standalone (budget_export_chart_series(),
 * budget_export_chart_overview()) and inline in the HTML report. Plain
 * SVG 1.1: no script, no external resource, every text escaped, labels in
 * a font stack that has CJK glyphs on Windows, macOS and Linux. Coordinates
 * are doubles: they are drawing, never money. */
#include "config.h"

#include <string.h>

#include "export-private.h"
#include "text-private.h"

#define FONT "Microsoft YaHei, PingFang SC, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"
#define LABEL_CHARS 24

static const char *status_fill(BudgetStatus status, bool has_status)
{
    static const char *const fill[BUDGET_STATUS_N] = {
        [BUDGET_STATUS_ON_TRACK] = "#4caf50", [BUDGET_STATUS_AHEAD] = "#2196f3",
        [BUDGET_STATUS_BEHIND] = "#f0ad00",   [BUDGET_STATUS_SERIOUSLY_BEHIND] = "#d9363e",
        [BUDGET_STATUS_NO_PLAN] = "#9e9e9e",  [BUDGET_STATUS_OVER_BUDGET] = "#8e44ad",
    };
    return has_status && (unsigned)status < BUDGET_STATUS_N ? fill[status] : "#9e9e9e";
}

static void svg_open(GString *out, double width, double height, const char *title)
{
    g_string_append_printf(out,
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%.0f\" "
                           "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"" FONT
                           "\" font-size=\"12\">\n"
                           "<title>",
                           width, height, width, height);
    budgetp_export_xml_escape(out, title);
    g_string_append(out, "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    g_string_append_printf(out, "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">");
    budgetp_export_xml_escape(out, title);
    g_string_append(out, "</text>\n");
}

/* A text element at (@x, @y); @text escaped, shortened to @max characters
 * (0: whole) at a character boundary. */
static void svg_text(GString *out, double x, double y, const char *anchor, const char *text, size_t max)
{
    char *shown = budgetp_text_quote(text, -1, 0);

    if (max > 0 && g_utf8_strlen(shown, -1) > (glong)max) {
        char *head = g_utf8_substring(shown, 0, (glong)max - 1);
        g_free(shown);
        shown = g_strconcat(head, "\xE2\x80\xA6", NULL);
        g_free(head);
    }
    g_string_append_printf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y, anchor);
    budgetp_export_xml_escape(out, shown);
    g_string_append(out, "</text>\n");
    g_free(shown);
}

/* ---- Overview: execution rate by row, bars coloured by status ---------- */

void budgetp_chart_overview(GString *out, const BudgetExport *ex, const BudgetReport *report,
                            const char *unit, const char *title)
{
    const double left = 230, bar_w = 480, row_h = 22, top = 50;
    size_t n = 0;
    int64_t max_bp = BUDGET_BP_100, time_bp = 0;
    bool has_time = false;
    bool project = budget_report_get_level(report) == BUDGET_LEVEL_PROJECT;
    double height;
    size_t i, k;

    for (i = 0; i < budget_report_get_n_rows(report); i++) {
        int64_t bp;
        if (unit != NULL && strcmp(budget_report_get_unit(report, i), unit) != 0)
            continue;
        n++;
        if (budget_report_get_rate(report, i, BUDGET_REPORT_EXECUTION_RATE, &bp) && bp > max_bp)
            max_bp = bp;
        if (!has_time)
            has_time = budget_report_get_rate(report, i, BUDGET_REPORT_TIME_PROGRESS, &time_bp);
    }
    /* A rate far over budget would squash the others: the axis stops at 200 %. */
    max_bp = MIN(max_bp, 2 * BUDGET_BP_100);
    height = top + row_h * (double)MAX(n, 1) + 40;
    svg_open(out, left + bar_w + 90, height, title);

    /* Axis: 0, 50, 100 % … */
    for (int64_t g = 0; g <= max_bp; g += BUDGET_BP_100 / 2) {
        double x = left + bar_w * (double)g / (double)max_bp;
        char label[16];
        g_snprintf(label, sizeof label, "%d%%", (int)(g / 100));
        g_string_append_printf(out,
                               "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\"/>\n",
                               x, top - 5, x, height - 35);
        svg_text(out, x, height - 20, "middle", label, 0);
    }
    for (i = 0, k = 0; i < budget_report_get_n_rows(report); i++) {
        const char *key = budget_report_get_key(report, i);
        double y = top + row_h * (double)k;
        BudgetStatus status;
        bool has_status = budget_report_get_status(report, i, &status);
        int64_t bp;
        char *label;

        if (unit != NULL && strcmp(budget_report_get_unit(report, i), unit) != 0)
            continue;
        k++;
        if (budget_report_get_level(report) == BUDGET_LEVEL_DEPARTMENT)
            key = ex->headers == BUDGET_EXPORT_HEADERS_ZH ? "部门" : "department";
        label = project ? g_strdup_printf("%s %s", key, budget_report_get_name(report, i))
                        : g_strdup(key[0] != '\0' ? key : "-");
        svg_text(out, left - 8, y + 15, "end", label, LABEL_CHARS);
        g_free(label);
        if (budget_report_get_rate(report, i, BUDGET_REPORT_EXECUTION_RATE, &bp)) {
            char rate[32];
            double w = bar_w * (double)MAX(0, MIN(bp, max_bp)) / (double)max_bp;
            budget_money_rate_format(bp, rate, sizeof rate);
            g_string_append_printf(out,
                                   "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                   "<title>",
                                   left, y + 3, w, row_h - 6, status_fill(status, has_status));
            budgetp_export_xml_escape(out, has_status ? budgetp_export_status_text(ex, status) : "");
            g_string_append(out, "</title></rect>\n");
            g_strlcat(rate, "%", sizeof rate);
            svg_text(out, left + w + 4, y + 15, "start", rate, 0);
        } else {
            svg_text(out, left + 4, y + 15, "start",
                     ex->headers == BUDGET_EXPORT_HEADERS_ZH ? "无执行率" : "no rate", 0);
        }
    }
    if (has_time) {
        double x = left + bar_w * (double)MAX(0, MIN(time_bp, max_bp)) / (double)max_bp;
        g_string_append_printf(out,
                               "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333333\" "
                               "stroke-dasharray=\"4,3\"/>\n",
                               x, top - 8, x, height - 35);
        svg_text(out, x, top - 12, "middle",
                 ex->headers == BUDGET_EXPORT_HEADERS_ZH ? "序时进度" : "time progress", 0);
    }
    g_string_append(out, "</svg>\n");
}

/* ---- S-curve: cumulative plan and actual by month ---------------------- */

bool budgetp_chart_series(GString *out, const BudgetExport *ex, const BudgetLedger *ledger, BudgetLevel level,
                          const char *key, BudgetError *error)
{
    const double left = 110, plot_w = 560, top = 45, plot_h = 300;
    BudgetFen executed[12], planned[12];
    bool has_plan = false, zh = ex->headers == BUDGET_EXPORT_HEADERS_ZH;
    BudgetBook *book = budget_ledger_get_book(ledger);
    BudgetDate as_of = budget_ledger_get_as_of(ledger);
    int year = budget_book_get_year(book);
    int n_final = budget_monitor_series(ledger, level, key, executed, planned, &has_plan, error);
    BudgetProject *project = level == BUDGET_LEVEL_PROJECT ? budget_book_get_project(book, key) : NULL;
    BudgetPlan *plan = project != NULL ? budget_project_get_plan(project) : NULL;
    BudgetFen top_value = 1;
    double as_of_x;
    char *title;
    GString *line;

    if (n_final < 0)
        return false;
    for (int m = 0; m < 12; m++) {
        top_value = MAX(top_value, executed[m]);
        if (has_plan)
            top_value = MAX(top_value, planned[m]);
    }
    if (project != NULL)
        title = g_strdup_printf("%s %s", key, budget_project_get_name(project));
    else
        title = g_strdup(level == BUDGET_LEVEL_DEPARTMENT ? (zh ? "部门" : "department") : key);
    svg_open(out, left + plot_w + 40, top + plot_h + 70, title);
    g_free(title);

#define X(month) (left + plot_w * (double)(month) / 12.0)
#define Y(fen) (top + plot_h - plot_h * (double)(fen) / (double)top_value)
    /* Axes and grid: months, and money in quarters of the top value. */
    for (int m = 0; m <= 12; m++) {
        char label[8];
        g_string_append_printf(out,
                               "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eeeeee\"/>\n",
                               X(m), top, X(m), top + plot_h);
        if (m > 0) {
            g_snprintf(label, sizeof label, zh ? "%d月" : "M%d", m);
            svg_text(out, X(m), top + plot_h + 16, "middle", label, 0);
        }
    }
    for (int q = 0; q <= 4; q++) {
        BudgetFen v = top_value / 4 * q;
        char *money = budgetp_export_money_display(v, ex->unit);
        g_string_append_printf(out,
                               "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eeeeee\"/>\n",
                               left, Y(v), left + plot_w, Y(v));
        svg_text(out, left - 6, Y(v) + 4, "end", money, 0);
        g_free(money);
    }
    line = g_string_new(NULL);
    if (has_plan) {
        g_string_append_printf(line, "%.1f,%.1f", X(0), Y(0));
        for (int m = 0; m < 12; m++)
            g_string_append_printf(line, " %.1f,%.1f", X(m + 1), Y(planned[m]));
        g_string_append_printf(out,
                               "<polyline points=\"%s\" fill=\"none\" stroke=\"#2196f3\" stroke-width=\"2\" "
                               "stroke-dasharray=\"6,3\"/>\n",
                               line->str);
        /* The checkpoints the plan names. */
        for (int m = 1; plan != NULL && m <= 12; m++) {
            int64_t micropct;
            if (budget_plan_has_month(plan, m, &micropct))
                g_string_append_printf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#2196f3\"/>\n",
                                       X(m), Y(planned[m - 1]));
        }
    }
    /* Actual: month ends up to the as-of date, then the as-of point. */
    as_of_x = as_of / 10000 < year ? 0
              : as_of / 10000 > year
                  ? 12
                  : (double)(budget_date_get_month(as_of) - 1) +
                        (double)budget_date_get_day(as_of) /
                            (double)budget_date_days_in_month(year, budget_date_get_month(as_of));
    g_string_truncate(line, 0);
    g_string_append_printf(line, "%.1f,%.1f", X(0), Y(0));
    for (int m = 0; m < n_final; m++)
        g_string_append_printf(line, " %.1f,%.1f", X(m + 1), Y(executed[m]));
    if (n_final < 12 && as_of_x > (double)n_final)
        g_string_append_printf(line, " %.1f,%.1f", left + plot_w * as_of_x / 12.0, Y(executed[n_final]));
    g_string_append_printf(
        out, "<polyline points=\"%s\" fill=\"none\" stroke=\"#d9363e\" stroke-width=\"2.5\"/>\n", line->str);
    g_string_free(line, TRUE);
    {
        char date[16];
        double x = left + plot_w * as_of_x / 12.0;
        budget_date_format(as_of, date, sizeof date);
        g_string_append_printf(out,
                               "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333333\" "
                               "stroke-dasharray=\"4,3\"/>\n",
                               x, top, x, top + plot_h);
        svg_text(out, x, top - 6, "middle", date, 0);
    }
    /* Legend. */
    g_string_append_printf(out,
                           "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#2196f3\" "
                           "stroke-width=\"2\" stroke-dasharray=\"6,3\"/>\n",
                           left, top + plot_h + 40, left + 30, top + plot_h + 40);
    svg_text(out, left + 36, top + plot_h + 44, "start", zh ? "计划累计支出" : "planned (cumulative)", 0);
    g_string_append_printf(out,
                           "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d9363e\" "
                           "stroke-width=\"2.5\"/>\n",
                           left + 220, top + plot_h + 40, left + 250, top + plot_h + 40);
    svg_text(out, left + 256, top + plot_h + 44, "start", zh ? "实际累计支出" : "executed (cumulative)", 0);
    if (!has_plan)
        svg_text(out, left + 440, top + plot_h + 44, "start", zh ? "无有效计划" : "no valid plan", 0);
#undef X
#undef Y
    g_string_append(out, "</svg>\n");
    return true;
}

/* ---- Public: a chart as a file of its own ------------------------------ */

static bool write_svg(BudgetExport *export, GString *svg, BudgetError *error)
{
    BudgetpTable t;
    bool ok = budgetp_sink_begin(&t, export, error);

    if (ok)
        ok = budgetp_sink_write(&t, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39) &&
             budgetp_sink_write(&t, svg->str, svg->len);
    return budgetp_table_end(&t, ok);
}

bool budget_export_chart_overview(BudgetExport *export, const BudgetReport *report, const char *unit,
                                  BudgetError *error)
{
    GString *svg;
    bool ok;
    char *title;
    char date[16];

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(report != NULL, false, error);
    budget_date_format(budget_report_get_as_of(report), date, sizeof date);
    if (unit != NULL)
        title = g_strdup_printf(export->headers == BUDGET_EXPORT_HEADERS_ZH ? "%s 预算执行率（截至 %s）"
                                                                            : "%s: execution rate as of %s",
                                unit, date);
    else
        title = g_strdup_printf(export->headers == BUDGET_EXPORT_HEADERS_ZH ? "预算执行率（截至 %s）"
                                                                            : "Execution rate as of %s",
                                date);
    svg = g_string_new(NULL);
    budgetp_chart_overview(svg, export, report, unit, title);
    ok = write_svg(export, svg, error);
    g_string_free(svg, TRUE);
    g_free(title);
    return ok;
}

bool budget_export_chart_series(BudgetExport *export, const BudgetLedger *ledger, BudgetLevel level,
                                const char *key, BudgetError *error)
{
    GString *svg;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(export != NULL, false, error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    budgetp_return_val_if_fail((unsigned)level < BUDGET_LEVEL_N, false, error);
    svg = g_string_new(NULL);
    ok = budgetp_chart_series(svg, export, ledger, level, key, error) && write_svg(export, svg, error);
    g_string_free(svg, TRUE);
    return ok;
}
