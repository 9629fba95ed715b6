/* Private layout of BudgetBook and the internal access the csv module, ledger and
 * monitor use. */
#ifndef BUDGET_BOOK_PRIVATE_H
#define BUDGET_BOOK_PRIVATE_H

#include <string.h>

#include "budget-private.h"
#include "indicator-private.h"
#include "project-private.h"

/* One project of a book. Entries live as long as the book and never move, so
 * a ledger may keep pointers to them. */
typedef struct BudgetpBookEntry {
    BudgetProject *project;     /* own reference; its code is the hash key */
    size_t index;               /* position in code order (valid once sorted) */
    GArray *adjustments;        /* guint indexes into book->adjustments; NULL if none */
    BudgetFen adjustment_total; /* Σ of all its adjustments (checked on add) */
    GPtrArray *indicators;      /* BudgetIndicator * (borrowed from book->indicators),
                                 * in the order added; NULL if none */
} BudgetpBookEntry;

typedef struct BudgetpBookAdjustment {
    BudgetDate date;
    BudgetpBookEntry *entry;
    BudgetFen amount;
    char *reason;       /* never NULL */
    const char *source; /* where it was read, in book->sources; NULL if not read from a file */
    int64_t line;
    int column; /* 1-based column of its amount; 0 if unknown */
} BudgetpBookAdjustment;

typedef struct BudgetpCodeIndex BudgetpCodeIndex;

/* State that const readers may build lazily (code order, unit list); guarded
 * by its mutex so that a book can be read from many threads. */
/* The cache lock. GMutex is a futex ThreadSanitizer does not see: under TSan
 * each lock and unlock also marks an acquire and a release on the mutex, so
 * that its critical sections are ordered for it and a report is a real race
 * (docs/threads.md). Elsewhere these are plain g_mutex_lock/unlock. */
#if defined(__SANITIZE_THREAD__)
#define BUDGETP_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define BUDGETP_TSAN 1
#endif
#endif
#ifdef BUDGETP_TSAN
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
#define budgetp_cache_lock(m) (g_mutex_lock(m), __tsan_acquire(m))
#define budgetp_cache_unlock(m) (__tsan_release(m), g_mutex_unlock(m))
#else
#define budgetp_cache_lock(m) g_mutex_lock(m)
#define budgetp_cache_unlock(m) g_mutex_unlock(m)
#endif

typedef struct BudgetpBookCache {
    GMutex lock;
    gint sorted;        /* atomic: by_code is in code order */
    GPtrArray *by_code; /* BudgetpBookEntry *, owned (frees entries) */
    GPtrArray *units;   /* char *, sorted distinct copies; NULL until asked */
    size_t units_n_projects;
    guint64 units_stamp;          /* Σ project serials when units was built */
    BudgetpCodeIndex *code_index; /* atomic; NULL until asked, dropped on add */
} BudgetpBookCache;

struct BudgetBook {
    gint ref_count;          /* atomic */
    int year;                /* 0 = derive from the projects */
    GHashTable *by_code;     /* const char *code → BudgetpBookEntry * (borrowed) */
    BudgetpBookCache *cache; /* pointer so const readers can lock it */
    GArray *adjustments;     /* BudgetpBookAdjustment, in the order added */
    GPtrArray *indicators;   /* BudgetIndicator * (own references), in the order added */
    GStringChunk *sources;   /* interned file names of adjustments */
    GHashTable *rejected;    /* code → line of its rejected projects.csv row; NULL if none */
    GPtrArray *entry_blocks; /* the blocks the entries live in (g_free each), the last one filling */
    size_t block_left;       /* entries still free at the end of the last block */
};

/* The entries in code order (sorts first if needed); thread-safe for readers.
 * Indexes stay valid until a project is added. */
BudgetpBookEntry *const *budgetp_book_entries(const BudgetBook *book, size_t *n);

/* The number of projects, without sorting or locking: a ledger compares it
 * with its snapshot to know that the book has not changed since. */
