/* csv-input: files and buffers read in chunks and decoded to UTF-8 (BOM,
 * GB18030 detection and transcoding, UTF-16 refused), with no CSV
 * knowledge: the decoded text goes to the reader (csv-read.c), line ends
 * counted so that every error names its line. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "csv-private.h"
#include "text-private.h"

/* ---- Input ------------------------------------------------------------ */

typedef struct {
    FILE *fp; /* a regular file (input_open()), or NULL */
    const char *data;
    size_t len;
    size_t pos;
    BudgetReadFunc read; /* a read callback, or NULL */
    void *read_data;
} Input;

/* What a path that is not a regular file is, for the message. */
static const char *file_kind(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

/* Opens @path for reading if it is a readable regular file, reporting
 * exactly what it is otherwise. The open never blocks (a FIFO would wait
 * for a writer); a link is followed, and a dangling one or a loop says so. */
static bool input_open(Reader *r, const char *path, Input *in)
{
    GStatBuf st;
    int fd, flags;

    fd = g_open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
    if (fd < 0) {
        int err = errno;
        if (err == ENOENT && g_lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
            char *target = g_file_read_link(path, NULL);
            budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "",
                                   "%s is a link to \"%s\", which does not exist", path,
                                   target != NULL ? target : "?");
            g_free(target);
        } else if (err == ELOOP) {
            budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "",
                                   "%s is a symbolic link that leads back to itself (a loop)", path);
        } else if (err == EACCES) {
            budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "", "%s cannot be read: permission denied",
                                   path);
        } else {
            budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "", "cannot open %s: %s", path, g_strerror(err));
        }
        return false;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        int err = errno;
        if (S_ISREG(st.st_mode) || st.st_mode == 0)
            budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "", "cannot examine %s: %s", path,
                                   g_strerror(err));
        else
            budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "",
                                   "%s is %s, not a file: only regular files are read", path,
                                   file_kind(st.st_mode));
        close(fd);
        return false;
    }
    flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    in->fp = fdopen(fd, "rb");
    if (in->fp == NULL) {
        budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "", "cannot open %s: %s", path, g_strerror(errno));
        close(fd);
        return false;
    }
    return true;
}

/* Back to the start, for a second reading (false if that fails). */
static bool input_rewind(Input *in)
{
    if (in->read != NULL)
        return false; /* a callback is read once */
    if (in->fp == NULL) {
        in->pos = 0;
        return true;
    }
    return fseek(in->fp, 0, SEEK_SET) == 0;
}

/* Reads up to @cap bytes; false on an I/O error (reported). */
static bool input_read(Reader *r, Input *in, char *buf, size_t cap, size_t *n)
{
    if (in->read != NULL) {
        /* Fill the buffer: a callback may give less than asked before the end. */
        *n = 0;
        while (*n < cap) {
            ptrdiff_t got = in->read(buf + *n, cap - *n, in->read_data);
            if (got == 0)
                break;
            if (got < 0 || (size_t)got > cap - *n) {
                budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "",
                                       got < 0 ? "the read callback failed"
                                               : "the read callback returned more bytes than asked for");
                return false;
            }
            *n += (size_t)got;
        }
        return true;
    }
    if (in->fp == NULL) {
        *n = MIN(cap, in->len - in->pos);
        memcpy(buf, in->data + in->pos, *n);
        in->pos += *n;
        return true;
    }
    *n = fread(buf, 1, cap, in->fp);
    if (*n < cap && ferror(in->fp)) {
        budgetp_csv_file_error(r, BUDGET_ERROR_IO, 0, 0, "", "read error: %s", g_strerror(errno));
        return false;
    }
    return true;
}

/* Line ends: LF, CRLF (one) and a lone CR. @prev carries the last byte
 * across calls so that a CRLF split between two chunks counts once. */
static int64_t count_lines(const char *buf, size_t len, char *prev)
{
    int64_t n = 0;

    for (size_t i = 0; i < len; i++) {
        char c = buf[i];
        if (c == '\r' || (c == '\n' && *prev != '\r'))
            n++;
        *prev = c;
    }
    return n;
}

/* The line of the byte that follows the bytes fed so far and then @len
 * more at @buf. */
static int64_t line_after(const Reader *r, const char *buf, size_t len)
{
    char prev = r->pending->len > 0 ? r->pending->str[r->pending->len - 1] : r->last_byte;

    return r->cur_line + count_lines(buf, len, &prev);
}

static bool is_ascii(const char *buf, size_t len)
{
    guint64 any = 0, w;
    size_t i = 0;

    for (; i + 8 <= len; i += 8) {
        memcpy(&w, buf + i, 8);
        any |= w;
    }
    for (; i < len; i++)
        any |= (guchar)buf[i];
    return (any & G_GUINT64_CONSTANT(0x8080808080808080)) == 0;
}

/* The error for a bad byte on line @bad of a GB18030 reading; @utf8_bad is
 * where UTF-8 failed first, 0 if GB18030 was asked for. */
