/* book: a department's projects (sorted by code), adjustments and indicator rows. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "book-private.h"
#include "guard-private.h"

static void code_index_free(BudgetpCodeIndex *index);

/* Entries are carved from blocks of this many (book->entry_blocks): one
 * allocation, and one free, for many projects. */
#define ENTRY_BLOCK 256

/* Releases what @entry holds; its block is freed with the book. */
static void entry_clear(BudgetpBookEntry *entry)
{
    budget_project_unref(entry->project);
    if (entry->adjustments != NULL)
        g_array_unref(entry->adjustments);
    if (entry->indicators != NULL)
        g_ptr_array_unref(entry->indicators);
}

/* A zeroed entry that never moves. */
static BudgetpBookEntry *entry_new(BudgetBook *book)
{
    BudgetpBookEntry *block;

    if (book->block_left == 0) {
        g_ptr_array_add(book->entry_blocks, g_new0(BudgetpBookEntry, ENTRY_BLOCK));
        book->block_left = ENTRY_BLOCK;
    }
    block = g_ptr_array_index(book->entry_blocks, book->entry_blocks->len - 1);
    return &block[ENTRY_BLOCK - book->block_left--];
}

static void adjustment_clear(gpointer data)
{
    BudgetpBookAdjustment *adj = data;

    g_free(adj->reason);
}

BudgetBook *budget_book_new(void)
{
    BudgetBook *book = g_new0(BudgetBook, 1);

    book->ref_count = 1;
    book->by_code = g_hash_table_new(g_str_hash, g_str_equal);
    book->cache = g_new0(BudgetpBookCache, 1);
    g_mutex_init(&book->cache->lock);
    book->cache->sorted = 1;
    book->cache->by_code = g_ptr_array_new(); /* entries are cleared block by block */
    book->entry_blocks = g_ptr_array_new_with_free_func(g_free);
    book->adjustments = g_array_new(FALSE, FALSE, sizeof(BudgetpBookAdjustment));
    g_array_set_clear_func(book->adjustments, adjustment_clear);
    book->indicators = g_ptr_array_new_with_free_func((GDestroyNotify)budget_indicator_unref);
    book->sources = g_string_chunk_new(256);
    return book;
}

BudgetBook *budget_book_ref(BudgetBook *book)
{
    g_return_val_if_fail(book != NULL, NULL);
    budgetp_guard_return_val_if_dead(&book->ref_count, "BudgetBook", NULL);
    g_atomic_int_inc(&book->ref_count);
    return book;
}

void budget_book_unref(BudgetBook *book)
{
    if (book == NULL)
        return;
    budgetp_guard_return_if_dead(&book->ref_count, "BudgetBook");
    if (!g_atomic_int_dec_and_test(&book->ref_count))
        return;
    g_ptr_array_unref(book->indicators);
    g_array_unref(book->adjustments);
    g_string_chunk_free(book->sources);
    g_hash_table_unref(book->by_code);
    if (book->rejected != NULL)
        g_hash_table_unref(book->rejected);
    /* In the order the entries (and mostly their projects) were allocated,
     * not in code order: the memory is walked forwards. */
    for (guint b = 0; b < book->entry_blocks->len; b++) {
        BudgetpBookEntry *block = g_ptr_array_index(book->entry_blocks, b);
        size_t used = b + 1 < book->entry_blocks->len ? ENTRY_BLOCK : ENTRY_BLOCK - book->block_left;

        for (size_t i = 0; i < used; i++)
            entry_clear(&block[i]);
    }
    g_ptr_array_unref(book->cache->by_code);
    g_ptr_array_unref(book->entry_blocks);
    if (book->cache->units != NULL)
        g_ptr_array_unref(book->cache->units);
    code_index_free(book->cache->code_index);
    g_mutex_clear(&book->cache->lock);
    g_free(book->cache);
    budgetp_guard_release(book, &book->ref_count);
}

/* An entry with the first 16 bytes of its code as two big-endian numbers
 * (a shorter code padded with zeros, as its NUL compares): comparing these
 * numbers orders codes as strcmp() does on those bytes, without following
 * pointers; codes such as 13022422P00TUN222200Q share their first 8. */
typedef struct {
    guint64 prefix[2];
    const char *code;
    BudgetpBookEntry *entry;
} SortKey;

