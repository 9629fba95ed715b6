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
    BudgetExportHeaders headers; /* column and status names: English or Chinese */
    size_t width;                /* the table format's width in columns */
};

/* How a column's cell is carried in JSON (and aligned in Markdown and the
 * table), and what an xlsx cell holds. MONEY, RATE and POINTS are NUMBER
 * in CSV, JSON and Markdown (the same bytes); the table and HTML show money
 * with thousands separators, xlsx writes each as a number with its format.
 * Only append: the other writers name these. */
typedef enum {
    BUDGETP_COL_TEXT,   /* a string, "" kept; xlsx: always a string */
    BUDGETP_COL_NUMBER, /* an exact decimal as a string; "" is null; right-aligned; xlsx: a number
                           when the cell is one, else a string */
    BUDGETP_COL_COUNT,  /* a JSON integer; right-aligned */
    BUDGETP_COL_NAME,   /* an enum name as a string; "" is null */
    BUDGETP_COL_MONEY,  /* NUMBER holding money in the writer's unit (budgetp_export_money_text()) */
    BUDGETP_COL_RATE,   /* NUMBER holding a percent or percentage points with 2 decimals */
    BUDGETP_COL_POINTS, /* NUMBER holding score points with 2 decimals */
    BUDGETP_COL_STATUS, /* NAME holding budget_status_to_string(); Chinese under HEADERS_ZH */
    BUDGETP_COL_DATE    /* NAME holding YYYY-MM-DD; xlsx: a date */
} BudgetpColumnKind;

/* A column. Initialisers may stop after the kind: the rest defaults. */
typedef struct {
    const char *name; /* the English name: CSV header, JSON member */
    BudgetpColumnKind kind;
    const char *zh;    /* the Chinese name (BUDGET_EXPORT_HEADERS_ZH); NULL: @name */
    const char *label; /* a short English heading for the table and HTML formats; NULL: @name */
    bool detail;       /* left out of the table format, which must fit a terminal */
} BudgetpColumn;

/* The heading of @col under @ex's headers and format. */
const char *budgetp_column_heading(const BudgetExport *ex, const BudgetpColumn *col);

/* The cell of a status under @ex's headers: "on_track" or 正常. */
const char *budgetp_export_status_text(const BudgetExport *ex, BudgetStatus status);

/* The cell of a monitoring colour under @ex's headers: "red" or 红. */
const char *budgetp_export_colour_text(const BudgetExport *ex, BudgetMonitorColour colour);

/* Whether @kind is right-aligned (a number). */
bool budgetp_column_is_numeric(BudgetpColumnKind kind);

typedef struct BudgetpXlsx BudgetpXlsx;

/* One table being written, or a document of several (budgetp_doc_begin()). */
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
    /* A document: budgetp_doc_table_begin() .. _end() may come several times. */
    size_t n_tables;
    bool in_table;
    GPtrArray *rows;   /* the table format: rows kept until the widths are known (char ** each) */
    char *tmp_caption; /* the table format: the caption of the table being kept */
    BudgetpXlsx *xlsx; /* the xlsx format */
    bool raw;          /* budgetp_sink_begin(): bytes, no table */
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

/* A document of several tables (an HTML page, an xlsx workbook, tables
 * one after another in the table and Markdown formats; CSV and JSON, one
 * table a file, refuse it with UNSUPPORTED): begin opens the sink and
 * writes the page's head (@title, also the xlsx document title); each
 * table goes between budgetp_doc_table_begin() (@caption: its heading,
 * also the xlsx sheet name) and budgetp_doc_table_end(); budgetp_doc_end()
 * finishes the page and closes the sink as budgetp_table_end() does. */
bool budgetp_doc_begin(BudgetpTable *t, BudgetExport *ex, const char *title, BudgetError *error);
bool budgetp_doc_table_begin(BudgetpTable *t, const BudgetpColumn *cols, size_t n_cols, const char *caption);
bool budgetp_doc_table_end(BudgetpTable *t);
/* HTML only (other formats ignore it): @html appended as it is, between
 * tables (an inline SVG chart, a paragraph the caller escaped). */
bool budgetp_doc_raw(BudgetpTable *t, const char *html);
bool budgetp_doc_end(BudgetpTable *t, bool ok);

/* Appends @text to @out escaped for HTML and XML text and attributes. */
void budgetp_export_xml_escape(GString *out, const char *text);

/* Raw bytes through the sink of @ex (its format ignored; the rows sink
 * refused with INVALID_ARGUMENT): what the SVG charts use. */
bool budgetp_sink_begin(BudgetpTable *t, BudgetExport *ex, BudgetError *error);
bool budgetp_sink_write(BudgetpTable *t, const char *data, size_t len);
/* budgetp_table_end() closes it. */

/* The xlsx backend (export-xlsx.c). */
bool budgetp_xlsx_open(BudgetpTable *t, const char *title);
bool budgetp_xlsx_sheet(BudgetpTable *t, const char *caption);
bool budgetp_xlsx_row(BudgetpTable *t, const char *const *cells, bool header);
/* Closes the workbook; unless @ok, only discards it. */
bool budgetp_xlsx_close(BudgetpTable *t, bool ok);

/* The table format (export-text.c): @rows laid out to the writer's width. */
void budgetp_text_table(const BudgetExport *ex, const BudgetpColumn *cols, size_t n_cols, GPtrArray *rows,
                        const char *caption, GString *out);
/* A money cell for people: thousands separators, 万元 and 亿元 rounded to
 * 2 decimals (四舍五入). */
char *budgetp_export_money_display(BudgetFen value, BudgetMoneyUnit unit);

/* The charts (export-chart.c), appended to @out as an SVG element (no XML
 * declaration: it may go inline in HTML). The overview: one bar per row of
 * @report (only the rows of @unit when it is not NULL), its execution rate,
 * coloured by status, the time progress as a dashed line. The series: the
 * S-curve of @key at @level (budget_monitor_series()). */
void budgetp_chart_overview(GString *out, const BudgetExport *ex, const BudgetReport *report,
                            const char *unit, const char *title);
bool budgetp_chart_series(GString *out, const BudgetExport *ex, const BudgetLedger *ledger, BudgetLevel level,
                          const char *key, BudgetError *error);

/* Frees the @n strings of @cells (not the array). */
void budgetp_table_free_cells(char **cells, size_t n);

/* A money cell in the writer's money unit, a rate cell (basis points as a
 * percent with 2 decimals) and a points cell, newly allocated. */
char *budgetp_export_money_text(const BudgetExport *ex, BudgetFen value);
char *budgetp_export_rate_text(int64_t bp);
char *budgetp_export_points_text(int64_t points);

/* The size of a buffer that holds any money, rate or count cell with its
 * NUL (the longest, INT64_MIN yuan with separators, takes 27 bytes). */
#define BUDGETP_CELL_MAX 48
/* The same money and rate cells written into @buf (BUDGETP_CELL_MAX
 * bytes), without allocating; return @buf. */
const char *budgetp_export_money_cell(const BudgetExport *ex, BudgetFen value, char *buf);
const char *budgetp_export_rate_cell(int64_t bp, char *buf);
/* budgetp_export_money_display() into @buf (BUDGETP_CELL_MAX bytes). */
void budgetp_export_money_display_into(BudgetFen value, BudgetMoneyUnit unit, char *buf);

#endif /* BUDGET_EXPORT_PRIVATE_H */