static void gb18030_error(Reader *r, int64_t bad, int64_t utf8_bad)
{
    if (utf8_bad == 0)
        budgetp_csv_file_error(r, BUDGET_ERROR_ENCODING, bad, 0, "", "line %" PRId64 " is not valid GB18030",
                               bad);
    else if (bad == utf8_bad)
        budgetp_csv_file_error(
            r, BUDGET_ERROR_ENCODING, bad, 0, "",
            "line %" PRId64
            " is neither UTF-8 nor GB18030; set the encoding option if the file uses another one",
            bad);
    else
        /* The longer-lived reading fails later: in a GB18030 file with one bad
         * byte, UTF-8 fails at the first Chinese text but GB18030 at the bad byte. */
        budgetp_csv_file_error(r, BUDGET_ERROR_ENCODING, MAX(utf8_bad, bad), 0, "",
                               "line %" PRId64 " is neither UTF-8 nor GB18030 (as UTF-8 line %" PRId64
                               " is invalid, as GB18030 line %" PRId64 "); set "
                               "the encoding option if the file uses another one",
                               MAX(utf8_bad, bad), utf8_bad, bad);
}

/* Does the chunk that made auto mode leave UTF-8 (@len bytes at @buf, the
 * last of the input if @eof) decode as GB18030? If not, the error is
 * reported: nothing of a chunk that is neither encoding is fed. GB18030
 * sequences hold no CR or LF byte, so lines are counted in the input. */
static bool gb18030_checks(Reader *r, char *buf, size_t len, bool eof, int64_t utf8_bad)
{
    GIConv cd = g_iconv_open("UTF-8", "GB18030");
    size_t out_cap = CHUNK_SIZE * 2 + 16;
    char *out, *ip = buf;
    gsize ileft = len;
    bool ok = true;

    if (cd == (GIConv)-1)
        return true; /* pass_gb18030() reports it */
    out = g_malloc(out_cap);
    while (ileft > 0) {
        char *op = out;
        gsize oleft = out_cap;

        if (g_iconv(cd, &ip, &ileft, &op, &oleft) != (gsize)-1 || errno == E2BIG)
            continue;
        if (errno == EINVAL && !eof)
            break; /* a sequence cut by the chunk end */
        ok = false;
        gb18030_error(r, line_after(r, buf, (size_t)(ip - buf)), utf8_bad);
        break;
    }
    g_iconv_close(cd);
    g_free(out);
    return ok;
}

/* UTF-16 (Excel's "Unicode Text"), with or without its byte order mark, is
 * neither encoding libbudget reads: say so rather than report bad bytes. */
static bool utf16_error(Reader *r, const char *buf, size_t n)
{
    const guchar *u = (const guchar *)buf;
    bool bom = n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
    bool ascii16 = n >= 4 && ((u[0] != 0 && u[1] == 0 && u[2] != 0 && u[3] == 0) ||
                              (u[0] == 0 && u[1] != 0 && u[2] == 0 && u[3] != 0));

    if (!bom && !ascii16)
        return false;
    budgetp_csv_file_error(
        r, BUDGET_ERROR_ENCODING, 1, 0, "",
        "the file is UTF-16 text (Excel's \"Unicode Text\"), which is not read: save it as \"CSV UTF-8\" "
        "or as CSV (GB18030)");
    return true;
}

/* Decodes GB18030 and feeds it. The first @have bytes are already in @buf
 * (after an ASCII start read as UTF-8 in auto mode, whose first non-UTF-8
 * line is @utf8_bad; 0 when GB18030 was asked for). */
static void pass_gb18030(Reader *r, Input *in, char *buf, size_t have, int64_t utf8_bad)
{
    GIConv cd = g_iconv_open("UTF-8", "GB18030");
    size_t out_cap = CHUNK_SIZE * 2 + 16, carry = 0;
    bool first = utf8_bad == 0;
    char *out;

    if (cd == (GIConv)-1) {
        budgetp_csv_file_error(r, BUDGET_ERROR_UNSUPPORTED, 0, 0, "", "this system cannot convert GB18030");
        return;
    }
    out = g_malloc(out_cap);
    r->base_offset = -1; /* offsets in the converted text are not file offsets */
    for (;;) {
        size_t n;
        char *ip = buf;
        gsize ileft;

        if (have > 0) {
            n = have;
            have = 0;
        } else if (!input_read(r, in, buf + carry, CHUNK_SIZE, &n)) {
            break;
        }
        ileft = carry + n;
        carry = 0;
        if (first) {
            first = false;
            if (utf16_error(r, buf, ileft))
                goto done;
            if (ileft >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
                ip += 3;
                ileft -= 3;
            }
        }
        while (ileft > 0) {
            char *op = out;
            gsize oleft = out_cap;
            gsize rc = g_iconv(cd, &ip, &ileft, &op, &oleft);
            int err = errno;
            size_t produced = (size_t)(op - out);

            if (produced > 0) {
                r->chunk_clean = g_utf8_validate(out, (gssize)produced, NULL); /* and no NUL */
                budgetp_csv_feed(r, out, produced);
            }
            if (r->ignore)
                goto done;
            if (rc != (gsize)-1 || err == E2BIG)
                continue;
            if (err == EINVAL && n > 0) {
                memmove(buf, ip, ileft);
                carry = ileft;
                break;
            }
            /* The bad byte follows everything fed, on the line being read. */
            gb18030_error(r, line_after(r, "", 0), utf8_bad);
            goto done;
        }
        if (n == 0)
            break;
    }
done:
    g_iconv_close(cd);
    g_free(out);
}

