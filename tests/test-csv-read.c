/* CUnit suite: reading CSV as DESIGN.md "Data formats" states it — RFC 4180
 * quoting (text after a closing quote is an error at its cell, never a field
 * that runs on into later rows), lenient reading that resumes at the next
 * line, a quote never closed, line ranges, limits, and which paths are files.
 *
 * The library is checked against an independent model of the dialect written
 * here (model_read()), on generated and malformed ledgers, row for row. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "test-util.h"

static void write_text(const char *path, const char *text);

/* ---- The model ------------------------------------------------------------
 * The dialect, written from DESIGN.md and budget-csv.h without looking at the
 * reader: physical lines end with LF, CRLF or CR. A field starts after
 * optional spaces and tabs; if it then starts with a quote it is quoted: its
 * text runs to the next quote not doubled ("" is one quote), line ends
 * included, and after the closing quote only spaces or tabs may come before
 * a comma, a line end or the end of the input — anything else rejects the
 * record at that field, and reading resumes at the next physical line. An
 * unquoted field runs to the next comma or line end, loses its trailing
 * spaces and tabs, and keeps any quote in it. A quote never closed (lenient
 * reading) rejects the line where its record starts, and the lines after
 * that one are read again as records. Records whose cells are all empty are
 * blank lines, skipped. */

typedef struct {
    int64_t line, end_line;
    int bad_col;       /* 1-based column of a syntax error, 0 if none */
    bool unterminated; /* rejected for a quote never closed */
    GPtrArray *cells;  /* of char * */
} MRecord;

static void mrecord_free(gpointer p)
{
    MRecord *m = p;
    g_ptr_array_free(m->cells, TRUE);
    g_free(m);
}

static bool is_eol(char c)
{
    return c == '\n' || c == '\r';
}

/* Position after the line end at @i (which is on a line end), counting it. */
static size_t past_eol(const char *s, size_t n, size_t i, int64_t *line)
{
    if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
        i++;
    (*line)++;
    return i + 1;
}

/* Position of the start of line @target (lines from 1). */
static size_t line_start(const char *s, size_t n, int64_t target)
{
    int64_t line = 1;
    size_t i = 0;

    while (i < n && line < target) {
        if (is_eol(s[i]))
            i = past_eol(s, n, i, &line);
        else
            i++;
    }
    return i;
}

/* Reads @s as the library's lenient reader should; returns the records,
 * header included, each with its cells or its error. */
static GPtrArray *model_read(const char *s, size_t n)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(mrecord_free);
    int64_t line = 1;
    size_t i = 0;

    while (i < n) {
        MRecord *m;
        bool end = false;

        /* Blank lines and leading blanks: nothing. */
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i < n && is_eol(s[i])) {
            i = past_eol(s, n, i, &line);
            continue;
        }
        if (i >= n)
            break;
        m = g_new0(MRecord, 1);
        m->cells = g_ptr_array_new_with_free_func(g_free);
        m->line = line;
        while (!end) {
            GString *f = g_string_new(NULL);

            while (i < n && (s[i] == ' ' || s[i] == '\t'))
                i++;
            if (i < n && s[i] == '"') {
                bool closed = false;
                i++;
                while (i < n) {
                    if (s[i] == '"') {
                        if (i + 1 < n && s[i + 1] == '"') {
                            g_string_append_c(f, '"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    if (is_eol(s[i])) {
                        size_t j = past_eol(s, n, i, &line);
                        g_string_append_len(f, s + i, (gssize)(j - i));
                        i = j;
                        continue;
                    }
                    g_string_append_c(f, s[i++]);
                }
                if (!closed) {
                    /* Rejected alone; read again from the next line. */
                    m->unterminated = true;
                    m->bad_col = (int)m->cells->len + 1;
                    m->end_line = m->line;
                    g_string_free(f, TRUE);
                    g_ptr_array_add(out, m);
                    line = m->line + 1;
                    i = line_start(s, n, line);
                    m = NULL;
                    break;
                }
                while (i < n && (s[i] == ' ' || s[i] == '\t'))
                    i++;
                if (i < n && s[i] != ',' && !is_eol(s[i])) {
                    m->bad_col = (int)m->cells->len + 1;
                    m->end_line = line;
                    g_string_free(f, TRUE);
                    while (i < n && !is_eol(s[i]))
                        i++;
                    if (i < n)
                        i = past_eol(s, n, i, &line);
                    break;
                }
            } else {
                while (i < n && s[i] != ',' && !is_eol(s[i]))
                    g_string_append_c(f, s[i++]);
                while (f->len > 0 && (f->str[f->len - 1] == ' ' || f->str[f->len - 1] == '\t'))
                    g_string_truncate(f, f->len - 1);
            }
            g_ptr_array_add(m->cells, g_string_free(f, FALSE));
            if (i >= n) {
                end = true;
            } else if (s[i] == ',') {
                i++;
            } else {
                m->end_line = line;
                i = past_eol(s, n, i, &line);
                end = true;
            }
        }
        if (m == NULL)
            continue;
        if (m->end_line == 0)
            m->end_line = line;
        if (m->bad_col == 0) {
            bool blank = true;
            for (guint c = 0; c < m->cells->len && blank; c++)
                blank = ((const char *)g_ptr_array_index(m->cells, c))[0] == '\0';
            if (blank) {
                mrecord_free(m);
                continue;
            }
        }
        g_ptr_array_add(out, m);
    }
    return out;
}

/* ---- What the library read --------------------------------------------- */

typedef struct {
    int64_t line;
    char *cells[6];
} Got;

static void got_clear(gpointer p)
{
    Got *g = p;
    for (int i = 0; i < 6; i++)
        g_free(g->cells[i]);
}

static int collect(const BudgetTransaction *t, void *user_data)
{
    GArray *rows = user_data;
    Got g;
    char buf[32];

    memset(&g, 0, sizeof g);
    g.line = t->line;
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", t->date / 10000, t->date / 100 % 100, t->date % 100);
    g.cells[0] = g_strdup(buf);
    g.cells[1] = g_strdup(t->code);
    g.cells[2] = g_strdup_printf("%" PRId64, t->amount / 100);
    for (size_t i = 0; i < 3 && i < t->n_extras; i++)
        g.cells[3 + i] = g_strdup(t->extra_values[i]);
    g_array_append_val(rows, g);
    return 0;
}

#define HEADER "date,code,amount,a,b,c"

/* Whether compare_with_model() reads plain records on the fast path. */
static bool model_fast = true;

static BudgetCsvOptions *lenient(void)
{
    BudgetCsvOptions *o = budget_csv_options_new();
    budget_csv_options_set_lenient(o, true);
    return o;
}

/* Reads @data leniently (no book: codes unchecked) and compares every row
 * and every error with the model. Returns the number of differences. */
