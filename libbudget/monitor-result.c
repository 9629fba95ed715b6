/* monitor-result: the 双监控 of a ledger (budget-monitor.h, DESIGN.md
 * "Monitoring"): each project's money colour (execution against time
 * progress or plan), goal colour (its indicators' likelihood, projected
 * value or mid-year actual against the target), the worse of the two, the
 * roll-ups per unit and department, and the year-end projection. The
 * execution figures are the project report's (report.c), so that a colour
 * and the report's columns never disagree. */
#include "config.h"

#include <string.h>

#include "ledger-private.h"
#include "monitor-private.h"
#include "project-private.h"

static const char *const colour_names[BUDGET_MONITOR_COLOUR_N] = {"none", "green", "yellow", "red"};
BUDGETP_DEFINE_ENUM_NAMES(budget_monitor_colour, BudgetMonitorColour, colour, BUDGET_MONITOR_COLOUR_N,
                          colour_names)

static const char *const basis_names[BUDGET_MONITOR_BASIS_N] = {"ratio", "gap"};
BUDGETP_DEFINE_ENUM_NAMES(budget_monitor_basis, BudgetMonitorBasis, basis, BUDGET_MONITOR_BASIS_N,
                          basis_names)

static const char *const against_names[BUDGET_MONITOR_AGAINST_N] = {"time", "plan"};
BUDGETP_DEFINE_ENUM_NAMES(budget_monitor_against, BudgetMonitorAgainst, against, BUDGET_MONITOR_AGAINST_N,
                          against_names)

static const char *const projection_names[BUDGET_MONITOR_PROJECTION_N] = {"plan", "run_rate"};
BUDGETP_DEFINE_ENUM_NAMES(budget_monitor_projection, BudgetMonitorProjection, method,
                          BUDGET_MONITOR_PROJECTION_N, projection_names)

static const char *const reason_names[BUDGET_MONITOR_REASON_N] = {
    "ok", "over_budget", "below_floor", "no_rate", "no_plan", "nothing_due", "no_actuals",
};
BUDGETP_DEFINE_ENUM_NAMES(budget_monitor_reason, BudgetMonitorReason, reason, BUDGET_MONITOR_REASON_N,
                          reason_names)

/* ---- Money colour ------------------------------------------------------ */

