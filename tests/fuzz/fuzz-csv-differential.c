/* Differential fuzzing of the CSV reader: the bytes are read by the library
 * (transactions.csv, lenient, on the fast path and off it) and by an
 * independent model of the dialect written below, and any difference in the
 * records or in where an error is reported (line, end line, column) is a
 * crash. The model was written from DESIGN.md "Data formats" and budget-csv.h,
 * not from the reader, and it is a byte state machine rather than the nested
 * loops of tests/test-csv-read.c, so that the two models are not one mistake
 * made twice.
 *
 * The input is the body of a file whose header, "date,code,amount,x,y,z", the
 * harness writes: x, y and z are kept verbatim (unknown columns), so every
 * cell of a record the library accepts can be compared with the model.
 *
 * Built with -DBUDGETP_BREAK_QUOTE_RULE the reader lets a quoted field run on
 * after its closing quote (`"m"x`, libcsv's lax mode); tests/fuzz/selftest.sh
 * checks that this harness then finds it. */
#include "fuzz-common.h"
#include <inttypes.h>

#define HEADER "date,code,amount,x,y,z\n"
#define N_COLS 6

/* ---- The model ------------------------------------------------------------
 * Physical lines end with LF, CRLF or a lone CR. A record is a sequence of
 * fields separated by commas and ended by a line end or the end of the input.
 * A field that starts (after blanks: spaces and tabs, dropped) with a quote
 * is quoted: it holds every byte up to the next single quote, line ends
 * included, a doubled quote standing for one; after its closing quote only
 * blanks may come before the comma or line end, and anything else is an
 * error at that field: the record is rejected there (its end line is the
 * line of the offending byte) and reading goes on at the next line. Any other
 * field runs to the comma or line end, keeps quotes inside it and loses its
 * trailing blanks. A quoted field never closed rejects the line where its
 * record starts (end line = that line), and reading starts again on the line
 * after it. A record whose cells are all empty is a blank line: no record. */

typedef struct {
    int64_t line, end_line;
    int bad_col; /* 1-based field of the error, 0 for a good record */
    GPtrArray *cells;
} Rec;

typedef enum {
    AT_FIELD,
    IN_PLAIN,
    IN_QUOTED,
    QUOTE_SEEN,
    AFTER_QUOTE,
    SKIPPING
} State;

static void rec_free(gpointer p)
{
    Rec *r = p;
    g_ptr_array_free(r->cells, TRUE);
    g_free(r);
}

static bool blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Length of the line end at @s[@i], 0 if none. */
static size_t eol_len(const char *s, size_t n, size_t i)
{
    if (s[i] == '\n')
        return 1;
    if (s[i] == '\r')
        return i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
    return 0;
}

/* Offset of the first byte of line @target, counting from line 1 at 0. */
static size_t offset_of_line(const char *s, size_t n, int64_t target)
{
    int64_t line = 1;
    size_t i = 0;

    while (i < n && line < target) {
        size_t e = eol_len(s, n, i);
        if (e > 0) {
            line++;
            i += e;
        } else {
            i++;
        }
    }
    return i;
}

static void push_field(Rec *r, GString *f, bool trim)
{
    if (trim)
        while (f->len > 0 && blank(f->str[f->len - 1]))
            g_string_truncate(f, f->len - 1);
    g_ptr_array_add(r->cells, g_strndup(f->str, f->len));
    g_string_truncate(f, 0);
}

static void finish(GPtrArray *out, Rec *r)
{
    if (r->bad_col == 0) {
        bool all_empty = true;
        for (guint k = 0; k < r->cells->len && all_empty; k++)
            all_empty = ((const char *)g_ptr_array_index(r->cells, k))[0] == '\0';
        if (all_empty) {
            rec_free(r);
            return;
        }
    }
    g_ptr_array_add(out, r);
}

