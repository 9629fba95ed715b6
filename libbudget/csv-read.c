/* csv-read: RFC 4180 records, read with libcsv in strict mode and a fast
 * path for plain records (DESIGN.md "Data formats"). The only file that
 * includes <csv.h>. Input and decoding are csv-input.c's; what the cells
 * mean is csv-load.c's. */
#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <csv.h>

#include "csv-private.h"
#include "text-private.h"

void budgetp_csv_reader_init(Reader *r, FileKind kind, const char *source, const BudgetCsvOptions *options,
                             BudgetDiagnostics *diag, BudgetError *error)
{
    memset(r, 0, sizeof *r);
    if (options == NULL)
        options = &budgetp_csv_default_options;
    r->kind = kind;
    r->source = source != NULL ? source : "";
    r->lenient = options->lenient;
    r->encoding = options->encoding;
    r->max_field_size = options->max_field_size;
    r->max_columns = options->max_columns;
    r->diag = diag;
    r->error = error;
    r->columns = g_array_new(FALSE, TRUE, sizeof(Column));
    r->extra_cols = g_array_new(FALSE, FALSE, sizeof(int));
    r->cells = g_ptr_array_new();
    r->pending = g_string_new(NULL);
    r->fast = options->fast_path;
    for (int k = 0; k < N_KEYS; k++)
        r->col_of[k] = -1;
    for (int m = 0; m < 13; m++)
        r->plan_col[m] = -1;
    r->cur_line = 1;
    r->base_offset = 0;
    r->last_byte = '\n';
}

void budgetp_csv_reader_clear(Reader *r)
{
    for (guint i = 0; i < r->columns->len; i++)
        g_free(g_array_index(r->columns, Column, i).name);
    g_array_free(r->columns, TRUE);
    g_array_free(r->extra_cols, TRUE);
    for (guint i = 0; i < r->cells->len; i++)
        g_string_free(g_ptr_array_index(r->cells, i), TRUE);
    g_ptr_array_free(r->cells, TRUE);
    g_free(r->cell_ptr);
    g_free(r->cell_len);
    g_string_free(r->pending, TRUE);
}

const char *budgetp_csv_column_name(const Reader *r, int col)
{
    if (col < 0 || (guint)col >= r->columns->len)
        return "";
    return g_array_index(r->columns, Column, col).name;
}

static void reserve_cells(Reader *r, size_t n)
{
    if (n <= r->cells_cap)
        return;
    r->cells_cap = MAX(n, 2 * r->cells_cap);
    r->cell_ptr = g_renew(char *, r->cell_ptr, r->cells_cap);
    r->cell_len = g_renew(size_t, r->cell_len, r->cells_cap);
}

/* Appends a cell of the record; @text is NUL-terminated and writable. A
 * cell past the column limit is counted, not kept; one over the size limit
 * is kept empty. Either rejects the record in process_record(). */
static void add_cell(Reader *r, char *text, size_t len)
{
    r->rec_n_fields++;
    if (r->n_cells >= r->max_columns)
        return;
    if (len > r->max_field_size) {
        if (r->rec_big_col < 0) {
            r->rec_big_col = (int)r->n_cells;
            r->rec_big_len = len;
        }
        r->empty[0] = '\0';
        text = r->empty;
        len = 0;
    }
    reserve_cells(r, r->n_cells + 1);
    r->cell_ptr[r->n_cells] = text;
    r->cell_len[r->n_cells] = len;
    r->n_cells++;
}

