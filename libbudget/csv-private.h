/* csv: what the files of the csv module share (DESIGN.md "Shape of the
 * code"): csv-input.c reads files and buffers and decodes them (UTF-8,
 * GB18030) without any CSV knowledge; csv-read.c reads RFC 4180 records with
 * libcsv and the plain-record fast path (the only file that includes
 * <csv.h>: struct csv_parser is an incomplete type here); csv-load.c matches
 * the columns and loads the rows into the model; csv-write.c writes the
 * files back. Never installed. */
#ifndef BUDGET_CSV_PRIVATE_H
#define BUDGET_CSV_PRIVATE_H

#include "budget-private.h"

/* Input is fed in chunks so that memory stays constant however long the file. */
#define CHUNK_SIZE (64 * 1024)

typedef enum {
    ENC_AUTO,
    ENC_UTF8,
    ENC_GB18030
} Encoding;

/* Generous defaults: a finance file's longest cell is a memo of a few
 * hundred bytes and its widest header a few hundred columns. */
#define DEFAULT_MAX_FIELD_SIZE ((size_t)1024 * 1024)
#define DEFAULT_MAX_COLUMNS ((size_t)16384) /* the most Excel holds */

struct BudgetCsvOptions {
    bool lenient;
    bool check_vouchers;
    Encoding encoding;
    size_t max_field_size;
    size_t max_columns;
    bool fast_path;
    unsigned files;     /* BudgetCsvFiles */
    unsigned n_threads; /* 0: as many as the machine has cores */
    size_t range_size;  /* 0: the file's size split evenly (tests set it small) */
};

extern const BudgetCsvOptions budgetp_csv_default_options;

/* A line longer than this is handed to libcsv in pieces rather than gathered
 * whole across chunks, so that memory stays bounded whatever the line. */
#define PENDING_MAX (1024 * 1024)

/* ---- Columns (csv-load.c) ---------------------------------------------- */

typedef enum {
    KEY_UNKNOWN = 0,
    KEY_CODE,
    KEY_NAME,
    KEY_UNIT,
    KEY_YEAR,
    KEY_BUDGET,
    KEY_FISCAL,
    KEY_OTHER,
    KEY_CARRYOVER,
    KEY_PURPOSE,
    KEY_PLAN_FORM,
    KEY_PLAN, /* plan_MM: the month is kept beside the key */
    KEY_DATE,
    KEY_AMOUNT,
    KEY_SOURCE,
    KEY_VOUCHER,
    KEY_MEMO,
    KEY_REASON,
    KEY_LEVEL1,
    KEY_LEVEL2,
    KEY_LEVEL3,
    KEY_DESCRIPTION,
    KEY_TARGET,
    KEY_BASIS,
    KEY_WEIGHT,
    KEY_ACTUAL,
    KEY_ITEM, /* department.csv */
    N_KEYS
} Key;

typedef enum {
    FILE_PROJECTS,
    FILE_TRANSACTIONS,
    FILE_ADJUSTMENTS,
    FILE_INDICATORS,
    FILE_DEPARTMENT
} FileKind;

typedef struct {
    char *name; /* as written, trimmed */
    Key key;    /* KEY_UNKNOWN when the file kind does not use it */
    int month;  /* 1..12 for KEY_PLAN; -1 from key_of(): plan-like, no month */
    BudgetMoneyUnit unit;
} Column;

/* The English name of a key ("code", "amount"). */
extern const char *const budgetp_csv_key_names[N_KEYS];

/* ---- The reader (csv-read.c) ------------------------------------------- */

typedef struct Reader Reader;

/* Handles one data record; returns false with @e set (code and message) to
 * reject it. Location is added by the caller unless already set. */
typedef bool (*RowFunc)(Reader *r, BudgetError *e);

struct Reader {
    const char *source;
    FileKind kind;
    bool lenient;
    Encoding encoding;
    BudgetDiagnostics *diag;
    BudgetError *error;
    RowFunc row_func;
    void *row_data;

