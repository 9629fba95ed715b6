/* monitor: execution rate, planned percent, time progress, variance and status
 * per project, unit and department (rules in budget-monitor.h and DESIGN.md). */
#include "config.h"

#include <string.h>

#include "department-private.h"
#include "ledger-private.h"
#include "plan-private.h"
#include "score-private.h"

#define N_MONEY 11
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

/* Money that rows add up, one slot per column. The plan sums cover only
 * projects with a valid plan: their plan is unknown, not zero. Remaining
 * and variance are summed per project (Σ (adjusted − executed) is
 * Σ adjusted − Σ executed), so that each shown amount of a roll-up is a sum
 * over its projects and an overflow can name the project that caused it. */
typedef enum {
    SUM_ORIGINAL,
    SUM_ADJUSTED,
    SUM_EXECUTED,
    SUM_FISCAL, /* SUM_FISCAL + BudgetSource */
    SUM_CARRYOVER,
    SUM_OTHER,
    SUM_PLAN_DENOMINATOR,
    SUM_PLAN_EXECUTED,
    SUM_PLANNED,
    SUM_TO_NEXT,
    SUM_REMAINING,
    SUM_VARIANCE,
    SUM_NO_PLAN_DENOMINATOR,
    N_SUMS
} SumKind;

G_STATIC_ASSERT(SUM_OTHER - SUM_FISCAL + 1 == BUDGETP_N_SOURCES);

static const struct {
    const char *what; /* "the sum of …" */
    const char *one;  /* "its …" (one project) */
    bool at_budget;   /* the project's cell to name: budget, else code */
} sum_info[N_SUMS] = {
    {"original budgets", "original budget", true},
    {"adjusted budgets", "adjusted budget", true},
    {"executed amounts", "executed amount", false},
    {"executed amounts from fiscal funds", "executed amount from fiscal funds", false},
    {"executed amounts from carry-over", "executed amount from carry-over", false},
    {"executed amounts from other funds", "executed amount from other funds", false},
    {"budgets of projects with a plan", "budget", true},
    {"executed amounts of projects with a plan", "executed amount", false},
    {"planned amounts", "planned amount", true},
    {"amounts to pay by the next checkpoint", "amount to pay by the next checkpoint", true},
    {"remaining budgets (adjusted budget - executed)", "remaining budget (adjusted budget - executed)", true},
    {"variances (executed - planned amount)", "variance (executed - planned amount)", true},
    {"budgets of projects without a plan", "budget", true},
};

/* A unit's name in a message; a blank unit is a unit too. */
static const char *unit_label(const char *unit)
{
    return unit[0] != '\0' ? unit : "(blank)";
}

/* Sums are taken in 128 bits (fewer than 2^32 projects of less than 2^63
 * fen each cannot overflow them), so only a total that is shown has to fit,
 * whatever the order of the projects. */
typedef struct {
    size_t n_projects;
    size_t n_plan;
    __int128 v[N_SUMS];
    /* The slot of the project whose addition last took v[k] out of the
     * int64 range, -1 if none: the culprit when the total does not fit. */
    gssize culprit[N_SUMS];
} Sums;

static bool fits(__int128 v)
{
    return v >= INT64_MIN && v <= INT64_MAX;
}

static void sums_init(Sums *sum)
{
    memset(sum, 0, sizeof *sum);
    for (int k = 0; k < N_SUMS; k++)
        sum->culprit[k] = -1;
}