static int compare_keys(const void *a, const void *b)
{
    const SortKey *ka = a, *kb = b;

    if (ka->prefix[0] != kb->prefix[0])
        return ka->prefix[0] < kb->prefix[0] ? -1 : 1;
    if (ka->prefix[1] != kb->prefix[1])
        return ka->prefix[1] < kb->prefix[1] ? -1 : 1;
    /* Equal prefixes: a code shorter than 16 bytes ended there, in both. */
    if ((ka->prefix[1] & 0xff) == 0)
        return 0;
    return strcmp(ka->code + 16, kb->code + 16);
}

/* Sorts @entries by code, as strcmp() orders codes. */
static void sort_entries(BudgetpBookEntry **entries, size_t n)
{
    SortKey *keys = g_new(SortKey, n);

    for (size_t i = 0; i < n; i++) {
        const char *code = entries[i]->project->code;
        guchar bytes[16] = {0};

        memcpy(bytes, code, strnlen(code, 16));
        keys[i].prefix[0] = keys[i].prefix[1] = 0;
        for (int b = 0; b < 16; b++)
            keys[i].prefix[b / 8] = keys[i].prefix[b / 8] << 8 | bytes[b];
        keys[i].code = code;
        keys[i].entry = entries[i];
    }
    qsort(keys, n, sizeof *keys, compare_keys);
    for (size_t i = 0; i < n; i++)
        entries[i] = keys[i].entry;
    g_free(keys);
}

/* Projects are appended and sorted on the first read that needs code order,
 * so loading n projects in any order costs O(n log n), not O(n²). Readers
 * may race here, hence the lock; writers never run with readers. */
BudgetpBookEntry *const *budgetp_book_entries(const BudgetBook *book, size_t *n)
{
    BudgetpBookCache *cache = book->cache;

    if (!g_atomic_int_get(&cache->sorted)) {
        budgetp_cache_lock(&cache->lock);
        if (!g_atomic_int_get(&cache->sorted)) {
            sort_entries((BudgetpBookEntry **)cache->by_code->pdata, cache->by_code->len);
            for (guint i = 0; i < cache->by_code->len; i++)
                ((BudgetpBookEntry *)g_ptr_array_index(cache->by_code, i))->index = i;
            g_atomic_int_set(&cache->sorted, 1);
        }
        budgetp_cache_unlock(&cache->lock);
    }
    *n = cache->by_code->len;
    return (BudgetpBookEntry *const *)cache->by_code->pdata;
}

BudgetpBookEntry *budgetp_book_lookup(const BudgetBook *book, const char *code)
{
    return g_hash_table_lookup(book->by_code, code);
}

/* ---- Code index: code (pointer + length) → position in code order ------ */

G_STATIC_ASSERT(sizeof(BudgetpCodeSlot) == 32);
G_STATIC_ASSERT(2 * sizeof(size_t) <= BUDGETP_INLINE_CODE);

static guint64 code_hash(const char *s, size_t len)
{
    return budgetp_book_code_hash(s, len);
}

static void code_index_free(BudgetpCodeIndex *index)
{
    if (index == NULL)
        return;
    free(index->slots);
    g_free(index->codes);
    g_free(index);
}

/* See book-private.h. */
void *budgetp_book_block_new(size_t size, size_t align, size_t huge_from, bool zero)
{
    void *p = NULL;
    size_t want = MAX(size, align);

#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (huge_from > 0 && want >= huge_from) {
        want = (want + BUDGETP_HUGE_PAGE - 1) & ~(BUDGETP_HUGE_PAGE - 1);
        align = BUDGETP_HUGE_PAGE;
    }
#else
    (void)huge_from;
#endif
    if (posix_memalign(&p, align, want) != 0)
        g_error("out of memory (%zu bytes of a book's or ledger's tables)", size);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (align == BUDGETP_HUGE_PAGE)
        (void)madvise(p, want, MADV_HUGEPAGE); /* only a hint */
#endif
    if (zero)
        memset(p, 0, size);
    return p;
}

/* @n zeroed slots on their own cache lines, freed with free(). A ledger
 * pass looks up one random code per row: an index of 1 MiB and more (from
 * about 20,000 projects) lies on a 2 MiB page where the system offers them
 * on request (Linux's transparent huge pages, "madvise" mode), so that the
 * lookups do not also miss the TLB. */