static inline size_t budgetp_book_n_entries(const BudgetBook *book)
{
    return book->cache->by_code->len;
}

/* The book's year into *@out_year, or INCONSISTENT when the book has none
 * (no year set and no project with one): for whatever needs a year. */
bool budgetp_book_require_year(const BudgetBook *book, int *out_year, BudgetError *error);

/* The entry for @code (NUL-terminated), NULL if unknown. O(1). */
BudgetpBookEntry *budgetp_book_lookup(const BudgetBook *book, const char *code);

/* Index in code order of the project whose code is the @len bytes at @code
 * (no NUL needed), or -1. For readers that hold a field as pointer+length.
 * O(1) without allocating once built (the first call after a project was
 * added builds it); thread-safe for readers. */
ptrdiff_t budgetp_book_lookup_index(const BudgetBook *book, const char *code, size_t len);
/* The same in two steps, for a reader that looks a row ahead: the hash of
 * the @len bytes at @code, a hint to fetch the cache line of the index
 * slot where a code of that hash starts its search (nothing if the index is
 * not built yet; it never changes anything), and the lookup with the hash
 * already computed (@hash must be budgetp_book_code_hash() of the same
 * bytes). */
static inline guint64 budgetp_book_code_hash(const char *code, size_t len)
{
    guint64 h = 0x9e3779b97f4a7c15u ^ len, w;

    for (; len >= 8; code += 8, len -= 8) {
        memcpy(&w, code, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        h ^= h >> 32;
    }
    if (len > 0) {
        /* the last 1..7 bytes as a word, zero above them: two overlapping
         * reads, whose shared bytes are the same (a memcpy() of a variable
         * length would go byte by byte through memory) */
        const guchar *c = (const guchar *)code;

        if (len >= 4) {
            guint32 lo, hi;

            memcpy(&lo, c, 4);
            memcpy(&hi, c + len - 4, 4);
            w = GUINT32_FROM_LE(lo) | (guint64)GUINT32_FROM_LE(hi) << (8 * (len - 4));
        } else {
            w = (guint64)c[0] | (guint64)c[len / 2] << (8 * (len / 2)) |
                (guint64)c[len - 1] << (8 * (len - 1));
        }
        h = (h ^ GUINT64_TO_LE(w)) * 0xff51afd7ed558ccdu;
    }
    h ^= h >> 29;
    h *= 0xc4ceb9fe1a85ec53u;
    return h ^ (h >> 32);
}
void budgetp_book_prefetch_code(const BudgetBook *book, guint64 hash);
ptrdiff_t budgetp_book_lookup_hashed(const BudgetBook *book, const char *code, size_t len, guint64 hash);

/* The code index itself, for a reader that looks up a code a row (the
 * ledger pass): built on first use, valid while no project is added.
 *
 * Open addressing with linear probing, at most half full. A slot holds a
 * 32-bit hash tag, the position + 1 (a book cannot hold 2^32 projects in
 * memory anyway) and the code itself when it is short (as codes are), else
 * where it is in a block of the longer codes. Slots are 32 bytes on 32-byte
 * boundaries, so a lookup touches one cache line and never a project. */
#define BUDGETP_INLINE_CODE 23
#define BUDGETP_LONG_CODE 255 /* len of a slot whose code is in the block */

typedef struct {
    guint32 tag;
    guint32 position;               /* + 1; 0 = empty */
    guint8 len;                     /* ≤ BUDGETP_INLINE_CODE, or BUDGETP_LONG_CODE */
    char text[BUDGETP_INLINE_CODE]; /* the code, or (BUDGETP_LONG_CODE) its start and length */
} BudgetpCodeSlot;

struct BudgetpCodeIndex {
    size_t mask; /* number of slots − 1 */
    BudgetpCodeSlot *slots;
    char *codes;
};

const BudgetpCodeIndex *budgetp_book_code_index(const BudgetBook *book);

/* @size bytes aligned to @align (a power of two, at least sizeof(void *)),
 * zeroed if @zero, freed with free(). A block of @huge_from bytes and more
 * (0: never) is rounded up to and aligned on 2 MiB pages, which the system
 * is asked for (Linux's transparent huge pages in "madvise" mode): for
 * tables read in random order, a row at a time (the code index, the
 * ledger's totals), whose lookups would otherwise also miss the TLB. */
#define BUDGETP_HUGE_PAGE ((size_t)2 << 20)
void *budgetp_book_block_new(size_t size, size_t align, size_t huge_from, bool zero);

/* Whether the @len bytes at @a and @b are equal; @len ≤ BUDGETP_INLINE_CODE,
 * so a word at a time. */
static inline bool budgetp_code_equal(const char *a, const char *b, size_t len)
{
    guint64 x, y;

    for (; len >= 8; a += 8, b += 8, len -= 8) {
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; len > 0; a++, b++, len--)
        if (*a != *b)
            return false;
    return true;
}

/* The position of the code at @code (@len bytes, @h its
 * budgetp_book_code_hash()) in @index, or -1. */
static inline ptrdiff_t budgetp_code_index_find(const BudgetpCodeIndex *index, const char *code, size_t len,
                                                guint64 h)
{
    guint32 tag = (guint32)(h >> 32);

    for (size_t slot = (size_t)h & index->mask; index->slots[slot].position != 0;
         slot = (slot + 1) & index->mask) {
        const BudgetpCodeSlot *s = &index->slots[slot];

        if (s->tag != tag)
            continue;
        if (s->len != BUDGETP_LONG_CODE) {
            if (s->len == len && budgetp_code_equal(s->text, code, len))
                return (ptrdiff_t)s->position - 1;
        } else {
            size_t start, known;

            memcpy(&start, s->text, sizeof start);
            memcpy(&known, s->text + sizeof start, sizeof known);
            if (known == len && memcmp(index->codes + start, code, len) == 0)
                return (ptrdiff_t)s->position - 1;
        }
    }
    return -1;
}

/* Fetches the cache line where the search for a code of hash @h starts. */
static inline void budgetp_code_index_prefetch(const BudgetpCodeIndex *index, guint64 h)
{
    __builtin_prefetch(&index->slots[(size_t)h & index->mask]);
}

/* A lenient load rejected the row of project @code at @line (of the file
 * that lists projects): the rows that refer to it are then told so, not
 * that the code is unknown. */
void budgetp_book_note_rejected(BudgetBook *book, const char *code, int64_t line);
/* The line noted for @code (@len bytes), or 0. */
int64_t budgetp_book_rejected_line(const BudgetBook *book, const char *code, size_t len);

/* Records where the @index-th adjustment was read: @source, the physical
 * @line of its record and the 1-based @column of its amount. */
void budgetp_book_set_adjustment_origin(BudgetBook *book, size_t index, const char *source, int64_t line,
                                        int column);

/* budget + Σ adjustments of @entry dated on or before @as_of, exactly: the
 * sum is taken in 128 bits, so neither the order in which adjustments were
 * added nor a partial sum matters, only whether the result fits. On
 * overflow returns false and, if @error is not NULL, fills it (OVERFLOW) at
 * the adjustment that took the total out of range (see adjusted_culprit()
 * in book.c). */
bool budgetp_book_entry_adjusted(const BudgetBook *book, const BudgetpBookEntry *entry, BudgetDate as_of,
                                 BudgetFen *out, BudgetError *error);

/* The smallest and largest adjusted budget of @entry over every as-of date
 * (the budget before any adjustment included). Returns false if some as-of
 * date gives one that does not fit, with @error (nullable) filled as
 * budgetp_book_entry_adjusted() would at the first such date; *min and *max
 * then cover only the dates that fit. */
bool budgetp_book_entry_adjusted_range(const BudgetBook *book, const BudgetpBookEntry *entry, BudgetFen *min,
                                       BudgetFen *max, BudgetError *error);

#endif /* BUDGET_BOOK_PRIVATE_H */
