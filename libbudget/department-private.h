/* department internals: the layout of BudgetDepartmentInputs and the check
 * that budget_monitor_check() runs. */
#ifndef BUDGET_DEPARTMENT_PRIVATE_H
#define BUDGET_DEPARTMENT_PRIVATE_H

#include "budget-private.h"

struct BudgetDepartmentInputs {
    bool given[BUDGET_DEPARTMENT_ITEM_N];
    int64_t value[BUDGET_DEPARTMENT_ITEM_N];
};

/* Runs what budget_department_ratio_full() runs for every ratio, over
 * @ledger at its as-of date (@ledger and @inputs nullable), adding a ratio
 * that does not fit to @diag as a warning (`budget score --department`
 * shows it as a reason, it never fails). Ratios on the book are skipped
 * unless @book_totals_fit (the caller has already reported the adjusted
 * budgets that do not fit). */
void budgetp_department_check(const BudgetLedger *ledger, const BudgetDepartmentInputs *inputs,
                              bool book_totals_fit, BudgetDiagnostics *diag);

#endif /* BUDGET_DEPARTMENT_PRIVATE_H */
