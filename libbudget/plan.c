/* plan: month-end disbursement plans, cumulative or incremental (DESIGN.md "Disbursement plan"). */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "plan-private.h"

static bool form_is_valid(BudgetPlanForm form)
{
    return form == BUDGET_PLAN_FORM_AUTO || form == BUDGET_PLAN_FORM_CUMULATIVE ||
           form == BUDGET_PLAN_FORM_INCREMENTAL;
}

static bool month_is_valid(int month)
{
    return month >= 1 && month <= 12;
}

BudgetPlan *budget_plan_new(void)
{
    BudgetPlan *plan = g_atomic_rc_box_new0(BudgetPlan);

    plan->form = BUDGET_PLAN_FORM_AUTO;
    return plan;
}

BudgetPlan *budget_plan_ref(BudgetPlan *plan)
{
    g_return_val_if_fail(plan != NULL, NULL);
    return g_atomic_rc_box_acquire(plan);
}

void budget_plan_unref(BudgetPlan *plan)
{
    if (plan != NULL)
        g_atomic_rc_box_release(plan);
}

void budget_plan_set_form(BudgetPlan *plan, BudgetPlanForm form)
{
    g_return_if_fail(plan != NULL);
    g_return_if_fail(form_is_valid(form));
    plan->form = form;
}

BudgetPlanForm budget_plan_get_form(const BudgetPlan *plan)
{
    g_return_val_if_fail(plan != NULL, BUDGET_PLAN_FORM_AUTO);
    return plan->form;
}

/* "25", "33.333", "-5": a micro-percent as the shortest exact decimal. */
static void pct_text(int64_t v, char *buf, size_t size)
{
    uint64_t mag = v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
    char frac[8];
    int n;

    n = snprintf(frac, sizeof frac, "%06u", (unsigned)(mag % 1000000));
    while (n > 0 && frac[n - 1] == '0')
        n--;
    frac[n] = '\0';
    snprintf(buf, size, "%s%" PRIu64 "%s%s", v < 0 ? "-" : "", mag / 1000000, n > 0 ? "." : "", frac);
}

bool budgetp_plan_set_month_value(BudgetPlan *plan, int month, int64_t micropct, BudgetError *error)
{
    char text[32];

    budget_error_clear(error);
    budgetp_return_val_if_fail(plan != NULL, false, error);
    budgetp_return_val_if_fail(month_is_valid(month), false, error);
    if (micropct < 0 || micropct > BUDGET_MICROPCT_100) {
        pct_text(micropct, text, sizeof text);
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "planned percent %s %% for month %d is outside 0..100 %%", text, month);
        return false;
    }
    plan->cell[month] = PLAN_CELL_VALUE;
    plan->micropct[month] = micropct;
    return true;
}

/* The largest value a whole percent (1 .. 100) or basis points (1 .. 10000,
 * 10000 = 100 %) would be if passed unscaled: 0.01 % in micro-percent. */
#define WRONG_SCALE_MAX (BUDGET_MICROPCT_100 / BUDGET_BP_100)

bool budget_plan_set_month(BudgetPlan *plan, int month, int64_t micropct, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(plan != NULL, false, error);
    budgetp_return_val_if_fail(month_is_valid(month), false, error);
    /* A plan share of 0.01 % or less is not a plan anyone writes, while 50
     * (percent) or 5000 (basis points) passed unscaled is an easy mistake
     * that would otherwise become an invalid plan, hence no_plan, silently. */
    if (micropct > 0 && micropct <= WRONG_SCALE_MAX) {
        char hint[96];

        if (micropct <= 100)
            snprintf(hint, sizeof hint, "%" PRId64 " %% is BUDGET_PERCENT_MICROPCT(%" PRId64 ")", micropct,
                     micropct);
        else if (micropct % 100 == 0)
            snprintf(hint, sizeof hint, "%" PRId64 " basis points are BUDGET_PERCENT_MICROPCT(%" PRId64 ")",
                     micropct, micropct / 100);
        else
            snprintf(hint, sizeof hint, "basis points times 100 are micro-percent");
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "planned percent for month %d is %" PRId64 " micro-percent (0.01 %% or less), "
                          "which looks like another scale: budget_plan_set_month() takes micro-percent "
                          "(100 %% = 100000000); %s",
                          month, micropct, hint);
        return false;
    }
    return budgetp_plan_set_month_value(plan, month, micropct, error);
}