static BudgetpCodeSlot *slots_new(size_t n)
{
    return budgetp_book_block_new(n * sizeof(BudgetpCodeSlot), sizeof(BudgetpCodeSlot), BUDGETP_HUGE_PAGE / 2,
                                  true);
}

static BudgetpCodeIndex *code_index_build(BudgetpBookEntry *const *entries, size_t n)
{
    BudgetpCodeIndex *index = g_new0(BudgetpCodeIndex, 1);
    size_t n_slots = 16, total = 0;

    /* At most half full: a hit then reads 1.2 slots on average with linear
     * probing (1.8 at 3/4), and the slots of 20,000 codes still fill one
     * 2 MiB page. */
    while (n_slots < 2 * n)
        n_slots *= 2;
    index->mask = n_slots - 1;
    index->slots = slots_new(n_slots);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(entries[i]->project->code);

        if (len > BUDGETP_INLINE_CODE)
            total += len;
    }
    index->codes = g_malloc(total + 1);
    total = 0;
    for (size_t i = 0; i < n; i++) {
        const char *code = entries[i]->project->code;
        size_t len = strlen(code);
        guint64 h = code_hash(code, len);
        size_t slot = (size_t)h & index->mask;
        BudgetpCodeSlot *s;

        while (index->slots[slot].position != 0)
            slot = (slot + 1) & index->mask;
        s = &index->slots[slot];
        s->tag = (guint32)(h >> 32);
        s->position = (guint32)(i + 1);
        if (len <= BUDGETP_INLINE_CODE) {
            s->len = (guint8)len;
            memcpy(s->text, code, len);
        } else {
            s->len = BUDGETP_LONG_CODE;
            memcpy(s->text, &total, sizeof total);
            memcpy(s->text + sizeof total, &len, sizeof len);
            memcpy(index->codes + total, code, len);
            total += len;
        }
    }
    return index;
}

/* The book's code index, built on first use. */
static BudgetpCodeIndex *code_index(const BudgetBook *book)
{
    BudgetpBookCache *cache = book->cache;
    BudgetpCodeIndex *index = g_atomic_pointer_get(&cache->code_index);

    if (G_UNLIKELY(index == NULL)) {
        BudgetpBookEntry *const *entries;
        size_t n;

        entries = budgetp_book_entries(book, &n); /* code order first */
        budgetp_cache_lock(&cache->lock);
        index = cache->code_index;
        if (index == NULL) {
            index = code_index_build(entries, n);
            g_atomic_pointer_set(&cache->code_index, index);
        }
        budgetp_cache_unlock(&cache->lock);
    }
    return index;
}

const BudgetpCodeIndex *budgetp_book_code_index(const BudgetBook *book)
{
    return code_index(book);
}

ptrdiff_t budgetp_book_lookup_hashed(const BudgetBook *book, const char *code, size_t len, guint64 h)
{
    return budgetp_code_index_find(code_index(book), code, len, h);
}

ptrdiff_t budgetp_book_lookup_index(const BudgetBook *book, const char *code, size_t len)
{
    return budgetp_book_lookup_hashed(book, code, len, code_hash(code, len));
}

void budgetp_book_prefetch_code(const BudgetBook *book, guint64 hash)
{
    BudgetpCodeIndex *index = g_atomic_pointer_get(&book->cache->code_index);

    if (index != NULL)
        budgetp_code_index_prefetch(index, hash);
}

bool budget_book_add_project(BudgetBook *book, BudgetProject *project, BudgetError *error)
{
    BudgetpBookCache *cache;
    BudgetpBookEntry *entry;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(project != NULL, false, error);
    if (g_hash_table_contains(book->by_code, project->code)) {
        budgetp_error_set(error, BUDGET_ERROR_DUPLICATE_KEY, NULL, 0, 0, "code", "duplicate project code %s",
                          project->code);
        return false;
    }
    cache = book->cache;
    entry = entry_new(book);
    entry->project = budget_project_ref(project);
    entry->index = cache->by_code->len;
    /* Appending in code order (the usual file order) keeps the array sorted. */
    if (cache->sorted && cache->by_code->len > 0) {
        const BudgetpBookEntry *last = g_ptr_array_index(cache->by_code, cache->by_code->len - 1);

        if (strcmp(last->project->code, project->code) > 0)
            g_atomic_int_set(&cache->sorted, 0);
    }
    g_ptr_array_add(cache->by_code, entry);
    g_hash_table_insert(book->by_code, project->code, entry);
    /* Writers never run with readers, so no reader holds the old index. */
    code_index_free(cache->code_index);
    cache->code_index = NULL;
    return true;
}

