#ifndef BUDGET_CSV_H
#define BUDGET_CSV_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>
#include <budget/budget-error.h>

BUDGET_BEGIN_DECLS

/**
 * SECTION:budget-csv
 * @title: CSV files
 * @short_description: reading and writing projects, indicators, transactions, adjustments
 *
 * Files are RFC 4180 CSV with a header row. Columns are matched by name:
 * the English names of docs/csv-formats.md or the Chinese headers of an Excel export
 * (项目编码, 项目名称, 预算单位, 年度, 预算数, 财政资金, 其他资金, 上年结转, 资金用途,
 * 日期, 金额, 资金来源, 凭证号, 摘要, 调整原因, 一级指标 …; docs/csv-formats.md
 * has the full table). A money header may name its unit ("预算数（万元）",
 * "budget(万元)"): bare numbers in that column are then read in that unit.
 * Unknown columns of projects.csv and indicators.csv are kept and written
 * back; those of transactions.csv are passed to row callbacks.
 *
 * Encoding: a file that is valid UTF-8 (BOM allowed) is UTF-8; otherwise,
 * if it decodes as GB18030 it is transcoded; otherwise it is an
 * %BUDGET_ERROR_ENCODING error naming the bad line. An explicit encoding
 * option overrides detection. Files are read in one pass, so detection
 * decides at the first 64 KiB piece that is not UTF-8: if all before it was
 * ASCII, GB18030 from there on; if non-ASCII UTF-8 came before, the file is
 * refused as mixed ("mixed encodings: line N is not UTF-8 but earlier lines
 * are"), not read again as GB18030. The rows of the pieces before the one
 * holding an encoding error have been read when it is found (the call still
 * fails).
 *
 * Quoting: fields may be quoted, with "" for a quote and commas and
 * newlines inside; a quote inside an unquoted field is kept literally (as
 * Python's csv module and Excel read it); an unterminated quoted field at
 * end of file is an error. Blank lines are skipped.
 *
 * Strict mode (the default) stops at the first bad row with an error
 * naming file, line (where the record starts; the header is line 1),
 * column (1-based) and field; rows before it may already be in the book,
 * so a caller discards the book after a failed strict load (as
 * budget_csv_load_book() does). Lenient mode loads every good row and adds
 * every bad one to the #BudgetDiagnostics list with its reason; the load
 * then succeeds. A problem with a whole file (it cannot be read, its
 * encoding is unknown, a required column is missing, the header has a
 * duplicate name, a callback stopped the read) fails the load in both
 * modes. Every problem, including the one a strict load fails with, is
 * also added to the list when one is given.
 *
 * Error sources are the path as the caller gave it, or the bare file name
 * for the files budget_csv_load_book() finds in its folder.
 *
 * Ledger amounts (transactions.csv) take no unit suffix: "1200.00元" is
 * refused there, as the reference and the datagen bad rows expect; a unit
 * in the header ("金额（万元）") applies to the whole column. projects.csv
 * and adjustments.csv cells may carry 元/万元/亿元. Suspicious but usable rows (a duplicate voucher number,
 * an invalid plan, a funding split that does not add up) are added as
 * warnings in both modes.
 *
 * Writers produce UTF-8 files in the English layout that read back to the
 * same data, to the fen.
 *
 * Thread safety: Stateless loaders: different calls may run on different
 * threads at once, each on its own book, ledger or options; a
 * #BudgetCsvOptions may be shared read-only. Loading into a book that another
 * thread reads is misuse.
 */

/**
 * BudgetReadFunc:
 * @buf: where to put the bytes
 * @size: at most this many bytes
 * @user_data: what the caller passed with the callback
 *
 * Gives the next bytes of an input, as a host language's file object or a
 * zip member gives them: the loaders' `_callback` variants read a file
 * through it without holding it whole.
 *
 * Returns: the number of bytes put in @buf (1 to @size), 0 at the end of the
 *   input, or -1 on an error (the load then fails with %BUDGET_ERROR_IO).
 * Since: 1.0
 */
typedef ptrdiff_t (*BudgetReadFunc)(void *buf, size_t size, void *user_data);

