/* diagnostics: the lists of problems lenient reading fills (budget-diagnostics.h). */
#include "config.h"

#include <string.h>

#include "budget-private.h"

/* Diagnostics: counts of everything added, a growable array of the entries
 * kept (at most max_kept of them), and an optional callback that sees every
 * entry as it comes. A streaming list keeps none, so a million problems cost
 * the callback's output and three counters, not 500 MB of BudgetError
 * copies. Kept entries are always the first ones added: index i of
 * budget_diagnostics_get() is the i-th entry added while i < kept->len. */
typedef struct {
    BudgetError error;
    bool is_warning;
} DiagEntry;

struct BudgetDiagnostics {
    GArray *entries; /* of DiagEntry, the kept ones */
    size_t n;        /* all entries added, kept or not */
    size_t n_errors;
    size_t max_kept;
    BudgetDiagnosticFunc func;
    void *user_data;
    BudgetDestroyNotify destroy;
    bool stopped;     /* func returned non-zero */
    bool in_callback; /* func is running: adding now would recurse */
};

BudgetDiagnostics *budget_diagnostics_new_full(BudgetDiagnosticFunc func, void *user_data,
                                               BudgetDestroyNotify destroy)
{
    BudgetDiagnostics *diag = g_new0(BudgetDiagnostics, 1);
    diag->entries = g_array_new(FALSE, FALSE, sizeof(DiagEntry));
    diag->max_kept = func != NULL ? 0 : SIZE_MAX;
    diag->func = func;
    diag->user_data = user_data;
    diag->destroy = destroy;
    return diag;
}

BudgetDiagnostics *budget_diagnostics_new(void)
{
    return budget_diagnostics_new_full(NULL, NULL, NULL);
}

void budget_diagnostics_free(BudgetDiagnostics *diag)
{
    if (diag == NULL)
        return;
    g_array_free(diag->entries, TRUE);
    if (diag->destroy != NULL)
        diag->destroy(diag->user_data);
    g_free(diag);
}

void budget_diagnostics_add(BudgetDiagnostics *diag, const BudgetError *entry, bool is_warning)
{
    g_return_if_fail(diag != NULL);
    g_return_if_fail(entry != NULL);
    g_return_if_fail(!diag->in_callback);
    /* Keep only while nothing has been dropped, so the kept entries stay the
     * first ones added even if the limit is raised later. */
    if (diag->entries->len < diag->max_kept && diag->entries->len == diag->n) {
        DiagEntry e;
        e.error = *entry;
        e.is_warning = is_warning;
        g_array_append_val(diag->entries, e);
    }
    diag->n++;
    if (!is_warning)
        diag->n_errors++;
    /* After a stop the callback is not called again: a binding that turned
     * an exception into the stop must not be re-entered before the reader
     * returns ABORTED and the exception is re-raised. */
    if (diag->func != NULL && !diag->stopped) {
        diag->in_callback = true;
        if (diag->func(entry, is_warning, diag->user_data) != 0)
            diag->stopped = true;
        diag->in_callback = false;
    }
}

bool budgetp_diagnostics_is_streaming(const BudgetDiagnostics *diag)
{
    return diag->func != NULL;
}

size_t budget_diagnostics_get_n(const BudgetDiagnostics *diag)
{
    g_return_val_if_fail(diag != NULL, 0);
    return diag->n;
}

size_t budget_diagnostics_get_n_errors(const BudgetDiagnostics *diag)
{
    g_return_val_if_fail(diag != NULL, 0);
    return diag->n_errors;
}

void budget_diagnostics_set_max_kept(BudgetDiagnostics *diag, size_t max_kept)
{
    g_return_if_fail(diag != NULL);
    g_return_if_fail(!diag->in_callback);
    diag->max_kept = max_kept;
    if (diag->entries->len > max_kept)
        g_array_set_size(diag->entries, (guint)max_kept);
}

size_t budget_diagnostics_get_n_dropped(const BudgetDiagnostics *diag)
{
    g_return_val_if_fail(diag != NULL, 0);
    return diag->n - diag->entries->len;
}

bool budget_diagnostics_is_stopped(const BudgetDiagnostics *diag)
{
    g_return_val_if_fail(diag != NULL, false);
    return diag->stopped;
}

const BudgetError *budget_diagnostics_get(const BudgetDiagnostics *diag, size_t index, bool *is_warning)
{
    const DiagEntry *e;

    g_return_val_if_fail(diag != NULL, NULL);
    if (index >= diag->entries->len)
        return NULL;
    e = &g_array_index(diag->entries, DiagEntry, index);
    if (is_warning != NULL)
        *is_warning = e->is_warning;
    return &e->error;
}

static gint compare_entries(gconstpointer a, gconstpointer b, gpointer user_data)
{
    const DiagEntry *x = a, *y = b;
    int c = strcmp(x->error.source, y->error.source);

    if (c != 0)
        return c;
    if (x->error.line != y->error.line)
        return x->error.line < y->error.line ? -1 : 1;
    if (x->error.column != y->error.column)
        return x->error.column < y->error.column ? -1 : 1;
    return 0;
}

void budget_diagnostics_sort(BudgetDiagnostics *diag)
{
    g_return_if_fail(diag != NULL);
    g_return_if_fail(!diag->in_callback);
    /* g_qsort_with_data is a stable merge sort (GLib >= 2.32): equal keys keep file order. */
    g_qsort_with_data(diag->entries->data, (gint)diag->entries->len, sizeof(DiagEntry), compare_entries,
                      NULL);
}