bool budget_plan_set_blank(BudgetPlan *plan, int month)
{
    g_return_val_if_fail(plan != NULL, false);
    if (!month_is_valid(month))
        return false;
    plan->cell[month] = PLAN_CELL_BLANK;
    plan->micropct[month] = 0;
    return true;
}

bool budget_plan_has_month(const BudgetPlan *plan, int month, int64_t *micropct)
{
    g_return_val_if_fail(plan != NULL, false);
    if (!month_is_valid(month) || plan->cell[month] != PLAN_CELL_VALUE)
        return false;
    if (micropct != NULL)
        *micropct = plan->micropct[month];
    return true;
}

bool budget_plan_is_blank(const BudgetPlan *plan, int month)
{
    g_return_val_if_fail(plan != NULL, false);
    return month_is_valid(month) && plan->cell[month] == PLAN_CELL_BLANK;
}

/* "25, 50, 40, 100 (months 3, 6, 10, 12)" for messages. */
static char *values_text(const BudgetPlan *plan)
{
    GString *vals = g_string_new(NULL), *months = g_string_new(NULL);
    char text[32];
    int m;

    for (m = 1; m <= 12; m++) {
        if (plan->cell[m] != PLAN_CELL_VALUE)
            continue;
        pct_text(plan->micropct[m], text, sizeof text);
        g_string_append_printf(vals, "%s%s", vals->len ? ", " : "", text);
        g_string_append_printf(months, "%s%d", months->len ? ", " : "", m);
    }
    g_string_append_printf(vals, " (month%s %s)", strchr(months->str, ',') ? "s" : "", months->str);
    g_string_free(months, TRUE);
    return g_string_free(vals, FALSE);
}

/* Decides the form and checks the values (the contract of budget_plan_resolve). */
static bool resolve(const BudgetPlan *plan, BudgetPlanForm *out_form, BudgetError *error)
{
    int64_t prev = 0, last = 0, sum = 0;
    int m, n = 0, prev_month = 0, drop_from = 0, drop_to = 0;
    bool nondecreasing = true;
    BudgetPlanForm form = plan->form;
    char a[32], b[32], *vals;

    for (m = 1; m <= 12; m++) {
        if (plan->cell[m] != PLAN_CELL_VALUE)
            continue;
        if (n > 0 && plan->micropct[m] < prev && nondecreasing) {
            nondecreasing = false; /* the first drop is the one reported */
            drop_from = prev_month;
            drop_to = m;
        }
        prev = last = plan->micropct[m];
        prev_month = m;
        sum += plan->micropct[m]; /* at most 12 × 10^8: no overflow */
        n++;
    }
    if (n == 0) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, NULL,
                          "no plan: no month has a planned percent");
        return false;
    }
    if (form == BUDGET_PLAN_FORM_AUTO) {
        if (nondecreasing && last == BUDGET_MICROPCT_100)
            form = BUDGET_PLAN_FORM_CUMULATIVE;
        else if (sum == BUDGET_MICROPCT_100)
            form = BUDGET_PLAN_FORM_INCREMENTAL;
        else {
            vals = values_text(plan);
            pct_text(sum, a, sizeof a);
            budgetp_error_set(error, BUDGET_ERROR_INCONSISTENT, NULL, 0, 0, NULL,
                              "plan reaches 100 %% neither as cumulative nor as incremental (sum %s %%): %s",
                              a, vals);
            g_free(vals);
            return false;
        }
    } else if (form == BUDGET_PLAN_FORM_CUMULATIVE) {
        if (!nondecreasing) {
            vals = values_text(plan);
            pct_text(plan->micropct[drop_from], a, sizeof a);
            pct_text(plan->micropct[drop_to], b, sizeof b);
            budgetp_error_set(error, BUDGET_ERROR_INCONSISTENT, NULL, 0, 0, NULL,
                              "cumulative plan decreases from %s %% (month %d) to %s %% (month %d): %s", a,
                              drop_from, b, drop_to, vals);
            g_free(vals);
            return false;
        }
        if (last != BUDGET_MICROPCT_100) {
            vals = values_text(plan);
            pct_text(last, a, sizeof a);
            budgetp_error_set(error, BUDGET_ERROR_INCONSISTENT, NULL, 0, 0, NULL,
                              "cumulative plan ends at %s %%, not 100 %%: %s", a, vals);
            g_free(vals);
            return false;
        }
    } else if (sum != BUDGET_MICROPCT_100) {
        vals = values_text(plan);
        pct_text(sum, a, sizeof a);
        budgetp_error_set(error, BUDGET_ERROR_INCONSISTENT, NULL, 0, 0, NULL,
                          "incremental plan sums to %s %%, not 100 %%: %s", a, vals);
        g_free(vals);
        return false;
    }
    if (out_form != NULL)
        *out_form = form;
    return true;
}

