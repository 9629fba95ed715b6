#ifndef BUDGET_BOOK_H
#define BUDGET_BOOK_H

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
 * SECTION:budget-book
 * @title: Books
 * @short_description: a department's projects, adjustments and indicators
 *
 * A book holds what a department's files describe, apart from the ledger:
 * its projects (unique codes, kept sorted by code in byte order), budget
 * adjustments (预算调整: dated amounts, positive 追加, negative 追减) and
 * performance indicators (#BudgetIndicator, 绩效指标; the score module parses
 * and evaluates their targets).
 *
 * The book's year is set explicitly or, if not, the largest project year;
 * a project without a year belongs to the book's year. A book with neither
 * has no year, and there is no default: whatever needs the year (a ledger,
 * hence every report and score) fails with %BUDGET_ERROR_INCONSISTENT and a
 * message saying to call budget_book_set_year() or give the projects a
 * year.
 *
 * A book may be read from many threads at once; it must not be changed
 * while another thread reads it. Refcounted.
 *
 * Thread safety: A #BudgetBook may be read from many threads at once (its lazy
 * caches are built under a lock); adding to it while another thread reads it
 * is misuse. Its refcount is atomic: the last reference may be dropped on any
 * thread.
 */

/**
 * budget_book_new:
 *
 * Creates an empty book: no projects, adjustments or indicator rows, and a
 * year derived from the projects (see the section introduction).
 *
 * Returns: (transfer full): an empty book; release with budget_book_unref().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetBook *budget_book_new(void) BUDGET_WARN_UNUSED_RESULT;

/**
 * budget_book_ref:
 * @book: a book
 *
 * Takes one more reference on @book; release it with budget_book_unref().
 * Thread-safe.
 *
 * Returns: (transfer full): @book with one more reference.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetBook *budget_book_ref(BudgetBook *book);

/**
 * budget_book_unref:
 * @book: (nullable) (transfer full): a book
 *
 * Thread-safe.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_book_unref(BudgetBook *book);

/**
 * budget_book_add_project:
 * @book: a book
 * @project: (transfer none): the project; the book takes a reference
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_DUPLICATE_KEY (a project with that code exists).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_book_add_project(BudgetBook *book, BudgetProject *project, BudgetError *error);

/**
 * budget_book_get_n_projects:
 * @book: a book
 *
 * Counts the projects of the book.
 *
 * Returns: the number of projects.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_book_get_n_projects(const BudgetBook *book);

/**
 * budget_book_get_project_nth:
 * @book: a book
 * @index: 0 .. n - 1, in code order (byte order)
 *
 * Gives the @index-th project in code order (byte order of the codes); the
 * index is the one ledgers and reports use. The book keeps its reference: take
 * one with budget_project_ref() to keep the project longer than the book.
 *
 * Returns: (transfer none) (nullable): the project, NULL if out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetProject *budget_book_get_project_nth(const BudgetBook *book, size_t index);

/**
 * budget_book_get_project:
 * @book: a book
 * @code: a project code
 *
 * Looks a project up by its code (exact byte comparison). The book keeps its
 * reference: take one with budget_project_ref() to keep the project longer
 * than the book.
 *
 * Returns: (transfer none) (nullable): the project, NULL if unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetProject *budget_book_get_project(const BudgetBook *book, const char *code);

/**
 * budget_book_get_project_index:
 * @book: a book
 * @code: a project code
 * @out_index: (out) (optional): the index of the project in code order
 *
 * Looks up a project's index by its code: the index budget_ledger_record_nth()
 * and the ledger getters take. Adding a project may shift the indexes of the
 * projects after it. A code the book does not have is an answer (false), not
 * misuse; @out_index is then left as it was.
 *
 * Returns: true when the book has a project with @code.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_book_get_project_index(const BudgetBook *book, const char *code, size_t *out_index);

/**
 * budget_book_get_year:
 * @book: a book
 *
 * Gives the book's budget year, the year plans and time progress refer to: the
 * one set with budget_book_set_year(), else the largest project year.
 *
 * Returns: the book's year, or 0 when it has none (no year set and no
 *   project with one; see the section introduction); 0 for a NULL @book.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_book_get_year(const BudgetBook *book);

/**
 * budget_book_set_year:
 * @book: a book
 * @year: 1 .. 9999, or 0 to derive it from the projects again
 *
 * Sets the book's budget year; 0 returns to deriving it from the projects'
 * years.
 *
 * Returns: false for a year out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_book_set_year(BudgetBook *book, int year);

/**
 * budget_book_get_n_units:
 * @book: a book
 *
 * Counts the distinct budget units (预算单位) of the book's projects: the rows of
 * a unit-level report.
 *
 * Returns: the number of distinct budget units (a blank unit counts as one).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_book_get_n_units(const BudgetBook *book);

/**
 * budget_book_get_unit_nth:
 * @book: a book
 * @index: 0 .. n - 1, units in byte order
 *
 * Gives the @index-th distinct budget unit name, in byte order, borrowed from
 * the book.
 *
 * Returns: (transfer none) (nullable): the unit name, NULL if out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_book_get_unit_nth(const BudgetBook *book, size_t index);

/**
 * budget_book_add_adjustment:
 * @book: a book
 * @date: the date it takes effect
 * @code: the project code
 * @amount: the change in fen (negative for 追减)
 * @reason: (nullable): 调整原因; copied
 * @error: (nullable): error record
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND (unknown code), %BUDGET_ERROR_PARSE
 * (invalid date), %BUDGET_ERROR_OVERFLOW (the project's total of
 * adjustments would overflow).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_book_add_adjustment(BudgetBook *book, BudgetDate date, const char *code, BudgetFen amount,
                                const char *reason, BudgetError *error);

/**
 * budget_book_get_n_adjustments:
 * @book: a book
 *
 * Counts the budget adjustments (预算调整) of the book, whatever their dates.
 *
 * Returns: the number of adjustments.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_book_get_n_adjustments(const BudgetBook *book);

/**
 * budget_book_get_adjustment_nth:
 * @book: a book
 * @index: 0 .. n - 1, in the order added
 * @date: (out) (nullable): its date
 * @code: (out) (nullable) (transfer none): its project code
 * @amount: (out) (nullable): its amount in fen
 * @reason: (out) (nullable) (transfer none): its reason, "" if none
 *
 * Reads the @index-th budget adjustment in the order added; the amount is in
 * fen and the strings are borrowed from the book. Out parameters are left
 * untouched when @index is out of range.
 *
 * Returns: false if @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_book_get_adjustment_nth(const BudgetBook *book, size_t index, BudgetDate *date, const char **code,
                                    BudgetFen *amount, const char **reason);

/**
 * budget_book_get_adjusted_budget:
 * @book: a book
 * @code: a project code
 * @as_of: adjustments dated on or before this count
 * @out: (out): original budget + adjustments, in fen (全年预算数)
 * @error: (nullable): error record
 *
 * Gives the adjusted budget at @as_of, exactly: the sum is taken in 128 bits,
 * so it fails only when the result does not fit in 64 bits of fen, whatever
 * the order of the adjustments.
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND, %BUDGET_ERROR_OVERFLOW (the error names the
 * adjustment that took the total out of range, taken in date order: its
 * file, line and the column of its amount when it was read from a file,
 * field "amount").
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_book_get_adjusted_budget(const BudgetBook *book, const char *code, BudgetDate as_of,
                                     BudgetFen *out, BudgetError *error);

/**
 * budget_book_add_indicator:
 * @book: a book
 * @indicator: (transfer none): the indicator; the book takes a reference
 * @error: (nullable): error record
 *
 * Adds a performance indicator (a row of indicators.csv) to the project
 * whose code budget_indicator_get_code() gives. The book shares the
 * indicator: later changes to it are seen by the book. Its target and
 * actual stay text; budget_score_project() parses and evaluates them when it
 * scores the project.
 *
 * Errors: %BUDGET_ERROR_NOT_FOUND (no project with the indicator's code;
 * field "code"), %BUDGET_ERROR_INVALID_ARGUMENT (NULL @book or @indicator).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_book_add_indicator(BudgetBook *book, BudgetIndicator *indicator, BudgetError *error);

/**
 * budget_book_get_n_indicators:
 * @book: a book
 *
 * Counts the indicators of the book, for all projects together (the rows
 * of indicators.csv).
 *
 * Returns: the number of indicators.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_book_get_n_indicators(const BudgetBook *book);

/**
 * budget_book_get_indicator_nth:
 * @book: a book
 * @index: 0 .. budget_book_get_n_indicators() - 1, in the order added
 *
 * Gives the @index-th indicator of the book, in the order added. The book
 * keeps its reference: take one with budget_indicator_ref() to keep the
 * indicator longer than the book.
 *
 * Returns: (transfer none) (nullable): the indicator; NULL after a critical
 *   warning if @index is out of range.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetIndicator *budget_book_get_indicator_nth(const BudgetBook *book, size_t index);

/**
 * budget_book_get_project_n_indicators:
 * @book: a book
 * @code: a project code
 *
 * Counts the indicators of one project.
 *
 * Returns: the number of indicators of project @code; 0 if it has none or
 *   the code is unknown.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_book_get_project_n_indicators(const BudgetBook *book, const char *code);

/**
 * budget_book_get_project_indicator_nth:
 * @book: a book
 * @code: a project code
 * @index: 0 .. budget_book_get_project_n_indicators() - 1
 *
 * Gives the @index-th indicator of project @code, in the order added. The
 * book keeps its reference, as budget_book_get_indicator_nth() does.
 *
 * Returns: (transfer none) (nullable): the indicator; NULL after a critical
 *   warning if @index is out of range (or @code unknown).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetIndicator *budget_book_get_project_indicator_nth(const BudgetBook *book, const char *code,
                                                       size_t index);

BUDGET_END_DECLS

#endif /* BUDGET_BOOK_H */
