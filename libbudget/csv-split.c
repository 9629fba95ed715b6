/* csv-split: a ledger file read on several threads. The file is cut into
 * byte ranges at line starts; each range is read by its own reader into its
 * own per-project totals (a ledger part, budgetp_ledger_new_part()), and the
 * parts are merged (DESIGN.md "Contracts": the accumulators are mergeable).
 *
 * A cut is a guess: a line start may lie inside a quoted field. The reader
 * of a range goes on past its end until its last record is closed, and
 * stops at the byte where it did: when that is not where the next range
 * started, the next range started inside a field, and it is read again
 * from there (on this thread). A range's reader counts its lines from its
 * own start, so its problems are replayed into the caller's list with their
 * lines moved, in file order; a problem whose message itself names lines (a
 * quote never closed, a field past the size limit) or whose outcome depends
 * on the totals before it (an overflow) marks the range as trouble, and
 * the file is then read in one pass (csv-load.c): the results and the
 * reports are always those of the one-pass reading. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "csv-private.h"
#include "text-private.h"
#include "ledger-private.h"

/* Bytes read at a time by a range's reader; a line longer than this sends
 * the file to the one-pass reading. */
#define RANGE_BUF (1024 * 1024)
/* A file smaller than this is not worth a thread, unless a range size is set. */
#define MIN_SPLIT ((int64_t)4 * 1024 * 1024)
/* At most this many ranges, and at most PARTS_BYTES of ledger parts: each
 * range holds its part until the merge. */
#define MAX_RANGES 4096
#define PARTS_BYTES ((size_t)256 * 1024 * 1024)

typedef struct {
    int64_t start, end; /* [start, end): end is a line start, or the file's end */
    int64_t stop;       /* where its last record closed: end or beyond */
    int64_t first_line; /* its reader's line of its first byte */
    int64_t n_lines;    /* line ends read from start to stop */
    BudgetLedger *part;
    BudgetDiagnostics *diag;
    BudgetError error;
    bool failed;  /* strict reading stopped here */
    bool trouble; /* read the file in one pass */
    bool done;
} Range;

typedef struct {
    int fd;
    int64_t size;
    const char *source;
    const char *header; /* line 1 with its LF, for the ranges after the first */
    size_t header_len;
    const BudgetLedger *ledger;
    const BudgetCsvOptions *options;
    BudgetpRangeSetup setup;
    BudgetpRangeClear clear;
    void *data;
    Range *ranges;
    guint n_ranges;
    gint next; /* atomic: the next range a thread takes */
} Split;

static bool read_at(int fd, char *buf, size_t cap, int64_t pos, size_t *n)
{
    *n = 0;
    while (*n < cap) {
        ssize_t got = pread(fd, buf + *n, cap - *n, (off_t)(pos + (int64_t)*n));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return false;
        if (got == 0)
            break;
        *n += (size_t)got;
    }
    return true;
}

/* Feeds @n bytes of whole lines; false (trouble) if they are not UTF-8
 * without NUL, which the one-pass reading decides about (GB18030, or the
 * cell that holds the bad byte). */
static bool feed_lines(Reader *r, char *buf, size_t n)
{
    size_t pos = 0;

    /* In pieces of whole lines that stay in the core's cache between the
     * check and the reading (the buffer does not). */
    while (pos < n && !r->ignore) {
        size_t piece = n - pos;
        const char *bad;
        bool nul;

        if (piece > CHUNK_SIZE) {
            size_t cut = CHUNK_SIZE;

            while (cut > 0 && buf[pos + cut - 1] != '\n')
                cut--;
            if (cut > 0)
                piece = cut; /* else a line longer than a piece: all of it */
        }
        if (!budgetp_text_utf8_valid(buf + pos, piece, &bad, &nul) || nul)
            return false;
        r->chunk_clean = true;
        budgetp_csv_feed(r, buf + pos, piece);
        pos += piece;
    }
    return true;
}

/* Reads one range with a reader of its own: its bytes, then line by line
 * past its end while a record is open (a quoted field with a line end). */