static GPtrArray *model(const char *s, size_t n)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(rec_free);
    GString *f = g_string_new(NULL);
    State st = AT_FIELD;
    Rec *r = NULL;
    int64_t line = 1;
    size_t i = 0;

    while (i < n) {
        size_t e = eol_len(s, n, i);
        char c = s[i];

        if (r == NULL) {
            r = g_new0(Rec, 1);
            r->cells = g_ptr_array_new_with_free_func(g_free);
            r->line = line;
            st = AT_FIELD;
        }
        switch (st) {
        case AT_FIELD:
        case IN_PLAIN:
            if (st == AT_FIELD && blank(c)) {
                i++;
            } else if (st == AT_FIELD && c == '"') {
                st = IN_QUOTED;
                i++;
            } else if (c == ',') {
                push_field(r, f, true);
                st = AT_FIELD;
                i++;
            } else if (e > 0) {
                push_field(r, f, true);
                r->end_line = line;
                finish(out, r);
                r = NULL;
                line++;
                i += e;
            } else {
                g_string_append_c(f, c);
                st = IN_PLAIN;
                i++;
            }
            break;
        case IN_QUOTED:
            if (c == '"') {
                st = QUOTE_SEEN;
                i++;
            } else if (e > 0) {
                g_string_append_len(f, s + i, (gssize)e);
                line++;
                i += e;
            } else {
                g_string_append_c(f, c);
                i++;
            }
            break;
        case QUOTE_SEEN:
        case AFTER_QUOTE:
            if (st == QUOTE_SEEN && c == '"') {
                g_string_append_c(f, '"');
                st = IN_QUOTED;
                i++;
            } else if (blank(c)) {
                st = AFTER_QUOTE;
                i++;
            } else if (c == ',') {
                push_field(r, f, false);
                st = AT_FIELD;
                i++;
            } else if (e > 0) {
                push_field(r, f, false);
                r->end_line = line;
                finish(out, r);
                r = NULL;
                line++;
                i += e;
            } else {
                r->bad_col = (int)r->cells->len + 1;
                r->end_line = line;
                g_string_truncate(f, 0);
                st = SKIPPING;
                i++;
            }
            break;
        case SKIPPING:
            if (e > 0) {
                finish(out, r);
                r = NULL;
                line++;
                i += e;
            } else {
                i++;
            }
            break;
        }
        if (i >= n && r != NULL && st == IN_QUOTED) {
            /* Never closed: the start line alone is rejected, and the
             * lines after it are read again. */
            r->bad_col = (int)r->cells->len + 1;
            g_ptr_array_set_size(r->cells, 0);
            r->end_line = r->line;
            g_string_truncate(f, 0);
            line = r->line + 1;
            i = offset_of_line(s, n, line);
            g_ptr_array_add(out, r);
            r = NULL;
        }
    }
    if (r != NULL) {
        if (st != SKIPPING)
            push_field(r, f, st == IN_PLAIN || st == AT_FIELD);
        if (r->end_line == 0)
            r->end_line = line;
        finish(out, r);
    }
    g_string_free(f, TRUE);
    return out;
}

/* ---- What the library read ------------------------------------------------ */

typedef struct {
    int64_t line;
    BudgetDate date;
    BudgetFen amount;
    char *code;
    size_t n_extras;
    char *extras[N_COLS];
} Row;

static void row_clear(gpointer p)
{
    Row *row = p;
    g_free(row->code);
    for (size_t k = 0; k < row->n_extras; k++)
        g_free(row->extras[k]);
}

static int on_row(const BudgetTransaction *t, void *user_data)
{
    GArray *rows = user_data;
    Row row = {t->line, t->date, t->amount, g_strdup(t->code), MIN(t->n_extras, N_COLS - 3), {NULL}};

    for (size_t k = 0; k < row.n_extras; k++)
        row.extras[k] = g_strdup(t->extra_values[k]);
    g_array_append_val(rows, row);
    return 0;
}

static const char *cell(const Rec *m, guint k)
{
    return k < m->cells->len ? g_ptr_array_index(m->cells, k) : "";
}

/* The library's row against the model's record: every cell. */
static int compare_row(const Row *row, const Rec *m)
{
    BudgetDate date = 0;
    BudgetFen amount = 0;
    int diffs = 0;

    /* Date and amount cells are compared through the public parsers where
     * those read them (a ledger also takes "5.000", which they refuse); the
     * code and the unknown columns byte for byte. */
    if (budget_date_parse(cell(m, 0), -1, &date, NULL) && date != row->date)
        diffs++;
    if (strcmp(cell(m, 1), row->code) != 0)
        diffs++;
    if (budget_money_parse(cell(m, 2), -1, &amount, NULL) && amount != row->amount)
        diffs++;
    for (size_t k = 0; k < row->n_extras; k++)
        if (strcmp(cell(m, 3 + (guint)k), row->extras[k]) != 0)
            diffs++;
    if (diffs > 0) {
        fprintf(stderr, "line %" PRId64 ": the library read [%d] [%s] [%" PRId64 "]", m->line, row->date,
                row->code, row->amount);
        for (size_t k = 0; k < row->n_extras; k++)
            fprintf(stderr, " [%s]", row->extras[k]);
        fprintf(stderr, "; the model:");
        for (guint k = 0; k < m->cells->len; k++)
            fprintf(stderr, " [%s]", (const char *)g_ptr_array_index(m->cells, k));
        fprintf(stderr, "\n");
    }
    return diffs;
}

