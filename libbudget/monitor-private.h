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
    /* 双监控 (monitor-result.c), read from [monitor] (monitor-config.c). */
    BudgetMonitorBasis basis;
    BudgetMonitorAgainst against;
    int64_t red_bp[BUDGET_MONITOR_BASIS_N];
    int64_t yellow_bp[BUDGET_MONITOR_BASIS_N];
    BudgetFen floor;
    int64_t goal_red_bp;
    BudgetMonitorProjection projection;
    BudgetSpendPolicy spend_policy;
    bool control_plan;
};

/* @config, or DESIGN.md's defaults (what budget_monitor_config_new() gives)
 * when it is NULL. */
const BudgetMonitorConfig *budgetp_monitor_config_or_default(const BudgetMonitorConfig *config);

/* One project's row of a BudgetMonitorResult. */
typedef struct {
    BudgetMonitorColour colour[BUDGET_MONITOR_ASPECT_N];
    BudgetMonitorReason reason[BUDGET_MONITOR_ASPECT_N];
    bool has_measure;
    int64_t reference_bp;
    int64_t measure_bp;
    size_t goal_counts[BUDGET_MONITOR_COLOUR_N];
    bool has_projection[BUDGET_MONITOR_PROJECTION_N];
    BudgetFen projected[BUDGET_MONITOR_PROJECTION_N];
    BudgetFen balance[BUDGET_MONITOR_PROJECTION_N];
} BudgetpMonitorRow;

/* A roll-up (a unit, or the department): counts per aspect and colour, and
 * 128-bit sums (a shown sum that does not fit is an empty cell). */
typedef struct {
    char *unit; /* NULL for the department */
    size_t n_projects;
    size_t counts[BUDGET_MONITOR_ASPECT_N][BUDGET_MONITOR_COLOUR_N];
    __int128 adjusted, executed, projected;
} BudgetpMonitorRollup;

struct BudgetMonitorResult {
    BudgetDate as_of;
    BudgetMonitorBasis basis;
    BudgetMonitorAgainst against;
    BudgetMonitorProjection projection;
    BudgetReport *report; /* project level, rows parallel to rows */
    GArray *rows;         /* BudgetpMonitorRow */
    GArray *units;        /* BudgetpMonitorRollup, sorted by unit */
    BudgetpMonitorRollup department;
};

/* The worst colour a roll-up counts for @aspect. */
BudgetMonitorColour budgetp_monitor_rollup_worst(const BudgetpMonitorRollup *r, BudgetMonitorAspect aspect);

/* The projection a row shows (the preferred method, else the other), or
 * false when neither is defined. */
bool budgetp_monitor_row_shown(const BudgetMonitorResult *result, const BudgetpMonitorRow *row,
                               BudgetMonitorProjection *method);

#endif /* BUDGET_MONITOR_PRIVATE_H */
