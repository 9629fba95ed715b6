/* export-text: the table format, for people at a terminal. Columns are
 * aligned by display width (a CJK character takes two columns, as
 * g_unichar_iswide() says), numbers right-aligned, and the table fits the
 * writer's width: the widest text columns (names) are shortened at a
 * character boundary, "…" marking the cut, never a number. Every cell is
 * shown through budgetp_text_quote(), so a control character prints as \x1b
 * and cannot reach the terminal. Money has thousands separators; 万元 and
 * 亿元 are rounded to 2 decimals here (and in HTML) only: the files keep
 * them exact. */
#include "config.h"

#include <string.h>

#include "export-private.h"
#include "text-private.h"

/* A text column is never shortened below this many display columns. */
#define MIN_TEXT_WIDTH 8

/* Before a name is cut below this many display columns, the columns a
 * reader can best do without are left out, in this order (their values are
 * in every other format): the time progress, the same for every row and
 * stated by the report's title; the remaining budget (budget − executed);
 * the projections' second method; the money still due by the next
 * checkpoint. */
#define COMFORT_TEXT_WIDTH 20
static const char *const droppable[] = {
    "time_progress_pct", "remaining", "projected_balance", "to_next_checkpoint", "measure", "reference_pct",
};

void budgetp_export_money_display_into(BudgetFen value, BudgetMoneyUnit unit, char *buf)
{
    int64_t step = unit == BUDGET_MONEY_UNIT_WAN ? 10000 : unit == BUDGET_MONEY_UNIT_YI ? 100000000 : 1;

    if (step > 1) {
        /* To 2 decimals of the unit (100 元 or 1000000 元), half away from
         * zero, in 128 bits so that the extremes cannot wrap. */
        __int128 v = value, half = step / 2;
        __int128 q = v >= 0 ? (v + half) / step : -((-v + half) / step);
        /* q is at most |INT64_MIN| / step + 1: it fits. Written as q
         * hundredths of a yuan would be, with separators. */
        budget_money_format_unit((int64_t)q, BUDGET_MONEY_UNIT_YUAN, true, buf, BUDGETP_CELL_MAX);
        return;
    }
    budget_money_format_unit(value, BUDGET_MONEY_UNIT_YUAN, true, buf, BUDGETP_CELL_MAX);
}

char *budgetp_export_money_display(BudgetFen value, BudgetMoneyUnit unit)
{
    char buf[BUDGETP_CELL_MAX];

    budgetp_export_money_display_into(value, unit, buf);
    return g_strdup(buf);
}

/* The display width of text already quoted (valid UTF-8, printable). */
static size_t display_width(const char *text)
{
    size_t width = 0;

    for (const char *p = text; *p != '\0'; p += g_utf8_skip[*(const guchar *)p]) {
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_iszerowidth(c))
            width += g_unichar_iswide(c) ? 2 : 1;
    }
    return width;
}

/* Columns a unit of the quoted form takes: an escape is ASCII. */
static size_t unit_width(const char *p, const BudgetpTextUnit *unit)
{
    gunichar c;

    if (unit->escape[0] != '\0')
        return unit->n_chars;
    c = g_utf8_get_char_validated(p, -1);
    if (c == (gunichar)-1 || c == (gunichar)-2)
        return 1;
    return g_unichar_iszerowidth(c) ? 0 : (g_unichar_iswide(c) ? 2 : 1);
}

/* The display width of @text as the table shows it (escapes included). */
static size_t shown_width(const char *text)
{
    const char *end = text + strlen(text);
    BudgetpTextUnit unit;
    size_t width = 0;

    for (const char *p = text; budgetp_text_next_unit(p, end, &unit); p = unit.next)
        width += unit_width(p, &unit);
    return width;
}

/* @text cut to at most @max columns as shown, between units (so a character
 * or an escape is never split), "…" (one column) marking the cut; then
 * quoted for the terminal. */
static char *shown_cell(const char *text, size_t max)
{
    const char *end = text + strlen(text);
    const char *cut = NULL;
    BudgetpTextUnit unit;
    size_t width = 0;
    char *raw, *shown;

    for (const char *p = text; budgetp_text_next_unit(p, end, &unit); p = unit.next) {
        size_t w = unit_width(p, &unit);
        if (cut == NULL && width + w + 1 > max)
            cut = p;
        width += w;
    }
    if (width <= max)
        return budgetp_text_quote(text, -1, 0);
    raw = g_strdup_printf("%.*s\xE2\x80\xA6", (int)(cut - text), text);
    shown = budgetp_text_quote(raw, -1, 0);
    g_free(raw);
    return shown;
}

static void pad(GString *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_string_append_c(s, ' ');
}