static int compare_with_model(const char *data, size_t len, const char *what)
{
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(Got));
    GPtrArray *model = model_read(data, len);
    BudgetError err;
    size_t next_row = 0, next_err = 0;
    int diffs = 0;

    g_array_set_clear_func(rows, got_clear);
    budget_csv_options_set_fast_path(o, model_fast);
    if (!budget_csv_read_transactions_data(NULL, data, len, what, o, collect, rows, diag, &err)) {
        fprintf(stderr, "%s: the read failed: %s\n", what, err.message);
        diffs++;
    }
    /* The header is the model's first record. */
    for (guint k = 1; k < model->len; k++) {
        const MRecord *m = g_ptr_array_index(model, k);
        bool valid = m->bad_col == 0 && m->cells->len == 6 &&
                     g_str_has_prefix(g_ptr_array_index(m->cells, 0), "2024-01-") &&
                     strcmp(g_ptr_array_index(m->cells, 1), "P1") == 0 &&
                     strcmp(g_ptr_array_index(m->cells, 2), "5") == 0;
        if (valid) {
            const Got *g = next_row < rows->len ? &g_array_index(rows, Got, next_row) : NULL;
            next_row++;
            if (g == NULL || g->line != m->line) {
                fprintf(stderr, "%s: model row at line %" PRId64 " missing (got line %" PRId64 ")\n", what,
                        m->line, g != NULL ? g->line : -1);
                diffs++;
                continue;
            }
            for (int c = 0; c < 6; c++) {
                if (strcmp(g->cells[c], g_ptr_array_index(m->cells, c)) != 0) {
                    fprintf(stderr, "%s:%" PRId64 ": cell %d is [%s], the model says [%s]\n", what, m->line,
                            c + 1, g->cells[c], (const char *)g_ptr_array_index(m->cells, c));
                    diffs++;
                }
            }
        } else {
            const BudgetError *e = NULL;
            bool is_warning = true;
            while (next_err < budget_diagnostics_get_n(diag) && is_warning)
                e = budget_diagnostics_get(diag, next_err++, &is_warning);
            if (e == NULL || is_warning || e->line != m->line ||
                (m->bad_col != 0 && (e->column != m->bad_col || e->end_line != m->end_line))) {
                fprintf(stderr,
                        "%s: model rejects line %" PRId64 "-%" PRId64 " column %d; library: %s at %" PRId64
                        "-%" PRId64 ":%d %s\n",
                        what, m->line, m->end_line, m->bad_col,
                        e != NULL ? budget_error_code_name(e->code) : "-", e != NULL ? e->line : -1,
                        e != NULL ? e->end_line : -1, e != NULL ? e->column : -1,
                        e != NULL ? e->message : "");
                diffs++;
            }
        }
    }
    if (next_row != rows->len) {
        fprintf(stderr, "%s: the library read %u rows, the model %zu\n", what, rows->len, next_row);
        diffs++;
    }
    if (next_err != budget_diagnostics_get_n_errors(diag)) {
        fprintf(stderr, "%s: the library reported %zu errors, the model %zu\n", what,
                budget_diagnostics_get_n_errors(diag), next_err);
        diffs++;
    }
    g_ptr_array_free(model, TRUE);
    g_array_free(rows, TRUE);
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
    return diffs;
}

/* A field as ledgers and people write them, well-formed or not. */
static void append_token(GString *s, GRand *rng)
{
    static const char *const tokens[] = {
        "plain",          "",
        "  spaced  ",     "\"quoted\"",
        "\"a,b\"",        "\"x\"\"y\"",
        "\"two\nlines\"", "\"cr\r\nlf\"",
        "\"m\"x",         "\"三公\"经费支出",
        "b\"c",           "say \"hi\"",
        "\"open",         "\"q\" ",
        " \"lead\"",      "\"\"",
        "\"\"\"\"",       "\"end\"\"",
        "中文",           "\t tab",
        "\"a\" \"b\"",    "x\"",
        "\"\"y",
    };
    g_string_append(s, tokens[g_rand_int_range(rng, 0, (gint32)G_N_ELEMENTS(tokens))]);
}

static GString *make_ledger(GRand *rng, int rows, bool crlf)
{
    GString *s = g_string_new(HEADER);
    const char *eol = crlf ? "\r\n" : "\n";

    g_string_append(s, eol);
    for (int r = 0; r < rows; r++) {
        int kind = g_rand_int_range(rng, 0, 20);
        g_string_append_printf(s, "2024-01-%02d,P1,5", r % 28 + 1);
        for (int c = 0; c < 3; c++) {
            g_string_append_c(s, ',');
            /* Mostly good fields, as in real files. */
            if (kind < 14)
                g_string_append(s, c == 0 ? "memo" : "");
            else
                append_token(s, rng);
        }
        if (kind == 19)
            g_string_append(s, ",extra"); /* one field too many */
        g_string_append(s, eol);
        if (kind == 18)
            g_string_append(s, eol); /* a blank line */
    }
    return s;
}

/* ---- Tests ---------------------------------------------------------------- */

static void test_model_on_generated_ledgers(void)
{
    GRand *rng = g_rand_new_with_seed(20241129);
    int diffs = 0;

    for (int fast = 0; fast < 2; fast++) {
        model_fast = fast != 0;
        for (int i = 0; i < 200 && diffs < 5; i++) {
            GString *s = make_ledger(rng, 1 + g_rand_int_range(rng, 0, 40), i % 3 == 0);
            char what[64];
            snprintf(what, sizeof what, "generated-%d-%d.csv", fast, i);
            diffs += compare_with_model(s->str, s->len, what);
            g_string_free(s, TRUE);
        }
        /* Large enough to cross the reader's 64 KiB chunks many times. */
        {
            GString *s = make_ledger(rng, 20000, false);
            diffs += compare_with_model(s->str, s->len, "large.csv");
            g_string_free(s, TRUE);
        }
    }
    model_fast = true;
    CU_ASSERT_EQUAL(diffs, 0);
    g_rand_free(rng);
}

/* The model itself, on inputs whose reading is worked out by hand, so that
 * agreement with it means something. */
static void test_model_by_hand(void)
{
    static const char input[] = "h1,h2\n"         /* line 1 */
                                "a,\"m\"x\n"      /* 2: text after the quote, column 2 */
                                "b, \"q\" \r\n"   /* 3: spaces around a quoted field */
                                "c\"d,\"e\nf\"\n" /* 4-5: literal quote; a quoted line end */
                                ",\n"             /* 6: all empty, skipped */
                                "g,\"open\n"      /* 7: never closed: rejected, 8 read again */
                                "h,i\n";          /* 8 */
    GPtrArray *m = model_read(input, sizeof input - 1);
    const MRecord *r;

    CU_ASSERT_EQUAL_FATAL(m->len, 6);
    r = g_ptr_array_index(m, 1);
    CU_ASSERT_EQUAL(r->line, 2);
    CU_ASSERT_EQUAL(r->bad_col, 2);
    r = g_ptr_array_index(m, 2);
    CU_ASSERT_EQUAL(r->line, 3);
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(r->cells, 1), "q");
    r = g_ptr_array_index(m, 3);
    CU_ASSERT_EQUAL(r->line, 4);
    CU_ASSERT_EQUAL(r->end_line, 5);
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(r->cells, 0), "c\"d");
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(r->cells, 1), "e\nf");
    r = g_ptr_array_index(m, 4);
    CU_ASSERT_EQUAL(r->line, 7);
    CU_ASSERT(r->unterminated);
    CU_ASSERT_EQUAL(r->bad_col, 2);
    r = g_ptr_array_index(m, 5);
    CU_ASSERT_EQUAL(r->line, 8);
    CU_ASSERT_STRING_EQUAL(g_ptr_array_index(r->cells, 1), "i");
    g_ptr_array_free(m, TRUE);
}

/* Issue 6, item 1, exactly: a memo `"m"x` swallowed the rows after it, so P1
 * showed 13.00 executed where the file holds 5 + 6 + 7 + 8 = 26.00. */
static const char issue_ledger[] = "date,code,amount,source,voucher,memo\n"
                                   "2024-01-01,P1,5,fiscal,V1,\"m\"x\n"
                                   "2024-01-02,P1,6,fiscal,V2,m\n"
                                   "2024-01-03,P1,7,fiscal,V3,\"q\"\n"
                                   "2024-01-04,P1,8,fiscal,V4,ok\n";

