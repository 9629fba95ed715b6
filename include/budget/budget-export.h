#ifndef BUDGET_EXPORT_H
#define BUDGET_EXPORT_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <budget/budget-error.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>

/* BudgetTarget first: budget-score.h uses it. */
#include <budget/budget-target.h>

#include <budget/budget-score.h>

BUDGET_BEGIN_DECLS

/**
 * SECTION:budget-export
 * @title: Export
 * @short_description: reports and scores written as CSV, JSON or Markdown
 *
 * Every writer of libbudget's results is a #BudgetExport: a format, its
 * options and where the bytes go. The bytes go to a write callback
 * (#BudgetWriteFunc, so a host language can write to its own file objects),
 * to a file that is replaced atomically, or, as cells, to a row callback
 * (#BudgetExportRowFunc). Each write call (budget_export_report(),
 * budget_export_scores(), budget_export_score_details(),
 * budget_export_department_ratios()) writes one whole table: a CSV file, a
 * JSON document or a Markdown table. Output is streamed in pieces of at most
 * 64 KiB, so memory does not grow with the number of rows.
 *
 * The three formats carry the same cells, column for column:
 *
 * - **CSV**: a header row, then one line per row, lines ending with LF,
 *   UTF-8 (a BOM first if budget_export_set_bom() asks for one, for Excel).
 *   One quoting rule, the one libbudget's own CSV writers use: a field is
 *   quoted when it holds a comma, a double quote, CR or LF, or starts or
 *   ends with a space or a tab; a quote inside is doubled. Every field then
 *   reads back exactly through libbudget's reader, which trims the spaces
 *   of unquoted fields. An undefined value is an empty field.
 * - **JSON** (written with json-glib): one object
 *   `{"table": …, "columns": [names in CSV order], …, "rows": [ … ]}`, one
 *   row object per line, its members named as the CSV columns. Money,
 *   rates and points are **strings holding the exact decimal the CSV cell
 *   holds** (`"executed": "1344.50"`, `"execution_rate_pct": "67.23"`), so
 *   that no reader takes them through a binary double; an undefined value
 *   is `null`. Counts are JSON integers; names and texts are strings.
 * - **Markdown**: a GitHub-flavoured table, numeric columns right-aligned.
 *   In a cell a backslash, a vertical bar, a backtick, an asterisk, an
 *   underscore, square brackets and angle brackets are escaped with a
 *   backslash, and a line break is written as an HTML br tag.
 *
 * A #BudgetExport may be used for several write calls, one after the other,
 * but not from two threads at once.
 *
 * Thread safety: A #BudgetExport belongs to one thread at a time (it holds the
 * writer's state); different exports may run on different threads over the
 * same read-only report.
 */

/**
 * BudgetWriteFunc:
 * @data: (transfer none): the next bytes of output (not NUL-terminated)
 * @len: the number of bytes at @data, never 0
 * @user_data: what was given to budget_export_new()
 *
 * Receives output as it is produced.
 *
 * Returns: 0 to go on; anything else stops the write call, which then fails
 *   with %BUDGET_ERROR_ABORTED (a binding keeps its exception and raises it
 *   again).
 * Since: 1.0
 */
typedef int (*BudgetWriteFunc)(const char *data, size_t len, void *user_data);

/**
 * BudgetExportRowFunc:
 * @cells: (transfer none) (array length=n_cells): the cells of one row, as
 *   the CSV format writes them ("" for an undefined value), unquoted; valid
 *   only during the call
 * @n_cells: the number of cells, the same for every row of a table
 * @is_header: true for the first call of a table, whose cells are the column
 *   names
 * @user_data: what was given to budget_export_new_rows()
 *
 * Receives a table row by row, header first (for a program that lays the
 * cells out itself, or a binding that builds dict rows).
 *
 * Returns: 0 to go on; anything else stops the write call with
 *   %BUDGET_ERROR_ABORTED.
 * Since: 1.0
 */
typedef int (*BudgetExportRowFunc)(const char *const *cells, size_t n_cells, bool is_header, void *user_data);

/**
 * BudgetExportFormat:
 * @BUDGET_EXPORT_FORMAT_CSV: RFC 4180 CSV, UTF-8, LF line ends
 * @BUDGET_EXPORT_FORMAT_JSON: one JSON object, exact decimals as strings
 * @BUDGET_EXPORT_FORMAT_MARKDOWN: a Markdown (GFM) table
 *
 * The format a #BudgetExport writes (see the section above). Since: 1.0
 */
typedef enum {
    BUDGET_EXPORT_FORMAT_CSV = 0,
    BUDGET_EXPORT_FORMAT_JSON = 1,
    BUDGET_EXPORT_FORMAT_MARKDOWN = 2
} BudgetExportFormat;

/**
 * BUDGET_EXPORT_FORMAT_N:
 *
 * The number of #BudgetExportFormat values. Since: 1.0
 */
#define BUDGET_EXPORT_FORMAT_N 3

/**
 * BudgetExport:
 *
 * A writer: a format, its options (BOM, money unit) and where the output
 * goes. Singly owned. Since: 1.0
 */