/* UTF-8 in one pass: each chunk is checked, then fed. In auto mode, the
 * first chunk that is not UTF-8 switches to GB18030 from its start when every
 * byte fed before it was ASCII (the same in both); after non-ASCII UTF-8 it
 * is a mixed file, refused. A sequence cut by the chunk end waits for the
 * next chunk, so that whole chunks check clean. */
static void pass_utf8(Reader *r, Input *in, char *buf)
{
    size_t carry = 0;
    bool first = true, non_ascii = false;

    for (;;) {
        size_t n, total, skip = 0, good;
        const char *end;
        bool valid, nul;

        if (!input_read(r, in, buf + carry, CHUNK_SIZE, &n))
            return;
        total = carry + n;
        carry = 0;
        if (first) {
            first = false;
            if (utf16_error(r, buf, total))
                return;
            if (total >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
                skip = 3;
                r->base_offset = 3;
            }
        }
        valid = budgetp_text_utf8_valid(buf + skip, total - skip, &end, &nul);
        good = (size_t)(end - buf);
        if (!valid && n > 0 && total - good < 4 &&
            g_utf8_get_char_validated(end, (gssize)(total - good)) == (gunichar)-2) {
            carry = total - good;
            valid = true;
        }
        if (!valid && r->encoding == ENC_AUTO) {
            int64_t bad = line_after(r, buf + skip, good - skip);

            if (non_ascii) {
                budgetp_csv_file_error(r, BUDGET_ERROR_ENCODING, bad, 0, "",
                                       "mixed encodings: line %" PRId64 " is not UTF-8 but earlier lines are",
                                       bad);
                return;
            }
            memmove(buf, buf + skip, total - skip);
            if (gb18030_checks(r, buf, total - skip, n == 0, bad))
                pass_gb18030(r, in, buf, total - skip, bad);
            return;
        }
        if (!valid) /* UTF-8 was asked for: each bad cell is a row error */
            good = total;
        if (!non_ascii)
            non_ascii = !is_ascii(buf + skip, good - skip);
        r->chunk_clean = valid && !nul;
        budgetp_csv_feed(r, buf + skip, good - skip);
        if (r->ignore || n == 0)
            return;
        memmove(buf, buf + good, carry);
    }
}

static void parse_input(Reader *r, Input *in)
{
    char *buf;

    if (!budgetp_csv_begin(r))
        return;
    buf = g_malloc(CHUNK_SIZE + 8);
    if (r->encoding == ENC_GB18030)
        pass_gb18030(r, in, buf, 0, 0);
    else
        pass_utf8(r, in, buf);
    budgetp_csv_end(r);
    g_free(buf);
}

/* Back to the state of a reader at the start of its input, keeping the
 * header and what the rows gave, for a second reading from @line on. */
static void reader_restart_at(Reader *r, int64_t line)
{
    r->skip_until = line;
    r->reread_from = 0;
    r->cur_line = 1;
    r->fed = 0;
    r->base_offset = 0;
    r->last_byte = '\n';
    r->in_record = false;
    r->n_cells = 0;
    r->skip_line = false;
    r->ignore = false;
    g_string_truncate(r->pending, 0);
}

/* Runs a reader over a file (@path) or a buffer (@data). A quote never
 * closed swallows every line after it: lenient reading then reads the input
 * again from the line after the one where that record starts (budgetp_csv_end()),
 * so no row after it is lost. */
bool budgetp_csv_input_rereadable(const BudgetpCsvInput *input)
{
    return input->path != NULL || input->read == NULL;
}

bool budgetp_csv_run_reader(Reader *r, const BudgetpCsvInput *input)
{
    Input in = {NULL, input->data, input->len, 0, NULL, NULL};

    if (input->path != NULL) {
        if (!input_open(r, input->path, &in))
            return false;
    } else if (input->read != NULL) {
        in.read = input->read;
        in.read_data = input->read_data;
    }
    parse_input(r, &in);
    while (r->reread_from > 0 && !r->failed) {
        int64_t from = r->reread_from;

        if (++r->n_readings >= MAX_READINGS || !input_rewind(&in)) {
            budgetp_csv_file_error(r, BUDGET_ERROR_PARSE, from, 0, "",
                                   "lines %" PRId64 " to the end were not read: %s", from,
                                   r->n_readings >= MAX_READINGS ? "too many quotes are never closed"
                                                                 : "the input cannot be read a second time");
            break;
        }
        reader_restart_at(r, from);
        parse_input(r, &in);
    }
    if (in.fp != NULL)
        fclose(in.fp);
    return !r->failed;
}
