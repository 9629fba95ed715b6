/* table-import: the two layouts of a 绩效目标表 saved as text.
 *
 * Word's "plain text" export writes each table cell on its own line,
 * introduced by a tab, and separates rows with a blank line; a cell holding
 * several lines goes on over the following lines, which start without a
 * tab (the seeds: "⇥项目" then "编码"). Other exporters write one row per
 * line, its cells separated by tabs, blank cells kept, so that a label
 * spanning two grid columns is followed by an empty cell. Both become the
 * same blocks; what a cell means is decided by the interpreter. */
#include "config.h"

#include <string.h>

#include "table-import-private.h"

BudgetpBlock *budgetp_block_new(BudgetpBlockKind kind, int64_t line)
{
    BudgetpBlock *b = g_new0(BudgetpBlock, 1);

    b->kind = kind;
    b->line = line;
    b->cells = g_ptr_array_new_with_free_func(g_free);
    b->lines = g_array_new(FALSE, FALSE, sizeof(int64_t));
    return b;
}

void budgetp_block_free(gpointer block)
{
    BudgetpBlock *b = block;

    if (b == NULL)
        return;
    g_ptr_array_free(b->cells, TRUE);
    g_array_free(b->lines, TRUE);
    g_free(b);
}

int64_t budgetp_block_cell_line(const BudgetpBlock *b, guint j)
{
    return j < b->lines->len ? g_array_index(b->lines, int64_t, j) : b->line;
}

/* One line of the text: [start, start + len), without its line end. */
typedef struct {
    const char *start;
    size_t len;
} Line;

static bool line_blank(Line l)
{
    char *s = g_strndup(l.start, l.len);
    bool blank = budgetp_import_blank(s);

    g_free(s);
    return blank;
}

static size_t count_tabs(Line l)
{
    size_t n = 0;

    for (size_t i = 0; i < l.len; i++)
        n += l.start[i] == '\t';
    return n;
}

static GArray *split_lines(const char *data, size_t len)
{
    GArray *lines = g_array_new(FALSE, FALSE, sizeof(Line));
    size_t i = 0;

    while (i < len) {
        Line l = {data + i, 0};
        size_t j = i;

        while (j < len && data[j] != '\n')
            j++;
        l.len = j - i;
        if (l.len > 0 && l.start[l.len - 1] == '\r')
            l.len--;
        g_array_append_val(lines, l);
        i = j + 1;
    }
    return lines;
}

/* The row being read and its last cell, kept as a GString so that a cell
 * going on over many lines is built in linear time. */
typedef struct {
    BudgetpBlock *row;
    GString *last;
} OpenRow;

/* Moves the last cell into its row. */
static void flush_cell(OpenRow *o)
{
    if (o->last != NULL) {
        g_ptr_array_add(o->row->cells, g_string_free(o->last, FALSE));
        o->last = NULL;
    }
}

static void add_cell(OpenRow *o, const char *text, size_t len, int64_t line)
{
    flush_cell(o);
    o->last = g_string_new_len(text, (gssize)len);
    g_array_append_val(o->row->lines, line);
}

/* Appends a line break and @text to the last cell. */
static void continue_cell(OpenRow *o, const char *text, size_t len)
{
    if (o->last == NULL)
        o->last = g_string_new(NULL);
    else
        g_string_append_c(o->last, '\n');
    g_string_append_len(o->last, text, (gssize)len);
}

static void close_row(OpenRow *o)
{
    flush_cell(o);
    o->row = NULL;
}

static void open_row(OpenRow *o, GPtrArray *blocks, int64_t line)
{
    close_row(o);
    o->row = budgetp_block_new(BUDGETP_BLOCK_ROW, line);
    g_ptr_array_add(blocks, o->row);
}

static void add_paragraph(GPtrArray *blocks, Line l, int64_t line)
{
    BudgetpBlock *p = budgetp_block_new(BUDGETP_BLOCK_PARAGRAPH, line);

    g_ptr_array_add(p->cells, g_strndup(l.start, l.len));
    g_ptr_array_add(blocks, p);
}

/* One cell per line: a line starting with a tab opens a cell (in the open
 * row, or a new one), a blank line closes the row, any other line goes on
 * with the last cell when it follows one directly, else it is a paragraph. */
static void read_cell_per_line(const GArray *lines, GPtrArray *blocks)
{
    OpenRow o = {NULL, NULL};

    for (guint i = 0; i < lines->len; i++) {
        Line l = g_array_index(lines, Line, i);

        if (l.len > 0 && l.start[0] == '\t') {
            if (o.row == NULL)
                open_row(&o, blocks, (int64_t)i + 1);
            add_cell(&o, l.start + 1, l.len - 1, (int64_t)i + 1);
        } else if (line_blank(l)) {
            close_row(&o);
        } else if (o.row != NULL) {
            continue_cell(&o, l.start, l.len);
        } else {
            add_paragraph(blocks, l, (int64_t)i + 1);
        }
    }
    close_row(&o);
}

/* One row per line: a line holding a tab is a row (the empty text before a
 * leading tab is no cell); a line right after a row that holds a tab but
 * does not start with one goes on with that row's last cell (a cell holding
 * a line break), its later tab-separated parts being new cells; a line
 * without a tab is a paragraph (a heading, never part of a cell). */
static void read_row_per_line(const GArray *lines, GPtrArray *blocks)
{
    OpenRow o = {NULL, NULL};

    for (guint i = 0; i < lines->len; i++) {
        Line l = g_array_index(lines, Line, i);
        const char *p = l.start, *end = l.start + l.len;
        bool goes_on = o.row != NULL && l.start[0] != '\t';

        if (count_tabs(l) == 0) {
            close_row(&o);
            if (!line_blank(l))
                add_paragraph(blocks, l, (int64_t)i + 1);
            continue;
        }
        if (!goes_on)
            open_row(&o, blocks, (int64_t)i + 1);
        for (size_t k = 0;; k++) {
            const char *tab = memchr(p, '\t', (size_t)(end - p));
            const char *stop = tab != NULL ? tab : end;

            if (k == 0 && goes_on)
                continue_cell(&o, p, (size_t)(stop - p));
            else if (k > 0 || l.start[0] != '\t')
                add_cell(&o, p, (size_t)(stop - p), (int64_t)i + 1);
            if (tab == NULL)
                break;
            p = tab + 1;
        }
    }
    close_row(&o);
}

void budgetp_import_text_blocks(const char *data, size_t len, GPtrArray *blocks)
{
    GArray *lines = split_lines(data, len);
    size_t one_tab = 0, more_tabs = 0;

    /* The layout: in a cell-per-line export nearly every line that starts
     * with a tab holds no other tab (a cell's text may, rarely). */
    for (guint i = 0; i < lines->len; i++) {
        Line l = g_array_index(lines, Line, i);

        if (l.len > 0 && l.start[0] == '\t') {
            if (count_tabs(l) == 1)
                one_tab++;
            else
                more_tabs++;
        }
    }
    if (more_tabs > one_tab)
        read_row_per_line(lines, blocks);
    else
        read_cell_per_line(lines, blocks);
    g_array_free(lines, TRUE);
}