/* The cell of @col (trimmed in place), "" for a column the file lacks. */
const char *budgetp_csv_cell(Reader *r, int col)
{
    char *start, *end;

    if (col < 0)
        return "";
    start = r->cell_ptr[col];
    end = start + r->cell_len[col];
    while (start < end && (*start == ' ' || *start == '\t'))
        start++;
    while (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        end--;
    *end = '\0';
    r->cell_ptr[col] = start;
    r->cell_len[col] = (size_t)(end - start);
    return start;
}

/* The length of budgetp_csv_cell(@col) once called. */
size_t budgetp_csv_cell_length(const Reader *r, int col)
{
    return col < 0 ? 0 : r->cell_len[col];
}

/* The cell as written (text columns keep their spaces). */
const char *budgetp_csv_cell_raw(const Reader *r, int col)
{
    return col < 0 ? "" : r->cell_ptr[col];
}

void budgetp_csv_locate(const Reader *r, BudgetError *e, int col)
{
    e->line = r->rec_line;
    /* Called while the record's last line is being fed. */
    e->end_line = MAX(r->cur_line, r->rec_line);
    e->column = col >= 0 ? col + 1 : 0;
    e->offset = r->rec_offset;
    budgetp_strlcpy_utf8(e->source, r->source, sizeof e->source);
    budgetp_strlcpy_utf8(e->field, budgetp_csv_column_name(r, col), sizeof e->field);
}

void budgetp_csv_fail_file(Reader *r, BudgetError *e);

/* Adds a problem to the list; a streaming list whose callback asked to stop
 * ends the reading with ABORTED. */
void budgetp_csv_report(Reader *r, const BudgetError *e, bool is_warning)
{
    if (r->diag == NULL)
        return;
    budget_diagnostics_add(r->diag, e, is_warning);
    if (!r->failed && budget_diagnostics_is_stopped(r->diag)) {
        BudgetError stop;
        budget_error_clear(&stop);
        budgetp_error_set(&stop, BUDGET_ERROR_ABORTED, r->source, e->line, 0, NULL,
                          "reading stopped by the diagnostics callback");
        r->failed = true; /* before budgetp_csv_fail_file(), which reports again */
        budgetp_csv_fail_file(r, &stop);
    }
}

/* A problem that ends reading the file in either mode. */
void budgetp_csv_fail_file(Reader *r, BudgetError *e)
{
    budgetp_csv_report(r, e, false);
    if (r->error != NULL && r->error->code == BUDGET_ERROR_OK)
        *r->error = *e;
    r->failed = true;
    r->ignore = true;
}

void budgetp_csv_reject_row(Reader *r, BudgetError *e)
{
    if (e->code == BUDGET_ERROR_ABORTED) {
        budgetp_csv_fail_file(r, e);
        return;
    }
    if (!r->lenient) {
        budgetp_csv_fail_file(r, e);
        return;
    }
    budgetp_csv_report(r, e, false);
}

bool budgetp_csv_row_error(Reader *r, BudgetError *e, int col, const char *format, ...)
{
    va_list args;
    char *msg;

    va_start(args, format);
    msg = g_strdup_vprintf(format, args);
    va_end(args);
    budgetp_strlcpy_utf8(e->message, msg, sizeof e->message);
    g_free(msg);
    budgetp_csv_locate(r, e, col);
    return false;
}

/* A cell quoted for a message: invisible and control characters escaped,
 * a long text cut in the middle (text-private.h). */
char *budgetp_csv_quote_cell(const char *text)
{
    return budgetp_text_quote(text, -1, BUDGETP_TEXT_MESSAGE_MAX);
}

/* Turns the error of a cell parser into a row error at @col. The caller
 * knows whether that parser quotes what it was given (money, dates and
 * percentages do), so the cell is quoted once. */
bool budgetp_csv_cell_error(Reader *r, BudgetError *e, int col, const BudgetError *sub, const char *what,
                            const char *text, bool sub_quotes_text)
{
    char *q = budgetp_csv_quote_cell(text);

    e->code = sub->code != BUDGET_ERROR_OK ? sub->code : BUDGET_ERROR_PARSE;
    if (sub->message[0] != '\0' && sub_quotes_text)
        budgetp_csv_row_error(r, e, col, "invalid %s: %s", what, sub->message);
    else
        budgetp_csv_row_error(r, e, col, "invalid %s \"%s\": %s", what, q,
                              sub->message[0] != '\0' ? sub->message : budget_strerror(e->code));
    g_free(q);
    return false;
}

void budgetp_csv_warn_row(Reader *r, int code, int col, const char *format, ...) G_GNUC_PRINTF(4, 5);
void budgetp_csv_warn_row(Reader *r, int code, int col, const char *format, ...)
{
    BudgetError w;
    va_list args;
    char *msg;

    budget_error_clear(&w);
    w.code = code;
    va_start(args, format);
    msg = g_strdup_vprintf(format, args);
    va_end(args);
    budgetp_strlcpy_utf8(w.message, msg, sizeof w.message);
    g_free(msg);
    budgetp_csv_locate(r, &w, col);
    budgetp_csv_report(r, &w, true);
}

void budgetp_csv_file_error(Reader *r, int code, int64_t line, int col, const char *field, const char *format,
                            ...) G_GNUC_PRINTF(6, 7);
void budgetp_csv_file_error(Reader *r, int code, int64_t line, int col, const char *field, const char *format,
                            ...)
{
    BudgetError e;
    va_list args;

    budget_error_clear(&e);
    va_start(args, format);
    budgetp_error_setv(&e, code, r->source, line, col, field, format, args);
    va_end(args);
    budgetp_csv_fail_file(r, &e);
}

static void process_record(Reader *r)
{
    size_t n_cols = r->columns->len;
    bool blank = true;
    BudgetError e;

    if (!r->have_header) {
        budgetp_csv_process_header(r);
        return;
    }
    budget_error_clear(&e);
    if (r->rec_n_fields > r->n_cells) {
        e.code = BUDGET_ERROR_RANGE;
        budgetp_csv_row_error(r, &e, (int)r->max_columns,
                              "%zu fields, more than the limit of %zu (a CSV option sets it)",
                              r->rec_n_fields, r->max_columns);
        budgetp_csv_reject_row(r, &e);
        return;
    }
    if (r->rec_big_col >= 0) {
        e.code = BUDGET_ERROR_RANGE;
        budgetp_csv_row_error(r, &e, r->rec_big_col,
                              "a field of %zu bytes, more than the limit of %zu (a CSV option sets it)",
                              r->rec_big_len, r->max_field_size);
        budgetp_csv_reject_row(r, &e);
        return;
    }
    for (size_t i = 0; i < r->n_cells && blank; i++)
        blank = r->cell_len[i] == 0;
    if (blank)
        return; /* a row of empty cells, as spreadsheets export, is a blank line */
    if (r->n_cells != n_cols) {
        size_t col = MIN(r->n_cells, n_cols);
        e.code = BUDGET_ERROR_PARSE;
        budgetp_csv_row_error(r, &e, (int)col, "expected %zu fields, got %zu", n_cols, r->n_cells);
        budgetp_csv_reject_row(r, &e);
        return;
    }
    for (size_t i = 0; i < r->n_cells; i++) {
        /* Input checked as a whole needs no second look cell by cell. */
        if (!r->rec_clean && !g_utf8_validate(r->cell_ptr[i], (gssize)r->cell_len[i], NULL)) {
            const char *nul = memchr(r->cell_ptr[i], '\0', r->cell_len[i]);
            e.code = BUDGET_ERROR_ENCODING;
            if (nul != NULL)
                budgetp_csv_row_error(
                    r, &e, (int)i,
                    "a NUL byte (\\x00) at byte %zu of the cell: this is not text (a binary or UTF-16 file, "
                    "or a damaged export)",
                    (size_t)(nul - r->cell_ptr[i]) + 1);
            else if (r->encoding == ENC_UTF8)
                budgetp_csv_row_error(
                    r, &e, (int)i,
                    "not valid UTF-8, which the encoding option asks for (use auto or GB18030 for a file "
                    "saved by Chinese Excel)");
            else
                budgetp_csv_row_error(r, &e, (int)i, "not valid UTF-8 after decoding");
            budgetp_csv_reject_row(r, &e);
            return;
        }
        if (r->cell_len[i] > 0 && g_array_index(r->columns, Column, i).name[0] == '\0') {
            e.code = BUDGET_ERROR_PARSE;
            budgetp_csv_row_error(r, &e, (int)i, "a value in a column without a header name");
            budgetp_csv_reject_row(r, &e);
            return;
        }
    }
    if (!r->row_func(r, &e)) {
        if (e.line == 0)
            budgetp_csv_locate(r, &e, -1);
        budgetp_csv_reject_row(r, &e);
    }
}

static void start_record(Reader *r, int64_t offset)
{
    r->in_record = true;
    r->rec_clean = r->chunk_clean;
    r->rec_line = r->cur_line;
    r->rec_offset = offset;
    r->n_cells = 0;
    r->rec_n_fields = 0;
    r->rec_big_col = -1;
}

static void on_field(void *data, size_t len, void *ctx)
{
    Reader *r = ctx;
    GString *s;

    if (r->ignore)
        return;
    if (!r->in_record) /* a record after a lone CR: same physical line */
        start_record(r, -1);
    if (r->n_cells >= r->max_columns || len > r->max_field_size) {
        add_cell(r, NULL, len); /* counted, not copied */
        return;
    }
    if (r->n_cells < r->cells->len) {
        s = g_ptr_array_index(r->cells, r->n_cells);
        g_string_truncate(s, 0);
    } else {
        s = g_string_sized_new(len + 1);
        g_ptr_array_add(r->cells, s);
    }
    if (data != NULL)
        g_string_append_len(s, data, (gssize)len);
    add_cell(r, s->str, s->len);
}

static void on_record(int c, void *ctx)
{
    Reader *r = ctx;

    (void)c;
    if (r->ignore || !r->in_record)
        return;
    r->in_record = false;
    process_record(r);
    r->n_cells = 0;
}

/* A line longer than this is handed to libcsv in pieces rather than gathered
 * whole across chunks, so that memory stays bounded whatever the line. */
#define PENDING_MAX (1024 * 1024)

/* libcsv reads strictly (RFC 4180: after a closing quote comes a comma, a
 * line end or the end of the file, spaces allowed) except that a quote
 * inside an unquoted field is kept, as Excel, pandas and Python read it. */
#ifndef BUDGETP_BREAK_QUOTE_RULE
#define PARSER_OPTIONS (CSV_STRICT | CSV_APPEND_NULL)
#else
/* Test-only breakage (tests/fuzz/selftest.sh): libcsv's lax mode lets `"m"x`
 * run on into later lines; the differential fuzz harness must catch it. */
#define PARSER_OPTIONS CSV_APPEND_NULL
#endif

static bool parser_start(Reader *r)
{
    if (csv_init(r->parser, PARSER_OPTIONS) != 0) {
        budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "", "cannot initialise the CSV parser");
        return false;
    }
    return true;
}

