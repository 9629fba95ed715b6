/* Fuzzes disbursement plans (资金支出计划) as projects.csv gives them: the
 * first byte picks the form (cumulative, incremental, auto), the rest are up
 * to twelve comma-separated cells for months 1..12 ("" = no checkpoint, "-"
 * = a blank cell), each read with budget_money_percent_parse().
 * Invariants: a plan that resolves has a cumulative series that never
 * decreases, stays in 0..100 % and ends at 100 %; its planned percent, by
 * either method, stays in 0..100 % and never decreases through the year; its
 * planned amount of a budget stays within the budget; a plan that does not
 * resolve has no planned percent. */
#include "fuzz-common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const BudgetPlanForm forms[] = {BUDGET_PLAN_FORM_AUTO, BUDGET_PLAN_FORM_CUMULATIVE,
                                           BUDGET_PLAN_FORM_INCREMENTAL};
    BudgetPlan *plan;
    BudgetPlanForm form;
    BudgetError error;
    char **cells;
    char *text;
    bool resolved;

    fuzz_init_glib();
    if (size == 0)
        return 0;
    plan = budget_plan_new();
    budget_plan_set_form(plan, forms[data[0] % 3]);
    text = g_strndup((const char *)data + 1, size - 1);
    cells = g_strsplit(text, ",", 13);
    for (int m = 1; m <= 12 && cells[m - 1] != NULL; m++) {
        const char *cell = cells[m - 1];
        int64_t pct;
        bool ok;
        if (cell[0] == '\0')
            continue;
        if (strcmp(cell, "-") == 0) {
            FUZZ_CHECK(budget_plan_set_blank(plan, m));
            continue;
        }
        if (!budget_money_percent_parse(cell, -1, &pct, &error))
            continue;
        ok = budget_plan_set_month(plan, m, pct, &error);
        fuzz_check_error(&error, ok);
    }

    resolved = budget_plan_resolve(plan, &form, &error);
    fuzz_check_error(&error, resolved);
    if (resolved) {
        int64_t last = 0, given = -1;
        FUZZ_CHECK(form == BUDGET_PLAN_FORM_CUMULATIVE || form == BUDGET_PLAN_FORM_INCREMENTAL);
        for (int m = 1; m <= 12; m++) {
            int64_t c;
            if (!budget_plan_get_cumulative(plan, m, &c))
                continue;
            FUZZ_CHECK(c >= last && c >= 0 && c <= BUDGET_MICROPCT_100);
            last = given = c;
        }
        FUZZ_CHECK(given == BUDGET_MICROPCT_100);
        for (int method = 0; method < BUDGET_PLAN_METHOD_N; method++) {
            int64_t prev = 0;
            for (int m = 1; m <= 12; m++) {
                BudgetDate end = 20240000 + m * 100 + budget_date_days_in_month(2024, m);
                BudgetDate mid = 20240000 + m * 100 + 15;
                BudgetDate dates[2] = {mid, end};
                for (int k = 0; k < 2; k++) {
                    int64_t p;
                    BudgetFen amount;
                    FUZZ_CHECK(
                        budget_plan_planned_micropct(plan, 2024, dates[k], (BudgetPlanMethod)method, &p));
                    FUZZ_CHECK(p >= prev && p >= 0 && p <= BUDGET_MICROPCT_100);
                    prev = p;
                    FUZZ_CHECK(budget_plan_planned_amount(plan, 2024, dates[k], (BudgetPlanMethod)method,
                                                          123456789, &amount));
                    FUZZ_CHECK(amount >= 0 && amount <= 123456789);
                }
            }
        }
    } else {
        int64_t p;
        FUZZ_CHECK(!budget_plan_planned_micropct(plan, 2024, 20240630, BUDGET_PLAN_METHOD_STEP, &p));
    }
    g_strfreev(cells);
    g_free(text);
    budget_plan_unref(plan);
    return 0;
}
