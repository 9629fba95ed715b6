/* guard: the misuse guards of guard-private.h. */
#include "config.h"

#include "guard-private.h"

gboolean budgetp_guard_alive(const gint *count, const char *type, const char *func)
{
    gint c = __atomic_load_n(count, __ATOMIC_RELAXED); /* GCC and clang; const-correct */

    if (G_LIKELY(c > 0))
        return TRUE;
    g_critical("%s: %s %p is not alive (%s): unref or free after its last release?", func, type,
               (const void *)count, c == BUDGETP_GUARD_POISON ? "already released" : "bad reference count");
    return FALSE;
}

#ifdef BUDGETP_DEBUG_GUARDS
/* Debug builds only: the last QUARANTINE released shells stay allocated and
 * poisoned, so that a check on them reads defined memory. The one piece of
 * global state in the library, and only in this build. */
#define QUARANTINE 64
static GMutex quarantine_lock;
static gpointer quarantine[QUARANTINE];
static guint quarantine_next;

void budgetp_guard_release(gpointer shell, gint *count)
{
    gpointer old;

    g_atomic_int_set(count, BUDGETP_GUARD_POISON);
    g_mutex_lock(&quarantine_lock);
    old = quarantine[quarantine_next];
    quarantine[quarantine_next] = shell;
    quarantine_next = (quarantine_next + 1) % QUARANTINE;
    g_mutex_unlock(&quarantine_lock);
    g_free(old);
}
#else
void budgetp_guard_release(gpointer shell, gint *count)
{
    g_atomic_int_set(count, BUDGETP_GUARD_POISON);
    g_free(shell);
}
#endif