void budgetp_text_table(const BudgetExport *ex, const BudgetpColumn *cols, size_t n_cols, GPtrArray *rows,
                        const char *caption, GString *out)
{
    GString *dropped_text = NULL, **dropped = &dropped_text; /* headings left out */
    size_t *show = g_new(size_t, n_cols);                    /* the columns shown, by index */
    size_t *width;
    size_t n = 0, total = 0;

    for (size_t c = 0; c < n_cols; c++)
        if (!cols[c].detail)
            show[n++] = c;
    width = g_new0(size_t, n);
    for (size_t i = 0; i < n; i++) {
        width[i] = shown_width(budgetp_column_heading(ex, &cols[show[i]]));
        for (guint r = 0; r < rows->len; r++) {
            char **row = g_ptr_array_index(rows, r);
            width[i] = MAX(width[i], shown_width(row[show[i]]));
        }
        total += width[i] + (i > 0 ? 2 : 0);
    }
    /* Too wide for the names to stay readable: leave out droppable
     * columns, in their order, while a text column would be cut below the
     * comfortable width. The first column (the row's key) is never cut. */
    for (size_t d = 0; ex->width > 0 && d < G_N_ELEMENTS(droppable) && total > ex->width; d++) {
        size_t text_room = 0, text_need = 0;
        for (size_t i = 1; i < n; i++) {
            if (cols[show[i]].kind != BUDGETP_COL_TEXT)
                continue;
            text_need += width[i];
            text_room += MIN(width[i], (size_t)COMFORT_TEXT_WIDTH);
        }
        /* Cutting every text column to the comfortable width is enough. */
        if (total - (text_need - text_room) <= ex->width)
            break;
        for (size_t i = 1; i < n; i++) {
            if (strcmp(cols[show[i]].name != NULL ? cols[show[i]].name : "", droppable[d]) != 0)
                continue;
            total -= width[i] + 2;
            if (*dropped != NULL)
                g_string_append(*dropped, ex->headers == BUDGET_EXPORT_HEADERS_ZH ? "、" : ", ");
            else
                *dropped = g_string_new(NULL);
            g_string_append(*dropped, budgetp_column_heading(ex, &cols[show[i]]));
            memmove(show + i, show + i + 1, (n - i - 1) * sizeof *show);
            memmove(width + i, width + i + 1, (n - i - 1) * sizeof *width);
            n--;
            break;
        }
    }
    /* Too wide: take columns from the widest text column, one at a time,
     * down to MIN_TEXT_WIDTH (or its heading). Numbers are never cut; a
     * table of too many numbers stays wider than asked. */
    /* The first column (a code, a unit) names the row: never cut. */
    while (ex->width > 0 && total > ex->width) {
        size_t widest = n, floor_w = 0, next = 0;
        for (size_t i = 1; i < n; i++) {
            const BudgetpColumn *col = &cols[show[i]];
            size_t fl = MAX((size_t)MIN_TEXT_WIDTH, shown_width(budgetp_column_heading(ex, col)));
            if (col->kind != BUDGETP_COL_TEXT || width[i] <= fl)
                continue;
            if (widest == n || width[i] > width[widest]) {
                if (widest != n)
                    next = MAX(next, width[widest]);
                widest = i;
                floor_w = fl;
            } else {
                next = MAX(next, width[i]);
            }
        }
        if (widest == n)
            break;
        {
            /* Down to the next widest text column (so that the cut is
             * shared), by one column when they are level. */
            size_t low = MAX(floor_w, next < width[widest] ? next : width[widest] - 1);
            size_t take = MIN(total - ex->width, width[widest] - low);
            width[widest] -= take;
            total -= take;
        }
    }

    if (caption != NULL)
        g_string_append_printf(out, "%s\n", caption);
    for (guint r = 0; r <= rows->len; r++) {
        char **row = r > 0 ? g_ptr_array_index(rows, r - 1) : NULL;
        for (size_t i = 0; i < n; i++) {
            const BudgetpColumn *col = &cols[show[i]];
            const char *text = row != NULL ? row[show[i]] : budgetp_column_heading(ex, col);
            char *cell = shown_cell(text, width[i]);
            size_t w = display_width(cell);
            size_t gap = width[i] > w ? width[i] - w : 0;
            bool right = budgetp_column_is_numeric(col->kind);

            if (i > 0)
                g_string_append(out, "  ");
            if (right)
                pad(out, gap);
            g_string_append(out, cell);
            if (!right && i + 1 < n)
                pad(out, gap);
            g_free(cell);
        }
        g_string_append_c(out, '\n');
    }
    if (dropped_text != NULL) {
        g_string_append_printf(out,
                               ex->headers == BUDGET_EXPORT_HEADERS_ZH
                                   ? "（为适应 %zu 列宽未显示：%s；--width 0 显示全部列）\n"
                                   : "(not shown to fit %zu columns: %s; --width 0 shows every column)\n",
                               ex->width, dropped_text->str);
        g_string_free(dropped_text, TRUE);
    }
    g_free(width);
    g_free(show);
}
