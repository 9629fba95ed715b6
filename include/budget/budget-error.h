#ifndef BUDGET_ERROR_H
#define BUDGET_ERROR_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>

BUDGET_BEGIN_DECLS

/**
 * SECTION:budget-error
 * @title: Errors
 * @short_description: the caller-allocated error record
 *
 * Every function that can fail takes a `BudgetError *error` as its last
 * parameter (NULL allowed). It is cleared on entry and filled exactly when
 * the call fails; the first (deepest) error wins. Success or failure shows
 * in the return value only.
 *
 * Lenient reading collects every problem in a #BudgetDiagnostics list
 * (budget-diagnostics.h).
 *
 * Out of memory aborts the process (GLib's policy); it is never an error code.
 *
 * Thread safety: A #BudgetError lives on the caller's stack: each thread uses
 * its own. The functions here are stateless and reentrant.
 */

/**
 * BudgetErrorCode:
 * @BUDGET_ERROR_OK: no error
 * @BUDGET_ERROR_INVALID_ARGUMENT: the caller passed NULL or an out-of-range value
 * @BUDGET_ERROR_IO: a file could not be opened, read or written
 * @BUDGET_ERROR_ENCODING: text is neither UTF-8 nor GB18030, or not the encoding asked for
 * @BUDGET_ERROR_PARSE: a cell or file is malformed (bad number, date, CSV syntax)
 * @BUDGET_ERROR_MISSING_COLUMN: a required column is absent from the header
 * @BUDGET_ERROR_DUPLICATE_KEY: a project code appears twice
 * @BUDGET_ERROR_NOT_FOUND: a code refers to no known project
 * @BUDGET_ERROR_OVERFLOW: an amount or a sum does not fit in 64 bits of fen
 * @BUDGET_ERROR_RANGE: a value is outside what the rule allows (a percent over 100, a payment past the budget
 * under the stop policy)
 * @BUDGET_ERROR_INCONSISTENT: data contradict each other (a plan that never reaches 100 %)
 * @BUDGET_ERROR_ABORTED: a callback returned non-zero
 * @BUDGET_ERROR_UNSUPPORTED: the operation is not available (an unknown encoding name)
 *
 * Error codes. Values are fixed; new codes are only ever appended. Since: 1.0
 */
typedef enum {
    BUDGET_ERROR_OK = 0,
    BUDGET_ERROR_INVALID_ARGUMENT = 1,
    BUDGET_ERROR_IO = 2,
    BUDGET_ERROR_ENCODING = 3,
    BUDGET_ERROR_PARSE = 4,
    BUDGET_ERROR_MISSING_COLUMN = 5,
    BUDGET_ERROR_DUPLICATE_KEY = 6,
    BUDGET_ERROR_NOT_FOUND = 7,
    BUDGET_ERROR_OVERFLOW = 8,
    BUDGET_ERROR_RANGE = 9,
    BUDGET_ERROR_INCONSISTENT = 10,
    BUDGET_ERROR_ABORTED = 11,
    BUDGET_ERROR_UNSUPPORTED = 12
} BudgetErrorCode;

/**
 * BUDGET_ERROR_N:
 *
 * The number of #BudgetErrorCode values, one past the last. A library newer
 * than the headers a program was built with may return a code at or past
 * this value. Since: 1.0
 */
#define BUDGET_ERROR_N 13

/**
 * BudgetError:
 * @code: a #BudgetErrorCode
 * @column: the 1-based field index; 0 when not applicable
 * @line: the physical line where the offending record starts (the header is
 *   line 1); 0 when not applicable. 64 bits: a file may have more than 2^31 lines
 * @end_line: the last physical line of the offending record, the same as @line
 *   for a record on one line (a quoted field may hold line breaks); 0 when not
 *   applicable
 * @offset: byte offset of the record in the file, or -1
 * @reserved: reserved, always 0
 * @source: the file name (or the name given for a buffer), "" if none
 * @field: the column name, "" if none
 * @message: UTF-8 text, truncated with "..." if too long
 *
 * An error record owned by the caller, usually on the stack. Its layout is
 * frozen for the life of soname 1. Since: 1.0
 */
