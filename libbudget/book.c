/* book: a department's projects (sorted by code), adjustments and indicator rows. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "book-private.h"

#define DEFAULT_YEAR 2024

static void entry_free(gpointer data)
{
    BudgetpBookEntry *entry = data;

    budget_project_unref(entry->project);
    if (entry->adjustments != NULL)
        g_array_unref(entry->adjustments);
    g_free(entry);
}

static void adjustment_clear(gpointer data)
{
    BudgetpBookAdjustment *adj = data;

    g_free(adj->reason);
}

static void indicator_clear(gpointer data)
{
    BudgetpBookIndicator *ind = data;

    for (size_t i = 0; i < ind->n_fields; i++) {
        g_free(ind->names[i]);
        g_free(ind->values[i]);
    }
    g_free(ind->names);
    g_free(ind->values);
}

BudgetBook *budget_book_new(void)
{
    BudgetBook *book = g_new0(BudgetBook, 1);

    book->ref_count = 1;
    book->by_code = g_hash_table_new(g_str_hash, g_str_equal);
    book->cache = g_new0(BudgetpBookCache, 1);
    g_mutex_init(&book->cache->lock);
    book->cache->sorted = 1;
    book->cache->by_code = g_ptr_array_new_with_free_func(entry_free);
    book->adjustments = g_array_new(FALSE, FALSE, sizeof(BudgetpBookAdjustment));
    g_array_set_clear_func(book->adjustments, adjustment_clear);
    book->indicators = g_array_new(FALSE, FALSE, sizeof(BudgetpBookIndicator));
    g_array_set_clear_func(book->indicators, indicator_clear);
    return book;
}

BudgetBook *budget_book_ref(BudgetBook *book)
{
    g_return_val_if_fail(book != NULL, NULL);
    g_atomic_int_inc(&book->ref_count);
    return book;
}

void budget_book_unref(BudgetBook *book)
{
    if (book == NULL || !g_atomic_int_dec_and_test(&book->ref_count))
        return;
    g_array_unref(book->indicators);
    g_array_unref(book->adjustments);
    g_hash_table_unref(book->by_code);
    g_ptr_array_unref(book->cache->by_code);
    if (book->cache->units != NULL)
        g_ptr_array_unref(book->cache->units);
    g_mutex_clear(&book->cache->lock);
    g_free(book->cache);
    g_free(book);
}

static int compare_entries(const void *a, const void *b)
{
    const BudgetpBookEntry *ea = *(BudgetpBookEntry *const *)a;
    const BudgetpBookEntry *eb = *(BudgetpBookEntry *const *)b;

    return strcmp(ea->project->code, eb->project->code);
}

/* Projects are appended and sorted on the first read that needs code order,
 * so loading n projects in any order costs O(n log n), not O(n²). Readers
 * may race here, hence the lock; writers never run with readers. */
BudgetpBookEntry *const *budgetp_book_entries(const BudgetBook *book, size_t *n)
{
    BudgetpBookCache *cache = book->cache;

    if (!g_atomic_int_get(&cache->sorted)) {
        g_mutex_lock(&cache->lock);
        if (!g_atomic_int_get(&cache->sorted)) {
            g_ptr_array_sort(cache->by_code, compare_entries);
            for (guint i = 0; i < cache->by_code->len; i++)
                ((BudgetpBookEntry *)g_ptr_array_index(cache->by_code, i))->index = i;
            g_atomic_int_set(&cache->sorted, 1);
        }
        g_mutex_unlock(&cache->lock);
    }
    *n = cache->by_code->len;
    return (BudgetpBookEntry *const *)cache->by_code->pdata;
}

BudgetpBookEntry *budgetp_book_lookup(const BudgetBook *book, const char *code)
{
    return g_hash_table_lookup(book->by_code, code);
}