size_t budget_book_get_n_projects(const BudgetBook *book)
{
    g_return_val_if_fail(book != NULL, 0);
    return book->cache->by_code->len;
}

BudgetProject *budget_book_get_project_nth(const BudgetBook *book, size_t index)
{
    BudgetpBookEntry *const *entries;
    size_t n;

    g_return_val_if_fail(book != NULL, NULL);
    entries = budgetp_book_entries(book, &n);
    return index < n ? entries[index]->project : NULL;
}

BudgetProject *budget_book_get_project(const BudgetBook *book, const char *code)
{
    BudgetpBookEntry *entry;

    g_return_val_if_fail(book != NULL, NULL);
    g_return_val_if_fail(code != NULL, NULL);
    entry = budgetp_book_lookup(book, code);
    return entry != NULL ? entry->project : NULL;
}

bool budget_book_get_project_index(const BudgetBook *book, const char *code, size_t *out_index)
{
    ptrdiff_t index;

    g_return_val_if_fail(book != NULL, false);
    g_return_val_if_fail(code != NULL, false);
    index = budgetp_book_lookup_index(book, code, strlen(code));
    if (index < 0)
        return false;
    if (out_index != NULL)
        *out_index = (size_t)index;
    return true;
}

int budget_book_get_year(const BudgetBook *book)
{
    BudgetpBookEntry *const *entries;
    int year = 0;
    size_t n;

    g_return_val_if_fail(book != NULL, 0);
    if (book->year != 0)
        return book->year;
    /* O(n) per call: a project's year may change after it was added. Going
     * through budgetp_book_entries() means no reader is sorting meanwhile. */
    entries = budgetp_book_entries(book, &n);
    for (size_t i = 0; i < n; i++)
        if (entries[i]->project->year > year)
            year = entries[i]->project->year;
    return year; /* 0: no year (budgetp_book_require_year() says so) */
}

bool budgetp_book_require_year(const BudgetBook *book, int *out_year, BudgetError *error)
{
    int year = budget_book_get_year(book);

    /* No default: a year guessed here would be wrong without a word in
     * every plan date, time progress and payment month. */
    if (year == 0) {
        budgetp_error_set(error, BUDGET_ERROR_INCONSISTENT, NULL, 0, 0, "year",
                          "the book has no year: set it with budget_book_set_year() "
                          "or give the projects a year (the year column of projects.csv)");
        return false;
    }
    *out_year = year;
    return true;
}

bool budget_book_set_year(BudgetBook *book, int year)
{
    g_return_val_if_fail(book != NULL, false);
    if (year < 0 || year > 9999)
        return false;
    book->year = year;
    return true;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sorted distinct units, rebuilt when projects were added or a unit
 * changed (serials only grow and projects are never removed, so the pair
 * (count, Σ serials) changes whenever the answer may have). */
static GPtrArray *units_locked(const BudgetBook *book)
{
    BudgetpBookCache *cache = book->cache;
    GPtrArray *all = cache->by_code;
    guint64 stamp = 0;
    const char **names;

    for (guint i = 0; i < all->len; i++)
        stamp += ((const BudgetpBookEntry *)g_ptr_array_index(all, i))->project->serial;
    if (cache->units != NULL && cache->units_n_projects == all->len && cache->units_stamp == stamp)
        return cache->units;
    if (cache->units != NULL)
        g_ptr_array_unref(cache->units);
    /* Sort borrowed pointers, then copy each distinct unit once. */
    names = g_new(const char *, all->len + 1);
    for (guint i = 0; i < all->len; i++)
        names[i] = budget_project_get_unit(((const BudgetpBookEntry *)g_ptr_array_index(all, i))->project);
    qsort(names, all->len, sizeof *names, compare_strings);
    cache->units = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < all->len; i++)
        if (i == 0 || strcmp(names[i - 1], names[i]) != 0)
            g_ptr_array_add(cache->units, g_strdup(names[i]));
    g_free(names);
    cache->units_n_projects = all->len;
    cache->units_stamp = stamp;
    return cache->units;
}

