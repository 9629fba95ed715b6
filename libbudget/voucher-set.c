/* voucher-set: duplicate voucher numbers in bounded memory, exactly.
 *
 * What it answers. For every row of transactions.csv that has a voucher
 * number (凭证号), whether an earlier row has exactly the same voucher text,
 * and if so the line of the first such row. validate warns on each repeat:
 * "voucher number "X" already used on line N".
 *
 * Why not a table of the strings. Keeping every voucher text (the 1.0 code,
 * a GHashTable of g_strdup'ed strings) costs about 100 bytes per row: a
 * ledger of ten million rows needed a gigabyte just to find that no voucher
 * repeats, which is the usual answer.
 *
 * Design: two passes over the file.
 *   Pass 1 (budgetp_voucher_set_add): each voucher is reduced to a 63-bit
 *   fingerprint (a seeded 64-bit hash of its bytes and length, top bit
 *   dropped) kept in an open-addressing table of 8-byte slots with linear
 *   probing. The slot's top bit marks a fingerprint added more than once: a
 *   candidate. Nothing else is kept, not even a line.
 *   If no fingerprint is a candidate (budgetp_voucher_set_has_candidates()
 *   is false), no voucher repeats and there is no pass 2: equal texts always
 *   have equal fingerprints, so a repeat always makes a candidate.
 *   Pass 2 (budgetp_voucher_set_confirm): the reader reads the file again and
 *   offers every voucher in the same order with its line. A voucher whose
 *   fingerprint is not a candidate is a first and only use: answer 0, keep
 *   nothing. For a candidate, the exact text is looked up in a second table
 *   holding the texts of candidates met so far with the line of their first
 *   use: found, answer that line (a true duplicate); not found, store the
 *   text with this line and answer 0.
 *
 * Exactness. A duplicate is reported only when two texts are byte for byte
 * equal (pass 2 compares the texts, never fingerprints), so a fingerprint
 * collision never produces a false duplicate: the two texts are merely both
 * kept in pass 2. A true duplicate is never missed: its fingerprint is a
 * candidate after pass 1, and in pass 2 its first use is stored before the
 * repeat is offered. The first line is exact because pass 2 sees the rows in
 * file order.
 *
 * Memory.
 *   Pass 1: 8 bytes per slot; the table doubles when it would pass 3/4 full,
 *   so after its first growth it is between 3/8 and 3/4 full: 10.7 to 21.3
 *   bytes per distinct voucher, 16 MiB (2^21 slots) for 1,000,000 distinct
 *   vouchers, whatever the number of rows. While it doubles, the old table
 *   lives beside the new one for a moment (at most 32 bytes per voucher).
 *   Pass 2 adds, per distinct voucher text that is a candidate (a voucher
 *   really used twice or more, or a rare collision, about n^2 / 2^64 for n
 *   vouchers: 5e-8 for a million), its text plus 24 bytes and a pointer slot
 *   (table at most half full). Rows that merely repeat a stored voucher add
 *   nothing. A file where every voucher is used twice thus costs about
 *   (8 + 24 + 2*8 + length) bytes per distinct voucher in pass 2.
 *   budgetp_voucher_set_memory() gives the exact figure for a set.
 *
 * Time: one hash and a short probe per row and pass; the second read of the
 * file happens only when a fingerprint repeats.
 *
 * The reader must offer the same vouchers in both passes (the same rows, the
 * same order). If the file changed between the passes, a voucher unknown to
 * pass 1 is treated as a first use: no false duplicate, but a duplicate that
 * appeared in between can be missed.
 */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "voucher-set-private.h"

#define CANDIDATE ((uint64_t)1 << 63)
#define MIN_SLOTS 1024

typedef struct {
    int64_t line;  /* first use */
    uint64_t hash; /* budgetp_voucher_hash of the text, to grow without rehashing */
    size_t len;
    char text[]; /* len bytes and a NUL */
} Exact;