static int sum_amounts(const BudgetTransaction *t, void *user_data)
{
    *(BudgetFen *)user_data += t->amount;
    return 0;
}

static void test_text_after_closing_quote(void)
{
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetFen sum = 0;
    BudgetError err;

    /* Strict: an error at the cell, with its header name and what follows. */
    CU_ASSERT_FALSE(budget_csv_read_transactions_data(NULL, issue_ledger, sizeof issue_ledger - 1,
                                                      "transactions.csv", NULL, sum_amounts, &sum, NULL,
                                                      &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 6, "memo");
    CU_ASSERT_EQUAL(err.end_line, 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "text after a closing quote: \"x\""));

    /* Lenient: that record is rejected and the three after it are read:
     * 6 + 7 + 8 = 21.00 yuan = 2100 fen. */
    sum = 0;
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(NULL, issue_ledger, sizeof issue_ledger - 1,
                                                     "transactions.csv", o, sum_amounts, &sum, diag, &err));
    assert_fen(2100, sum);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_PARSE, 2, 6, "memo");

    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

/* A rejected record names every physical line it covered. */
static void test_line_range(void)
{
    static const char data[] = "date,code,amount,source,voucher,memo\n"
                               "2024-01-01,P1,5,fiscal,V1,\"a\n" /* 2: a memo over lines 2-5 */
                               "b\n"
                               "c\n"
                               "d\"x\n" /* 5: text after its closing quote */
                               "2024-01-02,P1,6,fiscal,V2,ok\n";
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetFen sum = 0;
    BudgetError err;
    char text[256];

    CU_ASSERT_TRUE(budget_csv_read_transactions_data(NULL, data, sizeof data - 1, "transactions.csv", o,
                                                     sum_amounts, &sum, diag, &err));
    assert_fen(600, sum);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_PARSE, 2, 6, "memo");
    CU_ASSERT_EQUAL(budget_diagnostics_get(diag, 0, NULL)->end_line, 5);
    budget_error_format(budget_diagnostics_get(diag, 0, NULL), text, sizeof text);
    CU_ASSERT(g_str_has_prefix(text, "transactions.csv:2-5:6: "));

    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

/* A quote opened and never closed: strict reading says which lines it
 * swallowed; lenient reading rejects its line and reads every later one. */
static void test_quote_never_closed(void)
{
    enum {
        N = 200000
    };
    GString *s = g_string_new("date,code,amount,source,voucher,memo\n"
                              "2024-01-01,P1,1,fiscal,V0,\"open\n");
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetFen sum = 0;
    BudgetError err;

    for (int i = 0; i < N; i++)
        g_string_append_printf(s, "2024-02-%02d,P1,%d.01,fiscal,V%d,\n", i % 28 + 1, i % 7, i + 1);

    CU_ASSERT_FALSE(budget_csv_read_transactions_data(NULL, s->str, s->len, "transactions.csv", NULL,
                                                      sum_amounts, &sum, NULL, &err));
    /* 200000 lines of ~40 bytes swallowed: the field passes the 1 MiB limit
     * long before the end of the file, which bounds memory. */
    assert_error(&err, BUDGET_ERROR_RANGE, 2, 6, "memo");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "is a quote never closed?"));

    /* Lenient: lines 3 .. N + 2 are N rows of (i % 7) yuan + 1 fen each.
     * Σ i%7 over i < 200000: 28571 full cycles of 0..6 (21 each) = 599991,
     * plus i = 199997..199999, i % 7 = 0, 1, 2: 3 → 599994 yuan; plus N fen.
     * 59999400 + 200000 = 60199400 fen. */
    sum = 0;
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(NULL, s->str, s->len, "transactions.csv", o, sum_amounts,
                                                     &sum, diag, &err));
    assert_fen(60199400, sum);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_RANGE, 2, 6, "memo");
    CU_ASSERT_EQUAL(budget_diagnostics_get(diag, 0, NULL)->end_line, 2);

    /* A short one reaches the end of the file: the same, as a parse error. */
    g_string_truncate(s, 0);
    g_string_append(s, "date,code,amount,source,voucher,memo\n2024-01-01,P1,1,fiscal,V0,\"open\n"
                       "2024-01-02,P1,2,fiscal,V1,\n2024-01-03,P1,4,fiscal,V2,\n");
    CU_ASSERT_FALSE(budget_csv_read_transactions_data(NULL, s->str, s->len, "transactions.csv", NULL,
                                                      sum_amounts, &sum, NULL, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 6, "memo");
    CU_ASSERT_EQUAL(err.end_line, 4);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "lines 2-4, to the end of the file, were read as one field"));
    sum = 0;
    budget_diagnostics_free(diag);
    diag = budget_diagnostics_new();
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(NULL, s->str, s->len, "transactions.csv", o, sum_amounts,
                                                     &sum, diag, &err));
    assert_fen(600, sum); /* 2 + 4 yuan */
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_PARSE, 2, 6, "memo");

    g_string_free(s, TRUE);
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

