/* monitor: the rules reports are computed with (BudgetMonitorConfig, the
 * status rule), the month-by-month series behind an S-curve, and the check
 * that a book never makes a report fail (budget-monitor.h, DESIGN.md). The
 * report's rows are computed in report.c. */
#include "config.h"

#include <string.h>

#include "department-private.h"
#include "ledger-private.h"
#include "monitor-private.h"
#include "plan-private.h"
#include "report-private.h"
#include "score-private.h"

/* The ratio thresholds (< 60 % red, < 80 % yellow) are those of deployed
 * provincial systems; the gap thresholds (−20 pp, −10 pp), the goal red ratio
 * and the stop policy with plan control for a payment check are libbudget's
 * own choice (docs/config.md). */
static const BudgetMonitorConfig default_config = {
    .plan_method = BUDGET_PLAN_METHOD_STEP,
    .time_method = BUDGET_TIME_METHOD_DAYS,
    .denominator = BUDGET_DENOMINATOR_ADJUSTED,
    .seriously_behind_bp = -1500,
    .behind_bp = -500,
    .ahead_bp = 1000,
    .basis = BUDGET_MONITOR_BASIS_RATIO,
    .against = BUDGET_MONITOR_AGAINST_TIME,
    .red_bp = {6000, -2000},
    .yellow_bp = {8000, -1000},
    .floor = 0,
    .goal_red_bp = 6000,
    .projection = BUDGET_MONITOR_PROJECTION_PLAN,
    .spend_policy = BUDGET_SPEND_STOP,
    .control_plan = true,
};

const BudgetMonitorConfig *budgetp_monitor_config_or_default(const BudgetMonitorConfig *config)
{
    return config != NULL ? config : &default_config;
}

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

