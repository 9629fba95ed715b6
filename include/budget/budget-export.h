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
#include <budget/budget-monitor.h>

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
 * same read-only report. The writers added with the formats, charts and forms
 * (budget_export_problems(), budget_export_chart_series(),
 * budget_export_chart_overview(), budget_export_monitor(),
 * budget_export_form_self_evaluation(), budget_export_form_monitoring()) only
 * read their const inputs, so several exports may write them at once over the
 * same ledger, report, monitor result or diagnostics list, as long as no thread
 * changes that input meanwhile (records into the ledger, adds to the list).
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
 * @BUDGET_EXPORT_FORMAT_TABLE: a plain-text table for a terminal, aligned by
 *   display width, fitting budget_export_set_width()
 * @BUDGET_EXPORT_FORMAT_HTML: one self-contained HTML5 page
 * @BUDGET_EXPORT_FORMAT_XLSX: an Excel workbook (libxlsxwriter)
 *
 * The format a #BudgetExport writes (see the section above and
 * [formats.md](formats.md)). Since: 1.0
 */
typedef enum {
    BUDGET_EXPORT_FORMAT_CSV = 0,
    BUDGET_EXPORT_FORMAT_JSON = 1,
    BUDGET_EXPORT_FORMAT_MARKDOWN = 2,
    BUDGET_EXPORT_FORMAT_TABLE = 3,
    BUDGET_EXPORT_FORMAT_HTML = 4,
    BUDGET_EXPORT_FORMAT_XLSX = 5
} BudgetExportFormat;

/**
 * BUDGET_EXPORT_FORMAT_N:
 *
 * The number of #BudgetExportFormat values. Since: 1.0
 */
#define BUDGET_EXPORT_FORMAT_N 6

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
 * Returns: (transfer none) (nullable): "csv", "json", "markdown", "table",
 *   "html" or "xlsx"; NULL after a critical warning if @format is not a
 *   #BudgetExportFormat.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_export_format_to_string(BudgetExportFormat format);

/**
 * budget_export_format_from_string:
 * @name: a name budget_export_format_to_string() gives (ASCII case
 *   ignored)
 * @out: (out) (nullable): the format; NULL to check the name only
 *
 * Reads the name of a format. Also accepts "md" for Markdown.
 *
 * Returns: true with @out set; false (@out untouched) for an unknown name,
 *   without a warning; false after a critical warning for NULL.
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

/* ---- The formats for people: table, HTML, xlsx; Chinese headers; charts -- */

/**
 * BudgetExportHeaders:
 * @BUDGET_EXPORT_HEADERS_EN: English column names (the CSV names) and
 *   status names (budget_status_to_string()); the default
 * @BUDGET_EXPORT_HEADERS_ZH: Chinese column names (项目编码, 项目名称, 预算单位,
 *   年初预算数, 全年预算数, 执行数, 执行率(%), 计划进度(%), 序时进度(%), 偏差(百分点) …) and
 *   Chinese statuses (严重滞后, 滞后, 正常, 超前, 超预算, 无计划), in every
 *   format (CSV headers and JSON member names too)
 *
 * The language of the names a #BudgetExport writes. Since: 1.0
 */
typedef enum {
    BUDGET_EXPORT_HEADERS_EN = 0,
    BUDGET_EXPORT_HEADERS_ZH = 1
} BudgetExportHeaders;

/**
 * BUDGET_EXPORT_HEADERS_N:
 *
 * The number of #BudgetExportHeaders values. Since: 1.0
 */
#define BUDGET_EXPORT_HEADERS_N 2