static void test_limits(void)
{
    static const char data[] = "date,code,amount,source,voucher,memo\n"
                               "2024-01-01,P1,1,fiscal,V1,0123456789\n"        /* 10 bytes: at the limit */
                               "2024-01-02,P1,2,fiscal,V2,0123456789A\n"       /* 11: over it */
                               "2024-01-03,P1,4,fiscal,V3,\"0123456789\n0\"\n" /* 12 quoted, over lines 4-5 */
                               "2024-01-04,P1,8,fiscal,V4,x,y\n"               /* 7 fields: over 6 */
                               "2024-01-05,P1,16,fiscal,V5,ok\n";
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetFen sum = 0;
    BudgetError err;

    CU_ASSERT_EQUAL(budget_csv_options_get_max_field_size(NULL), 1024 * 1024);
    CU_ASSERT_EQUAL(budget_csv_options_get_max_columns(NULL), 16384);
    CU_ASSERT_FALSE(budget_csv_options_set_max_field_size(o, 0, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_csv_options_set_max_columns(o, 0, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, NULL);
    CU_ASSERT_TRUE(budget_csv_options_set_max_field_size(o, 10, &err));
    CU_ASSERT_TRUE(budget_csv_options_set_max_columns(o, 6, &err));
    CU_ASSERT_EQUAL(budget_csv_options_get_max_field_size(o), 10);
    CU_ASSERT_EQUAL(budget_csv_options_get_max_columns(o), 6);

    /* Kept: 1 + 16 = 17 yuan. */
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(NULL, data, sizeof data - 1, "t.csv", o, sum_amounts,
                                                     &sum, diag, &err));
    assert_fen(1700, sum);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 3);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_RANGE, 3, 6, "memo");
    assert_error(budget_diagnostics_get(diag, 1, NULL), BUDGET_ERROR_RANGE, 4, 6, "memo");
    CU_ASSERT_EQUAL(budget_diagnostics_get(diag, 1, NULL)->end_line, 5);
    /* The seventh field is past the last column: column 7, no header name. */
    assert_error(budget_diagnostics_get(diag, 2, NULL), BUDGET_ERROR_RANGE, 6, 7, "");

    /* A header wider than the limit fails the file. */
    CU_ASSERT_TRUE(budget_csv_options_set_max_columns(o, 5, &err));
    CU_ASSERT_FALSE(budget_csv_read_transactions_data(NULL, data, sizeof data - 1, "t.csv", o, sum_amounts,
                                                      &sum, NULL, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 1, 6, "");

    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

/* A quoted field that never ends, far past the limit: memory stays bounded
 * (the field is dropped once long past it) and the reading ends. */
static void test_endless_field(void)
{
    GString *s = g_string_new("date,code,amount,source,voucher,memo\n2024-01-01,P1,1,fiscal,V1,\"");
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetFen sum = 0;
    BudgetError err;

    for (int i = 0; i < 200000; i++)
        g_string_append(s, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    g_string_append(s, "\"\n2024-01-02,P1,2,fiscal,V2,ok\n");
    CU_ASSERT_TRUE(budget_csv_options_set_max_field_size(o, 1000, &err));
    CU_ASSERT_TRUE(
        budget_csv_read_transactions_data(NULL, s->str, s->len, "t.csv", o, sum_amounts, &sum, diag, &err));
    assert_fen(200, sum);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n_errors(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_RANGE, 2, 6, "memo");
    g_string_free(s, TRUE);
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

static void test_encoding_messages(void)
{
    static const char utf16[] = "\xff\xfe"
                                "d\0a\0t\0e\0\n\0";
    static const char nul[] = "date,code,amount,source,voucher,memo\n2024-01-01,P1,1,fiscal,V1,a\0b\n";
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetFen sum = 0;
    BudgetError err;

    CU_ASSERT_FALSE(budget_csv_read_transactions_data(NULL, utf16, sizeof utf16 - 1, "t.csv", NULL,
                                                      sum_amounts, &sum, NULL, &err));
    assert_error(&err, BUDGET_ERROR_ENCODING, 1, 0, "");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "UTF-16"));
    CU_ASSERT_PTR_NULL(strstr(err.message, "encoding option"));
    /* Without the byte order mark too. */
    CU_ASSERT_FALSE(budget_csv_read_transactions_data(NULL, utf16 + 2, sizeof utf16 - 3, "t.csv", NULL,
                                                      sum_amounts, &sum, NULL, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "UTF-16"));

    CU_ASSERT_TRUE(budget_csv_read_transactions_data(NULL, nul, sizeof nul - 1, "t.csv", o, sum_amounts, &sum,
                                                     diag, &err));
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_ENCODING, 2, 6, "memo");
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_diagnostics_get(diag, 0, NULL)->message, "NUL byte"));
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_diagnostics_get(diag, 0, NULL)->message, "byte 2"));
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

static void write_text(const char *path, const char *text)
{
    CU_ASSERT_TRUE_FATAL(g_file_set_contents(path, text, -1, NULL));
}

#define PROJECTS "code,budget\nP1,100.00\n"
#define TRANSACTIONS "date,code,amount\n2024-03-01,P1,25.00\n"

/* Paths that exist but are not readable regular files are errors that say
 * what they are, never files taken for absent; no open blocks. */
static void test_not_regular_files(void)
{
    static const struct {
        const char *what; /* how adjustments.csv is made */
        const char *message;
    } cases[] = {
        {"dangling", "which does not exist"},  {"loop", "loop"},
        {"folder", "is a folder, not a file"}, {"fifo", "is a named pipe (FIFO), not a file"},
        {"device", "is a device, not a file"},
    };

    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *dir = test_make_tmpdir();
        char *projects = g_build_filename(dir, "projects.csv", NULL);
        char *adj = g_build_filename(dir, "adjustments.csv", NULL);
        BudgetDiagnostics *diag = budget_diagnostics_new();
        BudgetCsvOptions *o = lenient();
        BudgetBook *book;
        BudgetError err;

        write_text(projects, PROJECTS);
        int rc;
        if (strcmp(cases[i].what, "dangling") == 0)
            rc = symlink("nowhere.csv", adj);
        else if (strcmp(cases[i].what, "loop") == 0)
            rc = symlink("adjustments.csv", adj);
        else if (strcmp(cases[i].what, "folder") == 0)
            rc = g_mkdir(adj, 0700);
        else if (strcmp(cases[i].what, "fifo") == 0)
            rc = mkfifo(adj, 0600);
        else
            rc = symlink("/dev/zero", adj);
        CU_ASSERT_EQUAL_FATAL(rc, 0);

        /* Strict and lenient loading both fail, naming the file. */
        book = budget_csv_load_book(dir, NULL, NULL, &err);
        CU_ASSERT_PTR_NULL(book);
        assert_error(&err, BUDGET_ERROR_IO, 0, 0, NULL);
        CU_ASSERT_STRING_EQUAL(err.source, "adjustments.csv");
        if (strstr(err.message, cases[i].message) == NULL)
            fprintf(stderr, "%s: %s\n", cases[i].what, err.message);
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, cases[i].message));
        book = budget_csv_load_book(dir, o, diag, &err);
        CU_ASSERT_PTR_NULL(book);
        CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 1);

        budget_diagnostics_free(diag);
        budget_csv_options_free(o);
        g_free(adj);
        g_free(projects);
        g_free(dir);
    }
}

/* File names in any case; other data-like files named. */
static void test_folder_names(void)
{
    char *dir = test_make_tmpdir();
    char *p = g_build_filename(dir, "Projects.CSV", NULL);
    char *t = g_build_filename(dir, "Transactions.CSV", NULL);
    char *a = g_build_filename(dir, "预算调整.csv", NULL);
    char *x = g_build_filename(dir, "notes.xlsx", NULL);
    char *md = g_build_filename(dir, "README.md", NULL);
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetBook *book;
    BudgetError err;
    char *path = NULL;
    bool w;

    write_text(p, PROJECTS);
    write_text(t, TRANSACTIONS);
    write_text(a, "date,code,amount\n2024-03-01,P1,1.00\n");
    write_text(x, "not really xlsx");
    write_text(md, "# notes\n");

    CU_ASSERT_TRUE(budget_csv_find_file(dir, "transactions.csv", &path, &err));
    CU_ASSERT_PTR_NOT_NULL_FATAL(path);
    CU_ASSERT(g_str_has_suffix(path, "/Transactions.CSV"));
    budget_free(path);
    CU_ASSERT_TRUE(budget_csv_find_file(dir, "department.csv", &path, &err));
    CU_ASSERT_PTR_NULL(path);
    /* README.md is not data-like: two warnings, no more. */
    CU_ASSERT_TRUE(budget_csv_check_folder(dir, diag, &err));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 2);
    budget_diagnostics_free(diag);
    diag = budget_diagnostics_new();

    book = budget_csv_load_book(dir, NULL, diag, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(book);
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 1);
    /* Two warnings, in name order (UTF-8 bytes: "n" < the CJK lead byte). */
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 2);
    CU_ASSERT_STRING_EQUAL(budget_diagnostics_get(diag, 0, &w)->source, "notes.xlsx");
    CU_ASSERT(w);
    CU_ASSERT_STRING_EQUAL(budget_diagnostics_get(diag, 1, &w)->source, "预算调整.csv");
    CU_ASSERT(w);
    CU_ASSERT_EQUAL(budget_diagnostics_get(diag, 1, NULL)->code, BUDGET_ERROR_UNSUPPORTED);
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_diagnostics_get(diag, 1, NULL)->message, "not read"));
    budget_book_unref(book);

    /* Two names that differ only in case: which one is meant is unknown. */
    g_free(a);
    a = g_build_filename(dir, "transactions.csv", NULL);
    write_text(a, TRANSACTIONS);
    CU_ASSERT_FALSE(budget_csv_find_file(dir, "TRANSACTIONS.csv", &path, &err));
    assert_error(&err, BUDGET_ERROR_DUPLICATE_KEY, 0, 0, NULL);
    CU_ASSERT_PTR_NULL(path);

    budget_diagnostics_free(diag);
    g_free(p);
    g_free(t);
    g_free(a);
    g_free(x);
    g_free(md);
    g_free(dir);
}

