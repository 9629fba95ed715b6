/* monitor: execution rate, planned percent, time progress, variance and status
 * per project, unit and department (rules in budget-monitor.h and DESIGN.md). */
#include "config.h"

#include <string.h>

#include "ledger-private.h"

#define N_MONEY 10
#define N_RATES 6

struct BudgetMonitorConfig {
    BudgetPlanMethod plan_method;
    BudgetTimeMethod time_method;
    BudgetDenominator denominator;
    int64_t seriously_behind_bp;
    int64_t behind_bp;
    int64_t ahead_bp;
};

static const BudgetMonitorConfig default_config = {
    BUDGET_PLAN_METHOD_STEP, BUDGET_TIME_METHOD_DAYS, BUDGET_DENOMINATOR_ADJUSTED, -1500, -500, 1000,
};

typedef struct {
    char *key;
    char *unit;
    size_t n_projects;
    BudgetFen money[N_MONEY];
    bool has_money[N_MONEY];
    int64_t rate[N_RATES];
    bool has_rate[N_RATES];
    BudgetStatus status;
} ReportRow;

struct BudgetReport {
    BudgetLevel level;
    BudgetDate as_of;
    GArray *rows; /* ReportRow, sorted by key */
};

BudgetMonitorConfig *budget_monitor_config_new(void)
{
    BudgetMonitorConfig *config = g_new(BudgetMonitorConfig, 1);

    *config = default_config;
    return config;
}

void budget_monitor_config_free(BudgetMonitorConfig *config)
{
    g_free(config);
}

void budget_monitor_config_set_plan_method(BudgetMonitorConfig *config, BudgetPlanMethod method)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail(method == BUDGET_PLAN_METHOD_STEP || method == BUDGET_PLAN_METHOD_LINEAR);
    config->plan_method = method;
}

void budget_monitor_config_set_time_method(BudgetMonitorConfig *config, BudgetTimeMethod method)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail(method == BUDGET_TIME_METHOD_DAYS || method == BUDGET_TIME_METHOD_MONTHS);
    config->time_method = method;
}

void budget_monitor_config_set_denominator(BudgetMonitorConfig *config, BudgetDenominator denominator)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail(denominator == BUDGET_DENOMINATOR_ADJUSTED ||
                     denominator == BUDGET_DENOMINATOR_ORIGINAL);
    config->denominator = denominator;
}

bool budget_monitor_config_set_thresholds(BudgetMonitorConfig *config, int64_t seriously_behind_bp,
                                          int64_t behind_bp, int64_t ahead_bp, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (!(seriously_behind_bp <= behind_bp && behind_bp <= ahead_bp)) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "thresholds must satisfy seriously_behind <= behind <= ahead");
        return false;
    }
    config->seriously_behind_bp = seriously_behind_bp;
    config->behind_bp = behind_bp;
    config->ahead_bp = ahead_bp;
    return true;
}

BudgetStatus budget_monitor_status(const BudgetMonitorConfig *config, bool over_budget, bool has_variance,
                                   int64_t variance_bp)
{
    if (config == NULL)
        config = &default_config;
    if (over_budget)
        return BUDGET_STATUS_OVER_BUDGET;
    if (!has_variance)
        return BUDGET_STATUS_NO_PLAN;
    if (variance_bp < config->seriously_behind_bp)
        return BUDGET_STATUS_SERIOUSLY_BEHIND;
    if (variance_bp < config->behind_bp)
        return BUDGET_STATUS_BEHIND;
    if (variance_bp > config->ahead_bp)
        return BUDGET_STATUS_AHEAD;
    return BUDGET_STATUS_ON_TRACK;
}

const char *budget_status_to_string(BudgetStatus status)
{
    static const char *const names[] = {"on_track",         "ahead",   "behind",
                                        "seriously_behind", "no_plan", "over_budget"};

    if ((int)status < 0 || (size_t)status >= G_N_ELEMENTS(names))
        return NULL;
    return names[status];
}

/* Money that rows add up. The plan sums cover only projects with a valid
 * plan: their plan is unknown, not zero. */
typedef struct {
    size_t n_projects;
    size_t n_plan;
    BudgetFen original, adjusted, executed, source[BUDGETP_N_SOURCES];
    BudgetFen plan_denominator, plan_executed, planned, to_next;
} Sums;