/**
 * budget_csv_options_new:
 *
 * Creates reading options for the CSV loaders; passing NULL options gives the
 * same defaults.
 *
 * Returns: (transfer full): options with the defaults: strict, encoding
 *   detected, voucher check off. Free with budget_csv_options_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetCsvOptions *budget_csv_options_new(void) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_csv_options_free:
 * @options: (nullable) (transfer full): options
 *
 * Frees @options. NULL is allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_csv_options_free(BudgetCsvOptions *options);

/**
 * budget_csv_options_set_lenient:
 * @options: options
 * @lenient: true to load every good row and report every bad one
 *
 * Switches between strict reading (the default: stop at the first bad row) and
 * lenient reading (load every good row, report every bad one in the
 * #BudgetDiagnostics list).
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_csv_options_set_lenient(BudgetCsvOptions *options, bool lenient);

/**
 * budget_csv_options_set_encoding:
 * @options: options
 * @encoding: (nullable): NULL or "auto" to detect, "UTF-8", or "GB18030"
 *   (also "GBK", "GB2312", read as GB18030, their superset)
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_UNSUPPORTED (another name).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_options_set_encoding(BudgetCsvOptions *options, const char *encoding, BudgetError *error);

/**
 * budget_csv_options_set_fast_path:
 * @options: options
 * @fast: true (the default) to split a record that lies on one line and holds
 *   no double quote on its commas directly; false to send every record
 *   through libcsv
 *
 * Chooses how plain records are read. Both ways give the same cells, the same
 * errors and the same lines on every input (the test suite reads every input
 * both ways); the fast path only saves time. Turning it off is for checking
 * that, or for a caller who wants every byte through libcsv.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_csv_options_set_fast_path(BudgetCsvOptions *options, bool fast);

/**
 * budget_csv_options_set_threads:
 * @options: options
 * @n_threads: how many threads read a ledger file: 1 (the default) reads it
 *   in one pass on the calling thread; 0 takes as many as the machine has
 *   cores
 *
 * Lets budget_csv_load_transactions() and budget_csv_folder_load() split a
 * ledger file into byte ranges at record boundaries, fold each range into
 * its own per-project totals on its own thread and merge them. The results,
 * the rows rejected and every problem reported (in file order, with the
 * same lines and columns) are those of the one-pass reading: a range whose
 * start turns out to lie inside a quoted field is read again from the true
 * record boundary, and a file with a problem whose report depends on the
 * reading order (a streaming diagnostics callback, a quote never closed,
 * spending control, voucher checking, a read callback, GB18030) is read in
 * one pass. The library's default is 1, so that it starts no thread a
 * caller did not ask for; the `budget` tool asks for every core.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_csv_options_set_threads(BudgetCsvOptions *options, unsigned n_threads);

/**
 * budget_csv_options_get_threads:
 * @options: options
 *
 * The number of threads that will read a ledger file with @options.
 *
 * Returns: the number of threads budget_csv_options_set_threads() asked
 *   for, with 0 resolved to the number of cores (at least 1).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
unsigned budget_csv_options_get_threads(const BudgetCsvOptions *options);

/**
 * budget_csv_options_set_range_size:
 * @options: options
 * @bytes: the size of the byte ranges a ledger file is split into when
 *   more than one thread reads it, or 0 (the default) to split the file
 *   evenly among the threads
 *
 * Smaller ranges than the file's share of a thread are handed out to the
 * threads in turn. Reading is the same whatever the size: a test sets a tiny
 * one so that quoted fields fall across range edges.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_csv_options_set_range_size(BudgetCsvOptions *options, size_t bytes);

/**
 * budget_csv_options_set_max_field_size:
 * @options: options
 * @bytes: the longest field accepted, in bytes (default 1 MiB: 1048576)
 * @error: (nullable): error record
 *
 * Sets the limit on one field. A longer field rejects its record (an error
 * naming its line and column; lenient reading goes on at the next line), and
 * a field in the header fails the file. The limit bounds memory: a field is
 * never buffered much past it, whatever the input (a quote opened and never
 * closed, a file of one endless line).
 *
 * Errors: %BUDGET_ERROR_RANGE (0).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_options_set_max_field_size(BudgetCsvOptions *options, size_t bytes, BudgetError *error);

/**
 * budget_csv_options_get_max_field_size:
 * @options: (nullable): options, NULL for the defaults
 *
 * Gives the limit set by budget_csv_options_set_max_field_size().
 *
 * Returns: the longest field accepted, in bytes.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_csv_options_get_max_field_size(const BudgetCsvOptions *options);

/**
 * budget_csv_options_set_max_columns:
 * @options: options
 * @columns: the most fields a record (or the header) may have (default 16384,
 *   the most columns an Excel sheet holds)
 * @error: (nullable): error record
 *
 * Sets the limit on fields per record. A header with more fails the file; a
 * record with more is rejected with its line. Fields past the limit are
 * counted, never stored, so memory stays bounded.
 *
 * Errors: %BUDGET_ERROR_RANGE (0, or more than INT_MAX).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_options_set_max_columns(BudgetCsvOptions *options, size_t columns, BudgetError *error);

/**
 * budget_csv_options_get_max_columns:
 * @options: (nullable): options, NULL for the defaults
 *
 * Gives the limit set by budget_csv_options_set_max_columns().
 *
 * Returns: the most fields a record may have.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_csv_options_get_max_columns(const BudgetCsvOptions *options);

/**
 * BudgetCsvFiles:
 * @BUDGET_CSV_FILE_INDICATORS: indicators.csv
 * @BUDGET_CSV_FILE_ADJUSTMENTS: adjustments.csv
 * @BUDGET_CSV_FILE_TRANSACTIONS: transactions.csv
 * @BUDGET_CSV_FILE_DEPARTMENT: department.csv
 * @BUDGET_CSV_FILES_ALL: all of them (the default)
 *
 * The optional files of a data folder, as flags for
 * budget_csv_options_set_files(); projects.csv is always read.
 * Since: 1.0
 */
