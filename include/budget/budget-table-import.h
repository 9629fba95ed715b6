#ifndef BUDGET_TABLE_IMPORT_H
#define BUDGET_TABLE_IMPORT_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>
#include <budget/budget-error.h>
#include <budget/budget-indicator.h>

BUDGET_BEGIN_DECLS

/**
 * SECTION:budget-table-import
 * @title: Importing 绩效目标表
 * @short_description: published performance-target tables (text exports, .docx) into a book
 *
 * A #BudgetTableImport reads the 绩效目标表 a department publishes — as the
 * text Word saves (one cell per line, or one row per line with tab-separated
 * cells) or as the .docx itself — into a #BudgetBook of projects and
 * indicators, plus the goals (目标1 …) and the department indicators of a
 * 部门整体绩效目标申报表, and writes them as projects.csv, indicators.csv,
 * goals.csv, department-indicators.csv and import-report.txt
 * (docs/import.md).
 *
 * Nothing is guessed: a money cell with no unit in a table that states none
 * needs budget_table_import_set_money_unit(), a table with no fiscal year in
 * a heading before it needs budget_table_import_set_year(); without them the
 * read fails naming the table's line. Everything the import decided for the
 * user (a derived code) or did not understand is a flag
 * (#BudgetTableImportFlag) with its line; in strict mode a
 * %BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD flag fails the read.
 *
 * Thread safety: A #BudgetTableImport is used by one thread at a time
 * (setting options, reading, saving and reading its results); different
 * imports may run on different threads at once, since the importer keeps no
 * global state. The book budget_table_import_get_book() gives follows the
 * rules of budget-book.h once the import is done: take a reference and read
 * it from many threads, provided no thread reads into the import meanwhile.
 */

/**
 * BudgetTableImport:
 *
 * An import: its options and everything read so far. Opaque; free with
 * budget_table_import_free(). Since: 1.0
 */
typedef struct BudgetTableImport BudgetTableImport;

/**
 * BudgetTableImportFlag:
 * @BUDGET_TABLE_IMPORT_FLAG_DERIVED_CODE: a project had no code (`————`,
 *   blank or absent): it was given a stable code derived from its name
 * @BUDGET_TABLE_IMPORT_FLAG_DUPLICATE_CODE: a code seen before in the
 *   import: the later project was given the code with a `-2` (`-3` …) suffix
 * @BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN: a plan that is neither cumulative
 *   nor incremental, a plan header that names no month, or two values
 *   under one month: the plan is kept as read (or left out), never mended
 * @BUDGET_TABLE_IMPORT_FLAG_FUNDING: budget, fiscal and other funds that do
 *   not add up; the amounts are kept as printed
 * @BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD: a row or cell of a table that the
 *   import could not place; it is not in the result
 *
 * Why an item of the import is flagged. Since: 1.0
 */
typedef enum {
    BUDGET_TABLE_IMPORT_FLAG_DERIVED_CODE = 0,
    BUDGET_TABLE_IMPORT_FLAG_DUPLICATE_CODE = 1,
    BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN = 2,
    BUDGET_TABLE_IMPORT_FLAG_FUNDING = 3,
    BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD = 4
} BudgetTableImportFlag;

/**
 * BUDGET_TABLE_IMPORT_FLAG_N:
 *
 * The number of #BudgetTableImportFlag values. Since: 1.0
 */
#define BUDGET_TABLE_IMPORT_FLAG_N 5

