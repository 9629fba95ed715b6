/* plan: the private layout of BudgetPlan. */
#ifndef BUDGET_PLAN_PRIVATE_H
#define BUDGET_PLAN_PRIVATE_H

#include "budget-private.h"

/* What a month column holds. */
typedef enum {
    PLAN_CELL_ABSENT = 0, /* no column for this month */
    PLAN_CELL_BLANK = 1,  /* a column with an empty cell */
    PLAN_CELL_VALUE = 2
} PlanCell;

/* Allocated with g_atomic_rc_box (the count lives in the box header). No
 * cached series: every query recomputes 12 cells, so const reads from many
 * threads need no lock. */
struct BudgetPlan {
    BudgetPlanForm form;
    unsigned char cell[13]; /* PlanCell, index 1..12 */
    int64_t micropct[13];   /* the value as written, when cell is VALUE */
};

#endif /* BUDGET_PLAN_PRIVATE_H */