/* Lenient loading reads every file after one fails as a whole: a bad
 * projects.csv still lets adjustments.csv be checked cell by cell. */
static void test_every_file_read(void)
{
    char *dir = test_make_tmpdir();
    char *p = g_build_filename(dir, "projects.csv", NULL);
    char *a = g_build_filename(dir, "adjustments.csv", NULL);
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetCsvOptions *o = lenient();
    BudgetBook *book;
    BudgetError err;

    write_text(p, "code,budget\nP1,\"1\"0\n"); /* line 2: text after a quote... */
    write_text(p, "code\nP1\n");               /* ...no: a missing column fails the file */
    write_text(a, "date,code,amount\n2024-03-01,P1,abc\n2024-13-01,P9,1.00\n");
    book = budget_csv_load_book(dir, o, diag, &err);
    CU_ASSERT_PTR_NULL(book);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n_errors(diag), 3);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_MISSING_COLUMN, 1, 0, "budget");
    assert_error(budget_diagnostics_get(diag, 1, NULL), BUDGET_ERROR_PARSE, 2, 3, "amount");
    CU_ASSERT_STRING_EQUAL(budget_diagnostics_get(diag, 1, NULL)->source, "adjustments.csv");
    assert_error(budget_diagnostics_get(diag, 2, NULL), BUDGET_ERROR_RANGE, 3, 1, "date");

    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
    g_free(p);
    g_free(a);
    g_free(dir);
}

/* A payment for a project whose row was rejected says so, not "unknown". */
static void test_rejected_project(void)
{
    static const char projects[] = "code,budget\nP1,100.00\nP2,abc\n"; /* P2 rejected on line 3 */
    static const char ledger[] =
        "date,code,amount\n2024-03-01,P2,5.00\n2024-03-02,P9,1.00\n2024-03-03,P1,2.00\n";
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetBook *book = budget_book_new();
    BudgetFen sum = 0;
    BudgetError err;

    CU_ASSERT_TRUE(
        budget_csv_load_projects_data(book, projects, sizeof projects - 1, "projects.csv", o, diag, &err));
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 1);
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(book, ledger, sizeof ledger - 1, "transactions.csv", o,
                                                     sum_amounts, &sum, diag, &err));
    assert_fen(200, sum); /* only P1's 2.00 */
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 3);
    assert_error(budget_diagnostics_get(diag, 1, NULL), BUDGET_ERROR_NOT_FOUND, 2, 2, "code");
    CU_ASSERT_PTR_NOT_NULL(strstr(budget_diagnostics_get(diag, 1, NULL)->message,
                                  "project \"P2\" was rejected on line 3 of projects.csv"));
    assert_error(budget_diagnostics_get(diag, 2, NULL), BUDGET_ERROR_NOT_FOUND, 3, 2, "code");
    CU_ASSERT_PTR_NOT_NULL(
        strstr(budget_diagnostics_get(diag, 2, NULL)->message, "unknown project code \"P9\""));

    budget_book_unref(book);
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

/* A column the ledger does not read is named once, at the header. */
static void test_ledger_columns(void)
{
    static const char projects[] = "code,budget\nP1,100.00\n";
    char *dir = test_make_tmpdir();
    char *path = g_build_filename(dir, "transactions.csv", NULL);
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetBook *book = budget_book_new();
    BudgetLedger *ledger;
    BudgetError err;
    bool w = false;

    write_text(path, "date,code,amount,退款金额\n2024-03-01,P1,5.00,1.00\n2024-03-02,P1,6.00,\n");
    CU_ASSERT_TRUE_FATAL(
        budget_csv_load_projects_data(book, projects, sizeof projects - 1, "projects.csv", o, NULL, &err));
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024)); /* no year column */
    ledger = budget_ledger_new(book, 20241231, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    CU_ASSERT_TRUE(budget_csv_load_transactions(ledger, path, o, diag, &err));
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, &w), BUDGET_ERROR_UNSUPPORTED, 1, 4, "退款金额");
    CU_ASSERT(w);
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(ledger), 2);

    budget_ledger_unref(ledger);
    budget_book_unref(book);
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
    g_free(path);
    g_free(dir);
}

/* A read callback over a buffer, a few bytes at a time (as a host
 * language's file object may give them), or failing at a given offset. */
typedef struct {
    const char *data;
    size_t len, pos, step;
    size_t fail_at; /* return -1 once pos reaches this (0: never) */
} Pieces;

static ptrdiff_t read_pieces(void *buf, size_t size, void *user_data)
{
    Pieces *p = user_data;
    size_t n = MIN(MIN(size, p->step), p->len - p->pos);

    if (p->fail_at != 0 && p->pos >= p->fail_at)
        return -1;
    memcpy(buf, p->data + p->pos, n);
    p->pos += n;
    return (ptrdiff_t)n;
}