typedef enum {
    BUDGET_CSV_FILE_INDICATORS = 1 << 0,
    BUDGET_CSV_FILE_ADJUSTMENTS = 1 << 1,
    BUDGET_CSV_FILE_TRANSACTIONS = 1 << 2,
    BUDGET_CSV_FILE_DEPARTMENT = 1 << 3,
    BUDGET_CSV_FILES_ALL = (1 << 4) - 1
} BudgetCsvFiles;

/**
 * budget_csv_options_set_files:
 * @options: options
 * @files: the #BudgetCsvFiles flags of the optional files to read
 *
 * Chooses which optional files budget_csv_load_book() and
 * budget_csv_folder_load() read: a report needs no indicators.csv, and reads
 * faster and in less memory without it. A file left out is not opened at all
 * (its problems are not looked for either). Bits outside
 * %BUDGET_CSV_FILES_ALL are ignored.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_csv_options_set_files(BudgetCsvOptions *options, unsigned files);

/**
 * budget_csv_options_set_check_vouchers:
 * @options: options
 * @check: warn about a voucher number (凭证号) seen twice in one
 *   transactions file. The check keeps a 64-bit fingerprint per distinct
 *   voucher (about 11 to 22 bytes each), never the numbers themselves; when two
 *   fingerprints agree, the file (or buffer) is read a second time to compare
 *   the exact texts, so a duplicate is never missed and never invented. The
 *   warnings of that second reading come after the file's other problems.
 *
 * Turns the duplicate voucher check on or off (off by default); a duplicate is
 * a warning, never an error.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_csv_options_set_check_vouchers(BudgetCsvOptions *options, bool check);

/**
 * budget_csv_find_file:
 * @dir: a data folder
 * @name: the file's name, e.g. "transactions.csv"
 * @path: (out) (transfer full) (nullable): the path of the file, free with
 *   budget_free(); NULL when the folder has no such file
 * @error: (nullable): error record
 *
 * Looks for @name in @dir, matching names without regard to ASCII case as
 * Windows and people write them (`Transactions.CSV`). An entry that is there
 * is returned whatever it is (a dangling link, a folder, a FIFO): the loaders
 * then say exactly why it cannot be read, so it is never taken for absent.
 *
 * Errors: %BUDGET_ERROR_IO (the folder cannot be read),
 * %BUDGET_ERROR_DUPLICATE_KEY (two entries whose names differ only in case).
 *
 * Returns: true when the folder was searched (whether or not @name is there).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_find_file(const char *dir, const char *name, char **path, BudgetError *error);

/**
 * budget_csv_check_folder:
 * @dir: a data folder
 * @diag: (nullable): where the warnings go
 * @error: (nullable): error record
 *
 * Adds a warning to @diag for each file in @dir that looks like data (by its
 * extension: .csv, .txt, .tsv, .xls, .xlsx, .xlsm, .et, .ods, .dbf, in any case)
 * but is none of the five files libbudget reads (projects.csv, indicators.csv,
 * adjustments.csv, transactions.csv, department.csv, in any case), so that a
 * file such as `预算调整.csv` is named, never silently skipped. The warnings
 * come in name order, with the file's name as their source and code
 * %BUDGET_ERROR_UNSUPPORTED. budget_csv_load_book() calls it.
 *
 * Errors: %BUDGET_ERROR_IO (the folder cannot be read).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_check_folder(const char *dir, BudgetDiagnostics *diag, BudgetError *error);

/**
 * BudgetCsvFolder:
 *
 * A data folder loaded in one call: its book, its ledger recorded at an
 * as-of date, and its department inputs. Singly owned; free with
 * budget_csv_folder_free(). Since: 1.0
 */