bool budget_plan_resolve(const BudgetPlan *plan, BudgetPlanForm *form, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(plan != NULL, false, error);
    return resolve(plan, form, error);
}

/* cum[m] = cumulative share planned by the end of month m (cum[0] = 0):
 * cumulative form carries the last value written, incremental adds. */
static void series(const BudgetPlan *plan, BudgetPlanForm form, int64_t cum[13])
{
    int64_t run = 0;
    int m;

    cum[0] = 0;
    for (m = 1; m <= 12; m++) {
        if (plan->cell[m] == PLAN_CELL_VALUE)
            run = form == BUDGET_PLAN_FORM_INCREMENTAL ? run + plan->micropct[m] : plan->micropct[m];
        cum[m] = run;
    }
}

/* Resolves and computes the series; false if the plan is invalid. */
static bool resolved_series(const BudgetPlan *plan, int64_t cum[13])
{
    BudgetPlanForm form;

    if (!resolve(plan, &form, NULL))
        return false;
    series(plan, form, cum);
    return true;
}

bool budget_plan_get_cumulative(const BudgetPlan *plan, int month, int64_t *out_micropct)
{
    int64_t cum[13];

    g_return_val_if_fail(plan != NULL, false);
    g_return_val_if_fail(out_micropct != NULL, false);
    if (!month_is_valid(month) || !resolved_series(plan, cum))
        return false;
    *out_micropct = cum[month];
    return true;
}

static bool planned_fraction_series(const BudgetPlan *plan, int year, BudgetDate as_of,
                                    BudgetPlanMethod method, int64_t cum[13], int64_t *num, int64_t *den);

/* The planned cumulative percent at @as_of as an exact fraction of
 * micro-percent, *num ÷ *den (den > 0): step gives a checkpoint's value
 * (den 1), linear the interpolation before any rounding, so that every
 * figure derived from it (the percent, the planned amount) is rounded once. */
static bool planned_fraction(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                             int64_t *num, int64_t *den)
{
    int64_t cum[13];

    return planned_fraction_series(plan, year, as_of, method, cum, num, den);
}

/* planned_fraction(), leaving the resolved series in @cum. */
static bool planned_fraction_series(const BudgetPlan *plan, int year, BudgetDate as_of,
                                    BudgetPlanMethod method, int64_t cum[13], int64_t *num, int64_t *den)
{
    int64_t prev_value = 0;
    int m, y, day, prev_day = 0;

    if (year < 1 || year > 9999 || !budget_date_is_valid(as_of))
        return false;
    g_return_val_if_fail((unsigned)method < BUDGET_PLAN_METHOD_N, false);
    if (!resolved_series(plan, cum))
        return false;
    *den = 1;
    y = as_of / 10000;
    if (y < year) {
        *num = 0;
        return true;
    }
    if (y > year) {
        *num = cum[12];
        return true;
    }
    m = as_of / 100 % 100;
    if (method == BUDGET_PLAN_METHOD_STEP) {
        /* A checkpoint counts from its month end on: a deadline. */
        *num = as_of == budget_date_month_end(year, m) ? cum[m] : cum[m - 1];
        return true;
    }
    day = budget_date_day_of_year(as_of);
    for (m = 1; m <= 12; m++) {
        int end_day;

        if (plan->cell[m] == PLAN_CELL_ABSENT)
            continue;
        end_day = budget_date_day_of_year(budget_date_month_end(year, m));
        if (day <= end_day) {
            /* prev + (cum − prev) × (day − prev_day) ÷ (end_day − prev_day):
             * at most 10^8 × 366 over 366, far inside 64 bits. */
            *den = end_day - prev_day;
            *num = prev_value * *den + (cum[m] - prev_value) * (day - prev_day);
            return true;
        }
        prev_day = end_day;
        prev_value = cum[m];
    }
    *num = prev_value; /* after the last checkpoint */
    return true;
}

