/* project: a project's identity, budget, funding split, plan and extra columns. */
#include "config.h"

#include <string.h>

#include "project-private.h"

BudgetProject *budget_project_new(const char *code, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(code != NULL, NULL, error);
    if (code[0] == '\0' || !g_utf8_validate(code, -1, NULL)) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, "code",
                          "a project code must be non-empty UTF-8");
        return NULL;
    }
    return budgetp_project_new_read(code, strlen(code), NULL, NULL, NULL);
}

/* Copies @s (@n bytes) to @dst with its NUL; returns the end of the copy. */
static char *put_string(char *dst, const char *s, size_t n, char **slot)
{
    memcpy(dst, s, n);
    dst[n] = '\0';
    *slot = dst;
    return dst + n + 1;
}

BudgetProject *budgetp_project_new_read(const char *code, size_t code_len, const char *name, const char *unit,
                                        const char *purpose)
{
    size_t n_name = name != NULL ? strlen(name) : 0, n_unit = unit != NULL ? strlen(unit) : 0;
    size_t n_purpose = purpose != NULL ? strlen(purpose) : 0;
    size_t size = sizeof(BudgetProject) + code_len + 1 + (n_name > 0 ? n_name + 1 : 0) +
                  (n_unit > 0 ? n_unit + 1 : 0) + (n_purpose > 0 ? n_purpose + 1 : 0);
    BudgetProject *project = g_malloc0(size);
    char *p = (char *)(project + 1);

    project->ref_count = 1;
    p = put_string(p, code, code_len, &project->code);
    if (n_name > 0)
        p = put_string(p, name, n_name, &project->name);
    if (n_unit > 0)
        p = put_string(p, unit, n_unit, &project->unit);
    if (n_purpose > 0)
        p = put_string(p, purpose, n_purpose, &project->purpose);
    project->block_end = p;
    return project;
}

/* Whether @s is a string of its own (not in @project's block). */
static bool own_string(const BudgetProject *project, const char *s)
{
    uintptr_t at = (uintptr_t)s;

    return s != NULL && (at < (uintptr_t)(project + 1) || at >= (uintptr_t)project->block_end);
}

BudgetProject *budget_project_ref(BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, NULL);
    g_atomic_int_inc(&project->ref_count);
    return project;
}

void budget_project_unref(BudgetProject *project)
{
    if (project == NULL || !g_atomic_int_dec_and_test(&project->ref_count))
        return;
    if (own_string(project, project->name))
        g_free(project->name);
    if (own_string(project, project->unit))
        g_free(project->unit);
    if (own_string(project, project->purpose))
        g_free(project->purpose);
    budget_plan_unref(project->plan);
    if (project->origin_source != NULL)
        g_ref_string_release(project->origin_source);
    if (project->extra_names != NULL) {
        g_ptr_array_unref(project->extra_names);
        g_ptr_array_unref(project->extra_values);
    }
    g_free(project);
}

const char *budget_project_get_code(const BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, NULL);
    return project->code;
}

/* Replaces a string field of @project; "" and NULL are both stored as NULL
 * (read back as ""). */
static void replace_string(BudgetProject *project, char **slot, const char *value)
{
    char *copy = (value != NULL && value[0] != '\0') ? g_strdup(value) : NULL;

    if (own_string(project, *slot))
        g_free(*slot);
    *slot = copy;
}

const char *budget_project_get_name(const BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, NULL);
    return project->name != NULL ? project->name : "";
}

void budget_project_set_name(BudgetProject *project, const char *name)
{
    g_return_if_fail(project != NULL);
    replace_string(project, &project->name, name);
}

const char *budget_project_get_unit(const BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, NULL);
    return project->unit != NULL ? project->unit : "";
}

void budget_project_set_unit(BudgetProject *project, const char *unit)
{
    g_return_if_fail(project != NULL);
    replace_string(project, &project->unit, unit);
    project->serial++;
}

const char *budget_project_get_purpose(const BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, NULL);
    return project->purpose != NULL ? project->purpose : "";
}

void budget_project_set_purpose(BudgetProject *project, const char *purpose)
{
    g_return_if_fail(project != NULL);
    replace_string(project, &project->purpose, purpose);
}

int budget_project_get_year(const BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, 0);
    return project->year;
}

bool budget_project_set_year(BudgetProject *project, int year)
{
    g_return_val_if_fail(project != NULL, false);
    if (year < 0 || year > 9999)
        return false;
    project->year = year;
    project->serial++;
    return true;
}

BudgetFen budget_project_get_budget(const BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, 0);
    return project->budget;
}

void budget_project_set_budget(BudgetProject *project, BudgetFen budget)
{
    g_return_if_fail(project != NULL);
    project->budget = budget;
}

bool budget_project_get_funding(const BudgetProject *project, BudgetSource source, BudgetFen *out)
{
    g_return_val_if_fail(project != NULL, false);
    g_return_val_if_fail((unsigned)source < BUDGET_SOURCE_N, false);
    if (!project->funding_given[source])
        return false;
    if (out != NULL)
        *out = project->funding[source];
    return true;
}

bool budget_project_set_funding(BudgetProject *project, BudgetSource source, BudgetFen amount)
{
    g_return_val_if_fail(project != NULL, false);
    g_return_val_if_fail((unsigned)source < BUDGET_SOURCE_N, false);
    project->funding[source] = amount;
    project->funding_given[source] = true;
    return true;
}

void budget_project_unset_funding(BudgetProject *project, BudgetSource source)
{
    g_return_if_fail(project != NULL);
    g_return_if_fail((unsigned)source < BUDGET_SOURCE_N);
    project->funding[source] = 0;
    project->funding_given[source] = false;
}

