/* csv-write: the files of DESIGN.md "Data formats" written back, so that
 * export then import gives back the same data to the fen. */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "book-private.h"
#include "csv-private.h"
#include "export-private.h"
#include "indicator-private.h"
#include "project-private.h"

/* ---- Writers ---------------------------------------------------------- */

/* The one CSV quoting rule (export.c). */
static void append_cell(GString *s, const char *v)
{
    budgetp_export_csv_field(s, v);
}

static void append_sep(GString *s, const char *v)
{
    g_string_append_c(s, ',');
    append_cell(s, v);
}

static void append_money(GString *s, BudgetFen v)
{
    char buf[32];
    budget_money_format(v, buf, sizeof buf);
    g_string_append_c(s, ',');
    g_string_append(s, buf);
}

/* Micro-percent as the shortest exact decimal: 25000000 → "25", 33333000 → "33.333". */
static void append_micropct(GString *s, int64_t v)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint64_t frac = u % 1000000;

    if (v < 0)
        g_string_append_c(s, '-');
    g_string_append_printf(s, "%" PRIu64, u / 1000000);
    if (frac != 0) {
        char buf[8];
        int n = 6;
        g_snprintf(buf, sizeof buf, "%06" PRIu64, frac);
        while (n > 0 && buf[n - 1] == '0')
            n--;
        buf[n] = '\0';
        g_string_append_c(s, '.');
        g_string_append(s, buf);
    }
}

