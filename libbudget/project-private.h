/* Private layout of BudgetProject (STYLE.md B2: only this header defines it). */
#ifndef BUDGET_PROJECT_PRIVATE_H
#define BUDGET_PROJECT_PRIVATE_H

#include "budget-private.h"

#define BUDGETP_N_SOURCES BUDGET_SOURCE_N

struct BudgetProject {
    gint ref_count; /* atomic */
    char *code;     /* in the project's own block, after the struct: never freed alone */
    /* name, unit and purpose: NULL, or a string of their own, or (as
     * budgetp_project_new_read() sets them) in the project's block, which
     * ends at @block_end: the setters free only a string of its own. */
    char *name;
    char *unit;
    char *purpose;
    const char *block_end;
    int year;     /* 0 = not set */
    guint serial; /* bumped whenever unit or year changes (book caches) */
    BudgetFen budget;
    BudgetFen funding[BUDGETP_N_SOURCES];
    bool funding_given[BUDGETP_N_SOURCES];
    BudgetPlan *plan;        /* nullable, own reference */
    GPtrArray *extra_names;  /* char *, file order; NULL until the first extra */
    GPtrArray *extra_values; /* char *, parallel to extra_names */
    /* Where the project was read (csv-load.c sets it): computations name this
     * row when a total it takes part in cannot be computed. */
    char *origin_source; /* a GRefString, shared by the projects of one file; NULL: not read from a file */
    int64_t origin_line;
    int origin_column[3]; /* by BudgetpProjectCell: 1-based, 0 if the file has none */
};

/* The year the project's months belong to: its own, else @book_year. */
static inline int budgetp_project_year(const BudgetProject *project, int book_year)
{
    return project->year != 0 ? project->year : book_year;
}

/* Adds the extra column @column = @value, which the project must not have
 * yet (no lookup, unlike budget_project_set_extra(): O(1) per column). */
void budgetp_project_append_extra(BudgetProject *project, const char *column, const char *value);

/* Which cell of the project's row a problem points at. */
typedef enum {
    BUDGETP_PROJECT_CELL_CODE,
    BUDGETP_PROJECT_CELL_BUDGET,
    BUDGETP_PROJECT_CELL_YEAR,
    BUDGETP_PROJECT_N_CELLS
} BudgetpProjectCell;

/* Records the row @project was read from: @source, the physical @line where
 * the record starts and the 1-based @columns of its cells, indexed by
 * BudgetpProjectCell (0 for a column the file lacks). */
void budgetp_project_set_origin(BudgetProject *project, const char *source, int64_t line,
                                const int columns[BUDGETP_PROJECT_N_CELLS]);

/* The same with @source a GRefString (g_ref_string_new()) that the
 * project shares: one copy of a file's name for all its projects. */
void budgetp_project_set_origin_shared(BudgetProject *project, char *source, int64_t line,
                                       const int columns[BUDGETP_PROJECT_N_CELLS]);

/* budget_project_new() with @name, @unit and @purpose (NULL or "" for
 * none) set in the same allocation as the project: what a reader of
 * projects.csv uses, one allocation a project instead of five. The
 * caller has checked that the @code_len bytes of @code are non-empty
 * UTF-8 without a NUL. */
BudgetProject *budgetp_project_new_read(const char *code, size_t code_len, const char *name, const char *unit,
                                        const char *purpose);

/* Fills @error (first error wins) with @code and the message, placed at
 * @cell of the project's row when it has an origin, else with no place. */
void budgetp_project_error(const BudgetProject *project, BudgetpProjectCell cell, BudgetError *error,
                           int code, const char *format, ...) G_GNUC_PRINTF(5, 6);

#endif /* BUDGET_PROJECT_PRIVATE_H */