size_t budget_book_get_n_units(const BudgetBook *book)
{
    size_t n;

    g_return_val_if_fail(book != NULL, 0);
    budgetp_cache_lock(&book->cache->lock);
    n = units_locked(book)->len;
    budgetp_cache_unlock(&book->cache->lock);
    return n;
}

const char *budget_book_get_unit_nth(const BudgetBook *book, size_t index)
{
    const char *unit = NULL;
    GPtrArray *units;

    g_return_val_if_fail(book != NULL, NULL);
    budgetp_cache_lock(&book->cache->lock);
    units = units_locked(book);
    if (index < units->len)
        unit = g_ptr_array_index(units, index);
    budgetp_cache_unlock(&book->cache->lock);
    return unit;
}

bool budget_book_add_adjustment(BudgetBook *book, BudgetDate date, const char *code, BudgetFen amount,
                                const char *reason, BudgetError *error)
{
    BudgetpBookAdjustment adj;
    BudgetpBookEntry *entry;
    BudgetFen total;
    guint index;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(code != NULL, false, error);
    if (!budget_date_is_valid(date)) {
        budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, "date", "invalid date %d", (int)date);
        return false;
    }
    entry = budgetp_book_lookup(book, code);
    if (entry == NULL) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, "code", "unknown project code %s", code);
        return false;
    }
    if (!budgetp_fen_add(entry->adjustment_total, amount, &total)) {
        budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, "amount",
                          "project %s: the total of its adjustments would overflow", code);
        return false;
    }
    entry->adjustment_total = total;
    adj.date = date;
    adj.entry = entry;
    adj.amount = amount;
    adj.reason = g_strdup(reason != NULL ? reason : "");
    adj.source = NULL;
    adj.line = 0;
    adj.column = 0;
    index = book->adjustments->len;
    g_array_append_val(book->adjustments, adj);
    if (entry->adjustments == NULL)
        entry->adjustments = g_array_new(FALSE, FALSE, sizeof(guint));
    g_array_append_val(entry->adjustments, index);
    return true;
}

size_t budget_book_get_n_adjustments(const BudgetBook *book)
{
    g_return_val_if_fail(book != NULL, 0);
    return book->adjustments->len;
}

bool budget_book_get_adjustment_nth(const BudgetBook *book, size_t index, BudgetDate *date, const char **code,
                                    BudgetFen *amount, const char **reason)
{
    const BudgetpBookAdjustment *adj;

    g_return_val_if_fail(book != NULL, false);
    if (index >= book->adjustments->len)
        return false;
    adj = &g_array_index(book->adjustments, BudgetpBookAdjustment, index);
    if (date != NULL)
        *date = adj->date;
    if (code != NULL)
        *code = adj->entry->project->code;
    if (amount != NULL)
        *amount = adj->amount;
    if (reason != NULL)
        *reason = adj->reason;
    return true;
}

void budgetp_book_set_adjustment_origin(BudgetBook *book, size_t index, const char *source, int64_t line,
                                        int column)
{
    BudgetpBookAdjustment *adj;

    g_return_if_fail(index < book->adjustments->len);
    adj = &g_array_index(book->adjustments, BudgetpBookAdjustment, index);
    /* Interned: a file of a million adjustments stores its name once. */
    adj->source = g_string_chunk_insert_const(book->sources, source != NULL ? source : "");
    adj->line = line;
    adj->column = MAX(column, 0);
}

static bool fits(__int128 v)
{
    return v >= INT64_MIN && v <= INT64_MAX;
}

typedef struct {
    const BudgetpBookAdjustment *adj;
    guint index;
} DatedAdjustment;