static bool write_file(const char *path, GString *s, BudgetError *error)
{
    GError *gerr = NULL;

    /* A temporary file beside @path, flushed to disk (fsync) and renamed over
     * it: a failure (a full disk, a size limit, no permission) leaves the old
     * file as it was. GLib before 2.66 fsyncs only when the file existed. */
#if GLIB_CHECK_VERSION(2, 66, 0)
    if (!g_file_set_contents_full(path, s->str, (gssize)s->len,
                                  G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0666,
                                  &gerr)) {
#else
    if (!g_file_set_contents(path, s->str, (gssize)s->len, &gerr)) {
#endif
        budgetp_error_set(error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot write: %s", gerr->message);
        g_error_free(gerr);
        g_string_free(s, TRUE);
        return false;
    }
    g_string_free(s, TRUE);
    return true;
}

/* GLib containers take non-const pointers; these only borrow the strings. */
static gpointer borrow(const char *p)
{
    union {
        const char *c;
        gpointer m;
    } u = {p};
    return u.m;
}

/* Adds @name to @names (a set kept in first-seen order) unless present;
 * @seen maps each name to its position in @names + 1. */
static void add_name(GPtrArray *names, GHashTable *seen, const char *name)
{
    if (!g_hash_table_contains(seen, name)) {
        g_hash_table_insert(seen, borrow(name), GUINT_TO_POINTER(names->len + 1));
        g_ptr_array_add(names, borrow(name));
    }
}

/* Puts @value in the slot of @name in @row (one per name of @seen), unless
 * an earlier field of the same name filled it: the getters return the first.
 * The projects writer fills rows this way so that wide files are not quadratic. */
static void put_value(GHashTable *seen, const char **row, const char *name, const char *value)
{
    guint at = GPOINTER_TO_UINT(g_hash_table_lookup(seen, name));

    if (at > 0 && row[at - 1] == NULL)
        row[at - 1] = value;
}

bool budget_csv_save_projects(const BudgetBook *book, const char *path, BudgetError *error)
{
    static const struct {
        const char *name;
        BudgetSource source;
    } funding[] = {{"fiscal", BUDGET_SOURCE_FISCAL},
                   {"other", BUDGET_SOURCE_OTHER},
                   {"carryover", BUDGET_SOURCE_CARRYOVER}};
    size_t n;
    bool months[13] = {false};
    GPtrArray *extras;
    GHashTable *seen;
    GString *s;
    const char **row;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    n = budget_book_get_n_projects(book);
    extras = g_ptr_array_new();
    seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < n; i++) {
        const BudgetProject *p = budget_book_get_project_nth(book, i);
        const BudgetPlan *plan = budget_project_get_plan(p);
        for (int m = 1; m <= 12 && plan != NULL; m++)
            if (budget_plan_has_month(plan, m, NULL) || budget_plan_is_blank(plan, m))
                months[m] = true;
        for (size_t k = 0; k < budget_project_get_n_extras(p); k++)
            add_name(extras, seen, budget_project_get_extra_nth(p, k, NULL));
    }

    row = g_new(const char *, extras->len + 1);
    s = g_string_new("code,name,unit,year,budget,fiscal,other,carryover,purpose,plan_form");
    for (int m = 1; m <= 12; m++)
        if (months[m])
            g_string_append_printf(s, ",plan_%02d", m);
    for (guint k = 0; k < extras->len; k++)
        append_sep(s, g_ptr_array_index(extras, k));
    g_string_append_c(s, '\n');

    for (size_t i = 0; i < n; i++) {
        const BudgetProject *p = budget_book_get_project_nth(book, i);
        const BudgetPlan *plan = budget_project_get_plan(p);
        int year = budget_project_get_year(p);

        append_cell(s, budget_project_get_code(p));
        append_sep(s, budget_project_get_name(p));
        append_sep(s, budget_project_get_unit(p));
        g_string_append_c(s, ',');
        if (year != 0)
            g_string_append_printf(s, "%d", year);
        append_money(s, budget_project_get_budget(p));
        for (size_t f = 0; f < G_N_ELEMENTS(funding); f++) {
            BudgetFen v;
            if (budget_project_get_funding(p, funding[f].source, &v))
                append_money(s, v);
            else
                g_string_append_c(s, ',');
        }
        append_sep(s, budget_project_get_purpose(p));
        /* The declared form, so that a plan reads back as written; a
         * project without a plan has an empty form and empty cells. */
        append_sep(s, plan != NULL ? budget_plan_form_to_string(budget_plan_get_form(plan)) : "");
        for (int m = 1; m <= 12; m++) {
            int64_t v;
            if (!months[m])
                continue;
            g_string_append_c(s, ',');
            if (plan != NULL && budget_plan_has_month(plan, m, &v))
                append_micropct(s, v);
        }
        memset(row, 0, sizeof *row * extras->len);
        for (size_t k = 0; k < budget_project_get_n_extras(p); k++) {
            const char *v = NULL;
            const char *name = budget_project_get_extra_nth(p, k, &v);
            put_value(seen, row, name, v);
        }
        for (guint k = 0; k < extras->len; k++)
            append_sep(s, row[k] != NULL ? row[k] : "");
        g_string_append_c(s, '\n');
    }
    g_free(row);
    g_ptr_array_free(extras, TRUE);
    g_hash_table_destroy(seen);
    return write_file(path, s, error);
}

bool budget_csv_save_adjustments(const BudgetBook *book, const char *path, BudgetError *error)
{
    GString *s;
    size_t n;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    s = g_string_new("date,code,amount,reason\n");
    n = budget_book_get_n_adjustments(book);
    for (size_t i = 0; i < n; i++) {
        BudgetDate date = 0;
        const char *code = "", *reason = "";
        BudgetFen amount = 0;
        char buf[16];

        budget_book_get_adjustment_nth(book, i, &date, &code, &amount, &reason);
        budget_date_format(date, buf, sizeof buf);
        g_string_append(s, buf);
        append_sep(s, code);
        append_money(s, amount);
        append_sep(s, reason != NULL ? reason : "");
        g_string_append_c(s, '\n');
    }
    return write_file(path, s, error);
}

bool budget_csv_save_indicators(const BudgetBook *book, const char *path, BudgetError *error)
{
    GPtrArray *extras;
    GHashTable *seen;
    GString *s;
    size_t n;
    const char **row;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    n = budget_book_get_n_indicators(book);
    extras = g_ptr_array_new();
    seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < n; i++) {
        const BudgetIndicator *ind = budget_book_get_indicator_nth(book, i);
        for (size_t k = 0; k < budget_indicator_get_n_extras(ind); k++)
            add_name(extras, seen, budget_indicator_get_extra_nth(ind, k, NULL));
    }
    s = g_string_new("code");
    for (int t = 0; t < BUDGETP_INDICATOR_N_TEXTS; t++)
        append_sep(s, budgetp_indicator_columns[t]);
    for (guint k = 0; k < extras->len; k++)
        append_sep(s, g_ptr_array_index(extras, k));
    g_string_append_c(s, '\n');
    row = g_new(const char *, extras->len + 1);
    for (size_t i = 0; i < n; i++) {
        const BudgetIndicator *ind = budget_book_get_indicator_nth(book, i);

        append_cell(s, budget_indicator_get_code(ind));
        append_sep(s, budget_indicator_get_level1(ind));
        append_sep(s, budget_indicator_get_level2(ind));
        append_sep(s, budget_indicator_get_level3(ind));
        append_sep(s, budget_indicator_get_description(ind));
        append_sep(s, budget_indicator_get_target(ind));
        append_sep(s, budget_indicator_get_basis(ind));
        append_sep(s, budget_indicator_get_weight_text(ind));
        append_sep(s, budget_indicator_get_actual(ind));
        memset(row, 0, sizeof *row * extras->len);
        for (size_t k = 0; k < budget_indicator_get_n_extras(ind); k++) {
            const char *v = NULL;
            const char *name = budget_indicator_get_extra_nth(ind, k, &v);
            put_value(seen, row, name, v);
        }
        for (guint k = 0; k < extras->len; k++)
            append_sep(s, row[k] != NULL ? row[k] : "");
        g_string_append_c(s, '\n');
    }
    g_free(row);
    g_ptr_array_free(extras, TRUE);
    g_hash_table_destroy(seen);
    return write_file(path, s, error);
}