static void money_colour(const BudgetMonitorConfig *config, const BudgetReport *report, size_t i,
                         BudgetpMonitorRow *row)
{
    BudgetReportMoney denominator_col = config->denominator == BUDGET_DENOMINATOR_ORIGINAL
                                            ? BUDGET_REPORT_BUDGET_ORIGINAL
                                            : BUDGET_REPORT_BUDGET_ADJUSTED;
    BudgetReportRate reference_col = config->against == BUDGET_MONITOR_AGAINST_PLAN
                                         ? BUDGET_REPORT_PLANNED_PCT
                                         : BUDGET_REPORT_TIME_PROGRESS;
    BudgetFen denominator = 0;
    BudgetStatus status = BUDGET_STATUS_ON_TRACK;
    int64_t rate, reference, measure;
    BudgetMonitorColour colour;

    budget_report_get_money(report, i, denominator_col, &denominator);
    budget_report_get_status(report, i, &status);
    row->colour[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_COLOUR_NONE;
    /* The floor first: a small project is never red or yellow by money. */
    if (config->floor > 0 && denominator < config->floor) {
        row->reason[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_REASON_BELOW_FLOOR;
        return;
    }
    if (status == BUDGET_STATUS_OVER_BUDGET) {
        row->colour[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_COLOUR_RED;
        row->reason[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_REASON_OVER_BUDGET;
        return;
    }
    if (!budget_report_get_rate(report, i, BUDGET_REPORT_EXECUTION_RATE, &rate)) {
        row->reason[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_REASON_NO_RATE;
        return;
    }
    if (!budget_report_get_rate(report, i, reference_col, &reference)) {
        row->reason[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_REASON_NO_PLAN;
        return;
    }
    if (reference <= 0) {
        row->colour[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_COLOUR_GREEN;
        row->reason[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_REASON_NOTHING_DUE;
        return;
    }
    /* From the rounded (shown) rate and reference, as the report's variance. */
    if (config->basis == BUDGET_MONITOR_BASIS_RATIO)
        measure = (int64_t)budgetp_div_round((__int128)rate * BUDGET_BP_100, reference);
    else
        measure = rate - reference;
    if (measure < config->red_bp[config->basis])
        colour = BUDGET_MONITOR_COLOUR_RED;
    else if (measure < config->yellow_bp[config->basis])
        colour = BUDGET_MONITOR_COLOUR_YELLOW;
    else
        colour = BUDGET_MONITOR_COLOUR_GREEN;
    row->colour[BUDGET_MONITOR_ASPECT_MONEY] = colour;
    row->reason[BUDGET_MONITOR_ASPECT_MONEY] = BUDGET_MONITOR_REASON_OK;
    row->has_measure = true;
    row->reference_bp = reference;
    row->measure_bp = measure;
}

/* ---- Goal colour ------------------------------------------------------- */

static bool is_blank(const char *text)
{
    if (text == NULL)
        return true;
    for (; *text != '\0'; text++)
        if (!g_ascii_isspace(*text))
            return false;
    return true;
}

/* 完成目标可能性 as the 绩效运行监控表 asks it: 确定能 / 有可能 / 完全不可能. */
static bool likelihood_colour(const char *text, BudgetMonitorColour *out)
{
    char *t;
    bool ok = true;

    if (is_blank(text))
        return false;
    t = g_strstrip(g_strdup(text));
    if (g_str_has_prefix(t, "完全不可能") || g_str_has_prefix(t, "不可能") ||
        g_ascii_strcasecmp(t, "no") == 0)
        *out = BUDGET_MONITOR_COLOUR_RED;
    else if (g_str_has_prefix(t, "有可能") || g_str_has_prefix(t, "可能") ||
             g_ascii_strcasecmp(t, "maybe") == 0)
        *out = BUDGET_MONITOR_COLOUR_YELLOW;
    else if (g_str_has_prefix(t, "确定能") || g_str_has_prefix(t, "确定") || g_str_has_prefix(t, "能") ||
             g_ascii_strcasecmp(t, "yes") == 0)
        *out = BUDGET_MONITOR_COLOUR_GREEN;
    else
        ok = false;
    g_free(t);
    return ok;
}

static BudgetMonitorColour indicator_colour(const BudgetMonitorConfig *config, const BudgetIndicator *ind,
                                            int year)
{
    const char *value = budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_PROJECTED);
    BudgetMonitorColour colour = BUDGET_MONITOR_COLOUR_NONE;
    BudgetTargetEvaluation ev;
    BudgetTarget *target;

    if (likelihood_colour(budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_LIKELIHOOD), &colour))
        return colour;
    if (is_blank(value))
        value = budget_indicator_get_note(ind, BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR);
    if (is_blank(value))
        return BUDGET_MONITOR_COLOUR_NONE;
    target = budget_target_parse(budget_indicator_get_target(ind), -1, year, NULL);
    if (target == NULL)
        return BUDGET_MONITOR_COLOUR_NONE;
    if (budget_target_evaluate(target, value, -1, &ev, NULL)) {
        switch ((BudgetTargetResult)ev.result) {
        case BUDGET_TARGET_MET:
            colour = BUDGET_MONITOR_COLOUR_GREEN;
            break;
        case BUDGET_TARGET_PARTLY_MET:
            colour = BUDGET_MONITOR_COLOUR_YELLOW;
            break;
        case BUDGET_TARGET_NOT_MET:
            colour = ev.has_ratio && ev.ratio_bp >= config->goal_red_bp ? BUDGET_MONITOR_COLOUR_YELLOW
                                                                        : BUDGET_MONITOR_COLOUR_RED;
            break;
        default: /* not reported, not applicable, cannot evaluate: not counted */
            break;
        }
    }
    budget_target_unref(target);
    return colour;
}

static void goal_colour(const BudgetMonitorConfig *config, const BudgetBook *book,
                        const BudgetProject *project, BudgetpMonitorRow *row)
{
    const char *code = budget_project_get_code(project);
    int year = budgetp_project_year(project, budget_book_get_year(book));
    size_t n = budget_book_get_project_n_indicators(book, code);
    BudgetMonitorColour worst = BUDGET_MONITOR_COLOUR_NONE;

    for (size_t k = 0; k < n; k++) {
        BudgetMonitorColour c =
            indicator_colour(config, budget_book_get_project_indicator_nth(book, code, k), year);
        row->goal_counts[c]++;
        worst = MAX(worst, c);
    }
    row->colour[BUDGET_MONITOR_ASPECT_GOAL] = worst;
    row->reason[BUDGET_MONITOR_ASPECT_GOAL] =
        worst == BUDGET_MONITOR_COLOUR_NONE ? BUDGET_MONITOR_REASON_NO_ACTUALS : BUDGET_MONITOR_REASON_OK;
}

/* ---- Projection -------------------------------------------------------- */

static void set_projection(BudgetpMonitorRow *row, BudgetMonitorProjection m, __int128 projected,
                           BudgetFen adjusted)
{
    __int128 balance = (__int128)adjusted - projected;

    if (projected < INT64_MIN || projected > INT64_MAX || balance < INT64_MIN || balance > INT64_MAX)
        return;
    row->has_projection[m] = true;
    row->projected[m] = (BudgetFen)projected;
    row->balance[m] = (BudgetFen)balance;
}

static void projection(const BudgetMonitorConfig *config, const BudgetReport *report, size_t i, int year,
                       BudgetDate as_of, BudgetpMonitorRow *row)
{
    BudgetFen executed = 0, adjusted = 0, planned, denominator = 0;
    int elapsed, total;

    budget_report_get_money(report, i, BUDGET_REPORT_EXECUTED, &executed);
    budget_report_get_money(report, i, BUDGET_REPORT_BUDGET_ADJUSTED, &adjusted);
    budget_report_get_money(report, i,
                            config->denominator == BUDGET_DENOMINATOR_ORIGINAL
                                ? BUDGET_REPORT_BUDGET_ORIGINAL
                                : BUDGET_REPORT_BUDGET_ADJUSTED,
                            &denominator);
    /* Plan-based: what the plan still asks after the as-of date is paid as
     * planned, so the gap to plan (executed − planned) carries to year end. */
    if (budget_report_get_money(report, i, BUDGET_REPORT_PLANNED_AMOUNT, &planned))
        set_projection(row, BUDGET_MONITOR_PROJECTION_PLAN, (__int128)executed + denominator - planned,
                       adjusted);
    /* Run rate: executed ÷ elapsed × the whole year, rounded to the fen once. */
    budgetp_date_elapsed(year, as_of, config->time_method, &elapsed, &total);
    if (elapsed > 0)
        set_projection(row, BUDGET_MONITOR_PROJECTION_RUN_RATE,
                       budgetp_div_round((__int128)executed * total, elapsed), adjusted);
}

bool budgetp_monitor_row_shown(const BudgetMonitorResult *result, const BudgetpMonitorRow *row,
                               BudgetMonitorProjection *method)
{
    BudgetMonitorProjection other = result->projection == BUDGET_MONITOR_PROJECTION_PLAN
                                        ? BUDGET_MONITOR_PROJECTION_RUN_RATE
                                        : BUDGET_MONITOR_PROJECTION_PLAN;

    if (row->has_projection[result->projection])
        *method = result->projection;
    else if (row->has_projection[other])
        *method = other;
    else
        return false;
    return true;
}

/* ---- Roll-ups ---------------------------------------------------------- */

BudgetMonitorColour budgetp_monitor_rollup_worst(const BudgetpMonitorRollup *r, BudgetMonitorAspect aspect)
{
    for (int c = BUDGET_MONITOR_COLOUR_N - 1; c > BUDGET_MONITOR_COLOUR_NONE; c--)
        if (r->counts[aspect][c] > 0)
            return (BudgetMonitorColour)c;
    return BUDGET_MONITOR_COLOUR_NONE;
}

static void rollup_add(const BudgetMonitorResult *result, BudgetpMonitorRollup *r,
                       const BudgetpMonitorRow *row, size_t i)
{
    BudgetFen adjusted = 0, executed = 0;
    BudgetMonitorProjection m;

    budget_report_get_money(result->report, i, BUDGET_REPORT_BUDGET_ADJUSTED, &adjusted);
    budget_report_get_money(result->report, i, BUDGET_REPORT_EXECUTED, &executed);
    r->n_projects++;
    for (int a = 0; a < BUDGET_MONITOR_ASPECT_N; a++)
        r->counts[a][row->colour[a]]++;
    r->adjusted += adjusted;
    r->executed += executed;
    /* A project without a projection adds what it has paid: never nothing. */
    r->projected += budgetp_monitor_row_shown(result, row, &m) ? row->projected[m] : executed;
}

static int compare_rollups(const void *a, const void *b)
{
    return strcmp(((const BudgetpMonitorRollup *)a)->unit, ((const BudgetpMonitorRollup *)b)->unit);
}

static void rollup_clear(gpointer data)
{
    g_free(((BudgetpMonitorRollup *)data)->unit);
}

/* ---- The result -------------------------------------------------------- */

BudgetMonitorResult *budget_monitor_result_new(const BudgetLedger *ledger, const BudgetMonitorConfig *config,
                                               BudgetError *error)
{
    BudgetMonitorResult *result;
    const BudgetBook *book;
    GHashTable *unit_index;
    size_t n;

    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, NULL, error);
    config = budgetp_monitor_config_or_default(config);
    book = budget_ledger_get_book(ledger);

    result = g_new0(BudgetMonitorResult, 1);
    result->report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, config, error);
    if (result->report == NULL) {
        g_free(result);
        return NULL;
    }
    result->as_of = budget_ledger_get_as_of(ledger);
    result->basis = config->basis;
    result->against = config->against;
    result->projection = config->projection;
    result->rows = g_array_new(FALSE, TRUE, sizeof(BudgetpMonitorRow));
    result->units = g_array_new(FALSE, TRUE, sizeof(BudgetpMonitorRollup));
    g_array_set_clear_func(result->units, rollup_clear);
    unit_index = g_hash_table_new(g_str_hash, g_str_equal); /* unit → index + 1; keys in units */

    n = budget_report_get_n_rows(result->report);
    g_array_set_size(result->rows, (guint)n);
    for (size_t i = 0; i < n; i++) {
        BudgetpMonitorRow *row = &g_array_index(result->rows, BudgetpMonitorRow, i);
        const BudgetProject *project =
            budget_book_get_project(book, budget_report_get_key(result->report, i));
        const char *unit = budget_report_get_unit(result->report, i);
        guint u = GPOINTER_TO_UINT(g_hash_table_lookup(unit_index, unit));

        money_colour(config, result->report, i, row);
        goal_colour(config, book, project, row);
        row->colour[BUDGET_MONITOR_ASPECT_OVERALL] =
            MAX(row->colour[BUDGET_MONITOR_ASPECT_MONEY], row->colour[BUDGET_MONITOR_ASPECT_GOAL]);
        row->reason[BUDGET_MONITOR_ASPECT_OVERALL] =
            row->colour[BUDGET_MONITOR_ASPECT_GOAL] > row->colour[BUDGET_MONITOR_ASPECT_MONEY]
                ? row->reason[BUDGET_MONITOR_ASPECT_GOAL]
                : row->reason[BUDGET_MONITOR_ASPECT_MONEY];
        projection(config, result->report, i, budgetp_project_year(project, budget_book_get_year(book)),
                   result->as_of, row);

        if (u == 0) {
            BudgetpMonitorRollup r;

            memset(&r, 0, sizeof r);
            r.unit = g_strdup(unit);
            g_array_append_val(result->units, r);
            u = result->units->len;
            g_hash_table_insert(unit_index, g_array_index(result->units, BudgetpMonitorRollup, u - 1).unit,
                                GUINT_TO_POINTER(u));
        }
        rollup_add(result, &g_array_index(result->units, BudgetpMonitorRollup, u - 1), row, i);
        rollup_add(result, &result->department, row, i);
    }
    g_hash_table_unref(unit_index);
    g_array_sort(result->units, compare_rollups);
    return result;
}

void budget_monitor_result_free(BudgetMonitorResult *result)
{
    if (result == NULL)
        return;
    budget_report_free(result->report);
    g_array_unref(result->rows);
    g_array_unref(result->units);
    g_free(result);
}

#define ROW_OR_RETURN(r, result, row, val)                                                                   \
    G_STMT_START                                                                                             \
    {                                                                                                        \
        g_return_val_if_fail((result) != NULL, (val));                                                       \
        g_return_val_if_fail((row) < (result)->rows->len, (val));                                            \
        (r) = &g_array_index((result)->rows, BudgetpMonitorRow, (row));                                      \
    }                                                                                                        \
    G_STMT_END

BudgetDate budget_monitor_result_get_as_of(const BudgetMonitorResult *result)
{
    g_return_val_if_fail(result != NULL, 0);
    return result->as_of;
}

BudgetMonitorBasis budget_monitor_result_get_basis(const BudgetMonitorResult *result,
                                                   BudgetMonitorAgainst *against)
{
    g_return_val_if_fail(result != NULL, BUDGET_MONITOR_BASIS_RATIO);
    if (against != NULL)
        *against = result->against;
    return result->basis;
}

const BudgetReport *budget_monitor_result_get_report(const BudgetMonitorResult *result)
{
    g_return_val_if_fail(result != NULL, NULL);
    return result->report;
}

size_t budget_monitor_result_get_n_projects(const BudgetMonitorResult *result)
{
    g_return_val_if_fail(result != NULL, 0);
    return result->rows->len;
}

BudgetMonitorColour budget_monitor_result_get_colour(const BudgetMonitorResult *result, size_t row,
                                                     BudgetMonitorAspect aspect, BudgetMonitorReason *reason)
{
    const BudgetpMonitorRow *r;

    ROW_OR_RETURN(r, result, row, BUDGET_MONITOR_COLOUR_NONE);
    g_return_val_if_fail((unsigned)aspect < BUDGET_MONITOR_ASPECT_N, BUDGET_MONITOR_COLOUR_NONE);
    if (reason != NULL)
        *reason = r->reason[aspect];
    return r->colour[aspect];
}

bool budget_monitor_result_get_measure(const BudgetMonitorResult *result, size_t row, int64_t *reference_bp,
                                       int64_t *measure_bp)
{
    const BudgetpMonitorRow *r;

    ROW_OR_RETURN(r, result, row, false);
    if (!r->has_measure)
        return false;
    if (reference_bp != NULL)
        *reference_bp = r->reference_bp;
    if (measure_bp != NULL)
        *measure_bp = r->measure_bp;
    return true;
}

void budget_monitor_result_get_goal_counts(const BudgetMonitorResult *result, size_t row,
                                           size_t counts[BUDGET_MONITOR_COLOUR_N])
{
    const BudgetpMonitorRow *r;

    g_return_if_fail(result != NULL);
    g_return_if_fail(row < result->rows->len);
    g_return_if_fail(counts != NULL);
    r = &g_array_index(result->rows, BudgetpMonitorRow, row);
    memcpy(counts, r->goal_counts, sizeof r->goal_counts);
}

bool budget_monitor_result_get_projection(const BudgetMonitorResult *result, size_t row,
                                          BudgetMonitorProjection method, BudgetFen *projected,
                                          BudgetFen *balance)
{
    const BudgetpMonitorRow *r;

    ROW_OR_RETURN(r, result, row, false);
    g_return_val_if_fail((unsigned)method < BUDGET_MONITOR_PROJECTION_N, false);
    if (!r->has_projection[method])
        return false;
    if (projected != NULL)
        *projected = r->projected[method];
    if (balance != NULL)
        *balance = r->balance[method];
    return true;
}

bool budget_monitor_result_get_projection_method(const BudgetMonitorResult *result, size_t row,
                                                 BudgetMonitorProjection *method)
{
    const BudgetpMonitorRow *r;

    ROW_OR_RETURN(r, result, row, false);
    g_return_val_if_fail(method != NULL, false);
    return budgetp_monitor_row_shown(result, r, method);
}

size_t budget_monitor_result_get_n_units(const BudgetMonitorResult *result)
{
    g_return_val_if_fail(result != NULL, 0);
    return result->units->len;
}

const char *budget_monitor_result_get_unit_nth(const BudgetMonitorResult *result, size_t index)
{
    g_return_val_if_fail(result != NULL, NULL);
    g_return_val_if_fail(index < result->units->len, NULL);
    return g_array_index(result->units, BudgetpMonitorRollup, index).unit;
}

bool budget_monitor_result_get_rollup(const BudgetMonitorResult *result, const char *unit,
                                      BudgetMonitorAspect aspect, size_t counts[BUDGET_MONITOR_COLOUR_N],
                                      BudgetMonitorColour *worst, BudgetFen *projected, BudgetFen *balance)
{
    const BudgetpMonitorRollup *r = NULL;
    __int128 bal;

    g_return_val_if_fail(result != NULL, false);
    g_return_val_if_fail((unsigned)aspect < BUDGET_MONITOR_ASPECT_N, false);
    if (unit == NULL) {
        r = &result->department;
    } else {
        for (guint i = 0; r == NULL && i < result->units->len; i++)
            if (strcmp(g_array_index(result->units, BudgetpMonitorRollup, i).unit, unit) == 0)
                r = &g_array_index(result->units, BudgetpMonitorRollup, i);
        if (r == NULL)
            return false;
    }
    bal = r->adjusted - r->projected;
    if ((projected != NULL || balance != NULL) &&
        (r->projected < INT64_MIN || r->projected > INT64_MAX || bal < INT64_MIN || bal > INT64_MAX))
        return false;
    if (counts != NULL)
        memcpy(counts, r->counts[aspect], sizeof r->counts[aspect]);
    if (worst != NULL)
        *worst = budgetp_monitor_rollup_worst(r, aspect);
    if (projected != NULL)
        *projected = (BudgetFen)r->projected;
    if (balance != NULL)
        *balance = (BudgetFen)bal;
    return true;
}