typedef struct BudgetExport BudgetExport;

/**
 * budget_export_format_to_string:
 * @format: a format
 *
 * Gives the name of a format, as `budget report --format` takes it. The
 * string is static.
 *
 * Returns: (transfer none) (nullable): "csv", "json" or "markdown"; NULL if
 *   @format is not a #BudgetExportFormat.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_export_format_to_string(BudgetExportFormat format);

/**
 * budget_export_format_from_string:
 * @name: (nullable): "csv", "json" or "markdown" (ASCII case ignored)
 * @out: (out): the format
 *
 * Reads the name of a format. Also accepts "md" for Markdown.
 *
 * Returns: true with @out set; false (@out untouched) for an unknown name or
 *   NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_format_from_string(const char *name, BudgetExportFormat *out);

/**
 * budget_export_new:
 * @format: the format to write
 * @func: where the output goes
 * @user_data: (nullable) (transfer full): passed to @func, and to @destroy
 *   when the writer is freed
 * @destroy: (nullable): releases @user_data when the writer is freed
 *
 * Creates a writer that streams its output to @func. The options start as:
 * no BOM, money in yuan (元).
 *
 * Returns: (transfer full) (nullable): the writer, free with
 *   budget_export_free(); NULL (with a critical warning) if @format is
 *   unknown or @func NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetExport *budget_export_new(BudgetExportFormat format, BudgetWriteFunc func, void *user_data,
                                BudgetDestroyNotify destroy) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_export_new_for_path:
 * @format: the format to write
 * @path: (transfer none): the file to write; the path is copied
 *
 * Creates a writer to a file. Each write call writes a temporary file in the
 * same folder and renames it over @path once it is complete, so a reader of
 * @path sees the old file or the new one, never half of one; after a failed
 * call @path is as it was and the temporary file is removed. The file is
 * created with the process's default permissions.
 *
 * Returns: (transfer full) (nullable): the writer, free with
 *   budget_export_free(); NULL (with a critical warning) if @format is
 *   unknown or @path NULL. Nothing is opened until a write call.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetExport *budget_export_new_for_path(BudgetExportFormat format, const char *path)
    BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_export_new_rows:
 * @func: called with each row's cells
 * @user_data: (nullable) (transfer full): passed to @func, and to @destroy
 *   when the writer is freed
 * @destroy: (nullable): releases @user_data when the writer is freed
 *
 * Creates a writer that hands each row's cells to @func instead of writing
 * bytes: the cells the CSV format would write, unquoted. The BOM option does
 * not apply; the money unit does.
 *
 * Returns: (transfer full) (nullable): the writer, free with
 *   budget_export_free(); NULL (with a critical warning) if @func is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetExport *budget_export_new_rows(BudgetExportRowFunc func, void *user_data, BudgetDestroyNotify destroy)
    BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_export_free:
 * @export: (nullable) (transfer full): a writer
 *
 * Frees @export, calling its destroy function on its user data once. NULL
 * is allowed and does nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_export_free(BudgetExport *export);

/**
 * budget_export_set_bom:
 * @export: a writer
 * @bom: true to start CSV output with a UTF-8 byte order mark
 *
 * Chinese Excel opens a CSV file without a BOM as GB18030 and garbles its
 * UTF-8 text; with the BOM it reads UTF-8. libbudget's reader accepts both.
 * Only the CSV format writes a BOM (JSON and Markdown never do).
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_export_set_bom(BudgetExport *export, bool bom);

/**
 * budget_export_set_money_unit:
 * @export: a writer
 * @unit: the unit money cells are written in
 *
 * Writes money in @unit, exactly (budget_money_format_unit(): 1344.50 元
 * is "0.13445" 万元, never rounded), without thousands separators. The
 * default is yuan (元), with 2 decimals. A unit that is not a
 * #BudgetMoneyUnit is refused with a critical warning and changes nothing.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_export_set_money_unit(BudgetExport *export, BudgetMoneyUnit unit);

/**
 * budget_export_report:
 * @export: a writer
 * @report: (transfer none): an execution report (budget_report_new())
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes the report, one row per report row, in the columns `budget report
 * --format csv` prints. At the project level:
 *
 * `code,unit,budget_original,budget_adjusted,executed,executed_fiscal,
 * executed_carryover,executed_other,execution_rate_pct,planned_pct,
 * time_progress_pct,variance_pp,remaining,to_next_checkpoint,status,name,
 * execution_rate_original_pct,planned_amount,variance_amount,time_variance_pp,
 * budget_no_plan`
 *
 * A money or rate column is headed with budget_report_money_to_string() or
 * budget_report_rate_to_string() of its column; `name` is
 * budget_report_get_name(), so the report's book is not needed.
 *
 * At the unit and department levels the first column is `unit` or
 * `department` (the single department row is keyed `ALL`), there is no
 * second `unit` column, and `n_projects` stands where `name` is. Money is in
 * the writer's unit (budget_export_set_money_unit()); rates and percentage
 * points have 2 decimals (budget_money_rate_format()); status is
 * budget_status_to_string(). An undefined value (a rate over a zero budget, a
 * plan amount without a plan) is an empty CSV cell and JSON null.
 *
 * The JSON object also has `"table": "report"`, `"as_of": "YYYY-MM-DD"`,
 * `"level"` (budget_level_to_string()) and `"money_unit"`
 * (budget_money_unit_to_string()).
 *
 * Errors: %BUDGET_ERROR_ABORTED (a callback returned non-zero; what was
 * written before stays written), %BUDGET_ERROR_IO (the file of a writer from
 * budget_export_new_for_path() could not be written), and
 * %BUDGET_ERROR_INVALID_ARGUMENT (@export or @report NULL).
 *
 * Returns: true when the whole table was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_report(BudgetExport *export, const BudgetReport *report, BudgetError *error);

/**
 * budget_export_scores:
 * @export: a writer
 * @report: (transfer none): scores (budget_score_report_new())
 * @book: (transfer none): the book the scores were computed from, where
 *   project names are looked up
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes one row per project, the columns of `budget score --format csv`:
 *
 * `code,execution_score,output_score,outcome_score,satisfaction_score,total,
 * grade,available,name`
 *
 * Part scores are before rescaling, in points with 2 decimals
 * (budget_score_format()); a part without points is undefined (empty, null).
 * total is undefined when the project has none, and grade
 * (budget_target_grade_to_string(): 优, 良, 中, 差) is then empty too.
 * available is the sum of the points of the parts that have any.
 * The JSON object has `"table": "scores"`.
 *
 * Errors: as budget_export_report() (@book NULL is
 * %BUDGET_ERROR_INVALID_ARGUMENT).
 *
 * Returns: true when the whole table was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_scores(BudgetExport *export, const BudgetScoreReport *report, const BudgetBook *book,
                          BudgetError *error);

/**
 * budget_export_score_details:
 * @export: a writer
 * @report: (transfer none): scores (budget_score_report_new())
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes one row per indicator of every project, the columns of `budget
 * score --detail --format csv`:
 *
 * `code,level1,level2,level3,target,actual,weight,score,result,part,grade,
 * deviation,reason`
 *
 * level1 … actual and reason are the texts as read; weight and score are
 * points (undefined for an indicator that counts in no part; score also for
 * one not applicable); result, part and grade are the names of
 * budget_target_result_to_string(), budget_score_part_to_string() and
 * budget_target_grade_to_string(); deviation is
 * budget_export_format_deviation(). The JSON object has
 * `"table": "score_details"`.
 *
 * Errors: as budget_export_report().
 *
 * Returns: true when the whole table was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_score_details(BudgetExport *export, const BudgetScoreReport *report, BudgetError *error);

/**
 * budget_export_department_ratios:
 * @export: a writer
 * @ledger: (transfer none): the department's ledger at its as-of date
 * @inputs: (transfer none) (nullable): the figures of department.csv; NULL
 *   when there are none (the ratios that need them are `not_given`)
 * @diag: (transfer none) (nullable): receives, as a warning, the place of
 *   each amount that overflows (once per place, however many ratios meet it)
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes one row per #BudgetDepartmentRatio, in enum order, with the columns
 * of `budget score --department --format csv`: `ratio,name,value_pct,reason`
 * — the ratio's name (budget_department_ratio_to_string()), its Chinese
 * name, its value in percent with 2 decimals, and, when it is undefined,
 * the reason (budget_department_reason_to_string()). An undefined ratio is
 * a row, not a failure. The JSON object has `"table": "department_ratios"`
 * and `"as_of"`.
 *
 * Errors: as budget_export_report() (@ledger NULL is
 * %BUDGET_ERROR_INVALID_ARGUMENT).
 *
 * Returns: true when the whole table was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_department_ratios(BudgetExport *export, const BudgetLedger *ledger,
                                     const BudgetDepartmentInputs *inputs, BudgetDiagnostics *diag,
                                     BudgetError *error);

/**
 * budget_export_format_deviation:
 * @target: (transfer none): the target that was evaluated
 * @evaluation: (transfer none): its evaluation (budget_target_evaluate())
 * @buf: (out caller-allocates) (nullable): where the text goes
 * @size: the size of @buf in bytes
 *
 * Writes actual − target in the target's unit, as the deviation column of
 * budget_export_score_details() has it: "-5.5%" and "2个" (a value with up to
 * 6 decimals, trailing zeros dropped, then the unit as written),
 * "1500.00元" (money), "3d" (a deadline missed by 3 days; "-2d" met 2 days
 * early). An evaluation without a deviation gives "". Like snprintf(), the
 * text is cut to fit @size (always NUL-terminated when @size > 0).
 *
 * Returns: the length of the whole text, not counting the NUL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_export_format_deviation(const BudgetTarget *target, const BudgetTargetEvaluation *evaluation,
                                      char *buf, size_t size);

BUDGET_END_DECLS

#endif /* BUDGET_EXPORT_H */