struct BudgetpVoucherSet {
    BudgetpVoucherHashFunc hash;
    uint64_t *slots; /* 0 empty, else fingerprint | CANDIDATE when seen twice */
    size_t n_slots;  /* a power of 2 */
    size_t n_used;
    size_t n_candidates;
    bool confirming; /* pass 2 has begun */
    Exact **exact;   /* pass 2: candidate texts met so far; NULL = empty */
    size_t n_exact_slots;
    size_t n_exact;
    size_t exact_bytes; /* the Exact records */
};

/* A bijective 64-bit mixer (xor-shift, multiply by an odd constant, twice). */
static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 32;
    x *= UINT64_C(0xd6e8feb86659fd93);
    x ^= x >> 29;
    x *= UINT64_C(0x9e3779b97f4a7c15);
    x ^= x >> 32;
    return x;
}

/* Each 8-byte word is folded into the state through the bijective mixer, so
 * two texts of one length that differ anywhere give different states up to
 * that word and, heuristically, independent 64-bit results after it; the
 * length is folded in last, so a zero-padded tail cannot alias a longer
 * text. The words are read in host byte order: fingerprints live only in
 * memory, never in a file. */
uint64_t budgetp_voucher_hash(const char *text, size_t len)
{
    uint64_t h = UINT64_C(0x6a09e667f3bcc908); /* seed: a fixed constant */
    uint64_t w;
    size_t i = 0;

    for (; i + 8 <= len; i += 8) {
        memcpy(&w, text + i, 8);
        h = mix64(h ^ w);
    }
    if (i < len) {
        w = 0;
        memcpy(&w, text + i, len - i);
        h = mix64(h ^ w);
    }
    return mix64(h ^ (uint64_t)len);
}

BudgetpVoucherSet *budgetp_voucher_set_new_with_hash(BudgetpVoucherHashFunc hash)
{
    BudgetpVoucherSet *set = g_new0(BudgetpVoucherSet, 1);

    set->hash = hash != NULL ? hash : budgetp_voucher_hash;
    set->n_slots = MIN_SLOTS;
    set->slots = g_new0(uint64_t, set->n_slots);
    return set;
}

BudgetpVoucherSet *budgetp_voucher_set_new(void)
{
    return budgetp_voucher_set_new_with_hash(NULL);
}

void budgetp_voucher_set_free(BudgetpVoucherSet *set)
{
    if (set == NULL)
        return;
    for (size_t i = 0; i < set->n_exact_slots; i++)
        g_free(set->exact[i]);
    g_free(set->exact);
    g_free(set->slots);
    g_free(set);
}

/* The 63-bit fingerprint; never 0, which marks an empty slot. */
static uint64_t fingerprint(const BudgetpVoucherSet *set, const char *text, size_t len)
{
    uint64_t fp = set->hash(text, len) & ~CANDIDATE;
    return fp != 0 ? fp : 1;
}

/* The slot holding @fp, or the empty slot where it would go. */
static size_t find_slot(const uint64_t *slots, size_t n_slots, uint64_t fp)
{
    size_t mask = n_slots - 1;
    size_t i = (size_t)fp & mask;

    while (slots[i] != 0 && (slots[i] & ~CANDIDATE) != fp)
        i = (i + 1) & mask;
    return i;
}

static void grow_slots(BudgetpVoucherSet *set)
{
    size_t n_slots = set->n_slots * 2;
    uint64_t *slots = g_new0(uint64_t, n_slots);

    for (size_t i = 0; i < set->n_slots; i++)
        if (set->slots[i] != 0)
            slots[find_slot(slots, n_slots, set->slots[i] & ~CANDIDATE)] = set->slots[i];
    g_free(set->slots);
    set->slots = slots;
    set->n_slots = n_slots;
}

static size_t text_len(const char *text, size_t len)
{
    return len == (size_t)-1 ? strlen(text) : len;
}