/* Every loader's callback variant reads what its buffer variant reads. */
static void test_read_callbacks(void)
{
    static const char projects[] = "code,name,budget,plan_03,plan_12\nP1,一,100.00,25,100\nP2,二,50.00,,\n";
    static const char adjustments[] = "date,code,amount,reason\n2024-03-01,P1,10.00,more\n";
    static const char indicators[] =
        "code,level1,level2,level3,target,actual\nP1,产出指标,数量指标,台数,≥3台,4台\n";
    static const char department[] = "item,amount\ncarryover_last_year,100.00\n";
    static const char ledger[] = "date,code,amount,voucher\n2024-03-01,P1,5.00,V1\n2024-03-02,P1,6.00,V1\n"
                                 "2024-03-03,P2,\"1,234.50\",V2\n";
    BudgetBook *book = budget_book_new();
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetDepartmentInputs *inputs;
    BudgetLedger *led;
    BudgetFen sum = 0;
    BudgetError err;
    Pieces p;

    p = (Pieces){projects, sizeof projects - 1, 0, 7, 0};
    CU_ASSERT_TRUE(
        budget_csv_load_projects_callback(book, read_pieces, &p, "projects.csv", NULL, NULL, &err));
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 2);
    CU_ASSERT_STRING_EQUAL(budget_project_get_name(budget_book_get_project(book, "P1")), "一");
    p = (Pieces){adjustments, sizeof adjustments - 1, 0, 3, 0};
    CU_ASSERT_TRUE(
        budget_csv_load_adjustments_callback(book, read_pieces, &p, "adjustments.csv", NULL, NULL, &err));
    CU_ASSERT_EQUAL(budget_book_get_n_adjustments(book), 1);
    p = (Pieces){indicators, sizeof indicators - 1, 0, 5, 0};
    CU_ASSERT_TRUE(
        budget_csv_load_indicators_callback(book, read_pieces, &p, "indicators.csv", NULL, NULL, &err));
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(book), 1);
    p = (Pieces){department, sizeof department - 1, 0, 4, 0};
    inputs = budget_csv_load_department_callback(read_pieces, &p, "department.csv", NULL, NULL, &err);
    CU_ASSERT_PTR_NOT_NULL(inputs);
    budget_department_inputs_free(inputs);

    /* 5.00 + 6.00 + 1,234.50 = 1245.50. V1 twice: the callback cannot be
     * read again to confirm it, which a warning says (line 0). */
    p = (Pieces){ledger, sizeof ledger - 1, 0, 11, 0};
    budget_csv_options_set_check_vouchers(o, true);
    CU_ASSERT_TRUE(budget_csv_read_transactions_callback(book, read_pieces, &p, "transactions.csv", o,
                                                         sum_amounts, &sum, diag, &err));
    assert_fen(124550, sum);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_UNSUPPORTED, 0, 0, NULL);
    /* The same bytes as a buffer: the duplicate is confirmed, on line 3. */
    budget_diagnostics_free(diag);
    diag = budget_diagnostics_new();
    sum = 0;
    CU_ASSERT_TRUE(budget_csv_read_transactions_data(book, ledger, sizeof ledger - 1, "transactions.csv", o,
                                                     sum_amounts, &sum, diag, &err));
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_DUPLICATE_KEY, 3, 4, "voucher");

    /* Into a ledger: P1's 11.00 of its 110.00 adjusted budget. */
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024)); /* no project has a year */
    led = budget_ledger_new(book, 20241231, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(led);
    p = (Pieces){ledger, sizeof ledger - 1, 0, 2, 0};
    CU_ASSERT_TRUE(
        budget_csv_load_transactions_callback(led, read_pieces, &p, "transactions.csv", NULL, NULL, &err));
    CU_ASSERT_EQUAL(budget_ledger_get_n_transactions(led), 3);
    budget_ledger_unref(led);

    /* A callback that fails: an IO error. */
    p = (Pieces){ledger, sizeof ledger - 1, 0, 8, 16};
    CU_ASSERT_FALSE(budget_csv_read_transactions_callback(book, read_pieces, &p, "transactions.csv", NULL,
                                                          sum_amounts, &sum, NULL, &err));
    assert_error(&err, BUDGET_ERROR_IO, 0, 0, NULL);

    /* A quote never closed: lenient reading cannot read the input again, and
     * says which lines were not read (3 to the end). */
    {
        static const char open[] = "date,code,amount,memo\n2024-03-01,P1,1.00,\"open\n2024-03-02,P1,2.00,x\n";
        budget_diagnostics_free(diag);
        diag = budget_diagnostics_new();
        p = (Pieces){open, sizeof open - 1, 0, 5, 0};
        CU_ASSERT_FALSE(budget_csv_read_transactions_callback(book, read_pieces, &p, "t.csv", o, sum_amounts,
                                                              &sum, diag, &err));
        assert_error(&err, BUDGET_ERROR_PARSE, 3, 0, "");
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "cannot be read a second time"));
    }

    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
    budget_book_unref(book);
}

/* Head counts and years go through the one decimal scanner: 1,200人 is
 * 1200; 12.5 people or 2024.5 are not whole numbers. */
static void test_counts_and_years(void)
{
    static const char dept[] = "item,amount\nstaff_actual,\"1,200人\"\nstaff_last_year,12.5\n";
    static const char projects[] = "code,year,budget\nP1,2024年,1.00\nP2,2024.5,1.00\nP3,99999,1.00\n";
    BudgetCsvOptions *o = lenient();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetDepartmentInputs *in;
    BudgetBook *book = budget_book_new();
    int64_t v = 0;
    BudgetError err;

    in = budget_csv_load_department_data(dept, sizeof dept - 1, "department.csv", o, diag, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(in);
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, &v));
    CU_ASSERT_EQUAL(v, 1200);
    CU_ASSERT_FALSE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_STAFF_LAST_YEAR, &v));
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n(diag), 1);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_PARSE, 3, 2, "amount");
    budget_department_inputs_free(in);

    budget_diagnostics_free(diag);
    diag = budget_diagnostics_new();
    /* -1: a NUL-terminated buffer, as for every text input. */
    CU_ASSERT_TRUE(budget_csv_load_projects_data(book, projects, -1, "projects.csv", o, diag, &err));
    CU_ASSERT_EQUAL(budget_project_get_year(budget_book_get_project(book, "P1")), 2024);
    CU_ASSERT_EQUAL_FATAL(budget_diagnostics_get_n_errors(diag), 2);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_PARSE, 3, 2, "year");
    assert_error(budget_diagnostics_get(diag, 1, NULL), BUDGET_ERROR_RANGE, 4, 2, "year");

    budget_book_unref(book);
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

/* ---- The ledger pass: fast path, threads and ranges ------------------------
 * budget_csv_load_transactions() proves plain rows and records them without
 * libcsv, and may split the file across threads into byte ranges. Every way
 * must give what libcsv alone gives on one thread: the same totals, the same
 * return value, the same error and the same problems (code, line, end line,
 * column, field, offset, message), in the same order. The ledgers mix good
 * rows with every kind of bad cell, the quoting cases of the safety issue
 * (tokens above), CRLF files, blank lines, extra fields and amounts that
 * overflow; range sizes down to one byte put every range edge inside quoted
 * fields and multi-line records. */

static const char *const ledger_dates[] = {
    "2024-01-05", "2024-03-31", "2024-06-30", "2024-07-01", "2024-12-31", "2023-12-31", "2025-01-02",
    "2024/3/31", " 2024-02-02", "2024-13-01", "2024-02-30", "", "\"2024-05-05\"",
    /* one byte off the plain form, where the fast path checks bytes at once */
    "2024-1:-01", "2024-01-0:", "2024-01/01", "0000-01-01", "2024-01-01 ", "2024-01-1", "2O24-01-01"};
static const char *const ledger_codes[] = {"P1", "P2", "P3", "P1", "P2", " P3", "P9", "PX", "", "\"P1\""};
static const char *const ledger_amounts[] = {
    "5", "5.25", "-3.1", "1234.50", "\"1,234.50\"", "007", "0", "-0", "0.05", "5.255", "abc", "", "+5", "1e5",
    ".5", "5.", " 12 ", "1000000.00", "-0.01", "12元", "92233720368547758.07", "-92233720368547758.08",
    "999999999999999.99", "9999999999999999",
    /* read from the end by the fast path */
    "05", "0.5", "-0.50", "1.2.3", "12-", "- 5", "9.9:", "-.5", "1.:5"};
static const char *const ledger_sources[] = {"fiscal", "carryover", "other",  "",
                                             "其他",   "bad",       "Fiscal", " other"};

static GString *make_book_ledger(GRand *rng, int rows, bool crlf, bool clean)
{
    GString *s = g_string_new("date,code,amount,source,voucher,memo");
    const char *eol = crlf ? "\r\n" : "\n";

    g_string_append(s, eol);
    for (int r = 0; r < rows; r++) {
        int kind = g_rand_int_range(rng, 0, 20);
#define PICK(a, n) a[g_rand_int_range(rng, 0, clean ? (n) : (gint32)G_N_ELEMENTS(a))]
        g_string_append_printf(s, "%s,%s,%s,%s,V%d,", PICK(ledger_dates, 5), PICK(ledger_codes, 5),
                               PICK(ledger_amounts, 10), PICK(ledger_sources, 4), r);
#undef PICK
        if (kind < 12 || clean)
            g_string_append(s, kind % 2 == 0 ? "\"支付,合同\"\"号\"\"\"" : "memo");
        else
            append_token(s, rng);
        if (kind == 19 && !clean)
            g_string_append(s, ",extra");
        g_string_append(s, eol);
        if (kind == 18)
            g_string_append(s, eol);
    }
    return s;
}

typedef struct {
    bool ok;
    BudgetError error;
    GArray *problems; /* of BudgetError, warnings with line negated... see below */
    GString *totals;
} LedgerRun;