static void read_range(Split *sp, Range *rg)
{
    Reader r;
    char *buf = g_malloc(RANGE_BUF + 1);
    int64_t pos = rg->start;
    size_t carry = 0;

    rg->part = budgetp_ledger_new_part(sp->ledger);
    rg->diag = budget_diagnostics_new();
    budget_error_clear(&rg->error);
    budgetp_csv_reader_init(&r, FILE_TRANSACTIONS, sp->source, sp->options, rg->diag, &rg->error);
    r.speculative = true;
    sp->setup(&r, rg->part, sp->data);
    r.warn_unused_columns = rg == &sp->ranges[0];
    if (!budgetp_csv_begin(&r)) {
        rg->trouble = true;
        goto out;
    }
    if (rg != &sp->ranges[0]) {
        char *h = g_strndup(sp->header, sp->header_len);
        r.chunk_clean = true;
        budgetp_csv_feed(&r, h, sp->header_len);
        g_free(h);
    }
    r.base_offset = rg->start - r.fed; /* file offsets in messages */
    rg->first_line = r.cur_line;
    while (pos < rg->end && !r.ignore) {
        size_t want = (size_t)MIN((int64_t)(RANGE_BUF - carry), rg->end - pos), n, whole;

        if (!read_at(sp->fd, buf + carry, want, pos, &n) || n < want) {
            rg->trouble = true; /* the file changed under us */
            break;
        }
        pos += (int64_t)n;
        n += carry;
        if (pos == rg->end) {
            whole = n; /* the range ends at a line start, or at the file's end */
        } else {
            whole = n;
            while (whole > 0 && buf[whole - 1] != '\n')
                whole--;
            if (whole == 0) {
                rg->trouble = true; /* a line longer than the buffer */
                break;
            }
        }
        if (!feed_lines(&r, buf, whole)) {
            rg->trouble = true;
            break;
        }
        carry = n - whole;
        memmove(buf, buf + whole, carry);
    }
    while (pos < sp->size && r.in_record && !r.ignore && !rg->trouble) {
        size_t n, whole;
        char *nl;

        if (!read_at(sp->fd, buf, 64 * 1024, pos, &n) || n == 0) {
            rg->trouble = true;
            break;
        }
        nl = memchr(buf, '\n', n);
        whole = nl != NULL ? (size_t)(nl - buf) + 1 : n;
        if (nl == NULL && pos + (int64_t)n < sp->size) {
            rg->trouble = true; /* a line longer than the buffer */
            break;
        }
        if (!feed_lines(&r, buf, whole)) {
            rg->trouble = true;
            break;
        }
        pos += (int64_t)whole;
    }
    rg->stop = pos;
    if (pos >= sp->size && !rg->trouble)
        budgetp_csv_end(&r); /* the last line without LF; a quote never closed is trouble */
    else
        budgetp_csv_abandon(&r);
    rg->n_lines = r.cur_line - rg->first_line;
    rg->failed = r.failed;
    rg->trouble = rg->trouble || r.trouble;
out:
    sp->clear(&r, sp->data);
    budgetp_csv_reader_clear(&r);
    g_free(buf);
    rg->done = true;
}

static gpointer worker(gpointer data)
{
    Split *sp = data;

    for (;;) {
        guint k = (guint)g_atomic_int_add(&sp->next, 1);
        if (k >= sp->n_ranges)
            return NULL;
        read_range(sp, &sp->ranges[k]);
    }
}

static void range_free(Range *rg)
{
    budget_ledger_unref(rg->part);
    budget_diagnostics_free(rg->diag);
    rg->part = NULL;
    rg->diag = NULL;
}

/* The first line start at or after @pos (the file's end if none). */
static int64_t line_start_after(int fd, int64_t size, int64_t pos, char *buf)
{
    while (pos < size) {
        size_t n;
        char *nl;

        if (!read_at(fd, buf, 64 * 1024, pos - 1, &n) || n == 0)
            return size;
        nl = memchr(buf, '\n', n);
        if (nl != NULL)
            return pos - 1 + (int64_t)(nl - buf) + 1;
        pos += (int64_t)n;
    }
    return size;
}