typedef struct BudgetCsvFolder BudgetCsvFolder;

/**
 * budget_csv_folder_load:
 * @dir: a data folder
 * @as_of: the ledger's as-of date, or 0 for the end of the book's year
 * @options: (nullable): reading options (lenient, encoding, which files);
 *   NULL for the defaults
 * @diag: (nullable): receives every problem found and every warning
 * @error: (nullable): error record
 *
 * Loads a department's folder as every report does: the book
 * (budget_csv_load_book()), a ledger at @as_of (budget_ledger_new()) with
 * transactions.csv recorded into it, and department.csv when present — each
 * file found by its name in any case, each left out if @options says so.
 *
 * When neither the book nor any project names a year (projects.csv without
 * a year column), the book takes the year of @as_of; with @as_of 0 that is
 * an error (%BUDGET_ERROR_INCONSISTENT, field "year"), never a guess.
 *
 * Every failure is also added to @diag (when given), so a caller that
 * prints @diag has printed it.
 *
 * Errors: those of budget_csv_load_book(), budget_ledger_new(),
 * budget_csv_load_transactions() and budget_csv_load_department().
 *
 * Returns: (transfer full) (nullable): the folder; free with
 *   budget_csv_folder_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetCsvFolder *budget_csv_folder_load(const char *dir, BudgetDate as_of, const BudgetCsvOptions *options,
                                        BudgetDiagnostics *diag, BudgetError *error)
    BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_csv_folder_free:
 * @folder: (nullable): a folder
 *
 * Releases the folder and its references to the book and ledger.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_csv_folder_free(BudgetCsvFolder *folder);

/**
 * budget_csv_folder_get_book:
 * @folder: a folder
 *
 * Gives the folder's book.
 *
 * Returns: (transfer none): the book; take a reference with budget_book_ref()
 *   to keep it after the folder is freed.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetBook *budget_csv_folder_get_book(const BudgetCsvFolder *folder);

/**
 * budget_csv_folder_get_ledger:
 * @folder: a folder
 *
 * Gives the folder's ledger, with transactions.csv recorded into it.
 *
 * Returns: (transfer none): the ledger at the folder's as-of date; take a
 *   reference with budget_ledger_ref() to keep it after the folder is freed.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetLedger *budget_csv_folder_get_ledger(const BudgetCsvFolder *folder);

/**
 * budget_csv_folder_get_department_inputs:
 * @folder: a folder
 *
 * Gives what department.csv holds.
 *
 * Returns: (transfer none) (nullable): the inputs of department.csv, NULL
 *   when the folder has none or the options left it out.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const BudgetDepartmentInputs *budget_csv_folder_get_department_inputs(const BudgetCsvFolder *folder);

/**
 * budget_csv_load_book:
 * @dir: a folder holding projects.csv and optionally indicators.csv and
 *   adjustments.csv (transactions are streamed separately)
 * @options: (nullable): reading options; NULL for the defaults
 * @diag: (nullable): receives every problem found (needed in lenient mode
 *   to see the rejected rows) and every warning
 * @error: (nullable): error record
 *
 * File names are matched without case (budget_csv_find_file()), and every
 * other file of @dir that looks like data is named in a warning
 * (budget_csv_check_folder()). A file that is there but is not a readable
 * regular file (a dangling link, a link loop, a folder, a FIFO, a device) is
 * an error that says which, never taken for an absent file. Messages name
 * each file as the folder spells it.
 *
 * In lenient mode every file is read even after one fails as a whole, so
 * that every problem of every file is in @diag; when projects.csv fails, the
 * other files are checked cell by cell but their codes cannot be, and the
 * call returns NULL.
 *
 * Errors: %BUDGET_ERROR_IO (no projects.csv, an unreadable file or folder),
 * %BUDGET_ERROR_DUPLICATE_KEY (two names that differ only in case), and the
 * first error of any file (see budget_csv_load_projects()).
 *
 * Returns: (transfer full) (nullable): the book; release with budget_book_unref().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetBook *budget_csv_load_book(const char *dir, const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                 BudgetError *error) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_csv_load_projects:
 * @book: the book to add to
 * @path: projects.csv
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * Required columns: code, budget. Optional: name, unit, year, fiscal,
 * other, carryover, purpose, plan_form, plan_01 .. plan_12 (percent
 * cells "25", "25%", "25.00", "25％").
 *
 * Errors: %BUDGET_ERROR_IO, %BUDGET_ERROR_ENCODING, %BUDGET_ERROR_PARSE,
 * %BUDGET_ERROR_MISSING_COLUMN, %BUDGET_ERROR_DUPLICATE_KEY,
 * %BUDGET_ERROR_OVERFLOW, %BUDGET_ERROR_RANGE.
 *
 * Returns: true on success (in lenient mode, also when rows were rejected).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_projects(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                              BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_projects_data:
 * @book: the book to add to
 * @data: the file's bytes
 * @len: their length in bytes, or -1 when @data is NUL-terminated
 * @source_name: the name errors give as source
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * budget_csv_load_projects() from memory.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_projects_data(BudgetBook *book, const char *data, ptrdiff_t len, const char *source_name,
                                   const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                   BudgetError *error);

/**
 * budget_csv_load_projects_callback:
 * @book: the book to add to
 * @read: (scope call): gives the bytes of the file
 * @read_data: (closure read): passed to @read
 * @source_name: (nullable): the name used in errors
 * @options: (nullable): reading options; NULL for the defaults
 * @diag: (nullable): receives every problem found and every warning
 * @error: (nullable): error record
 *
 * Like budget_csv_load_projects(), reading through @read.
 * A callback is read once, in order: where lenient reading would read the
 * input again (after a quote never closed) the lines after it are reported
 * as not read, and the duplicate voucher check cannot confirm candidates
 * (it says so in a warning).
 *
 * Errors: as budget_csv_load_projects(); %BUDGET_ERROR_IO when @read fails.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_projects_callback(BudgetBook *book, BudgetReadFunc read, void *read_data,
                                       const char *source_name, const BudgetCsvOptions *options,
                                       BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_adjustments:
 * @book: the book, whose projects are already loaded
 * @path: adjustments.csv (date, code, amount, reason)
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * Errors: as budget_csv_load_projects(), and %BUDGET_ERROR_NOT_FOUND for
 * an unknown project code.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_adjustments(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                                 BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_adjustments_data:
 * @book: the book
 * @data: the file's bytes
 * @len: their length in bytes, or -1 when @data is NUL-terminated
 * @source_name: the name errors give as source
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * budget_csv_load_adjustments() from memory.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_adjustments_data(BudgetBook *book, const char *data, ptrdiff_t len,
                                      const char *source_name, const BudgetCsvOptions *options,
                                      BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_adjustments_callback:
 * @book: the book to add to
 * @read: (scope call): gives the bytes of the file
 * @read_data: (closure read): passed to @read
 * @source_name: (nullable): the name used in errors
 * @options: (nullable): reading options; NULL for the defaults
 * @diag: (nullable): receives every problem found and every warning
 * @error: (nullable): error record
 *
 * Like budget_csv_load_adjustments(), reading through @read (see
 * budget_csv_load_projects_callback()).
 *
 * Errors: as budget_csv_load_adjustments(); %BUDGET_ERROR_IO when @read fails.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_adjustments_callback(BudgetBook *book, BudgetReadFunc read, void *read_data,
                                          const char *source_name, const BudgetCsvOptions *options,
                                          BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_indicators:
 * @book: the book, whose projects are already loaded
 * @path: indicators.csv (code, level1, level2, level3, description,
 *   target, basis, weight, actual)
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * Rows are kept as data, the target and actual cells as text:
 * budget_score_project() parses and evaluates them when scoring. A row whose
 * code is not a project of @book is refused, and so is a weight (分值) that
 * budget_score_parse_points() does not read (%BUDGET_ERROR_PARSE, or
 * %BUDGET_ERROR_RANGE above 100 points). Errors: as
 * budget_csv_load_adjustments().
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_indicators(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                                BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_indicators_data:
 * @book: the book
 * @data: the file's bytes
 * @len: their length in bytes, or -1 when @data is NUL-terminated
 * @source_name: the name errors give as source
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * budget_csv_load_indicators() from memory.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_indicators_data(BudgetBook *book, const char *data, ptrdiff_t len,
                                     const char *source_name, const BudgetCsvOptions *options,
                                     BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_indicators_callback:
 * @book: the book to add to
 * @read: (scope call): gives the bytes of the file
 * @read_data: (closure read): passed to @read
 * @source_name: (nullable): the name used in errors
 * @options: (nullable): reading options; NULL for the defaults
 * @diag: (nullable): receives every problem found and every warning
 * @error: (nullable): error record
 *
 * Like budget_csv_load_indicators(), reading through @read (see
 * budget_csv_load_projects_callback()).
 *
 * Errors: as budget_csv_load_indicators(); %BUDGET_ERROR_IO when @read fails.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_indicators_callback(BudgetBook *book, BudgetReadFunc read, void *read_data,
                                         const char *source_name, const BudgetCsvOptions *options,
                                         BudgetDiagnostics *diag, BudgetError *error);

/**
 * BudgetTransaction:
 * @date: the payment date
 * @source: a #BudgetSource
 * @amount: the amount in fen (negative for a reversal)
 * @code: (transfer none): the project code
 * @voucher: (transfer none): the voucher number, "" if none
 * @memo: (transfer none): the memo, "" if none
 * @line: the physical line where the record starts (64 bits)
 * @project_index: the project's index in the book when @has_project
 * @has_project: true when the rows were read with a book (the code is then
 *   one of its projects); false without a book, @project_index then 0
 * @n_extras: the number of unknown columns
 * @extra_names: (transfer none) (array length=n_extras): their names
 * @extra_values: (transfer none) (array length=n_extras): their cells
 * @reserved: reserved
 *
 * One ledger row, as given to a #BudgetTransactionFunc. The strings are
 * valid only during the call. Layout frozen for soname 1. Since: 1.0
 */