static void ledger_run(BudgetBook *book, const char *path, bool lenient_mode, bool fast, unsigned threads,
                       size_t range, LedgerRun *out)
{
    BudgetCsvOptions *o = budget_csv_options_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError err;
    BudgetLedger *ledger = budget_ledger_new(book, 20240630, &err);

    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    budget_csv_options_set_lenient(o, lenient_mode);
    budget_csv_options_set_fast_path(o, fast);
    budget_csv_options_set_threads(o, threads);
    budget_csv_options_set_range_size(o, range);
    out->ok = budget_csv_load_transactions(ledger, path, o, diag, &out->error);
    out->problems = g_array_new(FALSE, FALSE, sizeof(BudgetError));
    for (size_t i = 0; i < budget_diagnostics_get_n(diag); i++) {
        bool w;
        BudgetError e = *budget_diagnostics_get(diag, i, &w);
        e.reserved[0] = w; /* compared with the rest */
        g_array_append_val(out->problems, e);
    }
    out->totals = g_string_new(NULL);
    g_string_append_printf(out->totals, "n=%zu after=%zu\n", budget_ledger_get_n_transactions(ledger),
                           budget_ledger_get_n_after_as_of(ledger));
    for (size_t p = 0; p < budget_book_get_n_projects(book); p++) {
        BudgetFen v;
        budget_ledger_get_executed(ledger, p, &v);
        g_string_append_printf(out->totals, "%zu: n=%zu executed=%" PRId64, p,
                               budget_ledger_get_n_transactions_nth(ledger, p), v);
        for (int src = 0; src < BUDGET_SOURCE_N; src++) {
            budget_ledger_get_executed_by_source(ledger, p, (BudgetSource)src, &v);
            g_string_append_printf(out->totals, " s%d=%" PRId64, src, v);
        }
        for (int m = 0; m <= 12; m++) {
            budget_ledger_get_month_executed(ledger, p, m, &v);
            g_string_append_printf(out->totals, " m%d=%" PRId64, m, v);
        }
        g_string_append_c(out->totals, '\n');
    }
    budget_ledger_unref(ledger);
    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
}

static bool same_error(const BudgetError *a, const BudgetError *b)
{
    return a->code == b->code && a->line == b->line && a->end_line == b->end_line && a->column == b->column &&
           a->offset == b->offset && a->reserved[0] == b->reserved[0] && strcmp(a->source, b->source) == 0 &&
           strcmp(a->field, b->field) == 0 && strcmp(a->message, b->message) == 0;
}

/* Compares @got with the reference @ref; returns the number of differences. */
static int ledger_diff(const LedgerRun *ref, const LedgerRun *got, const char *what)
{
    int diffs = 0;

    if (ref->ok != got->ok || !same_error(&ref->error, &got->error)) {
        fprintf(stderr, "%s: returned %d [%s at %" PRId64 ":%d], libcsv alone %d [%s at %" PRId64 ":%d]\n",
                what, got->ok, got->error.message, (int64_t)got->error.line, got->error.column, ref->ok,
                ref->error.message, (int64_t)ref->error.line, ref->error.column);
        diffs++;
    }
    if (strcmp(ref->totals->str, got->totals->str) != 0) {
        fprintf(stderr, "%s: totals differ:\n%s-- libcsv alone:\n%s", what, got->totals->str,
                ref->totals->str);
        diffs++;
    }
    if (ref->problems->len != got->problems->len) {
        fprintf(stderr, "%s: %u problems, libcsv alone %u\n", what, got->problems->len, ref->problems->len);
        diffs++;
    }
    for (guint i = 0; i < MIN(ref->problems->len, got->problems->len); i++) {
        const BudgetError *a = &g_array_index(ref->problems, BudgetError, i),
                          *b = &g_array_index(got->problems, BudgetError, i);
        if (!same_error(a, b)) {
            fprintf(stderr,
                    "%s: problem %u: %" PRId64 "-%" PRId64 ":%d %s; libcsv alone %" PRId64 "-%" PRId64
                    ":%d %s\n",
                    what, i, (int64_t)b->line, (int64_t)b->end_line, b->column, b->message, (int64_t)a->line,
                    (int64_t)a->end_line, a->column, a->message);
            diffs++;
            break;
        }
    }
    return diffs;
}

static void ledger_run_clear(LedgerRun *r)
{
    g_array_free(r->problems, TRUE);
    g_string_free(r->totals, TRUE);
}

static BudgetBook *three_projects(void)
{
    static const char projects[] = "code,name,year,budget\nP1,a,2024,1000.00\nP2,b,2024,2000.00\n"
                                   "P3,c,2024,3000.00\n";
    BudgetBook *book = budget_book_new();
    BudgetError err;

    CU_ASSERT_TRUE(budget_csv_load_projects_data(book, projects, -1, "projects.csv", NULL, NULL, &err));
    return book;
}

/* Reads @data every way and compares each with libcsv alone on one thread. */
static int ledger_every_way(BudgetBook *book, const char *dir, const GString *data, const char *what)
{
    /* wide: the readers' AVX2 code where the processor has it (the UTF-8
     * check and the ledger's 64-byte line scan), else BUDGET_NO_AVX2 */
    static const struct {
        bool fast;
        unsigned threads;
        size_t range;
        bool wide;
    } ways[] = {{true, 1, 0, true},   {true, 2, 1, true},  {true, 2, 7, true},    {true, 3, 64, true},
                {true, 2, 333, true}, {false, 2, 5, true}, {true, 3, 4096, true}, {true, 0, 1000, true},
                {true, 1, 0, false},  {true, 2, 7, false}, {true, 3, 4096, false}};
    char *path = g_build_filename(dir, "transactions.csv", NULL);
    int diffs = 0;

    CU_ASSERT_TRUE_FATAL(g_file_set_contents(path, data->str, (gssize)data->len, NULL));
    for (int strict = 0; strict < 2; strict++) {
        LedgerRun ref;
        ledger_run(book, path, !strict, false, 1, 0, &ref);
        for (size_t w = 0; w < G_N_ELEMENTS(ways); w++) {
            LedgerRun got;
            char name[128];
            snprintf(name, sizeof name, "%s (%s, fast %d, %u threads, ranges of %zu bytes, wide %d)", what,
                     strict ? "strict" : "lenient", ways[w].fast, ways[w].threads, ways[w].range,
                     ways[w].wide);
            if (!ways[w].wide)
                g_setenv("BUDGET_NO_AVX2", "1", TRUE);
            ledger_run(book, path, !strict, ways[w].fast, ways[w].threads, ways[w].range, &got);
            g_unsetenv("BUDGET_NO_AVX2");
            diffs += ledger_diff(&ref, &got, name);
            ledger_run_clear(&got);
        }
        ledger_run_clear(&ref);
    }
    g_unlink(path);
    g_free(path);
    return diffs;
}