/**
 * budget_export_headers_to_string:
 * @headers: a language
 *
 * Gives the name of a language of headers, as `--headers` takes it.
 *
 * Returns: (transfer none) (nullable): "en" or "zh" (static); NULL (with a
 *   critical warning) if @headers is not a #BudgetExportHeaders.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_export_headers_to_string(BudgetExportHeaders headers);

/**
 * budget_export_headers_from_string:
 * @name: "en" or "zh" (ASCII case ignored)
 * @out: (out) (optional): the language
 *
 * Reads the name of a language of headers.
 *
 * Returns: true with @out set; false (@out untouched) for an unknown name,
 *   and for NULL with a critical warning.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_headers_from_string(const char *name, BudgetExportHeaders *out);

/**
 * budget_export_set_headers:
 * @export: a writer
 * @headers: the language of column and status names
 *
 * Chooses English (the default) or Chinese column and status names, for
 * every table the writer writes, in every format. Cell values other than
 * statuses (codes, names, numbers, grades) do not change; the department
 * row of a report is keyed 全部 instead of ALL. A value that is not a
 * #BudgetExportHeaders is refused with a critical warning.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_export_set_headers(BudgetExport *export, BudgetExportHeaders headers);

/**
 * budget_export_set_width:
 * @export: a writer
 * @width: the width of the table format in terminal columns; 0 for no limit
 *
 * The table format (%BUDGET_EXPORT_FORMAT_TABLE) fits its tables in @width
 * columns (default 120), a CJK character counting two: it leaves out the
 * columns that only the files carry (the report's sources of funds, original
 * rate, planned amount …), then shortens the widest text columns (names) at
 * a character boundary, marking the cut with "…", down to 8 columns each;
 * numbers are never cut, so a table of many numbers may stay wider. Other
 * formats ignore the width and carry full names.
 *
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_export_set_width(BudgetExport *export, size_t width);

/**
 * budget_export_report_book:
 * @export: a writer of the table, Markdown, HTML or xlsx format (or rows)
 * @ledger: (transfer none): the department's ledger at its as-of date
 * @config: (transfer none) (nullable): the rules, NULL for the defaults
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes the whole execution report as one document: the department
 * summary, the unit roll-ups and the project rows, three tables with the
 * columns of budget_export_report() at each level. In HTML, one page with
 * the rows coloured by status and inline SVG charts: the department's
 * S-curve (budget_export_chart_series()) and the execution rate by unit and
 * by project (budget_export_chart_overview()). In xlsx, one sheet per level.
 * In the table and Markdown formats, the three tables one after another,
 * each under its caption. A rows writer receives three tables, each with its
 * header call.
 *
 * Errors: %BUDGET_ERROR_UNSUPPORTED for CSV and JSON (one table a file: use
 * budget_export_report() per level), the errors of budget_report_new(), and
 * those of budget_export_report().
 *
 * Returns: true when the whole document was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_report_book(BudgetExport *export, const BudgetLedger *ledger,
                               const BudgetMonitorConfig *config, BudgetError *error);

/**
 * budget_export_problems:
 * @export: a writer
 * @diag: (transfer none): problems found (budget_diagnostics_new()), in the
 *   order they are kept
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes one row per problem kept in @diag, the columns of `budget validate
 * --format csv`: `file,line,end_line,column,field,code,severity,message` —
 * the #BudgetError's source as it was given, its line, last line and column
 * (empty when 0: not applicable), field, budget_error_code_name() of its
 * code, "error" or "warning" (错误/警告 under Chinese headers) and message.
 * The JSON object has `"table": "problems"`; an empty line or column is
 * null there.
 *
 * Errors: as budget_export_report() (@diag NULL is
 * %BUDGET_ERROR_INVALID_ARGUMENT).
 *
 * Returns: true when the whole table was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_problems(BudgetExport *export, const BudgetDiagnostics *diag, BudgetError *error);

/**
 * budget_export_chart_series:
 * @export: a writer of bytes (budget_export_new() or
 *   budget_export_new_for_path(); its format is ignored)
 * @ledger: (transfer none): an accumulated ledger
 * @level: project, unit or department
 * @key: (nullable): the project code or unit name; ignored for the
 *   department
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes an SVG image (a standalone file): the S-curve of @key — the
 * cumulative planned amount at each month end (dashed, with a dot at each
 * checkpoint a project's plan names) and the cumulative executed amount up
 * to the as-of date (solid), with the as-of date as a vertical line; the
 * data of budget_monitor_series(). Labels use the font stack "Microsoft
 * YaHei, PingFang SC, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"
 * and the writer's headers (budget_export_set_headers()) and money unit;
 * every text is escaped.
 *
 * Errors: those of budget_monitor_series() (%BUDGET_ERROR_NOT_FOUND for an
 * unknown key), %BUDGET_ERROR_INVALID_ARGUMENT (@export NULL or a rows
 * writer, @ledger NULL, @level unknown), %BUDGET_ERROR_IO,
 * %BUDGET_ERROR_ABORTED.
 *
 * Returns: true when the whole image was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_chart_series(BudgetExport *export, const BudgetLedger *ledger, BudgetLevel level,
                                const char *key, BudgetError *error);

/**
 * budget_export_chart_overview:
 * @export: a writer of bytes (its format is ignored)
 * @report: (transfer none): an execution report at any level
 * @unit: (nullable): only the rows of this unit (a project report's unit
 *   column); NULL for every row
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes an SVG image: one horizontal bar per report row, its execution
 * rate (the axis stops at 200 %), coloured by status (red seriously behind,
 * amber behind, green on track, blue ahead, purple over budget, grey no
 * plan), the time progress as a dashed line; a row without a rate says so.
 *
 * Errors: %BUDGET_ERROR_INVALID_ARGUMENT (@export NULL or a rows writer,
 * @report NULL), %BUDGET_ERROR_IO, %BUDGET_ERROR_ABORTED.
 *
 * Returns: true when the whole image was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_chart_overview(BudgetExport *export, const BudgetReport *report, const char *unit,
                                  BudgetError *error);

/* ---- Monitoring and the national forms (budget monitor, budget form) ---- */

