/* error: the caller-allocated BudgetError record and diagnostics lists. */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "budget-private.h"

void budget_error_clear(BudgetError *error)
{
    /* Called on entry of every function that takes an error, so once per cell
     * when reading: empty the strings rather than memset all 480 bytes. */
    if (error == NULL)
        return;
    error->code = BUDGET_ERROR_OK;
    error->line = 0;
    error->end_line = 0;
    error->column = 0;
    memset(error->reserved, 0, sizeof error->reserved);
    error->offset = -1;
    error->source[0] = '\0';
    error->field[0] = '\0';
    error->message[0] = '\0';
}

static const char *const code_names[BUDGET_ERROR_N] = {
    "OK",        "INVALID_ARGUMENT", "IO",    "ENCODING",     "PARSE",   "MISSING_COLUMN", "DUPLICATE_KEY",
    "NOT_FOUND", "OVERFLOW",         "RANGE", "INCONSISTENT", "ABORTED", "UNSUPPORTED",
};

static const char *const code_texts[BUDGET_ERROR_N] = {
    "no error",           "invalid argument",  "input/output error",
    "bad text encoding",  "malformed input",   "required column missing",
    "duplicate key",      "not found",         "amount out of range (overflow)",
    "value out of range", "inconsistent data", "stopped by a callback",
    "not supported",
};

const char *budget_error_code_name(int code)
{
    if (code < 0 || (size_t)code >= G_N_ELEMENTS(code_names))
        return "UNKNOWN";
    return code_names[code];
}

bool budget_error_code_from_string(const char *text, BudgetErrorCode *out)
{
    int i;

    g_return_val_if_fail(text != NULL, false);
    i = budgetp_enum_lookup(code_names, BUDGET_ERROR_N, text);
    if (i < 0)
        return false;
    if (out != NULL)
        *out = (BudgetErrorCode)i;
    return true;
}

const char *budget_strerror(int code)
{
    if (code < 0 || (size_t)code >= G_N_ELEMENTS(code_texts))
        return "unknown error";
    return code_texts[code];
}

void budgetp_strlcpy_utf8(char *dst, const char *src, size_t size)
{
    size_t len;

    if (size == 0)
        return;
    if (src == NULL) {
        dst[0] = '\0';
        return;
    }
    len = strlen(src);
    if (len < size) {
        memcpy(dst, src, len + 1);
        return;
    }
    /* Too long: keep as many whole characters as fit before "...". */
    if (size < 4) {
        dst[0] = '\0';
        return;
    }
    len = size - 4;
    while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
        len--;
    memcpy(dst, src, len);
    memcpy(dst + len, "...", 4);
}

void budgetp_error_setv(BudgetError *error, int code, const char *source, int64_t line, int column,
                        const char *field, const char *format, va_list args)
{
    char *msg;

    if (error == NULL || error->code != BUDGET_ERROR_OK)
        return;
    budget_error_clear(error);
    error->code = code;
    error->line = line;
    error->column = column;
    budgetp_strlcpy_utf8(error->source, source, sizeof error->source);
    budgetp_strlcpy_utf8(error->field, field, sizeof error->field);
    msg = g_strdup_vprintf(format, args);
    budgetp_strlcpy_utf8(error->message, msg, sizeof error->message);
    g_free(msg);
}

void budgetp_error_set(BudgetError *error, int code, const char *source, int64_t line, int column,
                       const char *field, const char *format, ...)
{
    va_list args;

    va_start(args, format);
    budgetp_error_setv(error, code, source, line, column, field, format, args);
    va_end(args);
}

size_t budget_error_format(const BudgetError *error, char *buf, size_t size)
{
    GString *s;
    size_t len;

    if (error == NULL) {
        if (buf != NULL && size > 0)
            buf[0] = '\0';
        return 0;
    }
    s = g_string_new(NULL);
    if (error->source[0] != '\0') {
        g_string_append(s, error->source);
        if (error->line > 0) {
            g_string_append_printf(s, ":%" G_GINT64_FORMAT, error->line);
            if (error->end_line > error->line)
                g_string_append_printf(s, "-%" G_GINT64_FORMAT, error->end_line);
            if (error->column > 0)
                g_string_append_printf(s, ":%d", error->column);
        }
        g_string_append(s, ": ");
    }
    g_string_append(s, error->message[0] != '\0' ? error->message : budget_strerror(error->code));
    len = s->len;
    if (buf != NULL && size > 0) {
        size_t n = MIN(len, size - 1);
        memcpy(buf, s->str, n);
        buf[n] = '\0';
    }
    g_string_free(s, TRUE);
    return len;
}

void budget_free(void *ptr)
{
    g_free(ptr);
}

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

/* budget-glib.h */
#include "budget/budget-glib.h"

GQuark budget_error_quark(void)
{
    return g_quark_from_static_string("budget-error-quark");
}

GError *budget_error_to_gerror(const BudgetError *error)
{
    char buf[512];

    g_return_val_if_fail(error != NULL, NULL);
    budget_error_format(error, buf, sizeof buf);
    return g_error_new_literal(budget_error_quark(), error->code, buf);
}
