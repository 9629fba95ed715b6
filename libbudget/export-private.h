/* export internals shared by the export files and other writers: the one
 * CSV quoting rule, the writer itself and the table it writes.
 *
 * A table is a list of columns, each of a kind that says how JSON carries
 * it and how Markdown aligns it; a row is the cells the CSV format writes.
 * Every format is a way of writing the same cells, so that a JSON value is
 * always exactly the CSV cell (or null where that is empty). A module that
 * writes a new kind of result describes its columns, then calls
 * budgetp_table_begin(), budgetp_table_row() per row and budgetp_table_end();
 * it never looks at the format. */
#ifndef BUDGET_EXPORT_PRIVATE_H
#define BUDGET_EXPORT_PRIVATE_H

#include <json-glib/json-glib.h>

#include "budget-private.h"

/* Appends @value (UTF-8, NUL-terminated; NULL is an empty field) to @out as
 * one CSV field, quoted when it holds a comma, a quote, CR or LF, or starts
 * or ends with a space or a tab (the reader trims those of unquoted fields),
 * a quote inside doubled. Every CSV writer of libbudget uses this rule, so
 * that every field it writes reads back exactly. */
void budgetp_export_csv_field(GString *out, const char *value);

typedef enum {
    BUDGETP_SINK_WRITE, /* BudgetWriteFunc */
    BUDGETP_SINK_PATH,  /* a temporary file renamed over the path */
    BUDGETP_SINK_ROWS   /* BudgetExportRowFunc: cells, no bytes */
} BudgetpSinkKind;

struct BudgetExport {
    BudgetExportFormat format;
    BudgetpSinkKind sink;
    BudgetWriteFunc write_func;
    BudgetExportRowFunc row_func;
    void *user_data;
    BudgetDestroyNotify destroy;
    char *path;
    bool bom;
    BudgetMoneyUnit unit;
};

/* How a column's cell is carried in JSON (and aligned in Markdown). */
typedef enum {
    BUDGETP_COL_TEXT,   /* a string, "" kept */
    BUDGETP_COL_NUMBER, /* an exact decimal as a string; "" is null; right-aligned */
    BUDGETP_COL_COUNT,  /* a JSON integer; right-aligned */
    BUDGETP_COL_NAME    /* an enum name as a string; "" is null */
} BudgetpColumnKind;

typedef struct {
    const char *name;
    BudgetpColumnKind kind;
} BudgetpColumn;

/* One table being written. */
typedef struct {
    BudgetExport *ex;
    const BudgetpColumn *cols;
    size_t n_cols;
    GString *buf;
    JsonGenerator *gen; /* JSON only */
    size_t n_rows;
    int fd;         /* BUDGETP_SINK_PATH */
    char *tmp_path; /* BUDGETP_SINK_PATH */
    BudgetError *error;
    bool failed;
} BudgetpTable;

/* Starts a table on @ex: opens the file, writes the header. @meta holds
 * pairs of JSON member names and string values (NULL-terminated), written
 * before the columns. On failure @error is set and the table must still be
 * ended. */
bool budgetp_table_begin(BudgetpTable *t, BudgetExport *ex, const BudgetpColumn *cols, size_t n_cols,
                         const char *const *meta, BudgetError *error);

/* Writes one row: @cells (n_cols of them) as CSV writes them ("" or NULL
 * for an undefined value). */
bool budgetp_table_row(BudgetpTable *t, const char *const *cells);

/* Finishes a table (@ok: every row was produced) and releases it; for a
 * file, renames the temporary file over the path, or removes it. */
bool budgetp_table_end(BudgetpTable *t, bool ok);

/* Frees the @n strings of @cells (not the array). */
void budgetp_table_free_cells(char **cells, size_t n);

/* A money cell in the writer's money unit, a rate cell (basis points as a
 * percent with 2 decimals) and a points cell, newly allocated. */
char *budgetp_export_money_text(const BudgetExport *ex, BudgetFen value);
char *budgetp_export_rate_text(int64_t bp);
char *budgetp_export_points_text(int64_t points);

#endif /* BUDGET_EXPORT_PRIVATE_H */
