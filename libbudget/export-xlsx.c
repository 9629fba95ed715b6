/* export-xlsx: the xlsx format, through libxlsxwriter. Money, rates, points
 * and counts are numbers with a number format (the exact decimal of the CSV
 * cell, read by g_ascii_strtod(): the nearest double, so a spreadsheet
 * shows the CSV's digits), dates are dates, and text is always written as
 * text (worksheet_write_string(): a name starting with '=' is never a
 * formula). The header row is frozen and bold, each column as wide as its
 * widest cell. libxlsxwriter writes a whole file when the workbook is
 * closed: for a path, the temporary file beside it; for a write callback,
 * a temporary file that is then streamed and removed. */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "export-private.h"

/* Excel's limits: a sheet name of 31 characters, a column 255 wide. */
#define SHEET_NAME_MAX 31
#define COLUMN_WIDTH_MAX 80.0

struct BudgetpXlsx {
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *head, *money, *money_exact, *two, *count, *date;
    char *title;
    lxw_row_t row;
    double *widths; /* of the current sheet's columns */
    size_t n_cols;
    GHashTable *names; /* sheet names used */
};

static bool fail(BudgetpTable *t, lxw_error err)
{
    budgetp_error_set(t->error, BUDGET_ERROR_IO, t->ex->path, 0, 0, NULL, "cannot write the workbook: %s",
                      lxw_strerror(err));
    t->failed = true;
    return false;
}

bool budgetp_xlsx_open(BudgetpTable *t, const char *title)
{
    BudgetpXlsx *x;

    if (t->ex->sink == BUDGETP_SINK_PATH) {
        /* libxlsxwriter opens the file itself, by name. */
        close(t->fd);
        t->fd = -1;
    } else {
        GError *gerror = NULL;
        int fd = g_file_open_tmp("budget-XXXXXX.xlsx", &t->tmp_path, &gerror);
        if (fd < 0) {
            budgetp_error_set(t->error, BUDGET_ERROR_IO, NULL, 0, 0, NULL,
                              "cannot create a temporary file: %s", gerror->message);
            g_error_free(gerror);
            return false;
        }
        close(fd);
    }
    x = g_new0(BudgetpXlsx, 1);
    x->wb = workbook_new(t->tmp_path);
    if (x->wb == NULL) {
        g_free(x);
        budgetp_error_set(t->error, BUDGET_ERROR_IO, t->ex->path, 0, 0, NULL, "cannot create the workbook");
        return false;
    }
    x->title = g_strdup(title);
    x->names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    x->head = workbook_add_format(x->wb);
    format_set_bold(x->head);
    format_set_bg_color(x->head, 0xF0F0F0);
    x->money = workbook_add_format(x->wb);
    format_set_num_format(x->money, "#,##0.00");
    /* 万元 and 亿元 keep every digit: up to 6 and 8 decimals. */
    x->money_exact = workbook_add_format(x->wb);
    format_set_num_format(x->money_exact, "#,##0.00######");
    x->two = workbook_add_format(x->wb);
    format_set_num_format(x->two, "0.00");
    x->count = workbook_add_format(x->wb);
    format_set_num_format(x->count, "0");
    x->date = workbook_add_format(x->wb);
    format_set_num_format(x->date, "yyyy-mm-dd");
    {
        lxw_doc_properties props = {0};
        props.title = x->title;
        workbook_set_properties(x->wb, &props);
    }
    t->xlsx = x;
    return true;
}

/* Sets the widths of the sheet being finished. */
static void finish_sheet(BudgetpXlsx *x)
{
    if (x->ws == NULL)
        return;
    for (size_t c = 0; c < x->n_cols; c++)
        worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c, MIN(x->widths[c] + 2, COLUMN_WIDTH_MAX),
                             NULL);
    g_free(x->widths);
    x->widths = NULL;
    x->ws = NULL;
}

/* A valid, unused sheet name from @caption: no []:*?/\, at most 31
 * characters, made unique with " (2)", " (3)" … */