static void sums_add(Sums *sum, const Sums *part, gssize slot)
{
    for (int k = 0; k < N_SUMS; k++) {
        bool was_in = fits(sum->v[k]);

        sum->v[k] += part->v[k];
        if (was_in && !fits(sum->v[k]))
            sum->culprit[k] = slot;
    }
    sum->n_projects += part->n_projects;
    sum->n_plan += part->n_plan;
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

/* Who a row's overflow is about: one project, or a roll-up (unit or
 * department) whose culprit is one of its projects. */
typedef struct {
    const BudgetLedger *ledger;
    BudgetLevel level;
    const char *key;              /* the unit (unit level) */
    const BudgetProject *project; /* project level */
} RowOwner;

static bool row_overflow(const RowOwner *owner, const Sums *sum, SumKind k, BudgetError *error)
{
    const BudgetProject *culprit;

    if (owner->level == BUDGET_LEVEL_PROJECT) {
        budgetp_project_error(
            owner->project, sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE,
            error, BUDGET_ERROR_OVERFLOW, "project %s: its %s does not fit in 64 bits of fen",
            owner->project->code, sum_info[k].one);
        return false;
    }
    culprit = sum->culprit[k] >= 0 ? owner->ledger->entries[sum->culprit[k]]->project : NULL;
    if (culprit == NULL) { /* cannot happen: a sum that does not fit left the range somewhere */
        budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, NULL, "%s %s: the sum of %s does not fit",
                          owner->level == BUDGET_LEVEL_UNIT ? "unit" : "department",
                          owner->level == BUDGET_LEVEL_UNIT ? owner->key : "", sum_info[k].what);
        return false;
    }
    if (owner->level == BUDGET_LEVEL_UNIT)
        budgetp_project_error(
            culprit, sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE, error,
            BUDGET_ERROR_OVERFLOW,
            "unit %s: the sum of %s does not fit in 64 bits of fen once project %s is added",
            unit_label(owner->key), sum_info[k].what, culprit->code);
    else
        budgetp_project_error(
            culprit, sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE, error,
            BUDGET_ERROR_OVERFLOW,
            "department: the sum of %s does not fit in 64 bits of fen once project %s is added",
            sum_info[k].what, culprit->code);
    return false;
}

/* The columns every row shares, from its sums; @planned_bp is the row's
 * planned percent if @has_planned. Every shown amount must fit in 64 bits. */
static bool finish_row(ReportRow *row, const Sums *sum, const RowOwner *owner,
                       const BudgetMonitorConfig *config, int year, BudgetDate as_of, bool has_planned,
                       int64_t planned_bp, BudgetError *error)
{
    static const struct {
        SumKind sum;
        BudgetReportMoney column;
        bool plan_only;
    } shown[] = {
        {SUM_ORIGINAL, BUDGET_REPORT_BUDGET_ORIGINAL, false},
        {SUM_ADJUSTED, BUDGET_REPORT_BUDGET_ADJUSTED, false},
        {SUM_EXECUTED, BUDGET_REPORT_EXECUTED, false},
        {SUM_FISCAL, BUDGET_REPORT_EXECUTED_FISCAL, false},
        {SUM_CARRYOVER, BUDGET_REPORT_EXECUTED_CARRYOVER, false},
        {SUM_OTHER, BUDGET_REPORT_EXECUTED_OTHER, false},
        {SUM_REMAINING, BUDGET_REPORT_REMAINING, false},
        {SUM_PLANNED, BUDGET_REPORT_PLANNED_AMOUNT, true},
        {SUM_VARIANCE, BUDGET_REPORT_VARIANCE_AMOUNT, true},
        {SUM_TO_NEXT, BUDGET_REPORT_TO_NEXT_CHECKPOINT, true},
        {SUM_NO_PLAN_DENOMINATOR, BUDGET_REPORT_BUDGET_WITHOUT_PLAN, false},
    };
    BudgetFen original, adjusted, executed, denominator;
    int64_t rate = 0, plan_rate = 0, time_bp, value;
    bool has_rate, has_plan_rate;

    /* The unshown plan sums feed the planned percent: they must fit too. */
    for (int k = 0; k < N_SUMS; k++)
        if (!fits(sum->v[k]))
            return row_overflow(owner, sum, (SumKind)k, error);
    row->n_projects = sum->n_projects;
    for (size_t i = 0; i < G_N_ELEMENTS(shown); i++)
        if (!shown[i].plan_only || sum->n_plan > 0)
            set_money(row, shown[i].column, (BudgetFen)sum->v[shown[i].sum]);

    original = (BudgetFen)sum->v[SUM_ORIGINAL];
    adjusted = (BudgetFen)sum->v[SUM_ADJUSTED];
    executed = (BudgetFen)sum->v[SUM_EXECUTED];
    denominator = config->denominator == BUDGET_DENOMINATOR_ORIGINAL ? original : adjusted;
    has_rate = budget_rate_bp(executed, denominator, &rate);
    if (has_rate)
        set_rate(row, BUDGET_REPORT_EXECUTION_RATE, rate);
    if (budget_rate_bp(executed, original, &value))
        set_rate(row, BUDGET_REPORT_EXECUTION_RATE_ORIGINAL, value);
    if (has_planned)
        set_rate(row, BUDGET_REPORT_PLANNED_PCT, planned_bp);
    if (budget_date_time_progress_bp(year, as_of, config->time_method, &time_bp)) {
        set_rate(row, BUDGET_REPORT_TIME_PROGRESS, time_bp);
        if (has_rate)
            set_rate(row, BUDGET_REPORT_TIME_VARIANCE_PP, rate - time_bp);
    }
    /* Like with like: the variance and the status compare the projects that
     * have a plan, their executed sum over their denominators, with their
     * plan; the rate above stays over all projects. (For a project, or a
     * roll-up whose projects all have a plan, the two rates are one.)
     * Variance from the rounded rate and plan, so printed columns add up. */
    has_plan_rate = has_planned && sum->n_plan > 0 &&
                    budget_rate_bp((BudgetFen)sum->v[SUM_PLAN_EXECUTED],
                                   (BudgetFen)sum->v[SUM_PLAN_DENOMINATOR], &plan_rate);
    if (has_plan_rate)
        set_rate(row, BUDGET_REPORT_VARIANCE_PP, plan_rate - planned_bp);
    row->status = budget_monitor_status(config, executed > adjusted, has_plan_rate, plan_rate - planned_bp);
    return true;
}