bool budgetp_csv_begin(Reader *r)
{
    r->parser = g_new0(struct csv_parser, 1);
    if (!parser_start(r)) {
        g_free(r->parser);
        r->parser = NULL;
        return false;
    }
    return true;
}

/* Drops the record being read: a fresh parser takes the next line. */
static void parser_restart(Reader *r)
{
    bool ignore = r->ignore;

    r->ignore = true; /* csv_fini would hand over the broken record */
    csv_fini(r->parser, on_field, on_record, r);
    csv_free(r->parser);
    r->ignore = ignore;
    r->in_record = false;
    r->n_cells = 0;
    if (!parser_start(r))
        r->ignore = true;
}

/* Up to @max characters of @s (@n bytes) before its line end, quoted for a message. */
static char *quote_until_eol(const char *s, size_t n, size_t max)
{
    size_t len = 0, chars = 0;

    while (len < n && s[len] != '\n' && s[len] != '\r' && chars < max) {
        len += (size_t)(g_utf8_skip[(guchar)s[len]]);
        chars++;
    }
    len = MIN(len, n);
    {
        char *part = g_strndup(s, len), *q = g_strescape(part, "\"\\'");
        char *out = (len < n && s[len] != '\n' && s[len] != '\r') ? g_strdup_printf("%s...", q) : g_strdup(q);
        g_free(part);
        g_free(q);
        return out;
    }
}