bool budget_plan_planned_micropct(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                                  int64_t *out_micropct)
{
    int64_t num, den;

    g_return_val_if_fail(plan != NULL, false);
    g_return_val_if_fail(out_micropct != NULL, false);
    if (!planned_fraction(plan, year, as_of, method, &num, &den))
        return false;
    *out_micropct = (int64_t)budgetp_div_round(num, den);
    return true;
}

bool budgetp_plan_planned_bp(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                             int64_t *out_bp)
{
    int64_t num, den;

    if (!planned_fraction(plan, year, as_of, method, &num, &den))
        return false;
    *out_bp = (int64_t)budgetp_div_round(num, (__int128)den * (BUDGET_MICROPCT_100 / BUDGET_BP_100));
    return true;
}

bool budget_plan_planned_amount(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                                BudgetFen budget, BudgetFen *out_amount)
{
    int64_t num, den;

    g_return_val_if_fail(plan != NULL, false);
    g_return_val_if_fail(out_amount != NULL, false);
    if (!planned_fraction(plan, year, as_of, method, &num, &den))
        return false;
    /* |budget| < 2^63 and num <= 10^8 × 366 < 2^36: the product fits in 128
     * bits; the fraction is at most 1, so the amount fits where budget does. */
    *out_amount = (BudgetFen)budgetp_div_round((__int128)budget * num, (__int128)den * BUDGET_MICROPCT_100);
    return true;
}

static void next_of_series(const BudgetPlan *plan, const int64_t cum[13], int year, BudgetDate as_of,
                           int *month, int64_t *out_micropct);

bool budget_plan_next_checkpoint(const BudgetPlan *plan, int year, BudgetDate as_of, int *month,
                                 int64_t *out_micropct)
{
    int64_t cum[13];

    g_return_val_if_fail(plan != NULL, false);
    g_return_val_if_fail(month != NULL, false);
    g_return_val_if_fail(out_micropct != NULL, false);
    if (year < 1 || year > 9999 || !budget_date_is_valid(as_of) || !resolved_series(plan, cum))
        return false;
    next_of_series(plan, cum, year, as_of, month, out_micropct);
    return true;
}

/* budget_plan_next_checkpoint() from the resolved series @cum. */
static void next_of_series(const BudgetPlan *plan, const int64_t cum[13], int year, BudgetDate as_of,
                           int *month, int64_t *out_micropct)
{
    int m, last = 0;

    /* The next checkpoint is the next one that asks for more than is planned now:
     * a blank cell (which only carries the previous value) is not a new target. */
    int64_t now = 0;
    for (m = 1; m <= 12; m++) {
        if (plan->cell[m] == PLAN_CELL_ABSENT)
            continue;
        last = m;
        if (budget_date_month_end(year, m) <= as_of) {
            now = cum[m];
            continue;
        }
        if (cum[m] > now) {
            *month = m;
            *out_micropct = cum[m];
            return;
        }
    }
    *month = last;
    *out_micropct = cum[last];
}

bool budgetp_plan_figures(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                          BudgetFen budget, BudgetFen *out_amount, int64_t *out_bp, int *next_month,
                          int64_t *next_micropct)
{
    int64_t cum[13], num, den;

    if (!planned_fraction_series(plan, year, as_of, method, cum, &num, &den))
        return false;
    /* As budget_plan_planned_amount() and budgetp_plan_planned_bp(). */
    *out_amount = (BudgetFen)budgetp_div_round((__int128)budget * num, (__int128)den * BUDGET_MICROPCT_100);
    *out_bp = (int64_t)budgetp_div_round(num, (__int128)den * (BUDGET_MICROPCT_100 / BUDGET_BP_100));
    next_of_series(plan, cum, year, as_of, next_month, next_micropct);
    return true;
}

bool budgetp_plan_closing_checkpoint(const BudgetPlan *plan, int year, BudgetDate date, int *month,
                                     int64_t *out_micropct)
{
    int64_t cum[13];
    int m, last = 0;

    if (year < 1 || year > 9999 || !budget_date_is_valid(date) || !resolved_series(plan, cum))
        return false;
    for (m = 1; m <= 12; m++) {
        if (plan->cell[m] == PLAN_CELL_ABSENT)
            continue;
        last = m;
        if (budget_date_month_end(year, m) >= date)
            break;
    }
    *month = last; /* a valid plan has a checkpoint, so last >= 1 */
    *out_micropct = cum[last];
    return true;
}
