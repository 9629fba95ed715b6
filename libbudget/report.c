/* report: the execution report's rows (per project, unit and department) and
 * a project's figures at a date, computed with the rules of a
 * BudgetMonitorConfig (budget-report.h, budget-monitor.h and DESIGN.md). */
#include "config.h"

#include <string.h>

#include "guard-private.h"
#include "ledger-private.h"
#include "monitor-private.h"
#include "plan-private.h"
#include "report-private.h"

typedef struct {
    char *key;
    char *unit;
    char *name; /* the project's name; "" for a roll-up */
    size_t n_projects;
    BudgetFen money[BUDGET_REPORT_MONEY_N];
    bool has_money[BUDGET_REPORT_MONEY_N];
    int64_t rate[BUDGET_REPORT_RATE_N];
    bool has_rate[BUDGET_REPORT_RATE_N];
    BudgetStatus status;
} ReportRow;

struct BudgetReport {
    gint alive; /* 1; poisoned when freed (guard-private.h) */
    BudgetLevel level;
    BudgetDate as_of;
    GArray *rows;          /* ReportRow, sorted by key */
    GStringChunk *strings; /* the rows' key, unit and name */
};

G_STATIC_ASSERT(BUDGETP_SUM_OTHER - BUDGETP_SUM_FISCAL + 1 == BUDGETP_N_SOURCES);

/* The names of the columns, as `budget report --format csv` heads them. */
static const char *const money_names[BUDGET_REPORT_MONEY_N] = {
    "budget_original",    "budget_adjusted",    "executed",       "executed_fiscal",
    "executed_carryover", "executed_other",     "planned_amount", "variance_amount",
    "remaining",          "to_next_checkpoint", "budget_no_plan",
};

static const char *const rate_names[BUDGET_REPORT_RATE_N] = {
    "execution_rate_pct", "execution_rate_original_pct", "planned_pct", "time_progress_pct", "variance_pp",
    "time_variance_pp",
};

const char *budget_report_money_to_string(BudgetReportMoney column)
{
    g_return_val_if_fail((unsigned)column < BUDGET_REPORT_MONEY_N, NULL);
    return money_names[column];
}

bool budget_report_money_from_string(const char *name, BudgetReportMoney *out)
{
    g_return_val_if_fail(name != NULL, false);
    for (int i = 0; i < BUDGET_REPORT_MONEY_N; i++) {
        if (g_ascii_strcasecmp(name, money_names[i]) == 0) {
            if (out != NULL)
                *out = (BudgetReportMoney)i;
            return true;
        }
    }
    return false;
}

const char *budget_report_rate_to_string(BudgetReportRate column)
{
    g_return_val_if_fail((unsigned)column < BUDGET_REPORT_RATE_N, NULL);
    return rate_names[column];
}

bool budget_report_rate_from_string(const char *name, BudgetReportRate *out)
{
    g_return_val_if_fail(name != NULL, false);
    for (int i = 0; i < BUDGET_REPORT_RATE_N; i++) {
        if (g_ascii_strcasecmp(name, rate_names[i]) == 0) {
            if (out != NULL)
                *out = (BudgetReportRate)i;
            return true;
        }
    }
    return false;
}