/**
 * budget_table_import_flag_to_string:
 * @flag: a flag
 *
 * Gives the name of @flag, as import-report.txt and `budget import` print it.
 *
 * Returns: (transfer none): the flag's name: "derived_code",
 *   "duplicate_code", "invalid_plan", "funding" or "not_understood"; NULL
 *   (and a critical warning) for a value outside the enumeration.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_table_import_flag_to_string(BudgetTableImportFlag flag);

/**
 * budget_table_import_flag_from_string:
 * @text: a flag name, in any ASCII case
 * @out: (out) (nullable): the flag
 *
 * Reads a flag name as budget_table_import_flag_to_string() gives it.
 *
 * Returns: false if @text names no flag (@out untouched).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_table_import_flag_from_string(const char *text, BudgetTableImportFlag *out);

/**
 * budget_table_import_new:
 *
 * Creates an import with no money unit and no year given, not strict.
 *
 * Returns: (transfer full): a new import; free with budget_table_import_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetTableImport *budget_table_import_new(void) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_table_import_free:
 * @import: (nullable) (transfer full): an import
 *
 * Frees @import and everything it read (a book taken with
 * budget_table_import_get_book() keeps its own reference).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_table_import_free(BudgetTableImport *import);

/**
 * budget_table_import_set_money_unit:
 * @import: an import
 * @unit: the unit of a bare amount in a table that states none
 *
 * Supplies the money unit (`--unit`) for tables that state none (no
 * `单位：万元` in their title row or in a paragraph before them). A unit the
 * document states, and a unit written in a cell (`160万元`), win over it.
 *
 * Returns: false (and a critical warning) for a unit outside #BudgetMoneyUnit.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_table_import_set_money_unit(BudgetTableImport *import, BudgetMoneyUnit unit);

/**
 * budget_table_import_set_year:
 * @import: an import
 * @year: the fiscal year, 1900..9999
 *
 * Supplies the fiscal year (`--year`) for tables with no year in a heading
 * before them (`2024年…`). A year the document states wins over it.
 *
 * Returns: false if @year is out of range (nothing changed).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_table_import_set_year(BudgetTableImport *import, int year);

/**
 * budget_table_import_set_strict:
 * @import: an import
 * @strict: whether a row or cell not understood fails the read
 *
 * In strict mode (`--strict`) the first %BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD
 * item fails the read with %BUDGET_ERROR_PARSE at its line; the other flags
 * stay flags.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_table_import_set_strict(BudgetTableImport *import, bool strict);

/**
 * budget_table_import_read_text:
 * @import: an import
 * @data: the text export (UTF-8, a BOM allowed, or GB18030)
 * @len: bytes in @data, or -1 if NUL-terminated (below -1: a critical
 *   warning and %BUDGET_ERROR_INVALID_ARGUMENT)
 * @source_name: (nullable): the name that errors and flags carry
 * @error: (nullable): error record
 *
 * Reads a text export of a 绩效目标表 document, in either layout (one cell
 * per line, or one row per line; docs/import.md): its projects,
 * indicators, goals and department indicators. Lines are those of @data,
 * from 1. An import reads one document: a second read fails with
 * %BUDGET_ERROR_INVALID_ARGUMENT.
 *
 * Errors: %BUDGET_ERROR_ENCODING (neither UTF-8 nor GB18030),
 * %BUDGET_ERROR_PARSE (an amount with no unit and none supplied, field
 * "unit"; a table with no year and none supplied, field "year"; a cell that
 * is not an amount; in strict mode, anything not understood),
 * %BUDGET_ERROR_OVERFLOW, %BUDGET_ERROR_INVALID_ARGUMENT. On failure nothing
 * of the document is kept (the book stays empty).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_table_import_read_text(BudgetTableImport *import, const char *data, ptrdiff_t len,
                                   const char *source_name, BudgetError *error);

/**
 * budget_table_import_read_docx:
 * @import: an import
 * @data: the bytes of a .docx file
 * @len: bytes in @data
 * @source_name: (nullable): the name that errors and flags carry
 * @error: (nullable): error record
 *
 * Reads the tables of a Word document (word/document.xml: `w:tbl`, merged
 * cells `w:gridSpan` and `w:vMerge`, the text of runs) and its paragraphs,
 * giving the same result as its text export. A "line" of a .docx is the
 * number of the paragraph or table row in the document body, from 1.
 *
 * Errors: those of budget_table_import_read_text(), and %BUDGET_ERROR_PARSE
 * for a file that is not a .docx (not a zip, no word/document.xml, XML that
 * does not parse).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_table_import_read_docx(BudgetTableImport *import, const void *data, size_t len,
                                   const char *source_name, BudgetError *error);

/**
 * budget_table_import_read_file:
 * @import: an import
 * @path: a .docx file or a text export
 * @error: (nullable): error record
 *
 * Reads @path with budget_table_import_read_docx() when it is a zip file
 * (it starts with "PK\3\4"), else with budget_table_import_read_text().
 *
 * Errors: %BUDGET_ERROR_IO, and those of the two readers.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_table_import_read_file(BudgetTableImport *import, const char *path, BudgetError *error);

/**
 * budget_table_import_get_book:
 * @import: an import
 *
 * Gives the book the import fills: empty until a document has been read.
 *
 * Returns: (transfer none): the book of the projects and indicators read so
 *   far, in document order; valid while @import is (take a reference with
 *   budget_book_ref() to keep it).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetBook *budget_table_import_get_book(const BudgetTableImport *import);

/**
 * budget_table_import_get_n_plans:
 * @import: an import
 *
 * Counts the projects that were given a plan (valid or flagged).
 *
 * Returns: the number of projects read with a disbursement plan.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_table_import_get_n_plans(const BudgetTableImport *import);

/**
 * budget_table_import_get_n_goals:
 * @import: an import
 *
 * Counts the goals read, the department's included.
 *
 * Returns: the number of goals (目标1 …, "1、…" lines) read.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_table_import_get_n_goals(const BudgetTableImport *import);

/**
 * budget_table_import_get_goal_nth:
 * @import: an import
 * @index: 0 to budget_table_import_get_n_goals() − 1
 * @code: (out) (optional) (transfer none): the project's code
 * @number: (out) (optional): the goal's number within its project (目标2 → 2)
 *
 * Gives a goal, in document order; a department form's goals have the
 * department as their code.
 *
 * Returns: (transfer none): the goal's text, or NULL (and a critical
 *   warning) for an index past the goals.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_table_import_get_goal_nth(const BudgetTableImport *import, size_t index, const char **code,
                                             int *number);

/**
 * budget_table_import_get_n_department_indicators:
 * @import: an import
 *
 * Counts the indicators of the department forms read.
 *
 * Returns: the number of 部门整体 indicators read (department forms).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_table_import_get_n_department_indicators(const BudgetTableImport *import);

/**
 * budget_table_import_get_department_indicator_nth:
 * @import: an import
 * @index: 0 to budget_table_import_get_n_department_indicators() − 1
 *
 * A 部门整体 indicator: its code is the department (unit) it belongs to,
 * its text (formulas included) as the form writes it.
 *
 * Returns: (transfer none): the indicator, or NULL (and a critical warning)
 *   for an index past them.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetIndicator *budget_table_import_get_department_indicator_nth(const BudgetTableImport *import,
                                                                  size_t index);

/**
 * budget_table_import_get_n_flags:
 * @import: an import
 *
 * Counts the flagged items (docs/import.md, "Flagged cases").
 *
 * Returns: the number of items flagged so far.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_table_import_get_n_flags(const BudgetTableImport *import);

/**
 * budget_table_import_get_flag_nth:
 * @import: an import
 * @index: 0 to budget_table_import_get_n_flags() − 1
 * @flag: (out) (optional): why the item is flagged
 *
 * The flags come in document order. Each is a #BudgetError whose source is
 * the document, line the line the cell starts on and column its position in
 * its row, from 1 (the row's first line and column 0 for a whole row), field
 * the project's code where there is one, and message what was done.
 *
 * Returns: (transfer none): the flag's details, or NULL (and a critical
 *   warning) for an index past the flags.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const BudgetError *budget_table_import_get_flag_nth(const BudgetTableImport *import, size_t index,
                                                    BudgetTableImportFlag *flag);

/**
 * budget_table_import_format_summary:
 * @import: an import
 *
 * A one-line summary: "5 projects, 35 indicators, 5 plans, 6 goals,
 * 0 department indicators read; 5 items flagged".
 *
 * Returns: (transfer full): the summary; free with budget_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
char *budget_table_import_format_summary(const BudgetTableImport *import) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_table_import_save:
 * @import: an import
 * @dir: an existing folder
 * @error: (nullable): error record
 *
 * Writes projects.csv, indicators.csv (the formats of docs/csv-formats.md),
 * goals.csv (code,number,goal), department-indicators.csv (the columns of
 * indicators.csv, the code being the department) and import-report.txt
 * (the summary and every flag, one per line) into @dir, each through a
 * temporary file in @dir that is flushed to disk and renamed into place.
 *
 * Errors: %BUDGET_ERROR_IO, %BUDGET_ERROR_INVALID_ARGUMENT.
 *
 * Returns: true when every file was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_table_import_save(const BudgetTableImport *import, const char *dir, BudgetError *error);

BUDGET_END_DECLS

#endif /* BUDGET_TABLE_IMPORT_H */