static void test_ledger_pass_every_way(void)
{
    GRand *rng = g_rand_new_with_seed(13);
    BudgetBook *book = three_projects();
    char *dir = g_dir_make_tmp("test-csv-read-XXXXXX", NULL);
    int diffs = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    /* Clean ledgers: the rows the fast path takes, quoted memos included. */
    for (int i = 0; i < 10 && diffs == 0; i++) {
        GString *s = make_book_ledger(rng, 1 + g_rand_int_range(rng, 0, 60), i % 4 == 3, true);
        diffs += ledger_every_way(book, dir, s, "clean");
        g_string_free(s, TRUE);
    }
    /* Malformed and fuzzed ones: every bad cell, every quoting case. */
    for (int i = 0; i < 60 && diffs == 0; i++) {
        GString *s = make_book_ledger(rng, 1 + g_rand_int_range(rng, 0, 40), i % 3 == 0, false);
        char what[32];
        if (i % 7 == 6)
            g_string_truncate(s, s->len - 1 - (gsize)g_rand_int_range(rng, 0, 3)); /* a cut last line */
        snprintf(what, sizeof what, "fuzzed-%d", i);
        diffs += ledger_every_way(book, dir, s, what);
        g_string_free(s, TRUE);
    }
    /* Every date and amount token in an otherwise plain row, after a plain
     * row (the fast path starts at the second record): the tokens one byte
     * off the plain forms must be read as the general path reads them. */
    {
        GString *s =
            g_string_new("date,code,amount,source,voucher,memo\n2024-01-05,P1,1.00,fiscal,V0,memo\n");
        for (size_t i = 0; i < G_N_ELEMENTS(ledger_dates); i++)
            g_string_append_printf(s, "%s,P2,2.50,fiscal,V%zu,支付\n", ledger_dates[i], i);
        for (size_t i = 0; i < G_N_ELEMENTS(ledger_amounts); i++)
            g_string_append_printf(s, "2024-03-31,P3,%s,other,W%zu,支付\n", ledger_amounts[i], i);
        for (size_t i = 0; i < G_N_ELEMENTS(ledger_sources); i++)
            g_string_append_printf(s, "2024-06-30,P1,3.25,%s,X%zu,支付\n", ledger_sources[i], i);
        diffs += ledger_every_way(book, dir, s, "near-plain");
        g_string_free(s, TRUE);
    }
    /* The safety issue's ledger, and a large clean one over many ranges. */
    {
        GString *s = g_string_new(issue_ledger);
        diffs += ledger_every_way(book, dir, s, "issue");
        g_string_free(s, TRUE);
        s = make_book_ledger(rng, 3000, false, true);
        diffs += ledger_every_way(book, dir, s, "large");
        g_string_free(s, TRUE);
    }
    CU_ASSERT_EQUAL(diffs, 0);
    g_rmdir(dir);
    g_free(dir);
    budget_book_unref(book);
    g_rand_free(rng);
}

/* The thread options: 1 by default, 0 resolved to the cores. */
static void test_thread_options(void)
{
    BudgetCsvOptions *o = budget_csv_options_new();

    CU_ASSERT_EQUAL(budget_csv_options_get_threads(o), 1);
    budget_csv_options_set_threads(o, 3);
    CU_ASSERT_EQUAL(budget_csv_options_get_threads(o), 3);
    budget_csv_options_set_threads(o, 0);
    CU_ASSERT_EQUAL(budget_csv_options_get_threads(o), (unsigned)MAX(g_get_num_processors(), 1));
    budget_csv_options_set_range_size(o, 10);
    test_criticals_init();
    EXPECT_CRITICAL(budget_csv_options_set_threads(NULL, 2));
    EXPECT_CRITICAL(budget_csv_options_set_range_size(NULL, 2));
    test_criticals_cleanup();
    budget_csv_options_free(o);
}

static CU_TestInfo read_tests[] = {
    {"head counts and years", test_counts_and_years},
    {"read callbacks", test_read_callbacks},
    {"a column the ledger does not read", test_ledger_columns},
    {"a rejected project's payments", test_rejected_project},
    {"the model, by hand", test_model_by_hand},
    {"library = model on generated ledgers", test_model_on_generated_ledgers},
    {"text after a closing quote", test_text_after_closing_quote},
    {"line ranges", test_line_range},
    {"a quote never closed", test_quote_never_closed},
    {"field and column limits", test_limits},
    {"an endless quoted field", test_endless_field},
    {"UTF-16 and NUL", test_encoding_messages},
    {"the ledger pass: fast path, threads, ranges", test_ledger_pass_every_way},
    {"thread options", test_thread_options},
    CU_TEST_INFO_NULL,
};

/* A folder in one call: book, ledger at the as-of date, department.csv;
 * files left out by the options are not opened. */
static void test_folder_load(void)
{
    char *dir = test_make_tmpdir();
    char *p = g_build_filename(dir, "projects.csv", NULL);
    char *t = g_build_filename(dir, "TRANSACTIONS.csv", NULL);
    char *i = g_build_filename(dir, "indicators.csv", NULL);
    char *d = g_build_filename(dir, "department.csv", NULL);
    BudgetCsvOptions *o = budget_csv_options_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetCsvFolder *f;
    BudgetReport *report;
    BudgetFen executed = 0;
    BudgetError err;

    write_text(p, "code,year,budget\nP1,2024,100.00\n");
    write_text(t, "date,code,amount\n2024-03-01,P1,25.00\n2024-09-01,P1,30.00\n");
    write_text(i, "code,level1\nP9,产出指标\n"); /* P9: an unknown code */
    write_text(d, "item,amount\ncarryover_last_year,100.00\n");

    /* As of 2024-06-30: only March's 25.00 is executed. indicators.csv,
     * whose unknown code fails strict loading, is not read. */
    budget_csv_options_set_files(o, BUDGET_CSV_FILES_ALL & ~BUDGET_CSV_FILE_INDICATORS);
    f = budget_csv_folder_load(dir, 20240630, o, diag, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(budget_book_get_n_projects(budget_csv_folder_get_book(f)), 1);
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(budget_csv_folder_get_book(f)), 0);
    CU_ASSERT_EQUAL(budget_ledger_get_as_of(budget_csv_folder_get_ledger(f)), 20240630);
    CU_ASSERT_PTR_NOT_NULL(budget_csv_folder_get_department_inputs(f));
    report = budget_report_new(budget_csv_folder_get_ledger(f), BUDGET_LEVEL_PROJECT, NULL, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_TRUE(budget_report_get_money(report, 0, BUDGET_REPORT_EXECUTED, &executed));
    assert_fen(2500, executed);
    budget_report_free(report);
    budget_csv_folder_free(f);

    /* Without department.csv in the options, and as of the year end (0). */
    budget_csv_options_set_files(o, BUDGET_CSV_FILE_TRANSACTIONS);
    f = budget_csv_folder_load(dir, 0, o, diag, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_PTR_NULL(budget_csv_folder_get_department_inputs(f));
    CU_ASSERT_EQUAL(budget_ledger_get_as_of(budget_csv_folder_get_ledger(f)), 20241231);
    budget_csv_folder_free(f);

    /* Every file: indicators.csv's unknown code fails the strict load, and
     * the failure is in the list too. */
    budget_csv_options_set_files(o, BUDGET_CSV_FILES_ALL);
    CU_ASSERT_PTR_NULL(budget_csv_folder_load(dir, 0, o, diag, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 2, 1, "code");
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 1);
    budget_csv_folder_free(NULL);

    budget_diagnostics_free(diag);
    budget_csv_options_free(o);
    g_free(p);
    g_free(t);
    g_free(i);
    g_free(d);
    g_free(dir);
}

static CU_TestInfo folder_tests[] = {
    {"one call: budget_csv_folder_load", test_folder_load},
    {"paths that are not regular files", test_not_regular_files},
    {"names in any case, other data files", test_folder_names},
    {"every file read after one fails", test_every_file_read},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"csv reading", NULL, NULL, NULL, NULL, read_tests},
    {"data folders", NULL, NULL, NULL, NULL, folder_tests},
    CU_SUITE_INFO_NULL,
};