static bool sums_add(Sums *sum, const Sums *part)
{
    bool ok = budgetp_fen_add(sum->original, part->original, &sum->original) &&
              budgetp_fen_add(sum->adjusted, part->adjusted, &sum->adjusted) &&
              budgetp_fen_add(sum->executed, part->executed, &sum->executed) &&
              budgetp_fen_add(sum->plan_denominator, part->plan_denominator, &sum->plan_denominator) &&
              budgetp_fen_add(sum->plan_executed, part->plan_executed, &sum->plan_executed) &&
              budgetp_fen_add(sum->planned, part->planned, &sum->planned) &&
              budgetp_fen_add(sum->to_next, part->to_next, &sum->to_next);

    for (int s = 0; ok && s < BUDGETP_N_SOURCES; s++)
        ok = budgetp_fen_add(sum->source[s], part->source[s], &sum->source[s]);
    sum->n_projects += part->n_projects;
    sum->n_plan += part->n_plan;
    return ok;
}

static void set_money(ReportRow *row, BudgetReportMoney column, BudgetFen value)
{
    row->money[column] = value;
    row->has_money[column] = true;
}

static void set_rate(ReportRow *row, BudgetReportRate column, int64_t value)
{
    row->rate[column] = value;
    row->has_rate[column] = true;
}

static bool overflow(BudgetError *error, const char *what)
{
    budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, NULL,
                      "%s: a sum does not fit in 64 bits of fen", what);
    return false;
}

/* The columns every row shares, from its sums; @planned_bp is the row's
 * planned percent if @has_planned. */
static bool finish_row(ReportRow *row, const Sums *sum, const BudgetMonitorConfig *config, int year,
                       BudgetDate as_of, bool has_planned, int64_t planned_bp, BudgetError *error)
{
    BudgetFen denominator =
        config->denominator == BUDGET_DENOMINATOR_ORIGINAL ? sum->original : sum->adjusted;
    BudgetFen value;
    int64_t rate = 0, time_bp;
    bool has_rate;

    row->n_projects = sum->n_projects;
    set_money(row, BUDGET_REPORT_BUDGET_ORIGINAL, sum->original);
    set_money(row, BUDGET_REPORT_BUDGET_ADJUSTED, sum->adjusted);
    set_money(row, BUDGET_REPORT_EXECUTED, sum->executed);
    set_money(row, BUDGET_REPORT_EXECUTED_FISCAL, sum->source[BUDGET_SOURCE_FISCAL]);
    set_money(row, BUDGET_REPORT_EXECUTED_CARRYOVER, sum->source[BUDGET_SOURCE_CARRYOVER]);
    set_money(row, BUDGET_REPORT_EXECUTED_OTHER, sum->source[BUDGET_SOURCE_OTHER]);
    if (!budgetp_fen_sub(sum->adjusted, sum->executed, &value))
        return overflow(error, row->key);
    set_money(row, BUDGET_REPORT_REMAINING, value);
    if (sum->n_plan > 0) {
        set_money(row, BUDGET_REPORT_PLANNED_AMOUNT, sum->planned);
        if (!budgetp_fen_sub(sum->plan_executed, sum->planned, &value))
            return overflow(error, row->key);
        set_money(row, BUDGET_REPORT_VARIANCE_AMOUNT, value);
        set_money(row, BUDGET_REPORT_TO_NEXT_CHECKPOINT, sum->to_next);
    }

    has_rate = budget_rate_bp(sum->executed, denominator, &rate);
    if (has_rate)
        set_rate(row, BUDGET_REPORT_EXECUTION_RATE, rate);
    if (budget_rate_bp(sum->executed, sum->original, &value))
        set_rate(row, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL, value);
    if (has_planned)
        set_rate(row, BUDGET_REPORT_PLANNED_PCT, planned_bp);
    if (budget_date_time_progress_bp(year, as_of, config->time_method, &time_bp)) {
        set_rate(row, BUDGET_REPORT_TIME_PROGRESS, time_bp);
        if (has_rate)
            set_rate(row, BUDGET_REPORT_TIME_VARIANCE_PP, rate - time_bp);
    }
    /* Variance from the rounded rate and plan, so printed columns add up. */
    if (has_rate && has_planned)
        set_rate(row, BUDGET_REPORT_VARIANCE_PP, rate - planned_bp);
    row->status = budget_monitor_status(config, sum->executed > sum->adjusted, has_rate && has_planned,
                                        rate - planned_bp);
    return true;
}