/* Adds one project's cumulative executed and planned amounts per month end. */
static bool series_add(const BudgetLedger *ledger, size_t slot, BudgetFen executed[12], BudgetFen planned[12],
                       bool *has_plan, BudgetError *error)
{
    const BudgetpBookEntry *entry = ledger->entries[slot];
    const BudgetProject *project = entry->project;
    BudgetFen cumulative = *budgetp_ledger_bucket(ledger, 0, slot);
    bool plan_ok = project->plan != NULL && budget_plan_resolve(project->plan, NULL, NULL);

    for (int m = 1; m <= 12; m++) {
        if (!budgetp_fen_add(cumulative, *budgetp_ledger_bucket(ledger, m, slot), &cumulative) ||
            !budgetp_fen_add(executed[m - 1], cumulative, &executed[m - 1])) {
            budgetp_project_error(project, BUDGETP_PROJECT_CELL_CODE, error, BUDGET_ERROR_OVERFLOW,
                                  "project %s: the executed amounts to month %d do not fit in 64 bits of fen "
                                  "once it is added",
                                  project->code, m);
            return false;
        }
        if (plan_ok) {
            BudgetpProjectFigures f;

            /* The step rule on the budget adjusted to that month end. */
            if (!budgetp_report_project_figures(
                    ledger->book, entry, cumulative, ledger->year, budget_date_month_end(ledger->year, m),
                    BUDGET_DENOMINATOR_ADJUSTED, BUDGET_PLAN_METHOD_STEP, &f, error))
                return false;
            if (!f.has_plan)
                continue;
            if (!budgetp_fen_add(planned[m - 1], f.planned, &planned[m - 1])) {
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
 * budget_monitor_check() must find every overflow that budget_report_new()
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
    __int128 lo[BUDGETP_N_SUMS], hi[BUDGETP_N_SUMS];
    gssize lo_culprit[BUDGETP_N_SUMS], hi_culprit[BUDGETP_N_SUMS]; /* as Sums.culprit, for each bound */
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
    for (int k = 0; k < BUDGETP_N_SUMS; k++)
        b->lo_culprit[k] = b->hi_culprit[k] = -1;
}

static void bounds_add(Bounds *sum, const Bounds *part, gssize slot)
{
    for (int k = 0; k < BUDGETP_N_SUMS; k++) {
        bool lo_in = budgetp_report_fits(sum->lo[k]), hi_in = budgetp_report_fits(sum->hi[k]);

        sum->lo[k] += part->lo[k];
        sum->hi[k] += part->hi[k];
        if (lo_in && !budgetp_report_fits(sum->lo[k]))
            sum->lo_culprit[k] = slot;
        if (hi_in && !budgetp_report_fits(sum->hi[k]))
            sum->hi_culprit[k] = slot;
    }
}

/* The first column whose bounds do not fit, or -1. */
static int bounds_first_overflow(const Bounds *b)
{
    for (int k = 0; k < BUDGETP_N_SUMS; k++)
        if (!budgetp_report_fits(b->lo[k]) || !budgetp_report_fits(b->hi[k]))
            return k;
    return -1;
}

static void set_bounds(Bounds *b, BudgetpSumKind k, __int128 lo, __int128 hi)
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
    slot = !budgetp_report_fits(b->hi[k]) ? b->hi_culprit[k] : b->lo_culprit[k];
    if (slot < 0) /* cannot happen: a bound that does not fit left the range somewhere */
        return;
    culprit = entries[slot]->project;
    budget_error_clear(&e);
    if (level == BUDGET_LEVEL_UNIT)
        budgetp_project_error(
            culprit, budgetp_sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE,
            &e, BUDGET_ERROR_OVERFLOW,
            "unit %s: the sum of %s can pass 64 bits of fen once project %s is added "
            "(at some as-of date; the report by unit would stop)",
            budgetp_report_unit_label(key), budgetp_sum_info[k].what, culprit->code);
    else
        budgetp_project_error(
            culprit, budgetp_sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE,
            &e, BUDGET_ERROR_OVERFLOW,
            "department: the sum of %s can pass 64 bits of fen once project %s is added "
            "(at some as-of date; the report by department would stop)",
            budgetp_sum_info[k].what, culprit->code);
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
    set_bounds(b, BUDGETP_SUM_ORIGINAL, project->budget, project->budget);
    set_bounds(b, BUDGETP_SUM_ADJUSTED, a_lo, a_hi);
    set_bounds(b, BUDGETP_SUM_EXECUTED, refunded, paid);
    for (int s = 0; s < BUDGETP_N_SOURCES; s++)
        set_bounds(b, (BudgetpSumKind)(BUDGETP_SUM_FISCAL + s), refunded, paid);
    set_bounds(b, BUDGETP_SUM_REMAINING, (__int128)a_lo - paid, (__int128)a_hi - refunded);
    if (project->plan != NULL && budget_plan_resolve(project->plan, NULL, NULL)) {
        den_lo = MIN(a_lo, project->budget);
        den_hi = MAX(a_hi, project->budget);
        p_lo = min128(0, den_lo);
        p_hi = max128(0, den_hi);
        set_bounds(b, BUDGETP_SUM_PLAN_DENOMINATOR, p_lo, p_hi);
        set_bounds(b, BUDGETP_SUM_PLAN_EXECUTED, refunded, paid);
        set_bounds(b, BUDGETP_SUM_PLANNED, p_lo, p_hi);
        set_bounds(b, BUDGETP_SUM_VARIANCE, min128(0, refunded - p_hi), max128(0, paid - p_lo));
        set_bounds(b, BUDGETP_SUM_TO_NEXT, 0, max128(0, p_hi - refunded));
    }
    /* Its denominator is budget without a plan at the dates it has none (all
     * dates when the plan is invalid), else 0: the bounds include both. */
    set_bounds(b, BUDGETP_SUM_NO_PLAN_DENOMINATOR, min128(0, MIN(a_lo, project->budget)),
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
                project,
                budgetp_sum_info[k].at_budget ? BUDGETP_PROJECT_CELL_BUDGET : BUDGETP_PROJECT_CELL_CODE, &e,
                BUDGET_ERROR_OVERFLOW,
                "project %s: its %s can pass 64 bits of fen (at some as-of date; the report by "
                "project would stop)",
                project->code, budgetp_sum_info[k].one);
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