static int compare_dated(const void *a, const void *b)
{
    const DatedAdjustment *x = a, *y = b;

    if (x->adj->date != y->adj->date)
        return x->adj->date < y->adj->date ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The adjustments of @entry dated on or before @as_of, by date (ties in the
 * order added); *n is their number. Free with g_free(). */
static DatedAdjustment *dated_adjustments(const BudgetBook *book, const BudgetpBookEntry *entry,
                                          BudgetDate as_of, size_t *n)
{
    DatedAdjustment *list;
    guint len = entry->adjustments != NULL ? entry->adjustments->len : 0;

    *n = 0;
    list = g_new(DatedAdjustment, len + 1);
    for (guint i = 0; i < len; i++) {
        guint index = g_array_index(entry->adjustments, guint, i);
        const BudgetpBookAdjustment *adj = &g_array_index(book->adjustments, BudgetpBookAdjustment, index);

        if (adj->date <= as_of) {
            list[*n].adj = adj;
            list[*n].index = index;
            (*n)++;
        }
    }
    qsort(list, *n, sizeof *list, compare_dated);
    return list;
}

/* Walks the adjusted budget of @entry date by date up to @as_of. The
 * adjusted budget exists only at the end of a date (an as-of date counts
 * every adjustment of that day), so the range is tested there. The culprit
 * of an adjusted budget that does not fit is the adjustment at which it
 * last went out of range: the last one of its date at which the running
 * total (in the order added) went from inside to outside. Stops at the
 * first date whose total does not fit when @stop_at_first, else runs to
 * @as_of; *culprit is then that of the total at the end. Returns whether
 * every date's total fit; *min and *max span those that did. */
static bool walk_adjusted(const BudgetBook *book, const BudgetpBookEntry *entry, BudgetDate as_of,
                          bool stop_at_first, const BudgetpBookAdjustment **culprit, __int128 *last,
                          BudgetFen *min, BudgetFen *max)
{
    size_t n;
    DatedAdjustment *list = dated_adjustments(book, entry, as_of, &n);
    __int128 total = entry->project->budget;
    bool all_fit = true, in_range = true;
    size_t i = 0;

    *culprit = NULL;
    *min = *max = entry->project->budget;
    while (i < n) {
        BudgetDate date = list[i].adj->date;
        const BudgetpBookAdjustment *left = NULL;
        bool step_in = in_range;

        for (; i < n && list[i].adj->date == date; i++) {
            total += list[i].adj->amount;
            if (step_in && !fits(total))
                left = list[i].adj;
            step_in = fits(total);
        }
        in_range = fits(total);
        if (!in_range) {
            /* Out at the end of the date: either it left during the date,
             * or it was already out and the old culprit stands. */
            if (left != NULL)
                *culprit = left;
            all_fit = false;
            if (stop_at_first)
                break;
        } else {
            *culprit = NULL;
            *min = MIN(*min, (BudgetFen)total);
            *max = MAX(*max, (BudgetFen)total);
        }
    }
    g_free(list);
    *last = total;
    return all_fit;
}

/* OVERFLOW at @culprit's row: its adjusted budget passed the int64 range. */
static void adjusted_overflow(const BudgetpBookEntry *entry, const BudgetpBookAdjustment *culprit,
                              __int128 total, BudgetError *error)
{
    char amount[32], limit[32], date[16];

    budget_money_format(total > 0 ? INT64_MAX : INT64_MIN, limit, sizeof limit);
    if (culprit == NULL) { /* cannot happen: the budget alone fits */
        budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, "amount",
                          "project %s: budget plus adjustments does not fit in 64 bits of fen",
                          entry->project->code);
        return;
    }
    budget_money_format(culprit->amount, amount, sizeof amount);
    budget_date_format(culprit->date, date, sizeof date);
    budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, culprit->source,
                      culprit->source != NULL ? culprit->line : 0,
                      culprit->source != NULL ? culprit->column : 0, "amount",
                      "project %s: the adjustment of %s on %s takes its adjusted budget %s %s, "
                      "the %s 64 bits of fen hold",
                      entry->project->code, amount, date, total > 0 ? "past" : "below", limit,
                      total > 0 ? "most" : "least");
}

