/* Internal helpers shared by the modules of libbudget (never installed). */
#ifndef BUDGET_PRIVATE_H
#define BUDGET_PRIVATE_H

#ifndef BUDGET_COMPILATION
#error "budget-private.h is internal to libbudget"
#endif

#include <glib.h>
#include "budget.h"

/* Fills @error (if not NULL and not already set: the first error wins). */
void budgetp_error_set(BudgetError *error, int code, const char *source, int64_t line, int column,
                       const char *field, const char *format, ...) G_GNUC_PRINTF(7, 8);
/* Same, with a va_list. */
void budgetp_error_setv(BudgetError *error, int code, const char *source, int64_t line, int column,
                        const char *field, const char *format, va_list args) G_GNUC_PRINTF(7, 0);

/* The index of the name in @names (@n entries, NULL ones skipped) that
 * @text equals in any ASCII case, or -1: the one lookup of every enum's
 * _from_string() (types.c). */
int budgetp_enum_lookup(const char *const *names, int n, const char *text);

/* Defines prefix_to_string() and prefix_from_string() for an enumeration
 * over @table, its names sized by the public count @N. A value outside the
 * enumeration is a caller error (a critical warning and NULL); an unknown
 * name is not (false without a warning: the text often comes from a user). */
#define BUDGETP_DEFINE_ENUM_NAMES(prefix, Type, arg, N, table)                                               \
    const char *prefix##_to_string(Type arg)                                                                 \
    {                                                                                                        \
        g_return_val_if_fail((unsigned)arg < (N), NULL);                                                     \
        return table[arg];                                                                                   \
    }                                                                                                        \
                                                                                                             \
    bool prefix##_from_string(const char *text, Type *out)                                                   \
    {                                                                                                        \
        int i_;                                                                                              \
                                                                                                             \
        g_return_val_if_fail(text != NULL, false);                                                           \
        i_ = budgetp_enum_lookup(table, (N), text);                                                          \
        if (i_ < 0)                                                                                          \
            return false;                                                                                    \
        if (out != NULL)                                                                                     \
            *out = (Type)i_;                                                                                 \
        return true;                                                                                         \
    }

/* Copies @src into the fixed buffer @dst of @size bytes, cutting at a UTF-8
 * character boundary and ending with "..." when it does not fit. */
void budgetp_strlcpy_utf8(char *dst, const char *src, size_t size);

/* Time elapsed in @year at @as_of (a valid date) by @method: days (the
 * as-of day counted) of the days in the year, or whole months of 12; 0
 * before the year, all of it after. The one rule behind
 * budget_date_time_progress_bp() and the monitor's run-rate projection. */
void budgetp_date_elapsed(int year, BudgetDate as_of, BudgetTimeMethod method, int *elapsed, int *total);

/* @value hundredths as budget_money_format() and budget_money_rate_format()
 * write them ("-"?whole"."cc) into @out (at least 22 bytes), with a NUL;
 * returns the length. No checks, no copy: for writers of many cells. */
size_t budgetp_hundredths_format(int64_t value, char *out);

/* Checked fen arithmetic (false on overflow; *out untouched). */
static inline bool budgetp_fen_add(BudgetFen a, BudgetFen b, BudgetFen *out)
{
    BudgetFen r;
    if (__builtin_add_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

static inline bool budgetp_fen_sub(BudgetFen a, BudgetFen b, BudgetFen *out)
{
    BudgetFen r;
    if (__builtin_sub_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

/* n / d rounded half away from zero, d > 0, in 128-bit arithmetic. */
static inline __int128 budgetp_div_round(__int128 n, __int128 d)
{
    __int128 q = n / d, r = n % d;
    if (r < 0)
        r = -r;
    if (2 * r >= d)
        q += (n < 0) ? -1 : 1;
    return q;
}

/* Caller misuse: warn like g_return_val_if_fail and report INVALID_ARGUMENT. */
#define budgetp_return_val_if_fail(expr, val, error)                                                         \
    G_STMT_START                                                                                             \
    {                                                                                                        \
        if (G_UNLIKELY(!(expr))) {                                                                           \
            g_return_if_fail_warning(G_LOG_DOMAIN, G_STRFUNC, #expr);                                        \
            budgetp_error_set((error), BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,                      \
                              "invalid argument: %s", #expr);                                                \
            return (val);                                                                                    \
        }                                                                                                    \
    }                                                                                                        \
    G_STMT_END

/* Whether @diag has a callback that sees each entry as it comes (and may
 * stop the reading): such a list must be filled in reading order. */
bool budgetp_diagnostics_is_streaming(const BudgetDiagnostics *diag);

#endif /* BUDGET_PRIVATE_H */