/* Text after a closing quote (`"m"x`): an error at that cell. Lenient
 * reading rejects the record and goes on at the next line. */
static void after_quote_error(Reader *r, const char *s, size_t n)
{
    char *seen = quote_until_eol(s, n, 20);
    int col = (int)r->n_cells;
    BudgetError e;

    if (!r->in_record)
        start_record(r, -1);
    if (!r->have_header) {
        budgetp_csv_file_error(
            r, BUDGET_ERROR_PARSE, r->rec_line, col + 1, "",
            "header cell %d: text after a closing quote (\"%s\"); a quoted field ends at its closing quote",
            col + 1, seen);
        g_free(seen);
        return;
    }
    budget_error_clear(&e);
    e.code = BUDGET_ERROR_PARSE;
    budgetp_csv_row_error(
        r, &e, col,
        "text after a closing quote: \"%s\"; a quoted field ends at its closing quote (to write a quote "
        "inside a field, double it and quote the whole field: \"\"\"三公\"\"经费\")",
        seen);
    g_free(seen);
    budgetp_csv_reject_row(r, &e);
    parser_restart(r);
}

/* A field still growing long past the size limit: stop buffering it. In
 * an unquoted field that is a huge line: lenient reading goes on at the next
 * one. In a quoted field it is most likely a quote never closed, which has
 * swallowed the lines after it: as at the end of the file (budgetp_csv_end()), the
 * line where the record starts is rejected and the lines after it are read
 * again, so no row is lost in it. */