static int differences(const char *data, size_t len, bool fast)
{
    BudgetCsvOptions *o = budget_csv_options_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(Row));
    GPtrArray *recs = model(data, len);
    size_t next_row = 0, next_err = 0, n_diag;
    BudgetError err;
    int diffs = 0;

    g_array_set_clear_func(rows, row_clear);
    budget_csv_options_set_lenient(o, true);
    budget_csv_options_set_fast_path(o, fast);
    if (!budget_csv_read_transactions_data(NULL, data, (ptrdiff_t)len, "d.csv", o, on_row, rows, diag,
                                           &err)) {
        /* The reader bounds its re-readings after quotes never closed
         * (MAX_READINGS in csv-input.c) and then fails whole, naming the
         * lines it did not read: an explicit refusal, not a silent loss, and
         * outside the model, which has no such bound. */
        if (err.code == BUDGET_ERROR_PARSE && strstr(err.message, "to the end were not read") != NULL) {
            g_ptr_array_free(recs, TRUE);
            g_array_free(rows, TRUE);
            budget_diagnostics_free(diag);
            budget_csv_options_free(o);
            return 0;
        }
        fprintf(stderr, "the lenient read failed: %s\n", err.message);
        diffs++;
    }
    n_diag = budget_diagnostics_get_n(diag);
    /* The model's first record is the header the harness wrote. */
    FUZZ_CHECK(recs->len >= 1 && ((Rec *)g_ptr_array_index(recs, 0))->line == 1);
    for (guint k = 1; k < recs->len && diffs == 0; k++) {
        const Rec *m = g_ptr_array_index(recs, k);
        const Row *row = next_row < rows->len ? &g_array_index(rows, Row, next_row) : NULL;
        const BudgetError *e = NULL;
        bool warning = true;
        size_t at = next_err;

        while (at < n_diag && warning)
            e = budget_diagnostics_get(diag, at++, &warning);
        if (warning)
            e = NULL;
        if (m->bad_col == 0 && row != NULL && row->line == m->line) {
            diffs += compare_row(row, m);
            next_row++;
        } else if (e != NULL && e->line == m->line &&
                   (m->bad_col == 0 || (e->column == m->bad_col && e->end_line == m->end_line))) {
            /* A syntax error where the model has one; or a record well
             * formed whose values the library refuses (a bad date). */
            next_err = at;
        } else {
            fprintf(stderr,
                    "model: record at lines %" PRId64 "-%" PRId64
                    ", error column %d; library: row at %" PRId64 ", error %s at %" PRId64 "-%" PRId64
                    ":%d %s\n",
                    m->line, m->end_line, m->bad_col, row != NULL ? row->line : -1,
                    e != NULL ? budget_error_code_name(e->code) : "-", e != NULL ? e->line : -1,
                    e != NULL ? e->end_line : -1, e != NULL ? e->column : -1, e != NULL ? e->message : "");
            diffs++;
        }
    }
    if (diffs == 0 && next_row != rows->len) {
        fprintf(stderr, "the library read %u rows, the model matched %zu\n", rows->len, next_row);
        diffs++;
    }
    if (diffs == 0 && next_err < n_diag) {
        bool warning = true;
        while (next_err < n_diag && warning)
            budget_diagnostics_get(diag, next_err++, &warning);
        if (!warning) {
            fprintf(stderr, "the library reported more errors than the model has bad records\n");
            diffs++;
        }
    }
    g_ptr_array_free(recs, TRUE);
    g_array_free(rows, TRUE);
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
    return diffs;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GString *file;
    int diffs;

    fuzz_init_glib();
    /* The model reads UTF-8 text: bytes the reader would take as GB18030
     * (or refuse) and NUL bytes are outside what it describes. */
    if (memchr(data, '\0', size) != NULL || !g_utf8_validate((const char *)data, (gssize)size, NULL))
        return 0;
    file = g_string_new(HEADER);
    g_string_append_len(file, (const char *)data, (gssize)size);
    diffs = differences(file->str, file->len, true) + differences(file->str, file->len, false);
    if (diffs > 0) {
        fprintf(stderr, "input (after the header line):\n%.*s\n", (int)MIN(size, 2000), (const char *)data);
    }
    g_string_free(file, TRUE);
    FUZZ_CHECK(diffs == 0);
    return 0;
}