bool budgetp_book_entry_adjusted(const BudgetBook *book, const BudgetpBookEntry *entry, BudgetDate as_of,
                                 BudgetFen *out, BudgetError *error)
{
    const BudgetpBookAdjustment *culprit;
    __int128 sum = entry->project->budget;
    BudgetFen min, max;

    if (entry->adjustments != NULL) {
        for (guint i = 0; i < entry->adjustments->len; i++) {
            const BudgetpBookAdjustment *adj = &g_array_index(book->adjustments, BudgetpBookAdjustment,
                                                              g_array_index(entry->adjustments, guint, i));

            if (adj->date <= as_of)
                sum += adj->amount; /* < 2^32 terms of < 2^63: no 128-bit overflow */
        }
    }
    if (G_LIKELY(fits(sum))) {
        *out = (BudgetFen)sum;
        return true;
    }
    if (error != NULL) {
        walk_adjusted(book, entry, as_of, false, &culprit, &sum, &min, &max);
        adjusted_overflow(entry, culprit, sum, error);
    }
    return false;
}

bool budgetp_book_entry_adjusted_range(const BudgetBook *book, const BudgetpBookEntry *entry, BudgetFen *min,
                                       BudgetFen *max, BudgetError *error)
{
    const BudgetpBookAdjustment *culprit;
    __int128 total;

    if (walk_adjusted(book, entry, G_MAXINT32, true, &culprit, &total, min, max))
        return true;
    adjusted_overflow(entry, culprit, total, error);
    return false;
}

bool budget_book_get_adjusted_budget(const BudgetBook *book, const char *code, BudgetDate as_of,
                                     BudgetFen *out, BudgetError *error)
{
    const BudgetpBookEntry *entry;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(code != NULL, false, error);
    budgetp_return_val_if_fail(out != NULL, false, error);
    entry = budgetp_book_lookup(book, code);
    if (entry == NULL) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, "code", "unknown project code %s", code);
        return false;
    }
    return budgetp_book_entry_adjusted(book, entry, as_of, out, error);
}

bool budget_book_add_indicator(BudgetBook *book, BudgetIndicator *indicator, BudgetError *error)
{
    BudgetpBookEntry *entry;
    const char *code;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(indicator != NULL, false, error);
    code = budget_indicator_get_code(indicator);
    entry = budgetp_book_lookup(book, code);
    if (entry == NULL) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, "code", "unknown project code %s", code);
        return false;
    }
    g_ptr_array_add(book->indicators, budget_indicator_ref(indicator));
    if (entry->indicators == NULL)
        entry->indicators = g_ptr_array_new();
    g_ptr_array_add(entry->indicators, indicator);
    return true;
}

size_t budget_book_get_n_indicators(const BudgetBook *book)
{
    g_return_val_if_fail(book != NULL, 0);
    return book->indicators->len;
}

BudgetIndicator *budget_book_get_indicator_nth(const BudgetBook *book, size_t index)
{
    g_return_val_if_fail(book != NULL, NULL);
    g_return_val_if_fail(index < book->indicators->len, NULL);
    return g_ptr_array_index(book->indicators, index);
}

size_t budget_book_get_project_n_indicators(const BudgetBook *book, const char *code)
{
    BudgetpBookEntry *entry;

    g_return_val_if_fail(book != NULL, 0);
    g_return_val_if_fail(code != NULL, 0);
    entry = budgetp_book_lookup(book, code);
    return entry != NULL && entry->indicators != NULL ? entry->indicators->len : 0;
}

BudgetIndicator *budget_book_get_project_indicator_nth(const BudgetBook *book, const char *code, size_t index)
{
    BudgetpBookEntry *entry;

    g_return_val_if_fail(book != NULL, NULL);
    g_return_val_if_fail(code != NULL, NULL);
    entry = budgetp_book_lookup(book, code);
    g_return_val_if_fail(entry != NULL && entry->indicators != NULL && index < entry->indicators->len, NULL);
    return g_ptr_array_index(entry->indicators, index);
}

void budgetp_book_note_rejected(BudgetBook *book, const char *code, int64_t line)
{
    gint64 *at;

    if (book->rejected == NULL)
        book->rejected = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (g_hash_table_contains(book->rejected, code))
        return; /* the first rejected row is the one to look at */
    at = g_new(gint64, 1);
    *at = line;
    g_hash_table_insert(book->rejected, g_strdup(code), at);
}

int64_t budgetp_book_rejected_line(const BudgetBook *book, const char *code, size_t len)
{
    char *key;
    const gint64 *at;

    if (book->rejected == NULL)
        return 0;
    key = g_strndup(code, len);
    at = g_hash_table_lookup(book->rejected, key);
    g_free(key);
    return at != NULL ? *at : 0;
}
