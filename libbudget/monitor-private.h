/* monitor internals: the layout of BudgetMonitorConfig, shared with report.c,
 * which computes reports with the rules it holds. */
#ifndef BUDGET_MONITOR_PRIVATE_H
#define BUDGET_MONITOR_PRIVATE_H

#include "budget-private.h"

struct BudgetMonitorConfig {
    BudgetPlanMethod plan_method;
    BudgetTimeMethod time_method;
    BudgetDenominator denominator;
    int64_t seriously_behind_bp;
    int64_t behind_bp;
    int64_t ahead_bp;
};

/* @config, or DESIGN.md's defaults (what budget_monitor_config_new() gives)
 * when it is NULL. */
const BudgetMonitorConfig *budgetp_monitor_config_or_default(const BudgetMonitorConfig *config);

#endif /* BUDGET_MONITOR_PRIVATE_H */