bool budget_project_check_funding(const BudgetProject *project, BudgetError *error)
{
    BudgetFen sum = 0;

    budget_error_clear(error);
    budgetp_return_val_if_fail(project != NULL, false, error);
    /* Fiscal and other must both be given; a blank is unknown, not zero. */
    if (!project->funding_given[BUDGET_SOURCE_FISCAL] || !project->funding_given[BUDGET_SOURCE_OTHER])
        return true;
    for (int s = 0; s < BUDGETP_N_SOURCES; s++) {
        if (project->funding_given[s] && !budgetp_fen_add(sum, project->funding[s], &sum)) {
            budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, "budget",
                              "project %s: the funding amounts overflow when added", project->code);
            return false;
        }
    }
    if (sum != project->budget) {
        char parts[32], total[32];

        budget_money_format(sum, parts, sizeof parts);
        budget_money_format(project->budget, total, sizeof total);
        budgetp_error_set(error, BUDGET_ERROR_INCONSISTENT, NULL, 0, 0, "budget",
                          "project %s: funding sources add up to %s, budget is %s", project->code, parts,
                          total);
        return false;
    }
    return true;
}

BudgetPlan *budget_project_get_plan(const BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, NULL);
    return project->plan;
}

void budget_project_set_plan(BudgetProject *project, BudgetPlan *plan)
{
    g_return_if_fail(project != NULL);
    if (plan != NULL)
        budget_plan_ref(plan);
    budget_plan_unref(project->plan);
    project->plan = plan;
}

static gssize find_extra(const BudgetProject *project, const char *column)
{
    if (project->extra_names == NULL)
        return -1;
    for (guint i = 0; i < project->extra_names->len; i++)
        if (strcmp(g_ptr_array_index(project->extra_names, i), column) == 0)
            return (gssize)i;
    return -1;
}

void budget_project_set_extra(BudgetProject *project, const char *column, const char *value)
{
    gssize i;

    g_return_if_fail(project != NULL);
    g_return_if_fail(column != NULL);
    i = find_extra(project, column);
    if (value == NULL) {
        if (i >= 0) {
            g_ptr_array_remove_index(project->extra_names, (guint)i);
            g_ptr_array_remove_index(project->extra_values, (guint)i);
        }
        return;
    }
    if (i >= 0) {
        char **slot = (char **)&g_ptr_array_index(project->extra_values, (guint)i);

        g_free(*slot);
        *slot = g_strdup(value);
        return;
    }
    if (project->extra_names == NULL) {
        project->extra_names = g_ptr_array_new_with_free_func(g_free);
        project->extra_values = g_ptr_array_new_with_free_func(g_free);
    }
    g_ptr_array_add(project->extra_names, g_strdup(column));
    g_ptr_array_add(project->extra_values, g_strdup(value));
}

void budgetp_project_append_extra(BudgetProject *project, const char *column, const char *value)
{
    if (project->extra_names == NULL) {
        project->extra_names = g_ptr_array_new_with_free_func(g_free);
        project->extra_values = g_ptr_array_new_with_free_func(g_free);
    }
    g_ptr_array_add(project->extra_names, g_strdup(column));
    g_ptr_array_add(project->extra_values, g_strdup(value));
}

const char *budget_project_get_extra(const BudgetProject *project, const char *column)
{
    gssize i;

    g_return_val_if_fail(project != NULL, NULL);
    g_return_val_if_fail(column != NULL, NULL);
    i = find_extra(project, column);
    return i >= 0 ? g_ptr_array_index(project->extra_values, (guint)i) : NULL;
}

size_t budget_project_get_n_extras(const BudgetProject *project)
{
    g_return_val_if_fail(project != NULL, 0);
    return project->extra_names != NULL ? project->extra_names->len : 0;
}

const char *budget_project_get_extra_nth(const BudgetProject *project, size_t index, const char **value)
{
    g_return_val_if_fail(project != NULL, NULL);
    if (index >= budget_project_get_n_extras(project)) {
        if (value != NULL)
            *value = NULL;
        return NULL;
    }
    if (value != NULL)
        *value = g_ptr_array_index(project->extra_values, index);
    return g_ptr_array_index(project->extra_names, index);
}

void budgetp_project_set_origin(BudgetProject *project, const char *source, int64_t line,
                                const int columns[BUDGETP_PROJECT_N_CELLS])
{
    char *shared = g_ref_string_new(source != NULL ? source : "");

    budgetp_project_set_origin_shared(project, shared, line, columns);
    g_ref_string_release(shared);
}

void budgetp_project_set_origin_shared(BudgetProject *project, char *source, int64_t line,
                                       const int columns[BUDGETP_PROJECT_N_CELLS])
{
    char *old = project->origin_source;

    project->origin_source = g_ref_string_acquire(source);
    if (old != NULL)
        g_ref_string_release(old);
    project->origin_line = line;
    for (int c = 0; c < BUDGETP_PROJECT_N_CELLS; c++)
        project->origin_column[c] = MAX(columns[c], 0);
}

void budgetp_project_error(const BudgetProject *project, BudgetpProjectCell cell, BudgetError *error,
                           int code, const char *format, ...)
{
    static const char *const fields[BUDGETP_PROJECT_N_CELLS] = {"code", "budget", "year"};
    const char *source = project->origin_source;
    va_list args;

    va_start(args, format);
    budgetp_error_setv(error, code, source, source != NULL ? project->origin_line : 0,
                       source != NULL ? project->origin_column[cell] : 0, fields[cell], format, args);
    va_end(args);
}