/* One project's sums at the ledger's as-of date, and its planned percent;
 * fails only when its adjusted budget does not fit (naming the adjustment). */
static bool project_sums(const BudgetLedger *ledger, const BudgetMonitorConfig *config, size_t slot,
                         Sums *sum, bool *has_plan, int64_t *planned_bp, BudgetError *error)
{
    const BudgetpBookEntry *entry = ledger->entries[slot];
    const BudgetProject *project = entry->project;
    const BudgetpLedgerAcc *acc = &ledger->acc[slot];
    int year = budgetp_project_year(project, ledger->year);
    BudgetFen adjusted, denominator, planned, next_amount;
    int64_t next_micropct;
    int next_month;

    sums_init(sum);
    if (!budgetp_book_entry_adjusted(ledger->book, entry, ledger->as_of, &adjusted, error))
        return false;
    sum->n_projects = 1;
    sum->v[SUM_ORIGINAL] = project->budget;
    sum->v[SUM_ADJUSTED] = adjusted;
    sum->v[SUM_EXECUTED] = acc->executed;
    for (int s = 0; s < BUDGETP_N_SOURCES; s++)
        sum->v[SUM_FISCAL + s] = acc->by_source[s];
    sum->v[SUM_REMAINING] = (__int128)adjusted - acc->executed;
    denominator = config->denominator == BUDGET_DENOMINATOR_ORIGINAL ? project->budget : adjusted;

    /* 0 <= percent <= 100 %: neither planned amount can overflow. Amount
     * and percent are each rounded once from the exact planned fraction. */
    *has_plan =
        project->plan != NULL &&
        budget_plan_planned_amount(project->plan, year, ledger->as_of, config->plan_method, denominator,
                                   &planned) &&
        budgetp_plan_planned_bp(project->plan, year, ledger->as_of, config->plan_method, planned_bp) &&
        budget_plan_next_checkpoint(project->plan, year, ledger->as_of, &next_month, &next_micropct) &&
        budget_money_scale_micropct(denominator, next_micropct, &next_amount);
    if (*has_plan) {
        sum->n_plan = 1;
        sum->v[SUM_PLAN_DENOMINATOR] = denominator;
        sum->v[SUM_PLAN_EXECUTED] = acc->executed;
        sum->v[SUM_PLANNED] = planned;
        sum->v[SUM_VARIANCE] = (__int128)acc->executed - planned;
        sum->v[SUM_TO_NEXT] = MAX((__int128)next_amount - acc->executed, 0);
    } else {
        sum->v[SUM_NO_PLAN_DENOMINATOR] = denominator;
    }
    return true;
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

/* A unit or department row from the sums of its projects. */
static bool aggregate_row(const BudgetLedger *ledger, const BudgetMonitorConfig *config, BudgetLevel level,
                          const char *key, const Sums *sum, ReportRow *row, BudgetError *error)
{
    RowOwner owner = {ledger, level, key, NULL};
    int64_t planned_bp = 0;
    bool has_planned;

    row->key = g_strdup(level == BUDGET_LEVEL_UNIT ? key : "");
    row->unit = g_strdup(level == BUDGET_LEVEL_UNIT ? key : "");
    /* Σ planned amounts ÷ Σ denominators, over the projects with a plan. */
    has_planned =
        sum->n_plan > 0 && fits(sum->v[SUM_PLANNED]) && fits(sum->v[SUM_PLAN_DENOMINATOR]) &&
        budget_rate_bp((BudgetFen)sum->v[SUM_PLANNED], (BudgetFen)sum->v[SUM_PLAN_DENOMINATOR], &planned_bp);
    return finish_row(row, sum, &owner, config, ledger->year, ledger->as_of, has_planned, planned_bp, error);
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
    sums_init(&total);

    for (size_t slot = 0; ok && slot < ledger->n; slot++) {
        const BudgetProject *project = ledger->entries[slot]->project;
        int64_t planned_bp = 0;
        bool has_plan = false;
        Sums sum;

        ok = project_sums(ledger, config, slot, &sum, &has_plan, &planned_bp, error);
        if (!ok)
            break;
        if (level == BUDGET_LEVEL_PROJECT) {
            RowOwner owner = {ledger, level, NULL, project};
            ReportRow row;

            memset(&row, 0, sizeof row);
            row.key = g_strdup(project->code);
            row.unit = g_strdup(budget_project_get_unit(project));
            ok = finish_row(&row, &sum, &owner, config, budgetp_project_year(project, ledger->year),
                            ledger->as_of, has_plan, planned_bp, error);
            g_array_append_val(report->rows, row);
        } else if (level == BUDGET_LEVEL_DEPARTMENT) {
            sums_add(&total, &sum, (gssize)slot);
        } else {
            const char *unit = budget_project_get_unit(project);
            gpointer found;

            if (!g_hash_table_lookup_extended(unit_index, unit, NULL, &found)) {
                char *copy = g_strdup(unit);
                Sums zero;

                sums_init(&zero);
                found = GUINT_TO_POINTER(unit_sums->len);
                g_array_append_val(unit_sums, zero);
                g_ptr_array_add(unit_names, copy);
                g_hash_table_insert(unit_index, copy, found);
            }
            sums_add(&g_array_index(unit_sums, Sums, GPOINTER_TO_UINT(found)), &sum, (gssize)slot);
        }
    }

    if (ok && level == BUDGET_LEVEL_DEPARTMENT) {
        ReportRow row;

        memset(&row, 0, sizeof row);
        ok = aggregate_row(ledger, config, level, "", &total, &row, error);
        g_array_append_val(report->rows, row);
    } else if (ok && level == BUDGET_LEVEL_UNIT) {
        for (guint i = 0; ok && i < unit_sums->len; i++) {
            ReportRow row;

            memset(&row, 0, sizeof row);
            ok = aggregate_row(ledger, config, level, g_ptr_array_index(unit_names, i),
                               &g_array_index(unit_sums, Sums, i), &row, error);
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
                       bool *has_plan, BudgetError *error)
{
    const BudgetpBookEntry *entry = ledger->entries[slot];
    const BudgetProject *project = entry->project;
    const BudgetpLedgerAcc *acc = &ledger->acc[slot];
    int year = budgetp_project_year(project, ledger->year);
    BudgetFen cumulative = acc->months[0];
    bool plan_ok = project->plan != NULL && budget_plan_resolve(project->plan, NULL, NULL);

    for (int m = 1; m <= 12; m++) {
        if (!budgetp_fen_add(cumulative, acc->months[m], &cumulative) ||
            !budgetp_fen_add(executed[m - 1], cumulative, &executed[m - 1])) {
            budgetp_project_error(project, BUDGETP_PROJECT_CELL_CODE, error, BUDGET_ERROR_OVERFLOW,
                                  "project %s: the executed amounts to month %d do not fit in 64 bits of fen "
                                  "once it is added",
                                  project->code, m);
            return false;
        }
        if (plan_ok) {
            BudgetDate end = budget_date_month_end(ledger->year, m);
            BudgetFen budget, amount;

            if (!budgetp_book_entry_adjusted(ledger->book, entry, end, &budget, error))
                return false;
            if (!budget_plan_planned_amount(project->plan, year, end, BUDGET_PLAN_METHOD_STEP, budget,
                                            &amount))
                continue;
            if (!budgetp_fen_add(planned[m - 1], amount, &planned[m - 1])) {
                budgetp_project_error(
                    project, BUDGETP_PROJECT_CELL_BUDGET, error, BUDGET_ERROR_OVERFLOW,
                    "project %s: the planned amounts to month %d do not fit in 64 bits of fen "
                    "once it is added",
                    project->code, m);
                return false;
            }
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
            if (!series_add(ledger, (size_t)slot, exec_sum, plan_sum, &any_plan, error))
                return -1;
        }
    } else {
        for (size_t slot = 0; slot < ledger->n; slot++) {
            if (level == BUDGET_LEVEL_UNIT &&
                strcmp(budget_project_get_unit(ledger->entries[slot]->project), key) != 0)
                continue;
            matched = true;
            if (!series_add(ledger, slot, exec_sum, plan_sum, &any_plan, error))
                return -1;
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

/* ---- Checking every computation at every as-of date --------------------
 *
 * budget_monitor_check() must find every overflow that budget_monitor_report()
 * (any level, either denominator, either plan method) or the score would
 * stop at, for every as-of date, from one book and one ledger. Which sums
 * exist at which date:
 *
 *  - the adjusted budget at D is budget + Σ adjustments dated ≤ D. It only
 *    changes on an adjustment date, so walking the adjustments in date order
 *    gives its value at every D exactly (budgetp_book_entry_adjusted_range());
 *    a date whose total does not fit is reported at the adjustment that
 *    took it out of range, and the dates that fit give [A⁻, A⁺];
 *  - executed at D, and its split by source, are sums of some of the
 *    project's payments. The ledger refuses a payment once Σ positive
 *    amounts (paid) or Σ negative ones (refunded) would not fit, whatever
 *    its date (see record_slot() in ledger.c), so the same payments are
 *    recorded at every as-of date, and every such sum lies in [refunded,
 *    paid]. A ledger at one date cannot know executed at another exactly
 *    (a reversal dated after D is not counted at D), so the bound is what
 *    can be checked: it is never exceeded, which is all the check needs;
 *  - the rate denominator is the original budget B or the adjusted one:
 *    [min(A⁻, B), max(A⁺, B)]; a planned amount (and the amount at the next
 *    checkpoint) is denominator × p with 0 ≤ p ≤ 100 %, so it lies in
 *    [min(0, den⁻), max(0, den⁺)] = [P⁻, P⁺];
 *  - remaining = adjusted − executed ∈ [A⁻ − paid, A⁺ − refunded];
 *    variance = executed − planned ∈ [refunded − P⁺, paid − P⁻]; to the next
 *    checkpoint = max(0, next − executed) ∈ [0, max(0, P⁺ − refunded)]; the
 *    plan sums count only when the project has a plan at D, so their
 *    bounds include 0;
 *  - a roll-up is, for each column, the sum over its projects of the same
 *    column at the same D (in 128 bits: only the total has to fit), so it
 *    lies in [Σ lo, Σ hi].
 *
 * Each value a report shows at any D lies in the interval checked here, so
 * a book and ledger this check passes never make a report fail. The bounds
 * are worst cases: a project's executed amount and its adjusted budget may
 * not reach their extremes on the same date, so the check may name a total
 * that no single date reaches; it can only do so for amounts within a few
 * fen of 92,233,720,368,547,758.07 元, far beyond any real budget. */

typedef struct {
    __int128 lo[N_SUMS], hi[N_SUMS];
    gssize lo_culprit[N_SUMS], hi_culprit[N_SUMS]; /* as Sums.culprit, for each bound */
} Bounds;

typedef struct {
    char *name;
    Bounds bounds;
} UnitBounds;

static int compare_units(const void *a, const void *b)
{
    return strcmp(((const UnitBounds *)a)->name, ((const UnitBounds *)b)->name);
}

static void bounds_init(Bounds *b)
{
    memset(b, 0, sizeof *b);
    for (int k = 0; k < N_SUMS; k++)
        b->lo_culprit[k] = b->hi_culprit[k] = -1;
}

static void bounds_add(Bounds *sum, const Bounds *part, gssize slot)
{
    for (int k = 0; k < N_SUMS; k++) {
        bool lo_in = fits(sum->lo[k]), hi_in = fits(sum->hi[k]);

        sum->lo[k] += part->lo[k];
        sum->hi[k] += part->hi[k];
        if (lo_in && !fits(sum->lo[k]))
            sum->lo_culprit[k] = slot;
        if (hi_in && !fits(sum->hi[k]))
            sum->hi_culprit[k] = slot;
    }
}

/* The first column whose bounds do not fit, or -1. */
static int bounds_first_overflow(const Bounds *b)
{
    for (int k = 0; k < N_SUMS; k++)
        if (!fits(b->lo[k]) || !fits(b->hi[k]))
            return k;
    return -1;
}

static void set_bounds(Bounds *b, SumKind k, __int128 lo, __int128 hi)
{
    b->lo[k] = lo;
    b->hi[k] = hi;
}

static __int128 min128(__int128 a, __int128 b)
{
    return a < b ? a : b;
}

static __int128 max128(__int128 a, __int128 b)
{
    return a > b ? a : b;
}

/* A roll-up's first column that can overflow, as an error naming @key and
 * the project whose addition took the bound out of range. */
static void rollup_problem(BudgetpBookEntry *const *entries, BudgetLevel level, const char *key,
                           const Bounds *b, BudgetDiagnostics *diag)
{
    int k = bounds_first_overflow(b);
    gssize slot;
    const BudgetProject *culprit;
    BudgetError e;

    if (k < 0)
        return;
    slot = !fits(b->hi[k]) ? b->hi_culprit[k] : b->lo_culprit[k];
    if (slot < 0) /* cannot happen: a bound that does not fit left the range somewhere */
        return;
    culprit = entries[slot]->project;
    budget_error_clear(&e);
    if (level == BUDGET_LEVEL_UNIT)
        budgetp_project_error(culprit,
                              sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE,
                              &e, BUDGET_ERROR_OVERFLOW,
                              "unit %s: the sum of %s can pass 64 bits of fen once project %s is added "
                              "(at some as-of date; the report by unit would stop)",
                              unit_label(key), sum_info[k].what, culprit->code);
    else
        budgetp_project_error(culprit,
                              sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE,
                              &e, BUDGET_ERROR_OVERFLOW,
                              "department: the sum of %s can pass 64 bits of fen once project %s is added "
                              "(at some as-of date; the report by department would stop)",
                              sum_info[k].what, culprit->code);
    budget_diagnostics_add(diag, &e, false);
}

/* Warnings for what reports accept without a word: a year other than the
 * book's. (A negative budget and an implausible year are warned about where
 * projects.csv is read, on their row: csv-load.c project_row().) */
static void project_warnings(const BudgetProject *project, int book_year, BudgetDiagnostics *diag)
{
    BudgetError e;

    if (project->year != 0 && project->year != book_year) {
        budget_error_clear(&e);
        budgetp_project_error(project, BUDGETP_PROJECT_CELL_YEAR, &e, BUDGET_ERROR_INCONSISTENT,
                              "project %s: year %d, but the book's year is %d: time progress, payment months "
                              "and roll-ups use %d; keep one fiscal year per book",
                              project->code, project->year, book_year, book_year);
        budget_diagnostics_add(diag, &e, true);
    }
}

/* One project's bounds over every as-of date (see above); false, with the
 * error in @diag, if its adjusted budget does not fit at some date. */
static bool project_bounds(const BudgetBook *book, const BudgetLedger *ledger, const BudgetpBookEntry *entry,
                           Bounds *b, BudgetDiagnostics *diag)
{
    const BudgetProject *project = entry->project;
    __int128 paid = 0, refunded = 0, den_lo, den_hi, p_lo, p_hi;
    BudgetFen a_lo, a_hi;
    BudgetError e;
    bool adjusted_fit;
    gssize slot;

    budget_error_clear(&e);
    adjusted_fit = budgetp_book_entry_adjusted_range(book, entry, &a_lo, &a_hi, &e);
    if (!adjusted_fit)
        budget_diagnostics_add(diag, &e, false);
    slot = ledger != NULL ? budgetp_ledger_slot(ledger, project->code) : -1;
    if (slot >= 0) {
        paid = ledger->acc[slot].paid;
        refunded = ledger->acc[slot].refunded;
    }
    bounds_init(b);
    set_bounds(b, SUM_ORIGINAL, project->budget, project->budget);
    set_bounds(b, SUM_ADJUSTED, a_lo, a_hi);
    set_bounds(b, SUM_EXECUTED, refunded, paid);
    for (int s = 0; s < BUDGETP_N_SOURCES; s++)
        set_bounds(b, (SumKind)(SUM_FISCAL + s), refunded, paid);
    set_bounds(b, SUM_REMAINING, (__int128)a_lo - paid, (__int128)a_hi - refunded);
    if (project->plan != NULL && budget_plan_resolve(project->plan, NULL, NULL)) {
        den_lo = MIN(a_lo, project->budget);
        den_hi = MAX(a_hi, project->budget);
        p_lo = min128(0, den_lo);
        p_hi = max128(0, den_hi);
        set_bounds(b, SUM_PLAN_DENOMINATOR, p_lo, p_hi);
        set_bounds(b, SUM_PLAN_EXECUTED, refunded, paid);
        set_bounds(b, SUM_PLANNED, p_lo, p_hi);
        set_bounds(b, SUM_VARIANCE, min128(0, refunded - p_hi), max128(0, paid - p_lo));
        set_bounds(b, SUM_TO_NEXT, 0, max128(0, p_hi - refunded));
    }
    /* Its denominator is budget without a plan at the dates it has none (all
     * dates when the plan is invalid), else 0: the bounds include both. */
    set_bounds(b, SUM_NO_PLAN_DENOMINATOR, min128(0, MIN(a_lo, project->budget)),
               max128(0, MAX(a_hi, project->budget)));
    return adjusted_fit;
}

bool budget_monitor_check(const BudgetBook *book, const BudgetLedger *ledger,
                          const BudgetDepartmentInputs *inputs, BudgetDiagnostics *diag, BudgetError *error)
{
    BudgetpBookEntry *const *entries;
    GHashTable *unit_index; /* unit → index into units (keys are the names in units) */
    GArray *units;          /* UnitBounds, first-seen order, then by name */
    Bounds department;
    bool adjusted_fit = true;
    int book_year;
    size_t n;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(diag != NULL, false, error);
    budgetp_return_val_if_fail(ledger == NULL || ledger->book == book, false, error);

    entries = budgetp_book_entries(book, &n);
    book_year = budget_book_get_year(book);
    unit_index = g_hash_table_new(g_str_hash, g_str_equal);
    units = g_array_new(FALSE, FALSE, sizeof(UnitBounds));
    bounds_init(&department);

    for (size_t i = 0; i < n; i++) {
        const BudgetProject *project = entries[i]->project;
        const char *unit = budget_project_get_unit(project);
        gpointer found;
        Bounds b;
        int k;

        project_warnings(project, book_year, diag);
        if (!project_bounds(book, ledger, entries[i], &b, diag))
            adjusted_fit = false;
        k = bounds_first_overflow(&b);
        if (k >= 0) {
            BudgetError e;

            budget_error_clear(&e);
            budgetp_project_error(
                project, sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE, &e,
                BUDGET_ERROR_OVERFLOW,
                "project %s: its %s can pass 64 bits of fen (at some as-of date; the report by "
                "project would stop)",
                project->code, sum_info[k].one);
            budget_diagnostics_add(diag, &e, false);
        }
        if (!g_hash_table_lookup_extended(unit_index, unit, NULL, &found)) {
            UnitBounds zero;

            zero.name = g_strdup(unit);
            bounds_init(&zero.bounds);
            found = GUINT_TO_POINTER(units->len);
            g_array_append_val(units, zero);
            g_hash_table_insert(unit_index, zero.name, found);
        }
        bounds_add(&g_array_index(units, UnitBounds, GPOINTER_TO_UINT(found)).bounds, &b, (gssize)i);
        bounds_add(&department, &b, (gssize)i);
    }
    g_hash_table_unref(unit_index);     /* its indexes do not survive the sort */
    g_array_sort(units, compare_units); /* as the report lists them */
    for (guint u = 0; u < units->len; u++) {
        UnitBounds *unit = &g_array_index(units, UnitBounds, u);

        rollup_problem(entries, BUDGET_LEVEL_UNIT, unit->name, &unit->bounds, diag);
        g_free(unit->name);
    }
    g_array_unref(units);
    rollup_problem(entries, BUDGET_LEVEL_DEPARTMENT, "", &department, diag);

    budgetp_score_check(book, ledger, ledger != NULL ? ledger->as_of : budget_date_month_end(book_year, 12),
                        diag);
    budgetp_department_check(ledger, inputs, adjusted_fit, diag);
    return true;
}