typedef struct BudgetError {
    int code;
    int column;
    int64_t line;
    int64_t end_line;
    int64_t offset;
    int reserved[4];
    char source[128];
    char field[64];
    char message[256];
} BudgetError;

/**
 * BUDGET_ERROR_INIT:
 *
 * An initializer for a #BudgetError on the stack: `BudgetError error =
 * BUDGET_ERROR_INIT;`. A zeroed record (this, or memset to 0) is a valid
 * empty record: budget_error_format() gives "no error" for it, and every
 * function that takes it clears it on entry anyway. budget_error_format()
 * never reads past the record's arrays, even when a caller filled them by
 * hand without a NUL. Since: 1.0
 */
#define BUDGET_ERROR_INIT                                                                                    \
    {                                                                                                        \
        0                                                                                                    \
    }

/**
 * budget_error_clear:
 * @error: (nullable): an error record
 *
 * Resets @error to "no error" (code 0, empty strings, offset -1).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_error_clear(BudgetError *error);

/**
 * budget_error_code_name:
 * @code: a #BudgetErrorCode
 *
 * Gives the symbolic name of an error code: the #BudgetErrorCode value without
 * its BUDGET_ERROR_ prefix, for logs and for bindings that map codes to
 * exception types. Stateless and reentrant.
 *
 * It takes an `int`, as #BudgetError's @code field is, and is the one name
 * function that gives no critical warning for a value it does not know: a
 * code from a newer library is not a caller error, and printing an error must
 * never fail.
 *
 * Returns: (transfer none): the code's name, e.g. "PARSE", or "UNKNOWN".
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_error_code_name(int code);

/**
 * budget_error_code_from_string:
 * @text: a name as budget_error_code_name() gives it ("PARSE",
 *   "INVALID_ARGUMENT" …), in any ASCII case; "UNKNOWN" names no code
 * @out: (out) (nullable): the code, left untouched when @text names none
 *
 * Reads an error code's name back, for bindings and for tests that name the
 * code they expect.
 *
 * Returns: true when @text names a code; false when it names none, or (after
 *   a critical warning) when @text is NULL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_error_code_from_string(const char *text, BudgetErrorCode *out);

/**
 * budget_strerror:
 * @code: a #BudgetErrorCode
 *
 * Gives a short English description of an error code, the text
 * budget_error_format() falls back on when a record has no message of its own.
 * Stateless and reentrant; an unknown code gives "unknown error".
 *
 * Returns: (transfer none): a short English description of the code.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
const char *budget_strerror(int code);

/**
 * budget_error_format:
 * @error: an error record
 * @buf: (nullable): where to write, may be NULL when @size is 0
 * @size: the size of @buf in bytes
 *
 * Writes "SOURCE:LINE:COLUMN: message" (parts that do not apply are left
 * out), NUL-terminated and truncated to @size, as snprintf does, except that
 * a cut never splits a UTF-8 character (the text may then be shorter than
 * @size - 1). Safe on a zeroed record (#BUDGET_ERROR_INIT) and on arrays
 * without a NUL. Stateless and reentrant.
 *
 * Returns: the length the full text needs, without the NUL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_error_format(const BudgetError *error, char *buf, size_t size);

/**
 * budget_free:
 * @ptr: (nullable): memory returned by libbudget with "free with budget_free"
 *
 * Releases strings and arrays the library hands to the caller.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
void budget_free(void *ptr);

/**
 * BudgetDestroyNotify:
 * @data: (nullable): the user data given with a stored callback
 *
 * Releases the user data of a callback the library stores, when the object
 * that stores it is freed (GLib's GDestroyNotify, SQLite's xDestroy). It is
 * called exactly once, also when @data is NULL.
 *
 * Since: 1.0
 */
typedef void (*BudgetDestroyNotify)(void *data);

BUDGET_END_DECLS

#endif /* BUDGET_ERROR_H */
