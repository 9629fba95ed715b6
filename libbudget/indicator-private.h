/* Private layout of BudgetIndicator (DESIGN.md model: indicator). */
#ifndef BUDGET_INDICATOR_PRIVATE_H
#define BUDGET_INDICATOR_PRIVATE_H

#include "budget-private.h"

/* The texts of an indicator, one slot each; never NULL ("" when empty). */
typedef enum {
    BUDGETP_INDICATOR_LEVEL1,
    BUDGETP_INDICATOR_LEVEL2,
    BUDGETP_INDICATOR_LEVEL3,
    BUDGETP_INDICATOR_DESCRIPTION,
    BUDGETP_INDICATOR_TARGET,
    BUDGETP_INDICATOR_BASIS,
    BUDGETP_INDICATOR_WEIGHT, /* the weight as written */
    BUDGETP_INDICATOR_ACTUAL,
    BUDGETP_INDICATOR_N_TEXTS
} BudgetpIndicatorText;

/* The column names of the texts, in indicators.csv's order (csv-formats.md),
 * indexed by BudgetpIndicatorText. */
extern const char *const budgetp_indicator_columns[BUDGETP_INDICATOR_N_TEXTS];

struct BudgetIndicator {
    gint ref_count; /* atomic */
    char *code;
    char *text[BUDGETP_INDICATOR_N_TEXTS];
    bool has_weight;
    int64_t weight;          /* micro-points, when has_weight */
    GPtrArray *extra_names;  /* char *, owned; NULL if none */
    GPtrArray *extra_values; /* char *, owned, beside extra_names */
};

#endif /* BUDGET_INDICATOR_PRIVATE_H */