const BudgetpSumInfo budgetp_sum_info[BUDGETP_N_SUMS] = {
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

const char *budgetp_report_unit_label(const char *unit)
{
    return unit[0] != '\0' ? unit : "(blank)";
}

/* Sums are taken in 128 bits (fewer than 2^32 projects of less than 2^63
 * fen each cannot overflow them), so only a total that is shown has to fit,
 * whatever the order of the projects. */
typedef struct {
    size_t n_projects;
    size_t n_plan;
    __int128 v[BUDGETP_N_SUMS];
    /* The slot of the project whose addition last took v[k] out of the
     * int64 range, -1 if none: the culprit when the total does not fit. */
    gssize culprit[BUDGETP_N_SUMS];
} Sums;

static void sums_init(Sums *sum)
{
    memset(sum, 0, sizeof *sum);
    for (int k = 0; k < BUDGETP_N_SUMS; k++)
        sum->culprit[k] = -1;
}

static void sums_add(Sums *sum, const Sums *part, gssize slot)
{
    for (int k = 0; k < BUDGETP_N_SUMS; k++) {
        bool was_in = budgetp_report_fits(sum->v[k]);

        sum->v[k] += part->v[k];
        if (was_in && !budgetp_report_fits(sum->v[k]))
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

static bool row_overflow(const RowOwner *owner, const Sums *sum, BudgetpSumKind k, BudgetError *error)
{
    const BudgetProject *culprit;

    if (owner->level == BUDGET_LEVEL_PROJECT) {
        budgetp_project_error(
            owner->project,
            budgetp_sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE, error,
            BUDGET_ERROR_OVERFLOW, "project %s: its %s does not fit in 64 bits of fen", owner->project->code,
            budgetp_sum_info[k].one);
        return false;
    }
    culprit = sum->culprit[k] >= 0 ? owner->ledger->entries[sum->culprit[k]]->project : NULL;
    if (culprit == NULL) { /* cannot happen: a sum that does not fit left the range somewhere */
        budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, NULL, "%s %s: the sum of %s does not fit",
                          owner->level == BUDGET_LEVEL_UNIT ? "unit" : "department",
                          owner->level == BUDGET_LEVEL_UNIT ? owner->key : "", budgetp_sum_info[k].what);
        return false;
    }
    if (owner->level == BUDGET_LEVEL_UNIT)
        budgetp_project_error(
            culprit, budgetp_sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE,
            error, BUDGET_ERROR_OVERFLOW,
            "unit %s: the sum of %s does not fit in 64 bits of fen once project %s is added",
            budgetp_report_unit_label(owner->key), budgetp_sum_info[k].what, culprit->code);
    else
        budgetp_project_error(
            culprit, budgetp_sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE,
            error, BUDGET_ERROR_OVERFLOW,
            "department: the sum of %s does not fit in 64 bits of fen once project %s is added",
            budgetp_sum_info[k].what, culprit->code);
    return false;
}

/* The columns every row shares, from its sums; @planned_bp is the row's
 * planned percent if @has_planned. Every shown amount must fit in 64 bits. */
static bool finish_row(ReportRow *row, const Sums *sum, const RowOwner *owner,
                       const BudgetMonitorConfig *config, int year, BudgetDate as_of, bool has_planned,
                       int64_t planned_bp, BudgetError *error)
{
    static const struct {
        BudgetpSumKind sum;
        BudgetReportMoney column;
        bool plan_only;
    } shown[] = {
        {BUDGETP_SUM_ORIGINAL, BUDGET_REPORT_BUDGET_ORIGINAL, false},
        {BUDGETP_SUM_ADJUSTED, BUDGET_REPORT_BUDGET_ADJUSTED, false},
        {BUDGETP_SUM_EXECUTED, BUDGET_REPORT_EXECUTED, false},
        {BUDGETP_SUM_FISCAL, BUDGET_REPORT_EXECUTED_FISCAL, false},
        {BUDGETP_SUM_CARRYOVER, BUDGET_REPORT_EXECUTED_CARRYOVER, false},
        {BUDGETP_SUM_OTHER, BUDGET_REPORT_EXECUTED_OTHER, false},
        {BUDGETP_SUM_REMAINING, BUDGET_REPORT_REMAINING, false},
        {BUDGETP_SUM_PLANNED, BUDGET_REPORT_PLANNED_AMOUNT, true},
        {BUDGETP_SUM_VARIANCE, BUDGET_REPORT_VARIANCE_AMOUNT, true},
        {BUDGETP_SUM_TO_NEXT, BUDGET_REPORT_TO_NEXT_CHECKPOINT, true},
        {BUDGETP_SUM_NO_PLAN_DENOMINATOR, BUDGET_REPORT_BUDGET_WITHOUT_PLAN, false},
    };
    BudgetFen original, adjusted, executed, denominator;
    int64_t rate = 0, plan_rate = 0, time_bp, value;
    bool has_rate, has_plan_rate;

    /* The unshown plan sums feed the planned percent: they must fit too. */
    for (int k = 0; k < BUDGETP_N_SUMS; k++)
        if (!budgetp_report_fits(sum->v[k]))
            return row_overflow(owner, sum, (BudgetpSumKind)k, error);
    row->n_projects = sum->n_projects;
    for (size_t i = 0; i < G_N_ELEMENTS(shown); i++)
        if (!shown[i].plan_only || sum->n_plan > 0)
            set_money(row, shown[i].column, (BudgetFen)sum->v[shown[i].sum]);

    original = (BudgetFen)sum->v[BUDGETP_SUM_ORIGINAL];
    adjusted = (BudgetFen)sum->v[BUDGETP_SUM_ADJUSTED];
    executed = (BudgetFen)sum->v[BUDGETP_SUM_EXECUTED];
    denominator = config->denominator == BUDGET_DENOMINATOR_ORIGINAL ? original : adjusted;
    has_rate = budget_money_rate_bp(executed, denominator, &rate);
    if (has_rate)
        set_rate(row, BUDGET_REPORT_EXECUTION_RATE, rate);
    if (budget_money_rate_bp(executed, original, &value))
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
                    budget_money_rate_bp((BudgetFen)sum->v[BUDGETP_SUM_PLAN_EXECUTED],
                                         (BudgetFen)sum->v[BUDGETP_SUM_PLAN_DENOMINATOR], &plan_rate);
    if (has_plan_rate)
        set_rate(row, BUDGET_REPORT_VARIANCE_PP, plan_rate - planned_bp);
    row->status = budget_monitor_status(config, executed > adjusted, has_plan_rate, plan_rate - planned_bp);
    return true;
}

bool budgetp_report_project_figures(const BudgetBook *book, const BudgetpBookEntry *entry, BudgetFen executed,
                                    int default_year, BudgetDate as_of, BudgetDenominator denominator,
                                    BudgetPlanMethod plan_method, BudgetpProjectFigures *out,
                                    BudgetError *error)
{
    const BudgetProject *project = entry->project;
    int year = budgetp_project_year(project, default_year);
    int64_t next_micropct;
    int next_month;

    memset(out, 0, sizeof *out);
    if (!budgetp_book_entry_adjusted(book, entry, as_of, &out->adjusted, error))
        return false;
    out->original = project->budget;
    out->executed = executed;
    out->denominator = denominator == BUDGET_DENOMINATOR_ORIGINAL ? out->original : out->adjusted;
    out->has_rate = budget_money_rate_bp(executed, out->denominator, &out->rate_bp);

    /* 0 <= percent <= 100 %: neither planned amount can overflow. Amount
     * and percent are each rounded once from the exact planned fraction. */
    out->has_plan = project->plan != NULL &&
                    budgetp_plan_figures(project->plan, year, as_of, plan_method, out->denominator,
                                         &out->planned, &out->planned_bp, &next_month, &next_micropct) &&
                    budget_money_scale_micropct(out->denominator, next_micropct, &out->next_amount);
    if (!out->has_plan) {
        out->planned_bp = 0;
        out->planned = out->next_amount = 0;
        return true;
    }
    out->variance_amount = (__int128)executed - out->planned;
    /* From the rounded rate and plan, so that printed columns add up. */
    out->has_variance = out->has_rate;
    if (out->has_variance)
        out->variance_bp = out->rate_bp - out->planned_bp;
    return true;
}

/* One project's sums at the ledger's as-of date, and its planned percent;
 * fails only when its adjusted budget does not fit (naming the adjustment). */
static bool project_sums(const BudgetLedger *ledger, const BudgetMonitorConfig *config, size_t slot,
                         Sums *sum, bool *has_plan, int64_t *planned_bp, BudgetError *error)
{
    const BudgetpLedgerAcc *acc = &ledger->acc[slot];
    BudgetpProjectFigures f;

    sums_init(sum);
    if (!budgetp_report_project_figures(ledger->book, ledger->entries[slot], acc->executed, ledger->year,
                                        ledger->as_of, config->denominator, config->plan_method, &f, error))
        return false;
    sum->n_projects = 1;
    sum->v[BUDGETP_SUM_ORIGINAL] = f.original;
    sum->v[BUDGETP_SUM_ADJUSTED] = f.adjusted;
    sum->v[BUDGETP_SUM_EXECUTED] = f.executed;
    for (int s = 0; s < BUDGETP_N_SOURCES; s++)
        sum->v[BUDGETP_SUM_FISCAL + s] = acc->by_source[s];
    sum->v[BUDGETP_SUM_REMAINING] = (__int128)f.adjusted - f.executed;
    *has_plan = f.has_plan;
    *planned_bp = f.planned_bp;
    if (f.has_plan) {
        sum->n_plan = 1;
        sum->v[BUDGETP_SUM_PLAN_DENOMINATOR] = f.denominator;
        sum->v[BUDGETP_SUM_PLAN_EXECUTED] = f.executed;
        sum->v[BUDGETP_SUM_PLANNED] = f.planned;
        sum->v[BUDGETP_SUM_VARIANCE] = f.variance_amount;
        sum->v[BUDGETP_SUM_TO_NEXT] = MAX((__int128)f.next_amount - f.executed, 0);
    } else {
        sum->v[BUDGETP_SUM_NO_PLAN_DENOMINATOR] = f.denominator;
    }
    return true;
}

static int compare_rows(const void *a, const void *b)
{
    return strcmp(((const ReportRow *)a)->key, ((const ReportRow *)b)->key);
}

/* A unit or department row from the sums of its projects. */
static bool aggregate_row(const BudgetLedger *ledger, const BudgetMonitorConfig *config, BudgetLevel level,
                          const char *key, const Sums *sum, GStringChunk *strings, ReportRow *row,
                          BudgetError *error)
{
    RowOwner owner = {ledger, level, key, NULL};
    int64_t planned_bp = 0;
    bool has_planned;

    row->key = g_string_chunk_insert_const(strings, level == BUDGET_LEVEL_UNIT ? key : "");
    row->unit = row->key;
    row->name = g_string_chunk_insert_const(strings, "");
    /* Σ planned amounts ÷ Σ denominators, over the projects with a plan. */
    has_planned = sum->n_plan > 0 && budgetp_report_fits(sum->v[BUDGETP_SUM_PLANNED]) &&
                  budgetp_report_fits(sum->v[BUDGETP_SUM_PLAN_DENOMINATOR]) &&
                  budget_money_rate_bp((BudgetFen)sum->v[BUDGETP_SUM_PLANNED],
                                       (BudgetFen)sum->v[BUDGETP_SUM_PLAN_DENOMINATOR], &planned_bp);
    return finish_row(row, sum, &owner, config, ledger->year, ledger->as_of, has_planned, planned_bp, error);
}

BudgetReport *budget_report_new(const BudgetLedger *ledger, BudgetLevel level,
                                const BudgetMonitorConfig *config, BudgetError *error)
{
    BudgetReport *report;
    GHashTable *unit_index = NULL; /* unit → index into unit_sums */
    GArray *unit_sums = NULL;      /* Sums per unit, first-seen order */
    GPtrArray *unit_names = NULL;
    Sums total;
    bool ok = true;

    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, NULL, error);
    budgetp_guard_return_val_if_dead_error(&ledger->ref_count, "BudgetLedger", NULL, error);
    budgetp_return_val_if_fail(level == BUDGET_LEVEL_PROJECT || level == BUDGET_LEVEL_UNIT ||
                                   level == BUDGET_LEVEL_DEPARTMENT,
                               NULL, error);
    config = budgetp_monitor_config_or_default(config);

    report = g_new0(BudgetReport, 1);
    report->alive = 1;
    report->level = level;
    report->as_of = ledger->as_of;
    report->rows = g_array_sized_new(FALSE, TRUE, sizeof(ReportRow),
                                     level == BUDGET_LEVEL_PROJECT ? (guint)MIN(ledger->n, G_MAXUINT) : 1);
    /* One block for the strings of every row, freed at once. */
    report->strings = g_string_chunk_new(level == BUDGET_LEVEL_PROJECT ? 65536 : 1024);
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
            row.key = g_string_chunk_insert(report->strings, project->code);
            row.unit = g_string_chunk_insert(report->strings, budget_project_get_unit(project));
            row.name = g_string_chunk_insert(report->strings, budget_project_get_name(project));
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
        ok = aggregate_row(ledger, config, level, "", &total, report->strings, &row, error);
        g_array_append_val(report->rows, row);
    } else if (ok && level == BUDGET_LEVEL_UNIT) {
        for (guint i = 0; ok && i < unit_sums->len; i++) {
            ReportRow row;

            memset(&row, 0, sizeof row);
            ok = aggregate_row(ledger, config, level, g_ptr_array_index(unit_names, i),
                               &g_array_index(unit_sums, Sums, i), report->strings, &row, error);
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
    budgetp_guard_return_if_dead(&report->alive, "BudgetReport");
    g_array_unref(report->rows);
    g_string_chunk_free(report->strings);
    budgetp_guard_release(report, &report->alive);
}

/* The row @row of @report. A row index out of range is a caller error
 * (budget-report.h): a critical, and NULL so that the getter returns its
 * documented failure value. */
#define ROW_OR_RETURN(r, report, row, val)                                                                   \
    G_STMT_START                                                                                             \
    {                                                                                                        \
        g_return_val_if_fail((report) != NULL, (val));                                                       \
        g_return_val_if_fail((row) < (report)->rows->len, (val));                                            \
        (r) = &g_array_index((report)->rows, ReportRow, (row));                                              \
    }                                                                                                        \
    G_STMT_END

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

    ROW_OR_RETURN(r, report, row, NULL);
    return r->key;
}

const char *budget_report_get_unit(const BudgetReport *report, size_t row)
{
    const ReportRow *r;

    ROW_OR_RETURN(r, report, row, NULL);
    return r->unit;
}

const char *budget_report_get_name(const BudgetReport *report, size_t row)
{
    const ReportRow *r;

    ROW_OR_RETURN(r, report, row, NULL);
    return r->name;
}

size_t budget_report_get_n_projects(const BudgetReport *report, size_t row)
{
    const ReportRow *r;

    ROW_OR_RETURN(r, report, row, 0);
    return r->n_projects;
}

bool budget_report_get_money(const BudgetReport *report, size_t row, BudgetReportMoney column, BudgetFen *out)
{
    const ReportRow *r;

    ROW_OR_RETURN(r, report, row, false);
    g_return_val_if_fail((unsigned)column < BUDGET_REPORT_MONEY_N, false);
    g_return_val_if_fail(out != NULL, false);
    if (!r->has_money[column])
        return false;
    *out = r->money[column];
    return true;
}

bool budget_report_get_rate(const BudgetReport *report, size_t row, BudgetReportRate column, int64_t *out_bp)
{
    const ReportRow *r;

    ROW_OR_RETURN(r, report, row, false);
    g_return_val_if_fail((unsigned)column < BUDGET_REPORT_RATE_N, false);
    g_return_val_if_fail(out_bp != NULL, false);
    if (!r->has_rate[column])
        return false;
    *out_bp = r->rate[column];
    return true;
}

bool budget_report_get_status(const BudgetReport *report, size_t row, BudgetStatus *out)
{
    const ReportRow *r;

    ROW_OR_RETURN(r, report, row, false);
    g_return_val_if_fail(out != NULL, false);
    *out = r->status;
    return true;
}

bool budget_report_find(const BudgetReport *report, const char *key, size_t *out_row)
{
    size_t lo = 0, hi;

    g_return_val_if_fail(report != NULL, false);
    g_return_val_if_fail(key != NULL, false);
    g_return_val_if_fail(out_row != NULL, false);
    hi = report->rows->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(g_array_index(report->rows, ReportRow, mid).key, key);

        if (c == 0) {
            *out_row = mid;
            return true;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}