/* One project's sums and row. */
static bool project_row(const BudgetLedger *ledger, const BudgetMonitorConfig *config, size_t slot,
                        ReportRow *row, Sums *sum, BudgetError *error)
{
    const BudgetpBookEntry *entry = ledger->entries[slot];
    const BudgetProject *project = entry->project;
    const BudgetpLedgerAcc *acc = &ledger->acc[slot];
    int year = budgetp_project_year(project, ledger->year);
    BudgetFen denominator;
    int64_t micropct, next_micropct, planned_bp = 0;
    bool has_plan;
    int next_month;

    memset(sum, 0, sizeof *sum);
    row->key = g_strdup(project->code);
    row->unit = g_strdup(budget_project_get_unit(project));
    sum->n_projects = 1;
    sum->original = project->budget;
    if (!budgetp_book_entry_adjusted(ledger->book, entry, ledger->as_of, &sum->adjusted))
        return overflow(error, project->code);
    sum->executed = acc->executed;
    memcpy(sum->source, acc->by_source, sizeof sum->source);
    denominator = config->denominator == BUDGET_DENOMINATOR_ORIGINAL ? sum->original : sum->adjusted;

    has_plan =
        project->plan != NULL &&
        budget_plan_planned_micropct(project->plan, year, ledger->as_of, config->plan_method, &micropct) &&
        budget_plan_next_checkpoint(project->plan, year, ledger->as_of, &next_month, &next_micropct);
    if (has_plan) {
        BudgetFen next_amount;

        /* |percent| <= 100 %, so neither product can overflow. */
        if (!budget_money_scale_micropct(denominator, micropct, &sum->planned) ||
            !budget_money_scale_micropct(denominator, next_micropct, &next_amount) ||
            !budgetp_fen_sub(next_amount, sum->executed, &sum->to_next))
            return overflow(error, project->code);
        if (sum->to_next < 0)
            sum->to_next = 0;
        sum->n_plan = 1;
        sum->plan_denominator = denominator;
        sum->plan_executed = sum->executed;
        planned_bp = budget_micropct_to_bp(micropct);
    }
    return finish_row(row, sum, config, year, ledger->as_of, has_plan, planned_bp, error);
}

/* A unit or department row from the sums of its projects. */
static bool aggregate_row(const BudgetLedger *ledger, const BudgetMonitorConfig *config, const char *key,
                          const char *unit, const Sums *sum, ReportRow *row, BudgetError *error)
{
    int64_t planned_bp = 0;
    bool has_planned;

    row->key = g_strdup(key);
    row->unit = g_strdup(unit);
    /* Σ planned amounts ÷ Σ denominators, over the projects with a plan. */
    has_planned = sum->n_plan > 0 && budget_rate_bp(sum->planned, sum->plan_denominator, &planned_bp);
    return finish_row(row, sum, config, ledger->year, ledger->as_of, has_planned, planned_bp, error);
}

static void row_clear(gpointer data)
{
    ReportRow *row = data;

    g_free(row->key);
    g_free(row->unit);
}

static int compare_rows(const void *a, const void *b)
{
    return strcmp(((const ReportRow *)a)->key, ((const ReportRow *)b)->key);
}