static void field_too_long(Reader *r, bool at_line_end)
{
    BudgetError e;
    int col = (int)r->n_cells;
    bool quoted = r->parser->quoted != 0;

    budget_error_clear(&e);
    if (!r->have_header) {
        budgetp_csv_file_error(r, BUDGET_ERROR_RANGE, r->rec_line, col + 1, "",
                               "header cell %d is longer than the limit of %zu bytes (a CSV option sets it)",
                               col + 1, r->max_field_size);
        return;
    }
    if (r->speculative) {
        r->trouble = true; /* its message names lines */
        r->ignore = true;
        return;
    }
    e.code = BUDGET_ERROR_RANGE;
    if (quoted)
        budgetp_csv_row_error(
            r, &e, col,
            "a quoted field longer than the limit of %zu bytes (a CSV option sets it), from line %" PRId64
            " to at least line %" PRId64 ": is a quote never closed?",
            r->max_field_size, r->rec_line, r->cur_line);
    else
        budgetp_csv_row_error(r, &e, col, "a field longer than the limit of %zu bytes (a CSV option sets it)",
                              r->max_field_size);
    if (!r->lenient || !quoted) {
        budgetp_csv_reject_row(r, &e);
        parser_restart(r);
        r->skip_line = !at_line_end;
        return;
    }
    e.end_line = r->rec_line;
    budgetp_csv_report(r, &e, false);
    r->reread_from = r->rec_line + 1;
    r->ignore = true; /* this reading ends here */
}

/* Hands @n bytes (part of one physical line) to libcsv. libcsv's buffer
 * grows by its block size: keep that in step with the buffer, so long
 * fields cost amortised linear time, and stop a field long past the limit
 * so that memory stays bounded. */
static void parse_piece(Reader *r, char *s, size_t n)
{
    struct csv_parser *p = r->parser;
    size_t pos = 0;

    while (pos < n && !r->ignore) {
        size_t block =
            CLAMP(csv_get_buffer_size(p), (size_t)CHUNK_SIZE, MAX(r->max_field_size, (size_t)CHUNK_SIZE));

        csv_set_blk_size(p, block);
        pos += csv_parse(p, s + pos, n - pos, on_field, on_record, r);
        if (pos == n || r->ignore)
            break;
        if (csv_error(p) != CSV_EPARSE) {
            budgetp_csv_file_error(r, BUDGET_ERROR_IO, r->cur_line, 0, "", "CSV parser failed: %s",
                                   csv_strerror(csv_error(p)));
            return;
        }
        if (s[pos] == '"' && !p->quoted) {
            /* A quote inside an unquoted field: the one case strict mode
             * refuses that is read literally. */
            csv_set_opts(p, CSV_APPEND_NULL);
            csv_parse(p, s + pos, 1, on_field, on_record, r);
            csv_set_opts(p, PARSER_OPTIONS);
            pos++;
            continue;
        }
        after_quote_error(r, s + pos, n - pos);
        r->skip_line = s[n - 1] != '\n' && s[n - 1] != '\r';
        return;
    }
    if (!r->ignore && csv_get_buffer_size(p) > 2 * r->max_field_size + 2 * PENDING_MAX)
        field_too_long(r, s[n - 1] == '\n' || s[n - 1] == '\r');
}

/* Counts the line end that closes a piece of @n bytes ending with @last. */
static void count_piece(Reader *r, size_t n, char last)
{
    if (last == '\r' || (last == '\n' && (n > 1 || r->last_byte != '\r')))
        r->cur_line++;
    r->last_byte = last;
}