    GArray *columns; /* of Column */
    bool have_header;
    int col_of[N_KEYS];
    int plan_col[13];
    GArray *extra_cols; /* of int: columns the kind does not interpret */

    GPtrArray *cells; /* of GString: libcsv's fields, reused from record to record */
    char **cell_ptr;  /* the record's cells: in @cells, or in the input for plain records */
    size_t *cell_len;
    size_t cells_cap;
    size_t n_cells;
    bool in_record;
    bool rec_clean;      /* every byte of the record is checked UTF-8 without NUL */
    size_t rec_n_fields; /* fields of the record, also those past max_columns (not kept) */
    int rec_big_col;     /* the first field longer than max_field_size (not kept), or -1 */
    size_t rec_big_len;
    char empty[1]; /* the cell kept in place of one that is too long */
    int64_t rec_line;
    int64_t rec_offset;
    size_t max_field_size;
    size_t max_columns;

    bool fast;        /* plain records bypass libcsv (see feed_piece()) */
    bool chunk_clean; /* the bytes being fed are checked UTF-8 without NUL */
    GString *pending; /* an unterminated last line, completed by the next chunk */
    int64_t pending_offset;
    bool pending_clean;

    struct csv_parser *parser; /* during parse_input() */
    int64_t cur_line;          /* line of the next byte fed */
    int64_t fed;               /* bytes fed so far */
    int64_t base_offset;       /* file offset of fed byte 0, or -1 when transcoded */
    char last_byte;
    bool skip_line;      /* drop the rest of the physical line (after a rejected record) */
    int64_t skip_until;  /* on a second reading, lines before this were read already */
    int64_t reread_from; /* > 0: read the input again from this line (see finish()) */
    int n_readings;
    bool warn_unused_columns; /* name the columns a ledger does not read */
    bool ignore;              /* callbacks do nothing (stopped, or csv_fini) */
    bool failed;              /* the call returns false */
    /* A whole physical line (ending with LF, no CR, checked UTF-8 without
     * NUL) that starts a record, offered to the kind's own reader first: it
     * returns true when it proved the line plain and took it (no cell, no
     * problem to report), false to leave it to the general path. */
    bool (*line_func)(Reader *r, const char *s, size_t n);
    /* Called before any other line and at the end: line_func() may keep
     * what it took in a queue until then. */
    void (*line_flush)(Reader *r);
    /* Like line_func(), many lines at once: @s holds @n bytes without CR,
     * checked UTF-8 without NUL, starting at a line that starts a record.
     * Takes the whole lines it proves plain, from the first; returns the
     * bytes taken and sets *@lines to their number (0 and 0 when the first
     * is not). May keep them in line_func()'s queue. */
    size_t (*lines_func)(Reader *r, const char *s, size_t n, int64_t *lines);
    /* The end of the bytes being fed, which line_func() may look at past
     * its line (a row ahead), and a number changed whenever they change. */
    const char *feed_end;
    guint64 feed_serial;
    /* One range of a file split across threads (csv-split.c): its lines are
     * counted from the range's start, so a problem whose message names a
     * line cannot be reported from here: it sets @trouble and ends the
     * reading, and the file is read again in one pass. */
    bool speculative;
    bool trouble;
};

void budgetp_csv_reader_init(Reader *r, FileKind kind, const char *source, const BudgetCsvOptions *options,
                             BudgetDiagnostics *diag, BudgetError *error);
