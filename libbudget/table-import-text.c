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
    return b;
}

void budgetp_block_free(gpointer block)
{
    BudgetpBlock *b = block;

    if (b == NULL)
        return;
    g_ptr_array_free(b->cells, TRUE);
    g_free(b);
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

/* Appends "\n" and @text to the last cell of @row. */
static void continue_cell(BudgetpBlock *row, const char *text, size_t len)
{
    char **last = (char **)&g_ptr_array_index(row->cells, row->cells->len - 1);
    char *joined = g_strdup_printf("%s\n%.*s", *last, (int)len, text);

    g_free(*last);
    *last = joined;
}

/* One cell per line: a line starting with a tab opens a cell (in the open
 * row, or a new one), a blank line closes the row, any other line goes on
 * with the last cell when it follows one directly, else it is a paragraph. */
static void read_cell_per_line(const GArray *lines, GPtrArray *blocks)
{
    BudgetpBlock *row = NULL;
    bool after_cell = false;

    for (guint i = 0; i < lines->len; i++) {
        Line l = g_array_index(lines, Line, i);

        if (l.len > 0 && l.start[0] == '\t') {
            if (row == NULL) {
                row = budgetp_block_new(BUDGETP_BLOCK_ROW, (int64_t)i + 1);
                g_ptr_array_add(blocks, row);
            }
            g_ptr_array_add(row->cells, g_strndup(l.start + 1, l.len - 1));
            after_cell = true;
        } else if (line_blank(l)) {
            row = NULL;
            after_cell = false;
        } else if (after_cell) {
            continue_cell(row, l.start, l.len);
        } else {
            BudgetpBlock *p = budgetp_block_new(BUDGETP_BLOCK_PARAGRAPH, (int64_t)i + 1);
            g_ptr_array_add(p->cells, g_strndup(l.start, l.len));
            g_ptr_array_add(blocks, p);
        }
    }
}

/* One row per line: a line holding a tab is a row (the empty text before a
 * leading tab is no cell); a line right after a row that holds a tab but
 * does not start with one goes on with that row's last cell (a cell holding
 * a line break), its later tab-separated parts being new cells; a line
 * without a tab is a paragraph (a heading, never part of a cell). */
static void read_row_per_line(const GArray *lines, GPtrArray *blocks)
{
    BudgetpBlock *row = NULL;

    for (guint i = 0; i < lines->len; i++) {
        Line l = g_array_index(lines, Line, i);
        size_t tabs = count_tabs(l);
        char *text;
        char **parts;

        if (line_blank(l) && tabs == 0) {
            row = NULL;
            continue;
        }
        text = g_strndup(l.start, l.len);
        if (tabs == 0) {
            BudgetpBlock *p = budgetp_block_new(BUDGETP_BLOCK_PARAGRAPH, (int64_t)i + 1);
            g_ptr_array_add(p->cells, text);
            g_ptr_array_add(blocks, p);
            row = NULL;
            continue;
        }
        parts = g_strsplit(text, "\t", -1);
        if (row != NULL && l.start[0] != '\t') {
            continue_cell(row, parts[0], strlen(parts[0]));
        } else {
            row = budgetp_block_new(BUDGETP_BLOCK_ROW, (int64_t)i + 1);
            g_ptr_array_add(blocks, row);
            if (l.start[0] != '\t')
                g_ptr_array_add(row->cells, g_strdup(parts[0]));
        }
        for (size_t k = 1; parts[k] != NULL; k++)
            g_ptr_array_add(row->cells, g_strdup(parts[k]));
        g_strfreev(parts);
        g_free(text);
    }
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
