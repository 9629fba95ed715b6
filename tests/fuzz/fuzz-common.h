/* Shared checks for the libFuzzer harnesses (tests/fuzz/run.sh builds them).
 * A broken invariant aborts, which libFuzzer reports as a crash with the
 * input that caused it. */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include <budget.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);                     \
            abort();                                                                                         \
        }                                                                                                    \
    } while (0)

/* The contract of STYLE.md B3: the error is filled exactly when the call
 * fails, and its strings are NUL-terminated UTF-8. */
static inline void fuzz_check_error(const BudgetError *e, bool ok)
{
    FUZZ_CHECK(ok == (e->code == BUDGET_ERROR_OK));
    FUZZ_CHECK(memchr(e->source, '\0', sizeof e->source) != NULL);
    FUZZ_CHECK(memchr(e->field, '\0', sizeof e->field) != NULL);
    FUZZ_CHECK(memchr(e->message, '\0', sizeof e->message) != NULL);
    FUZZ_CHECK(g_utf8_validate(e->source, -1, NULL));
    FUZZ_CHECK(g_utf8_validate(e->field, -1, NULL));
    FUZZ_CHECK(g_utf8_validate(e->message, -1, NULL));
    if (!ok) {
        FUZZ_CHECK(e->message[0] != '\0');
        FUZZ_CHECK(budget_error_code_name(e->code) != NULL);
    }
}

/* Every diagnostic is a real problem with a message; returns the number of errors. */
static inline size_t fuzz_check_diag(const BudgetDiagnostics *diag)
{
    size_t n = budget_diagnostics_get_n(diag), errors = 0;

    for (size_t i = 0; i < n; i++) {
        bool warning = false;
        const BudgetError *e = budget_diagnostics_get(diag, i, &warning);
        FUZZ_CHECK(e != NULL);
        fuzz_check_error(e, false);
        FUZZ_CHECK(e->line >= 0 && e->column >= 0);
        if (!warning)
            errors++;
    }
    FUZZ_CHECK(errors == budget_diagnostics_get_n_errors(diag));
    return errors;
}

/* Quiet GLib's critical warnings: the harnesses only pass valid arguments,
 * so a critical is itself a bug; make it fatal. */
static inline void fuzz_init_glib(void)
{
    static bool done;
    if (!done) {
        done = true;
        g_log_set_always_fatal(G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
    }
}

#endif /* FUZZ_COMMON_H */