static char *sheet_name(BudgetpXlsx *x, const char *caption)
{
    GString *s = g_string_new(NULL);
    char *name;

    for (const char *p = caption != NULL && caption[0] != '\0' ? caption : "Sheet"; *p != '\0'; p++)
        g_string_append_c(s, strchr("[]:*?/\\", *p) != NULL ? '_' : *p);
    if (!g_utf8_validate(s->str, -1, NULL))
        g_string_assign(s, "Sheet");
    for (int n = 1;; n++) {
        char *suffix = n > 1 ? g_strdup_printf(" (%d)", n) : g_strdup("");
        glong room = SHEET_NAME_MAX - (glong)strlen(suffix);
        char *head = g_utf8_substring(s->str, 0, MIN(g_utf8_strlen(s->str, -1), room));
        name = g_strconcat(head, suffix, NULL);
        g_free(head);
        g_free(suffix);
        if (!g_hash_table_contains(x->names, name))
            break;
        g_free(name);
    }
    g_hash_table_add(x->names, g_strdup(name));
    g_string_free(s, TRUE);
    return name;
}

bool budgetp_xlsx_sheet(BudgetpTable *t, const char *caption)
{
    BudgetpXlsx *x = t->xlsx;
    char *name;

    finish_sheet(x);
    name = sheet_name(x, caption != NULL ? caption : x->title);
    x->ws = workbook_add_worksheet(x->wb, name);
    g_free(name);
    if (x->ws == NULL)
        return fail(t, LXW_ERROR_MEMORY_MALLOC_FAILED);
    worksheet_freeze_panes(x->ws, 1, 0);
    x->row = 0;
    x->n_cols = t->n_cols;
    x->widths = g_new0(double, t->n_cols);
    return true;
}

/* The width a cell wants: CJK characters count double. */
static double cell_width(const char *text)
{
    double w = 0;

    if (!g_utf8_validate(text, -1, NULL))
        return (double)strlen(text);
    for (const char *p = text; *p != '\0'; p += g_utf8_skip[*(const guchar *)p])
        w += g_unichar_iswide(g_utf8_get_char(p)) ? 2 : 1;
    return w;
}

/* @text as a whole number (a CSV cell of a numeric column). */
static bool as_number(const char *text, double *out)
{
    char *end = NULL;

    if (text[0] == '\0')
        return false;
    *out = g_ascii_strtod(text, &end);
    return end != NULL && *end == '\0' && errno != ERANGE;
}

bool budgetp_xlsx_row(BudgetpTable *t, const char *const *cells, bool header)
{
    BudgetpXlsx *x = t->xlsx;

    for (size_t c = 0; c < t->n_cols; c++) {
        const char *v = cells[c] != NULL ? cells[c] : "";
        lxw_col_t col = (lxw_col_t)c;
        lxw_error err = LXW_NO_ERROR;
        double number;
        lxw_format *fmt = NULL;

        x->widths[c] = MAX(x->widths[c], cell_width(v));
        if (header) {
            err = worksheet_write_string(x->ws, x->row, col, v, x->head);
        } else if (v[0] == '\0') {
            continue; /* undefined: an empty cell */
        } else {
            switch (t->cols[c].kind) {
            case BUDGETP_COL_MONEY:
                fmt = t->ex->unit == BUDGET_MONEY_UNIT_YUAN ? x->money : x->money_exact;
                break;
            case BUDGETP_COL_RATE:
            case BUDGETP_COL_POINTS:
                fmt = x->two;
                break;
            case BUDGETP_COL_COUNT:
                fmt = x->count;
                break;
            default:
                break;
            }
            errno = 0;
            if (budgetp_column_is_numeric(t->cols[c].kind) && as_number(v, &number)) {
                err = worksheet_write_number(x->ws, x->row, col, number, fmt);
            } else if (t->cols[c].kind == BUDGETP_COL_DATE) {
                BudgetDate d;
                if (budget_date_parse(v, -1, &d, NULL)) {
                    lxw_datetime dt = {d / 10000, d / 100 % 100, d % 100, 0, 0, 0};
                    err = worksheet_write_datetime(x->ws, x->row, col, &dt, x->date);
                } else {
                    err = worksheet_write_string(x->ws, x->row, col, v, NULL);
                }
            } else {
                err = worksheet_write_string(x->ws, x->row, col, v, NULL);
            }
        }
        if (err != LXW_NO_ERROR)
            return fail(t, err);
    }
    x->row++;
    return true;
}

bool budgetp_xlsx_close(BudgetpTable *t, bool ok)
{
    BudgetpXlsx *x = t->xlsx;
    lxw_error err;

    finish_sheet(x);
    /* A workbook needs a sheet. */
    if (g_hash_table_size(x->names) == 0)
        workbook_add_worksheet(x->wb, NULL);
    err = workbook_close(x->wb);
    g_hash_table_unref(x->names);
    g_free(x->title);
    g_free(x);
    t->xlsx = NULL;
    if (ok && err != LXW_NO_ERROR)
        return fail(t, err);
    return ok;
}