BudgetReport *budget_monitor_report(const BudgetLedger *ledger, const BudgetMonitorConfig *config,
                                    BudgetLevel level, BudgetError *error)
{
    BudgetReport *report;
    GHashTable *unit_index = NULL; /* unit → index into unit_sums */
    GArray *unit_sums = NULL;      /* Sums per unit, first-seen order */
    GPtrArray *unit_names = NULL;
    Sums total;
    bool ok = true;

    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, NULL, error);
    budgetp_return_val_if_fail(level == BUDGET_LEVEL_PROJECT || level == BUDGET_LEVEL_UNIT ||
                                   level == BUDGET_LEVEL_DEPARTMENT,
                               NULL, error);
    if (config == NULL)
        config = &default_config;

    report = g_new0(BudgetReport, 1);
    report->level = level;
    report->as_of = ledger->as_of;
    report->rows = g_array_new(FALSE, TRUE, sizeof(ReportRow));
    g_array_set_clear_func(report->rows, row_clear);
    if (level == BUDGET_LEVEL_UNIT) {
        unit_index = g_hash_table_new(g_str_hash, g_str_equal);
        unit_sums = g_array_new(FALSE, TRUE, sizeof(Sums));
        unit_names = g_ptr_array_new_with_free_func(g_free); /* copies: also the hash keys */
    }
    memset(&total, 0, sizeof total);

    for (size_t slot = 0; ok && slot < ledger->n; slot++) {
        ReportRow row;
        Sums sum;

        memset(&row, 0, sizeof row);
        ok = project_row(ledger, config, slot, &row, &sum, error);
        if (ok && level == BUDGET_LEVEL_PROJECT) {
            g_array_append_val(report->rows, row);
            continue;
        }
        row_clear(&row);
        if (!ok)
            break;
        if (level == BUDGET_LEVEL_DEPARTMENT) {
            ok = sums_add(&total, &sum) || overflow(error, "department");
        } else {
            const char *unit = budget_project_get_unit(ledger->entries[slot]->project);
            gpointer found;

            if (!g_hash_table_lookup_extended(unit_index, unit, NULL, &found)) {
                char *copy = g_strdup(unit);
                Sums zero;

                memset(&zero, 0, sizeof zero);
                found = GUINT_TO_POINTER(unit_sums->len);
                g_array_append_val(unit_sums, zero);
                g_ptr_array_add(unit_names, copy);
                g_hash_table_insert(unit_index, copy, found);
            }
            ok = sums_add(&g_array_index(unit_sums, Sums, GPOINTER_TO_UINT(found)), &sum) ||
                 overflow(error, unit);
        }
    }

    if (ok && level == BUDGET_LEVEL_DEPARTMENT) {
        ReportRow row;

        memset(&row, 0, sizeof row);
        ok = aggregate_row(ledger, config, "", "", &total, &row, error);
        g_array_append_val(report->rows, row);
    } else if (ok && level == BUDGET_LEVEL_UNIT) {
        for (guint i = 0; ok && i < unit_sums->len; i++) {
            const char *unit = g_ptr_array_index(unit_names, i);
            ReportRow row;

            memset(&row, 0, sizeof row);
            ok = aggregate_row(ledger, config, unit, unit, &g_array_index(unit_sums, Sums, i), &row, error);
            g_array_append_val(report->rows, row);
        }
        g_array_sort(report->rows, compare_rows);
    }
    if (unit_index != NULL) {
        g_hash_table_unref(unit_index);
        g_array_unref(unit_sums);
        g_ptr_array_unref(unit_names);
    }
    if (!ok) {
        budget_report_free(report);
        return NULL;
    }
    return report;
}

void budget_report_free(BudgetReport *report)
{
    if (report == NULL)
        return;
    g_array_unref(report->rows);
    g_free(report);
}

static const ReportRow *row_at(const BudgetReport *report, size_t row)
{
    if (report == NULL || row >= report->rows->len)
        return NULL;
    return &g_array_index(report->rows, ReportRow, row);
}

BudgetLevel budget_report_get_level(const BudgetReport *report)
{
    g_return_val_if_fail(report != NULL, BUDGET_LEVEL_PROJECT);
    return report->level;
}

BudgetDate budget_report_get_as_of(const BudgetReport *report)
{
    g_return_val_if_fail(report != NULL, 0);
    return report->as_of;
}

size_t budget_report_get_n_rows(const BudgetReport *report)
{
    g_return_val_if_fail(report != NULL, 0);
    return report->rows->len;
}

const char *budget_report_get_key(const BudgetReport *report, size_t row)
{
    const ReportRow *r;

    g_return_val_if_fail(report != NULL, NULL);
    r = row_at(report, row);
    return r != NULL ? r->key : NULL;
}

const char *budget_report_get_unit(const BudgetReport *report, size_t row)
{
    const ReportRow *r;

    g_return_val_if_fail(report != NULL, NULL);
    r = row_at(report, row);
    return r != NULL ? r->unit : NULL;
}

size_t budget_report_get_n_projects(const BudgetReport *report, size_t row)
{
    const ReportRow *r;

    g_return_val_if_fail(report != NULL, 0);
    r = row_at(report, row);
    return r != NULL ? r->n_projects : 0;
}

bool budget_report_get_money(const BudgetReport *report, size_t row, BudgetReportMoney column, BudgetFen *out)
{
    const ReportRow *r;

    g_return_val_if_fail(report != NULL, false);
    g_return_val_if_fail(out != NULL, false);
    r = row_at(report, row);
    if (r == NULL || (int)column < 0 || (int)column >= N_MONEY || !r->has_money[column])
        return false;
    *out = r->money[column];
    return true;
}

bool budget_report_get_rate(const BudgetReport *report, size_t row, BudgetReportRate column, int64_t *out_bp)
{
    const ReportRow *r;

    g_return_val_if_fail(report != NULL, false);
    g_return_val_if_fail(out_bp != NULL, false);
    r = row_at(report, row);
    if (r == NULL || (int)column < 0 || (int)column >= N_RATES || !r->has_rate[column])
        return false;
    *out_bp = r->rate[column];
    return true;
}