typedef struct BudgetTransaction {
    BudgetDate date;
    int32_t source;
    BudgetFen amount;
    const char *code;
    const char *voucher;
    const char *memo;
    int64_t line;
    size_t project_index;
    bool has_project;
    size_t n_extras;
    const char *const *extra_names;
    const char *const *extra_values;
    void *reserved[4];
} BudgetTransaction;

/**
 * BudgetTransactionFunc:
 * @transaction: the row (a const view)
 * @user_data: what the caller passed
 *
 * The callback of budget_csv_read_transactions(): called once per good row, in
 * file order, with a view of the row that is valid only during the call.
 *
 * Returns: 0 to go on; anything else stops reading with %BUDGET_ERROR_ABORTED.
 * Since: 1.0
 */
typedef int (*BudgetTransactionFunc)(const BudgetTransaction *transaction, void *user_data);

/**
 * budget_csv_read_transactions:
 * @path: transactions.csv (date, code, amount, source, voucher, memo)
 * @book: (nullable): when given, codes are checked against it
 *   (%BUDGET_ERROR_NOT_FOUND) and @project_index is filled
 * @options: (nullable): reading options
 * @func: called for each good row, in file order
 * @user_data: (nullable): passed to @func
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * Streams the file in one pass with constant memory (apart from the
 * voucher check, when on).
 *
 * Errors: as budget_csv_load_adjustments(), and %BUDGET_ERROR_ABORTED.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_read_transactions(const BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                                  BudgetTransactionFunc func, void *user_data, BudgetDiagnostics *diag,
                                  BudgetError *error);

/**
 * budget_csv_read_transactions_data:
 * @data: the file's bytes
 * @len: their length in bytes, or -1 when @data is NUL-terminated
 * @source_name: the name errors give as source
 * @book: (nullable): see budget_csv_read_transactions()
 * @options: (nullable): reading options
 * @func: called for each good row
 * @user_data: (nullable): passed to @func
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * budget_csv_read_transactions() from memory.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_read_transactions_data(const BudgetBook *book, const char *data, ptrdiff_t len,
                                       const char *source_name, const BudgetCsvOptions *options,
                                       BudgetTransactionFunc func, void *user_data, BudgetDiagnostics *diag,
                                       BudgetError *error);

/**
 * budget_csv_read_transactions_callback:
 * @read: (scope call): gives the bytes of the file
 * @read_data: (closure read): passed to @read
 * @source_name: (nullable): the name used in errors
 * @book: (nullable): the book whose codes the rows must name, or NULL
 * @options: (nullable): reading options; NULL for the defaults
 * @func: (scope call): called for each good row
 * @user_data: (closure func): passed to @func
 * @diag: (nullable): receives every problem found and every warning
 * @error: (nullable): error record
 *
 * Like budget_csv_read_transactions(), reading through @read (see
 * budget_csv_load_projects_callback()).
 *
 * Errors: as budget_csv_read_transactions(); %BUDGET_ERROR_IO when @read fails.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_read_transactions_callback(const BudgetBook *book, BudgetReadFunc read, void *read_data,
                                           const char *source_name, const BudgetCsvOptions *options,
                                           BudgetTransactionFunc func, void *user_data,
                                           BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_transactions:
 * @ledger: the ledger to record into (codes are checked against its book)
 * @path: transactions.csv
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * Streams the file into @ledger with budget_ledger_record_nth(). A row the
 * ledger refuses (overflow, stop policy) is a row error like a parse error.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_transactions(BudgetLedger *ledger, const char *path, const BudgetCsvOptions *options,
                                  BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_load_transactions_callback:
 * @ledger: the ledger to record into
 * @read: (scope call): gives the bytes of the file
 * @read_data: (closure read): passed to @read
 * @source_name: (nullable): the name used in errors
 * @options: (nullable): reading options; NULL for the defaults
 * @diag: (nullable): receives every problem found and every warning
 * @error: (nullable): error record
 *
 * Like budget_csv_load_transactions(), reading through @read (see
 * budget_csv_load_projects_callback()).
 *
 * Errors: as budget_csv_load_transactions(); %BUDGET_ERROR_IO when @read fails.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_load_transactions_callback(BudgetLedger *ledger, BudgetReadFunc read, void *read_data,
                                           const char *source_name, const BudgetCsvOptions *options,
                                           BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_csv_save_projects:
 * @book: a book
 * @path: the file to write (replaced)
 * @error: (nullable): error record
 *
 * Writes code,name,unit,year,budget,fiscal,other,carryover,purpose,
 * plan_form,plan_01..plan_12 (only the months any project uses), then the
 * extra columns. A funding amount not given is a blank cell.
 *
 * Errors: %BUDGET_ERROR_IO.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_save_projects(const BudgetBook *book, const char *path, BudgetError *error);

/**
 * budget_csv_save_adjustments:
 * @book: a book
 * @path: the file to write
 * @error: (nullable): error record
 *
 * Writes date,code,amount,reason in the order added.
 *
 * Errors: %BUDGET_ERROR_IO.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_save_adjustments(const BudgetBook *book, const char *path, BudgetError *error);

/**
 * budget_csv_save_indicators:
 * @book: a book
 * @path: the file to write
 * @error: (nullable): error record
 *
 * Writes code,level1,level2,level3,description,target,basis,weight,actual
 * and then every extra column any indicator has, in first-seen order.
 *
 * Errors: %BUDGET_ERROR_IO.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_save_indicators(const BudgetBook *book, const char *path, BudgetError *error);

/**
 * budget_csv_save_transactions:
 * @path: the file to write
 * @transactions: (array length=n): the rows
 * @n: how many
 * @error: (nullable): error record
 *
 * Writes date,code,amount,source,voucher,memo (plus the extra columns of
 * the first row).
 *
 * Errors: %BUDGET_ERROR_IO, %BUDGET_ERROR_INVALID_ARGUMENT.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_csv_save_transactions(const char *path, const BudgetTransaction *transactions, size_t n,
                                  BudgetError *error);

/**
 * budget_csv_load_department:
 * @path: department.csv: two columns, item and amount (also named value,
 *   数值, 金额; the item column also 项目, 名称, 指标), and an optional memo
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * Reads the department figures behind the 部门整体 ratios, one item per
 * row (see #BudgetDepartmentItem; budget_department_item_from_string()
 * gives the names, English or Chinese). Money items are cells as in the
 * other files (yuan, thousands separators, 元/万元/亿元, a unit in the
 * header); staff items are whole head counts ("12" or "12人"). A blank
 * amount means "not given" (a warning). An unknown item is a warning and
 * the row is ignored; other columns are warned about and not used.
 *
 * Errors: %BUDGET_ERROR_IO, %BUDGET_ERROR_ENCODING,
 * %BUDGET_ERROR_MISSING_COLUMN, %BUDGET_ERROR_PARSE (a bad cell, an empty
 * item), %BUDGET_ERROR_DUPLICATE_KEY (an item given twice, synonyms
 * included), %BUDGET_ERROR_RANGE (a negative head count),
 * %BUDGET_ERROR_OVERFLOW; each with line, column and field. In lenient mode
 * bad rows are reported in @diag and the good ones kept.
 *
 * Returns: (transfer full) (nullable): the inputs; free with
 *   budget_department_inputs_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDepartmentInputs *budget_csv_load_department(const char *path, const BudgetCsvOptions *options,
                                                   BudgetDiagnostics *diag, BudgetError *error)
    BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_csv_load_department_data:
 * @data: the file's bytes
 * @len: their length in bytes, or -1 when @data is NUL-terminated
 * @source_name: the name errors give as source
 * @options: (nullable): reading options
 * @diag: (nullable): problems found
 * @error: (nullable): error record
 *
 * budget_csv_load_department() from memory.
 *
 * Returns: (transfer full) (nullable): the inputs; free with
 *   budget_department_inputs_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDepartmentInputs *
budget_csv_load_department_data(const char *data, ptrdiff_t len, const char *source_name,
                                const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error)
    BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_csv_load_department_callback:
 * @read: (scope call): gives the bytes of the file
 * @read_data: (closure read): passed to @read
 * @source_name: (nullable): the name used in errors
 * @options: (nullable): reading options; NULL for the defaults
 * @diag: (nullable): receives every problem found and every warning
 * @error: (nullable): error record
 *
 * Like budget_csv_load_department(), reading through @read (see
 * budget_csv_load_projects_callback()).
 *
 * Errors: as budget_csv_load_department(); %BUDGET_ERROR_IO when @read fails.
 *
 * Returns: (transfer full) (nullable): the inputs; free with
 *   budget_department_inputs_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDepartmentInputs *budget_csv_load_department_callback(BudgetReadFunc read, void *read_data,
                                                            const char *source_name,
                                                            const BudgetCsvOptions *options,
                                                            BudgetDiagnostics *diag, BudgetError *error)
    BUDGET_WARN_UNUSED_RESULT;

BUDGET_END_DECLS

#endif /* BUDGET_CSV_H */