/**
 * budget_export_monitor:
 * @export: a writer
 * @result: (transfer none): a monitoring (budget_monitor_result_new())
 * @level: project rows, unit roll-ups or the department row
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes the 双监控 table, the columns of `budget monitor --format csv`. At
 * the project level, one row per project in code order:
 *
 * `code,unit,name,colour,money_colour,money_reason,goal_colour,goal_reason,
 * budget_adjusted,executed,execution_rate_pct,reference_pct,measure,
 * goals_red,goals_yellow,goals_green,goals_not_judged,projected,
 * projected_balance,projection_method,projected_plan,projected_run_rate,
 * status`
 *
 * colour is the worse of money_colour and goal_colour
 * (budget_monitor_colour_to_string()); the reasons are
 * budget_monitor_reason_to_string(); reference_pct is the time progress or
 * planned percent the execution rate was measured against and measure the
 * ratio (percent) or gap (percentage points) judged, both empty when the
 * money colour was not judged by the rule; projected and projected_balance
 * (全年预计执行数, 预计结余) are those of projection_method, and
 * projected_plan and projected_run_rate give both methods (empty when not
 * defined); status is the report's.
 *
 * At the unit and department levels: `unit` (or `department`, keyed ALL),
 * `n_projects,colour,n_red,n_yellow,n_green,n_not_judged,money_red,
 * money_yellow,goal_red,goal_yellow,budget_adjusted,executed,
 * execution_rate_pct,projected,projected_balance`: colour is the worst
 * overall colour, the counts are of projects, the rate is Σ executed ÷ Σ
 * budget. The JSON object has `"table": "monitor"`, `"as_of"`, `"level"`,
 * `"basis"`, `"against"` and `"money_unit"`.
 *
 * Errors: as budget_export_report().
 *
 * Returns: true when the whole table was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_monitor(BudgetExport *export, const BudgetMonitorResult *result, BudgetLevel level,
                           BudgetError *error);

/**
 * budget_export_form_self_evaluation:
 * @export: a writer
 * @ledger: (transfer none): the ledger at the evaluation date (usually 31 December)
 * @code: (nullable): one project, or NULL for every project of the book
 * @config: (nullable): the scoring rules; NULL for the defaults
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes the 项目支出绩效自评表 of each project as rows of one table, the
 * columns of `budget form self-evaluation --format csv`:
 *
 * `code,name,section,level1,level2,item,budget_original,budget_adjusted,
 * executed,target,actual,points,rate_pct,score,explanation,grade`
 *
 * Per project: four `funds` rows — 年度资金总额 (年初预算数, 全年预算数,
 * 全年执行数, 分值 and 得分 of the execution part, 执行率 over the adjusted
 * budget), then 当年财政拨款, 上年结转资金 and 其他资金 (the source's
 * budget as projects.csv gives it, empty when not given, and what was paid
 * from it); one `indicator` row per indicator (年度指标值, 实际完成值,
 * 分值, 得分, and in explanation 偏差原因分析及改进措施: the indicator's
 * deviation_reason and measures notes); and a `total` row (100 points, the
 * total and its grade). The JSON object has `"table":
 * "form_self_evaluation"` and `"as_of"`.
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND (@code is not in the book, field
 * "code"), %BUDGET_ERROR_INCONSISTENT (a project was added to the book after
 * @ledger was made), those of budget_report_new() and
 * budget_score_project(), and as budget_export_report().
 *
 * Returns: true when the whole table was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_form_self_evaluation(BudgetExport *export, const BudgetLedger *ledger, const char *code,
                                        const BudgetScoreConfig *config, BudgetError *error);

/**
 * budget_export_form_monitoring:
 * @export: a writer
 * @ledger: (transfer none): the ledger at the monitoring date
 * @code: (nullable): one project, or NULL for every project of the book
 * @config: (nullable): the monitoring rules; NULL for the defaults
 * @error: (out caller-allocates) (optional): set on failure
 *
 * Writes the 绩效运行监控表 (财预〔2019〕136号) of each project, the columns
 * of `budget form monitoring --format csv`:
 *
 * `code,name,section,level1,level2,item,budget_adjusted,executed,
 * execution_rate_pct,projected,projection_method,target,actual_midyear,
 * projected_value,likelihood,deviation_reason,measures,colour`
 *
 * Per project: four `funds` rows (年度资金总额 with its 全年预算数, 1–N月执行数,
 * 执行率, 全年预计执行数 and the method, and the money colour; then each
 * source), and one `indicator` row per indicator with 年度指标值 and its
 * notes: 1–N月实际完成值, 全年预计完成值, 完成目标可能性, 偏差原因, 完善措施
 * (budget_indicator_get_note()). The JSON object has `"table":
 * "form_monitoring"`, `"as_of"` and `"months"` ("1-N": the months ended by
 * the as-of date).
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND (@code is not in the book),
 * %BUDGET_ERROR_INCONSISTENT (a project was added to the book after @ledger
 * was made), those of budget_monitor_result_new(), and as
 * budget_export_report().
 *
 * Returns: true when the whole table was written.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_export_form_monitoring(BudgetExport *export, const BudgetLedger *ledger, const char *code,
                                   const BudgetMonitorConfig *config, BudgetError *error);

BUDGET_END_DECLS

#endif /* BUDGET_EXPORT_H */