BudgetStatus budget_report_get_status(const BudgetReport *report, size_t row)
{
    const ReportRow *r;

    g_return_val_if_fail(report != NULL, BUDGET_STATUS_NO_PLAN);
    r = row_at(report, row);
    return r != NULL ? r->status : BUDGET_STATUS_NO_PLAN;
}

ptrdiff_t budget_report_find(const BudgetReport *report, const char *key)
{
    size_t lo = 0, hi;

    g_return_val_if_fail(report != NULL, -1);
    g_return_val_if_fail(key != NULL, -1);
    hi = report->rows->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(g_array_index(report->rows, ReportRow, mid).key, key);

        if (c == 0)
            return (ptrdiff_t)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* Adds one project's cumulative executed and planned amounts per month end. */
static bool series_add(const BudgetLedger *ledger, size_t slot, BudgetFen executed[12], BudgetFen planned[12],
                       bool *has_plan)
{
    const BudgetpBookEntry *entry = ledger->entries[slot];
    const BudgetProject *project = entry->project;
    const BudgetpLedgerAcc *acc = &ledger->acc[slot];
    int year = budgetp_project_year(project, ledger->year);
    BudgetFen cumulative = acc->months[0];
    bool plan_ok = project->plan != NULL && budget_plan_resolve(project->plan, NULL, NULL);

    for (int m = 1; m <= 12; m++) {
        if (!budgetp_fen_add(cumulative, acc->months[m], &cumulative) ||
            !budgetp_fen_add(executed[m - 1], cumulative, &executed[m - 1]))
            return false;
        if (plan_ok) {
            BudgetDate end = budget_date_month_end(ledger->year, m);
            BudgetFen budget, amount;
            int64_t micropct;

            if (!budget_plan_planned_micropct(project->plan, year, end, BUDGET_PLAN_METHOD_STEP, &micropct))
                continue;
            if (!budgetp_book_entry_adjusted(ledger->book, entry, end, &budget) ||
                !budget_money_scale_micropct(budget, micropct, &amount) ||
                !budgetp_fen_add(planned[m - 1], amount, &planned[m - 1]))
                return false;
        }
    }
    if (plan_ok)
        *has_plan = true;
    return true;
}

int budget_monitor_series(const BudgetLedger *ledger, BudgetLevel level, const char *key,
                          BudgetFen executed[12], BudgetFen planned[12], bool *has_plan, BudgetError *error)
{
    BudgetFen exec_sum[12] = {0}, plan_sum[12] = {0};
    bool any_plan = false, matched = false;
    int n_final = 0;

    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, -1, error);
    budgetp_return_val_if_fail(executed != NULL, -1, error);
    budgetp_return_val_if_fail(level == BUDGET_LEVEL_PROJECT || level == BUDGET_LEVEL_UNIT ||
                                   level == BUDGET_LEVEL_DEPARTMENT,
                               -1, error);
    budgetp_return_val_if_fail(level == BUDGET_LEVEL_DEPARTMENT || key != NULL, -1, error);

    if (level == BUDGET_LEVEL_PROJECT) {
        gssize slot = budgetp_ledger_slot(ledger, key);

        if (slot >= 0) {
            matched = true;
            if (!series_add(ledger, (size_t)slot, exec_sum, plan_sum, &any_plan)) {
                overflow(error, key);
                return -1;
            }
        }
    } else {
        for (size_t slot = 0; slot < ledger->n; slot++) {
            if (level == BUDGET_LEVEL_UNIT &&
                strcmp(budget_project_get_unit(ledger->entries[slot]->project), key) != 0)
                continue;
            matched = true;
            if (!series_add(ledger, slot, exec_sum, plan_sum, &any_plan)) {
                overflow(error, level == BUDGET_LEVEL_UNIT ? key : "department");
                return -1;
            }
        }
    }
    if (!matched && level != BUDGET_LEVEL_DEPARTMENT) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, NULL, "no %s %s",
                          level == BUDGET_LEVEL_PROJECT ? "project" : "unit", key);
        return -1;
    }
    for (int m = 1; m <= 12; m++)
        if (budget_date_month_end(ledger->year, m) <= ledger->as_of)
            n_final = m;
    memcpy(executed, exec_sum, sizeof exec_sum);
    if (planned != NULL)
        memcpy(planned, plan_sum, sizeof plan_sum);
    if (has_plan != NULL)
        *has_plan = any_plan;
    return n_final;
}