static void move_lines(BudgetError *e, int64_t shift)
{
    if (e->line > 0)
        e->line += shift;
    if (e->end_line > 0)
        e->end_line += shift;
}

/* Does any problem of @rg depend on the totals of the ranges before it? */
static bool has_overflow(const Range *rg)
{
    size_t n = budget_diagnostics_get_n(rg->diag);

    if (rg->error.code == BUDGET_ERROR_OVERFLOW)
        return true;
    for (size_t i = 0; i < n; i++) {
        bool w;
        const BudgetError *e = budget_diagnostics_get(rg->diag, i, &w);
        if (e != NULL && e->code == BUDGET_ERROR_OVERFLOW)
            return true;
    }
    return false;
}

bool budgetp_csv_split_ledger(const char *path, const char *source, BudgetLedger *ledger,
                              const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error,
                              BudgetpRangeSetup setup, BudgetpRangeClear clear, void *data, bool *ok)
{
    unsigned n_threads = options != NULL ? budget_csv_options_get_threads(options) : 1;
    size_t range_size = options != NULL ? options->range_size : 0;
    Split sp;
    struct stat st;
    char *head = NULL, *scratch;
    size_t got;
    int64_t body, cut, pos;
    guint k, n_used, last_used;
    GThread **threads;
    BudgetLedger *sum = NULL;
    bool usable = true;
    int64_t line;

    if (n_threads <= 1 || options->encoding == ENC_GB18030 || options->check_vouchers ||
        !budgetp_ledger_plain_ok(ledger))
        return false;
    memset(&sp, 0, sizeof sp);
    /* Never blocks: a FIFO would wait for a writer (the one-pass reading
     * says what the path is). pread() ignores O_NONBLOCK on a regular file. */
    sp.fd = g_open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
    if (sp.fd < 0)
        return false; /* the one-pass reading says why */
    if (fstat(sp.fd, &st) != 0 || !S_ISREG(st.st_mode) || (st.st_size < MIN_SPLIT && range_size == 0)) {
        close(sp.fd);
        return false;
    }
    sp.size = st.st_size;
    /* Line 1, the header: plain UTF-8 without a quote, a CR or a NUL (or
     * the one-pass reading, which knows about UTF-16 and quoted headers). */
    head = g_malloc(64 * 1024 + 1);
    if (!read_at(sp.fd, head, 64 * 1024, 0, &got) || got == 0)
        goto no;
    {
        size_t skip = got >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
        char *nl = memchr(head + skip, '\n', got - skip);
        const char *bad;
        bool nul;

        if (nl == NULL || memchr(head + skip, '"', (size_t)(nl - head - (ptrdiff_t)skip)) != NULL ||
            memchr(head + skip, '\r', (size_t)(nl - head - (ptrdiff_t)skip)) != NULL ||
            !budgetp_text_utf8_valid(head + skip, (size_t)(nl - head) + 1 - skip, &bad, &nul) || nul)
            goto no;
        sp.header = head + skip;
        sp.header_len = (size_t)(nl - head) + 1 - skip;
        body = (int64_t)(nl - head) + 1;
        cut = (int64_t)skip;
    }
    sp.source = source;
    sp.ledger = ledger;
    sp.options = options;
    sp.setup = setup;
    sp.clear = clear;
    sp.data = data;
    /* The ranges: the first holds the header; each later one starts at the
     * first line start at or after its share. */
    {
        int64_t share = range_size > 0 ? (int64_t)range_size : (sp.size - body) / n_threads + 1;
        size_t part = MAX(budget_book_get_n_projects(budget_ledger_get_book(ledger)), (size_t)1) * 256;
        guint max = (guint)MIN((sp.size - body) / MAX(share, 1) + 2, (int64_t)MAX_RANGES);

        max = MAX(MIN(max, (guint)MIN(PARTS_BYTES / part, (size_t)MAX_RANGES)), 2);

        scratch = g_malloc(64 * 1024);
        sp.ranges = g_new0(Range, max);
        pos = cut;
        for (k = 0; k < max && pos < sp.size; k++) {
            int64_t end =
                k + 1 == max ? sp.size : line_start_after(sp.fd, sp.size, MAX(body, pos + share), scratch);

            sp.ranges[k].start = pos;
            sp.ranges[k].end = end;
            pos = end;
        }
        sp.n_ranges = k;
        g_free(scratch);
    }
    if (sp.n_ranges < 2)
        goto no_ranges;
    threads = g_new0(GThread *, n_threads);
    for (unsigned t = 0; t < n_threads; t++)
        threads[t] = g_thread_new("budget-ledger", worker, &sp);
    for (unsigned t = 0; t < n_threads; t++)
        g_thread_join(threads[t]);
    g_free(threads);

    /* Fix-up: a range that did not start where the one before it stopped
     * started inside a field: read again from there (or dropped, when the
     * field ran past its end). Ranges after a strict stop are not needed. */
    last_used = 0;
    for (k = 1; k < sp.n_ranges; k++) {
        Range *prev = &sp.ranges[last_used], *rg = &sp.ranges[k];

        if (prev->failed || prev->trouble)
            break;
        if (prev->stop == rg->start) {
            last_used = k;
            continue;
        }
        range_free(rg);
        rg->trouble = rg->failed = false;
        if (prev->stop >= rg->end) {
            rg->done = false; /* its bytes were all read by @prev */
            continue;
        }
        rg->start = prev->stop;
        read_range(&sp, rg);
        last_used = k;
    }
    n_used = last_used + 1;
    for (k = 0; k < n_used && usable; k++) {
        Range *rg = &sp.ranges[k];
        if (!rg->done)
            continue;
        if (rg->trouble || has_overflow(rg))
            usable = false;
        /* A streaming list's callback may stop the reading at any entry,
         * which only a reading in file order can honour: replay nothing. */
        if (diag != NULL && budgetp_diagnostics_is_streaming(diag) &&
            (rg->failed || budget_diagnostics_get_n(rg->diag) > 0))
            usable = false;
        if (rg->failed)
            n_used = k + 1;
    }
    /* Merge every part into the first, then into @ledger: all or nothing. */
    for (k = 0; k < n_used && usable; k++) {
        Range *rg = &sp.ranges[k];
        BudgetError e;
        if (!rg->done)
            continue;
        if (sum == NULL)
            sum = budget_ledger_ref(rg->part);
        else if (!budget_ledger_merge(sum, rg->part, &e))
            usable = false;
    }
    if (usable && sum != NULL) {
        BudgetError e;
        usable = budget_ledger_merge(ledger, sum, &e);
    }
    if (usable) {
        /* The problems, in file order, on the file's lines. */
        line = 1;
        *ok = true;
        for (k = 0; k < n_used; k++) {
            Range *rg = &sp.ranges[k];
            int64_t shift = line - rg->first_line;
            size_t n;

            if (!rg->done)
                continue;
            n = budget_diagnostics_get_n(rg->diag);
            for (size_t i = 0; i < n && diag != NULL; i++) {
                bool w;
                BudgetError e = *budget_diagnostics_get(rg->diag, i, &w);
                move_lines(&e, shift);
                budget_diagnostics_add(diag, &e, w);
            }
            if (rg->failed) {
                BudgetError e = rg->error;
                move_lines(&e, shift);
                if (error != NULL && error->code == BUDGET_ERROR_OK)
                    *error = e;
                *ok = false;
            }
            line += rg->n_lines;
        }
    }
    budget_ledger_unref(sum);
    for (k = 0; k < sp.n_ranges; k++)
        range_free(&sp.ranges[k]);
    g_free(sp.ranges);
    g_free(head);
    close(sp.fd);
    return usable;

no_ranges:
    g_free(sp.ranges);
no:
    g_free(head);
    close(sp.fd);
    return false;
}
