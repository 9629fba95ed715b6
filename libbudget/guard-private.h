/* guard: misuse guards for the refcounted book and ledger and the singly
 * owned report (docs/threads.md "Misuse"). Each keeps a count in its shell
 * (the refcount; 1 for a report) that its last release poisons before the
 * shell is freed, and every ref, unref and free checks that count first: a
 * second unref or free of the same object is a critical warning and does
 * nothing, instead of freeing twice and corrupting the heap.
 *
 * In a normal build the check reads a freed shell, which the allocator has
 * usually not reused yet: it catches the common double unref, but nothing
 * is guaranteed (ASan and valgrind in CI catch the rest). A debug build
 * (-DBUDGETP_DEBUG_GUARDS: libbudget-debug.la, which tests/test-misuse links)
 * keeps the last released shells poisoned but allocated, in a small
 * quarantine, so that a double unref or free of a recent object is always
 * caught, as defined behaviour. */
#ifndef BUDGET_GUARD_PRIVATE_H
#define BUDGET_GUARD_PRIVATE_H

#include "budget-private.h"

/* What a released object's count holds: negative, never a live count. */
#define BUDGETP_GUARD_POISON ((gint)-0x2153A000)

/* Whether @count (the object's refcount, or 1 for a live report) belongs to
 * a live object; if not, a critical naming @type and @func. */
gboolean budgetp_guard_alive(const gint *count, const char *type, const char *func);

/* Poisons @count and frees @shell (g_free), or quarantines it in a debug
 * build. Call last, after the object's members are released. */
void budgetp_guard_release(gpointer shell, gint *count);

#define budgetp_guard_return_if_dead(count, type)                                                            \
    G_STMT_START                                                                                             \
    {                                                                                                        \
        if (!budgetp_guard_alive((count), (type), G_STRFUNC))                                                \
            return;                                                                                          \
    }                                                                                                        \
    G_STMT_END

#define budgetp_guard_return_val_if_dead(count, type, val)                                                   \
    G_STMT_START                                                                                             \
    {                                                                                                        \
        if (!budgetp_guard_alive((count), (type), G_STRFUNC))                                                \
            return (val);                                                                                    \
    }                                                                                                        \
    G_STMT_END

/* The same for a function that takes a BudgetError: one critical, and
 * INVALID_ARGUMENT. */
#define budgetp_guard_return_val_if_dead_error(count, type, val, error)                                      \
    G_STMT_START                                                                                             \
    {                                                                                                        \
        if (!budgetp_guard_alive((count), (type), G_STRFUNC)) {                                              \
            budgetp_error_set((error), BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,                      \
                              "invalid argument: the %s was already released", (type));                      \
            return (val);                                                                                    \
        }                                                                                                    \
    }                                                                                                        \
    G_STMT_END

#endif /* BUDGET_GUARD_PRIVATE_H */
