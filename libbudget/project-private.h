/* Private layout of BudgetProject (STYLE.md B2: only this header defines it). */
#ifndef BUDGET_PROJECT_PRIVATE_H
#define BUDGET_PROJECT_PRIVATE_H

#include "budget-private.h"

#define BUDGETP_N_SOURCES 3

struct BudgetProject {
    gint ref_count; /* atomic */
    char *code;
    char *name;
    char *unit;
    char *purpose;
    int year;     /* 0 = not set */
    guint serial; /* bumped whenever unit or year changes (book caches) */
    BudgetFen budget;
    BudgetFen funding[BUDGETP_N_SOURCES];
    bool funding_given[BUDGETP_N_SOURCES];
    BudgetPlan *plan;        /* nullable, own reference */
    GPtrArray *extra_names;  /* char *, file order; NULL until the first extra */
    GPtrArray *extra_values; /* char *, parallel to extra_names */
};

/* The year the project's months belong to: its own, else @book_year. */
static inline int budgetp_project_year(const BudgetProject *project, int book_year)
{
    return project->year != 0 ? project->year : book_year;
}

/* Adds the extra column @column = @value, which the project must not have
 * yet (no lookup, unlike budget_project_set_extra(): O(1) per column). */
void budgetp_project_append_extra(BudgetProject *project, const char *column, const char *value);

#endif /* BUDGET_PROJECT_PRIVATE_H */