/* Splits a plain record (one physical line without a double quote) on
 * commas in place, exactly as libcsv reads it: an unquoted field loses its
 * leading and trailing spaces and tabs, and nothing else. @s[@n] is the line
 * end, overwritten like every comma by the NUL that ends a cell. */
static void split_plain(Reader *r, char *s, size_t n)
{
    char *p = s, *stop = s + n;

    for (;;) {
        char *q = p, *a = p, *b;

        while (q < stop && *q != ',')
            q++;
        b = q;
        while (a < b && (*a == ' ' || *a == '\t'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
            b--;
        *b = '\0';
        add_cell(r, a, (size_t)(b - a));
        if (q == stop)
            break;
        p = q + 1;
    }
}

/* One physical line (ending with LF or CR), or the unterminated start of
 * one that libcsv will continue; @offset is the file offset of @s[0], -1 if
 * unknown. A record that starts here and has no double quote on its line is
 * split by split_plain(), without libcsv and without copying; any other goes
 * through libcsv. Both give the same cells: tests/test-csv.c reads every
 * input both ways (budget_csv_options_set_fast_path() turns the plain path off). */
static void feed_piece(Reader *r, char *s, size_t n, int64_t offset)
{
    char last = s[n - 1];
    bool done = false;

    if (r->skip_line || r->cur_line < r->skip_until) {
        /* The rest of a rejected record's line, or a line of a first reading. */
        if (last == '\n' || last == '\r')
            r->skip_line = false;
        count_piece(r, n, last);
        return;
    }
    if (!r->in_record) {
        size_t i = 0;

        if (r->line_func != NULL) {
            if (r->fast && r->chunk_clean && last == '\n' && r->line_func(r, s, n)) {
                count_piece(r, n, last);
                return;
            }
            r->line_flush(r);
        }

        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
            i++;
        if (i < n)
            start_record(r, offset < 0 ? -1 : offset + (int64_t)i);
        if (r->fast && i == n) {
            done = true; /* only blanks: libcsv skips them too */
        } else if (r->fast && (last == '\n' || last == '\r') && memchr(s + i, '"', n - i) == NULL) {
            split_plain(r, s + i, n - i - 1);
            r->in_record = false;
            process_record(r);
            r->n_cells = 0;
            done = true;
        }
    } else if (!r->chunk_clean) {
        r->rec_clean = false;
    }
    if (!done)
        parse_piece(r, s, n);
    count_piece(r, n, last);
}

/* Hands the gathered start of a line to feed_piece() as it is. */
static void flush_pending(Reader *r)
{
    bool clean = r->chunk_clean;
    const char *end = r->feed_end;

    r->chunk_clean = r->pending_clean;
    r->feed_end = r->pending->str + r->pending->len;
    r->feed_serial++;
    feed_piece(r, r->pending->str, r->pending->len, r->pending_offset);
    r->chunk_clean = clean;
    r->feed_end = end;
    r->feed_serial++;
    g_string_truncate(r->pending, 0);
}

/* Feeds decoded UTF-8 one physical line at a time, so that the line where
 * each record starts is known exactly. A line ends with LF, CRLF (counted
 * once) or a lone CR, as libcsv ends records. The unterminated last line of
 * a chunk waits in r->pending for its end. @buf is modified in place;
 * r->chunk_clean says whether it was checked as UTF-8 without NUL. */
void budgetp_csv_feed(Reader *r, char *buf, size_t len)
{
    size_t pos = 0;

    r->feed_end = buf + len;
    r->feed_serial++;
    if (r->pending->len > 0 && len > 0 && !r->ignore) {
        size_t t = 0;

        while (t < len && buf[t] != '\n' && buf[t] != '\r')
            t++;
        g_string_append_len(r->pending, buf, (gssize)MIN(t + 1, len));
        r->pending_clean = r->pending_clean && r->chunk_clean;
        if (t < len || r->pending->len > PENDING_MAX)
            flush_pending(r);
        pos = MIN(t + 1, len);
    }
    /* The first CR at or after pos, searched again only once passed: most
     * files have none, and then each line costs one memchr, not two. */
    const char *next_cr = pos < len ? memchr(buf + pos, '\r', len - pos) : NULL;
    bool many = r->lines_func != NULL && r->fast && r->chunk_clean;

    while (pos < len && !r->ignore) {
        const char *nl;
        size_t stop;
        const char *cr;
        size_t end;

        if (next_cr != NULL && next_cr < buf + pos)
            next_cr = memchr(buf + pos, '\r', len - pos);
        if (many && !r->in_record && !r->skip_line && r->cur_line >= r->skip_until) {
            /* As many plain lines as the kind's reader takes at once, up to
             * the next CR; the line it stops at goes the usual way, and the
             * next attempt comes after it. */
            size_t lim = next_cr != NULL ? (size_t)(next_cr - buf) : len;
            int64_t lines = 0;
            size_t took = lim > pos ? r->lines_func(r, buf + pos, lim - pos, &lines) : 0;

            if (took > 0) {
                pos += took;
                r->cur_line += lines;
                r->last_byte = '\n';
                if (pos == len)
                    break;
            }
        }
        nl = memchr(buf + pos, '\n', len - pos);
        stop = nl != NULL ? (size_t)(nl - buf) + 1 : len;
        cr = next_cr != NULL && next_cr < buf + stop ? next_cr : NULL;
        end = cr != NULL ? (size_t)(cr - buf) + 1 : stop;
        int64_t offset = r->base_offset < 0 ? -1 : r->base_offset + r->fed + (int64_t)pos;

        if (r->fast && !r->in_record && nl == NULL && cr == NULL) {
            g_string_append_len(r->pending, buf + pos, (gssize)(len - pos));
            r->pending_offset = offset;
            r->pending_clean = r->chunk_clean;
            break;
        }
        feed_piece(r, buf + pos, end - pos, offset);
        pos = end;
    }
    r->fed += (int64_t)len;
}

void budgetp_csv_end(Reader *r)
{
    if (r->line_flush != NULL)
        r->line_flush(r);
    if (!r->ignore && (r->pending->len > 0 || (r->last_byte != '\n' && r->last_byte != '\r'))) {
        char nl[] = "\n";

        r->chunk_clean = true;
        budgetp_csv_feed(r, nl, 1);
    }
    if (!r->ignore && r->in_record) {
        /* Every line end has been fed: only an open quote keeps a record
         * open, and it swallowed every line after it. Strict reading stops;
         * lenient reading rejects the line where the record starts and reads
         * the lines after it again, as records (budgetp_csv_run_reader()). */
        int64_t last = r->cur_line - 1;
        int col = (int)r->n_cells;
        BudgetError e;

        budget_error_clear(&e);
        e.code = BUDGET_ERROR_PARSE;
        if (r->speculative) {
            r->trouble = true; /* its message names lines */
        } else if (!r->have_header) {
            budgetp_csv_file_error(r, BUDGET_ERROR_PARSE, r->rec_line, col + 1, "",
                                   "header cell %d: a quote opened here is never closed (lines %" PRId64
                                   "-%" PRId64 " were read as one field)",
                                   col + 1, r->rec_line, last);
        } else if (!r->lenient) {
            budgetp_csv_row_error(r, &e, col,
                                  "a quote opened in this field is never closed: lines %" PRId64 "-%" PRId64
                                  ", to the end of the file, were read as one field",
                                  r->rec_line, last);
            e.end_line = last;
            budgetp_csv_fail_file(r, &e);
        } else {
            budgetp_csv_row_error(
                r, &e, col,
                "a quote opened in this field is never closed before the end of the file (line %" PRId64
                "): this line is rejected and the lines after it are read again as records",
                last);
            e.end_line = r->rec_line;
            budgetp_csv_report(r, &e, false);
            if (last > r->rec_line)
                r->reread_from = r->rec_line + 1;
        }
    }
    if (!r->ignore && !r->have_header && !r->trouble)
        budgetp_csv_file_error(r, BUDGET_ERROR_PARSE, 1, 0, "", "empty file: no header row");
    r->ignore = true;
    csv_fini(r->parser, on_field, on_record, r);
    csv_free(r->parser);
    g_free(r->parser);
    r->parser = NULL;
}

void budgetp_csv_abandon(Reader *r)
{
    if (r->line_flush != NULL)
        r->line_flush(r);
    r->ignore = true; /* csv_fini would hand over an unfinished record */
    csv_fini(r->parser, on_field, on_record, r);
    csv_free(r->parser);
    g_free(r->parser);
    r->parser = NULL;
}