bool budget_csv_save_transactions(const char *path, const BudgetTransaction *transactions, size_t n,
                                  BudgetError *error)
{
    GString *s;
    size_t n_extras;

    budget_error_clear(error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    budgetp_return_val_if_fail(transactions != NULL || n == 0, false, error);
    for (size_t i = 0; i < n; i++) {
        const BudgetTransaction *t = &transactions[i];
        if (t->code == NULL || t->code[0] == '\0' ||
            budget_source_to_string((BudgetSource)t->source) == NULL || !budget_date_is_valid(t->date) ||
            (t->n_extras > 0 && (t->extra_names == NULL || t->extra_values == NULL))) {
            budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                              "transaction %zu has no code, an invalid date or source, or NULL extras", i);
            return false;
        }
    }
    n_extras = n > 0 ? transactions[0].n_extras : 0;
    s = g_string_new("date,code,amount,source,voucher,memo");
    for (size_t k = 0; k < n_extras; k++)
        append_sep(s, transactions[0].extra_names[k] != NULL ? transactions[0].extra_names[k] : "");
    g_string_append_c(s, '\n');
    for (size_t i = 0; i < n; i++) {
        const BudgetTransaction *t = &transactions[i];
        const char *source = budget_source_to_string((BudgetSource)t->source);
        char buf[16];

        budget_date_format(t->date, buf, sizeof buf);
        g_string_append(s, buf);
        append_sep(s, t->code);
        append_money(s, t->amount);
        append_sep(s, source);
        append_sep(s, t->voucher != NULL ? t->voucher : "");
        append_sep(s, t->memo != NULL ? t->memo : "");
        /* Extras by the first row's names, so rows may list them in any order. */
        for (size_t k = 0; k < n_extras; k++) {
            const char *v = "";
            for (size_t j = 0; j < t->n_extras; j++) {
                if (t->extra_names[j] != NULL && transactions[0].extra_names[k] != NULL &&
                    strcmp(t->extra_names[j], transactions[0].extra_names[k]) == 0) {
                    v = t->extra_values[j] != NULL ? t->extra_values[j] : "";
                    break;
                }
            }
            append_sep(s, v);
        }
        g_string_append_c(s, '\n');
    }
    return write_file(path, s, error);
}