ptrdiff_t budgetp_book_lookup_index(const BudgetBook *book, const char *code, size_t len)
{
    char stack[128];
    char *key = len < sizeof stack ? stack : g_malloc(len + 1);
    BudgetpBookEntry *entry;
    size_t n;

    memcpy(key, code, len);
    key[len] = '\0';
    entry = budgetp_book_lookup(book, key);
    if (key != stack)
        g_free(key);
    if (entry == NULL)
        return -1;
    budgetp_book_entries(book, &n);
    return (ptrdiff_t)entry->index;
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
    entry = g_new0(BudgetpBookEntry, 1);
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

ptrdiff_t budget_book_get_project_index(const BudgetBook *book, const char *code)
{
    BudgetpBookEntry *entry;
    size_t n;

    g_return_val_if_fail(book != NULL, -1);
    g_return_val_if_fail(code != NULL, -1);
    entry = budgetp_book_lookup(book, code);
    if (entry == NULL)
        return -1;
    budgetp_book_entries(book, &n);
    return (ptrdiff_t)entry->index;
}

int budget_book_get_year(const BudgetBook *book)
{
    BudgetpBookEntry *const *entries;
    int year = 0;
    size_t n;

    g_return_val_if_fail(book != NULL, DEFAULT_YEAR);
    if (book->year != 0)
        return book->year;
    /* O(n) per call: a project's year may change after it was added. Going
     * through budgetp_book_entries() means no reader is sorting meanwhile. */
    entries = budgetp_book_entries(book, &n);
    for (size_t i = 0; i < n; i++)
        if (entries[i]->project->year > year)
            year = entries[i]->project->year;
    return year != 0 ? year : DEFAULT_YEAR;
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
    g_mutex_lock(&book->cache->lock);
    n = units_locked(book)->len;
    g_mutex_unlock(&book->cache->lock);
    return n;
}

const char *budget_book_get_unit_nth(const BudgetBook *book, size_t index)
{
    const char *unit = NULL;
    GPtrArray *units;

    g_return_val_if_fail(book != NULL, NULL);
    g_mutex_lock(&book->cache->lock);
    units = units_locked(book);
    if (index < units->len)
        unit = g_ptr_array_index(units, index);
    g_mutex_unlock(&book->cache->lock);
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

bool budgetp_book_entry_adjusted(const BudgetBook *book, const BudgetpBookEntry *entry, BudgetDate as_of,
                                 BudgetFen *out)
{
    BudgetFen sum = 0;

    if (entry->adjustments != NULL) {
        for (guint i = 0; i < entry->adjustments->len; i++) {
            const BudgetpBookAdjustment *adj = &g_array_index(book->adjustments, BudgetpBookAdjustment,
                                                              g_array_index(entry->adjustments, guint, i));

            if (adj->date <= as_of && !budgetp_fen_add(sum, adj->amount, &sum))
                return false;
        }
    }
    return budgetp_fen_add(entry->project->budget, sum, out);
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
    if (!budgetp_book_entry_adjusted(book, entry, as_of, out)) {
        budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, "amount",
                          "project %s: budget plus adjustments overflows", code);
        return false;
    }
    return true;
}

bool budget_book_add_indicator(BudgetBook *book, const char *code, size_t n_fields, const char *const *names,
                               const char *const *values, BudgetError *error)
{
    BudgetpBookIndicator ind;
    BudgetpBookEntry *entry;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(code != NULL, false, error);
    budgetp_return_val_if_fail(n_fields == 0 || (names != NULL && values != NULL), false, error);
    for (size_t i = 0; i < n_fields; i++) {
        if (names[i] == NULL || values[i] == NULL) {
            budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, (int)MIN(i + 1, G_MAXINT), NULL,
                              "indicator field %zu has a NULL name or value", i);
            return false;
        }
    }
    entry = budgetp_book_lookup(book, code);
    if (entry == NULL) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, "code", "unknown project code %s", code);
        return false;
    }
    ind.entry = entry;
    ind.n_fields = n_fields;
    ind.names = g_new(char *, n_fields + 1);
    ind.values = g_new(char *, n_fields + 1);
    for (size_t i = 0; i < n_fields; i++) {
        ind.names[i] = g_strdup(names[i]);
        ind.values[i] = g_strdup(values[i]);
    }
    g_array_append_val(book->indicators, ind);
    return true;
}

size_t budget_book_get_n_indicators(const BudgetBook *book)
{
    g_return_val_if_fail(book != NULL, 0);
    return book->indicators->len;
}

static const BudgetpBookIndicator *indicator_nth(const BudgetBook *book, size_t index)
{
    if (index >= book->indicators->len)
        return NULL;
    return &g_array_index(book->indicators, BudgetpBookIndicator, index);
}

const char *budget_book_get_indicator_field(const BudgetBook *book, size_t index, const char *name)
{
    const BudgetpBookIndicator *ind;

    g_return_val_if_fail(book != NULL, NULL);
    g_return_val_if_fail(name != NULL, NULL);
    ind = indicator_nth(book, index);
    if (ind == NULL)
        return NULL;
    if (strcmp(name, "code") == 0)
        return ind->entry->project->code;
    for (size_t i = 0; i < ind->n_fields; i++)
        if (strcmp(ind->names[i], name) == 0)
            return ind->values[i];
    return NULL;
}

size_t budget_book_get_indicator_n_fields(const BudgetBook *book, size_t index)
{
    const BudgetpBookIndicator *ind;

    g_return_val_if_fail(book != NULL, 0);
    ind = indicator_nth(book, index);
    return ind != NULL ? ind->n_fields : 0;
}

const char *budget_book_get_indicator_field_nth(const BudgetBook *book, size_t index, size_t field,
                                                const char **value)
{
    const BudgetpBookIndicator *ind;

    g_return_val_if_fail(book != NULL, NULL);
    ind = indicator_nth(book, index);
    if (ind == NULL || field >= ind->n_fields) {
        if (value != NULL)
            *value = NULL;
        return NULL;
    }
    if (value != NULL)
        *value = ind->values[field];
    return ind->names[field];
}
