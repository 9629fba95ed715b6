/* target: the private layout of BudgetTarget. */
#ifndef BUDGET_TARGET_PRIVATE_H
#define BUDGET_TARGET_PRIVATE_H

#include "budget-private.h"

#define TARGET_MAX_TIERS 4

typedef struct {
    BudgetTargetGrade grade;
    BudgetTargetComparator cmp; /* NONE: catch-all without a number */
    int64_t threshold;
    bool catch_all; /* the band for everything below (or above) the last threshold */
} TargetTier;

/* Allocated with g_atomic_rc_box; never modified after parsing, so any
 * number of threads may read one target. */
struct BudgetTarget {
    char *text;    /* the original text, exactly */
    BudgetTargetKind kind;
    char *reason;  /* unparsed only */
    char *label;   /* text around the number/date/tiers, or NULL */
    const char *keyword; /* qualitative: static phrase or NULL */
    BudgetTargetComparator cmp;
    bool implied;
    BudgetTargetDirection direction;
    BudgetTargetUnitClass unit_class;
    BudgetMoneyUnit money_unit; /* money: the unit written, for bare actuals */
    char *unit;     /* as written, "" if none */
    char *unit_key; /* normalized: "%" for percent, "台" / "次/年", "/站" for money */
    int64_t value, low, high; /* micro-units, or fen for money */
    BudgetDate deadline;
    size_t n_tiers;
    TargetTier tiers[TARGET_MAX_TIERS];
};

#endif /* BUDGET_TARGET_PRIVATE_H */