void budgetp_voucher_set_add(BudgetpVoucherSet *set, const char *text, size_t len, int64_t line)
{
    uint64_t fp;
    size_t i;

    (void)line; /* pass 2 finds the first line again: nothing to keep here */
    g_return_if_fail(set != NULL);
    g_return_if_fail(text != NULL);
    g_return_if_fail(!set->confirming);
    len = text_len(text, len);
    fp = fingerprint(set, text, len);
    /* At most 3/4 full keeps linear probes short (about 8.5 slots for a
     * miss at the worst). */
    if ((set->n_used + 1) * 4 > set->n_slots * 3)
        grow_slots(set);
    i = find_slot(set->slots, set->n_slots, fp);
    if (set->slots[i] == 0) {
        set->slots[i] = fp;
        set->n_used++;
    } else if ((set->slots[i] & CANDIDATE) == 0) {
        set->slots[i] |= CANDIDATE;
        set->n_candidates++;
    }
}

bool budgetp_voucher_set_has_candidates(const BudgetpVoucherSet *set)
{
    g_return_val_if_fail(set != NULL, false);
    return set->n_candidates > 0;
}

/* The exact table: open addressing over budgetp_voucher_hash (never the
 * injected hash, so a test that forces fingerprint collisions still gets a
 * working table), at most half full. */
static size_t find_exact(Exact *const *exact, size_t n_slots, uint64_t hash, const char *text, size_t len)
{
    size_t mask = n_slots - 1;
    size_t i = (size_t)hash & mask;

    while (exact[i] != NULL &&
           !(exact[i]->hash == hash && exact[i]->len == len && memcmp(exact[i]->text, text, len) == 0))
        i = (i + 1) & mask;
    return i;
}

static void grow_exact(BudgetpVoucherSet *set)
{
    size_t n_slots = set->n_exact_slots != 0 ? set->n_exact_slots * 2 : 64;
    Exact **exact = g_new0(Exact *, n_slots);

    for (size_t i = 0; i < set->n_exact_slots; i++) {
        Exact *e = set->exact[i];
        if (e != NULL)
            exact[find_exact(exact, n_slots, e->hash, e->text, e->len)] = e;
    }
    g_free(set->exact);
    set->exact = exact;
    set->n_exact_slots = n_slots;
}

int64_t budgetp_voucher_set_confirm(BudgetpVoucherSet *set, const char *text, size_t len, int64_t line)
{
    uint64_t fp, hash;
    size_t i;
    Exact *e;

    g_return_val_if_fail(set != NULL, 0);
    g_return_val_if_fail(text != NULL, 0);
    set->confirming = true;
    len = text_len(text, len);
    fp = fingerprint(set, text, len);
    i = find_slot(set->slots, set->n_slots, fp);
    if ((set->slots[i] & CANDIDATE) == 0)
        return 0; /* seen once in pass 1 (or not at all): a first and only use */
    hash = budgetp_voucher_hash(text, len);
    if (set->n_exact_slots != 0) {
        i = find_exact(set->exact, set->n_exact_slots, hash, text, len);
        if (set->exact[i] != NULL)
            return set->exact[i]->line; /* exactly the same text: a duplicate */
    }
    if ((set->n_exact + 1) * 2 > set->n_exact_slots) {
        grow_exact(set);
        i = find_exact(set->exact, set->n_exact_slots, hash, text, len);
    }
    e = g_malloc(sizeof *e + len + 1);
    e->line = line;
    e->hash = hash;
    e->len = len;
    memcpy(e->text, text, len);
    e->text[len] = '\0';
    set->exact[i] = e;
    set->n_exact++;
    set->exact_bytes += sizeof *e + len + 1;
    return 0;
}

size_t budgetp_voucher_set_memory(const BudgetpVoucherSet *set)
{
    g_return_val_if_fail(set != NULL, 0);
    return sizeof *set + set->n_slots * sizeof *set->slots + set->n_exact_slots * sizeof *set->exact +
           set->exact_bytes;
}