void budgetp_csv_reader_clear(Reader *r);
/* The header name of column @col, "" if none. */
const char *budgetp_csv_column_name(const Reader *r, int col);
/* The cell of @col (trimmed in place), "" for a column the file lacks. */
const char *budgetp_csv_cell(Reader *r, int col);
/* The length of budgetp_csv_cell(@col) once called. */
size_t budgetp_csv_cell_length(const Reader *r, int col);
/* The cell as written (text columns keep their spaces). */
const char *budgetp_csv_cell_raw(const Reader *r, int col);
/* Puts the record's place (file, lines, column @col, its header) in @e. */
void budgetp_csv_locate(const Reader *r, BudgetError *e, int col);
/* Adds a problem to the diagnostics list (see csv-read.c). */
void budgetp_csv_report(Reader *r, const BudgetError *e, bool is_warning);
/* A problem that ends reading the file in either mode. */
void budgetp_csv_fail_file(Reader *r, BudgetError *e);
/* A rejected record: reported in lenient mode, the end otherwise. */
void budgetp_csv_reject_row(Reader *r, BudgetError *e);
/* Sets @e's message and place at @col; returns false. */
bool budgetp_csv_row_error(Reader *r, BudgetError *e, int col, const char *format, ...) G_GNUC_PRINTF(4, 5);
/* A cell quoted for a message (text-private.h); g_free() it. */
char *budgetp_csv_quote_cell(const char *text);
/* Turns the error of a cell parser into a row error at @col. */
bool budgetp_csv_cell_error(Reader *r, BudgetError *e, int col, const BudgetError *sub, const char *what,
                            const char *text, bool sub_quotes_text);
/* A warning on the record's line at @col. */
void budgetp_csv_warn_row(Reader *r, int code, int col, const char *format, ...) G_GNUC_PRINTF(4, 5);
/* A problem of the whole file (ends the reading). */
void budgetp_csv_file_error(Reader *r, int code, int64_t line, int col, const char *field, const char *format,
                            ...) G_GNUC_PRINTF(6, 7);
/* Feeds decoded UTF-8 (r->chunk_clean says whether it was checked). */
void budgetp_csv_feed(Reader *r, char *buf, size_t len);
/* Starts and ends one reading of the input, with a fresh libcsv parser;
 * ending reports a quote never closed (and asks for another reading). */
bool budgetp_csv_begin(Reader *r);
void budgetp_csv_end(Reader *r);
/* Ends a reading without the end-of-input checks (a range of a split file). */
void budgetp_csv_abandon(Reader *r);
/* At most this many readings of one input (see budgetp_csv_end()). */
#define MAX_READINGS 16

/* ---- Loading (csv-load.c) ---------------------------------------------- */

/* Matches the header's columns to keys; fails the file if it cannot. */
void budgetp_csv_process_header(Reader *r);

/* ---- Input (csv-input.c) ----------------------------------------------- */

/* Where a reader's bytes come from: a file (@path), a buffer (@data, @len
 * bytes) or a read callback (@read), whichever is set first. */
typedef struct {
    const char *path;
    const char *data;
    size_t len;
    BudgetReadFunc read;
    void *read_data;
} BudgetpCsvInput;

/* Runs a reader over its input. A file or a buffer can be read again (a
 * quote never closed, duplicate vouchers to confirm); a callback cannot. */
bool budgetp_csv_run_reader(Reader *r, const BudgetpCsvInput *input);
/* Whether @input can be read a second time. */
bool budgetp_csv_input_rereadable(const BudgetpCsvInput *input);

/* ---- A ledger file across threads (csv-split.c) ----------------------- */

/* Sets up a range's reader (row function and its data) to record into
 * @part; the matching clear function frees what it set up. */
typedef void (*BudgetpRangeSetup)(Reader *r, BudgetLedger *part, void *data);
typedef void (*BudgetpRangeClear)(Reader *r, void *data);

/* Reads the ledger file @path into @ledger on several threads when it can
 * give exactly what one pass gives (see budget_csv_options_set_threads()).
 * Returns false when it did not read it (nothing changed: read it in one
 * pass); otherwise true with *@ok the result of the reading. */
bool budgetp_csv_split_ledger(const char *path, const char *source, BudgetLedger *ledger,
                              const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error,
                              BudgetpRangeSetup setup, BudgetpRangeClear clear, void *data, bool *ok);

#endif /* BUDGET_CSV_PRIVATE_H */
