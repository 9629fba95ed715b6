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

/* The planned percent at @as_of in bp, rounded once from the exact
 * fraction (a linear plan is not rounded to a micro-percent first), as
 * budget_plan_planned_micropct() otherwise. */
bool budgetp_plan_planned_bp(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                             int64_t *out_bp);

/* What a report needs of a plan at @as_of, resolving it once: the planned
 * amount of @budget (budget_plan_planned_amount()), the planned percent in
 * bp (budgetp_plan_planned_bp()) and the next checkpoint
 * (budget_plan_next_checkpoint()). False exactly when those are. */
bool budgetp_plan_figures(const BudgetPlan *plan, int year, BudgetDate as_of, BudgetPlanMethod method,
                          BudgetFen budget, BudgetFen *out_amount, int64_t *out_bp, int *next_month,
                          int64_t *next_micropct);

/* The checkpoint that closes the period holding @date: the first checkpoint
 * column (a blank cell too: it carries the previous value) whose month end
 * is on or after @date; the last one after it, the first one for a date
 * before @year. False if the plan is invalid or an argument is bad. */
bool budgetp_plan_closing_checkpoint(const BudgetPlan *plan, int year, BudgetDate date, int *month,
                                     int64_t *out_micropct);

/* budget_plan_set_month() without its wrong-scale check, for values read
 * from text ("0.01" in a CSV cell is 0.01 %, written in percent, so no
 * scale can be mistaken): a value outside 0..100 % is still RANGE. */
bool budgetp_plan_set_month_value(BudgetPlan *plan, int month, int64_t micropct, BudgetError *error);

#endif /* BUDGET_PLAN_PRIVATE_H */
