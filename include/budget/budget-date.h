#ifndef BUDGET_DATE_H
#define BUDGET_DATE_H

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
 * SECTION:budget-date
 * @title: Dates
 * @short_description: calendar dates, month ends, leap years, time progress
 *
 * A #BudgetDate is yyyymmdd in an int32. The proleptic Gregorian calendar
 * is used for years 1 to 9999. All functions are stateless and reentrant;
 * budget_date_today() also reads the clock and the local time zone.
 *
 * Thread safety: Every function here is stateless and reentrant: safe from any
 * number of threads.
 */

/**
 * budget_date_parse:
 * @text: a date as a finance office writes it: "2024-03-31", "2024/3/31",
 *   "2024年3月31日"
 * @len: length in bytes, or -1 if NUL-terminated (any other negative length
 *   is a caller error: INVALID_ARGUMENT)
 * @out: (out): the date; untouched on failure
 * @error: (nullable): error record
 *
 * Parses a date written year first, in one of three forms:
 *
 * - `YYYY-M-D` and `YYYY/M/D`, the month and day in one or two digits
 *   (2024-03-31, 2024-3-31, and 2024/3/31 or 2024/03/31 as Chinese Excel
 *   writes dates by default), the same separator twice;
 * - `YYYY年M月D日` (2024年3月31日, 2024年03月31日).
 *
 * The year has four digits (0001 to 9999). Full-width digits and separators
 * (２０２４／３／３１, ２０２４－０３－３１) read as ASCII ones, as money cells do.
 * Surrounding spaces, tabs and line ends are ignored. A time of day after
 * the date, as Excel and accounting systems export date-time cells
 * ("2024/3/31 0:00", "2024-03-31 00:00:00", "2024-03-31T08:30:15.000"), is
 * accepted when it is a real time (H:MM or H:MM:SS, hour 0 to 23, seconds
 * perhaps with decimals) and ignored, the ledger being daily; a time zone
 * after it is refused, as it could move the day.
 *
 * Everything else is refused, never guessed, with a message that quotes the
 * text and says which part is wrong and what to write:
 * day or month first (3/31/2024, 10/7/2024, 10-07-2024: the order of day
 * and month cannot be known), a two-digit year (24/7/10), a five-digit
 * number (45483: the message names the date it is in Excel's 1900 date
 * system, 2024-07-10, and asks for the column to be formatted as a date),
 * other numbers alone (20240331), dots or mixed separators (2024.3.31,
 * 2024/3-31), text after the date, and days that do not exist (2024-02-30:
 * "February 2024 has 29 days").
 *
 * Errors: %BUDGET_ERROR_PARSE (not one of the forms above: the shape is
 * wrong), %BUDGET_ERROR_RANGE (the right shape, but year 0, a month outside
 * 1 to 12, a day the month does not have, or a time of day that does not
 * exist), %BUDGET_ERROR_INVALID_ARGUMENT (@text or @out NULL).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_date_parse(const char *text, ptrdiff_t len, BudgetDate *out, BudgetError *error);

/**
 * budget_date_from_ymd:
 * @year: 1 .. 9999
 * @month: 1 .. 12
 * @day: 1 .. days in that month
 * @out: (out): the date
 *
 * Builds a #BudgetDate (yyyymmdd) from its parts, checking that the day exists
 * in the proleptic Gregorian calendar (2023-02-29 does not). @out is left
 * untouched when it does not.
 *
 * Returns: false if the day does not exist.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_date_from_ymd(int year, int month, int day, BudgetDate *out);

/**
 * budget_date_is_valid:
 * @date: a value that may or may not be a date
 *
 * Checks that @date is a yyyymmdd value naming a real day of the years 1 to
 * 9999, as every date the library returns is.
 *
 * Returns: true if @date is a real calendar day.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_date_is_valid(BudgetDate date);

/**
 * budget_date_get_year:
 * @date: a valid date
 *
 * Extracts the year of a date. An invalid @date is a caller error: a warning
 * is logged and 0 returned.
 *
 * Returns: the year.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_date_get_year(BudgetDate date);

/**
 * budget_date_get_month:
 * @date: a valid date
 *
 * Extracts the month of a date. An invalid @date is a caller error: a warning
 * is logged and 0 returned.
 *
 * Returns: the month, 1 .. 12.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_date_get_month(BudgetDate date);

/**
 * budget_date_get_day:
 * @date: a valid date
 *
 * Extracts the day of the month of a date. An invalid @date is a caller error:
 * a warning is logged and 0 returned.
 *
 * Returns: the day of the month.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_date_get_day(BudgetDate date);

/**
 * budget_date_is_leap_year:
 * @year: a year
 *
 * Tells whether @year is a Gregorian leap year: divisible by 4, except
 * centuries not divisible by 400. Leap years have a 29 February and 366 days
 * of time progress.
 *
 * Returns: true for Gregorian leap years (2024, 2000; not 1900, 2023).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_date_is_leap_year(int year);

/**
 * budget_date_days_in_month:
 * @year: a year
 * @month: 1 .. 12
 *
 * Gives the number of days of @month in @year, February having 29 in a leap
 * year.
 *
 * Returns: 28 .. 31, or 0 for a bad month.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_date_days_in_month(int year, int month);

/**
 * budget_date_days_in_year:
 * @year: a year
 *
 * Gives the number of days of @year, the denominator of time progress (序时进度)
 * by days.
 *
 * Returns: 365 or 366.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_date_days_in_year(int year);

/**
 * budget_date_month_end:
 * @year: 1 .. 9999
 * @month: 1 .. 12
 *
 * Gives the last day of a month: the date a plan checkpoint plan_MM refers to
 * (docs/concepts.md: checkpoints are month ends).
 *
 * Returns: the last day of the month (2024, 2 → 20240229), or 0 for bad input.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDate budget_date_month_end(int year, int month);

/**
 * budget_date_today:
 *
 * Gives today's date in the local time zone of the process, for a default
 * as-of date in interactive tools ("the report as of today").
 *
 * Time zone: the local zone as GLib's g_date_time_new_now_local() finds it
 * at the call — the `TZ` environment variable if set, else the system's
 * zone (/etc/localtime on Unix, the system setting on Windows). The date changes
 * at local midnight: a machine on UTC (as containers and CI often are)
 * still gives yesterday until 08:00 Beijing time (UTC+8), so such a tool
 * should set `TZ=Asia/Shanghai` or let the user give the date. This is the
 * one function of the library whose result depends on the clock and the
 * environment; reports that must be reproducible take an explicit date
 * (budget_date_parse(), budget_date_month_end()). Thread-safe.
 *
 * Returns: today's date, a valid #BudgetDate; 0 only if the system clock
 *   is outside the years 1 .. 9999.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
BudgetDate budget_date_today(void);

/**
 * budget_date_day_of_year:
 * @date: a valid date
 *
 * Gives the ordinal day of @date in its year, the numerator of time progress
 * by days (the as-of day counts as elapsed).
 *
 * Returns: 1 for 1 January .. 365 or 366 for 31 December; 0 if invalid.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int budget_date_day_of_year(BudgetDate date);

/**
 * budget_date_diff_days:
 * @from: a valid date
 * @to: a valid date
 *
 * Counts the days from one date to another, exactly across month ends, leap
 * days and years. Invalid dates are a caller error: a warning and 0.
 *
 * Returns: the number of days from @from to @to (negative if @to is earlier).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int32_t budget_date_diff_days(BudgetDate from, BudgetDate to);

/**
 * budget_date_format:
 * @date: a date
 * @buf: (nullable): where to write; may be NULL when @size is 0
 * @size: size of @buf
 *
 * Writes "YYYY-MM-DD". An invalid date (budget_date_is_valid() false) is a
 * caller error: a critical, an empty string in @buf and 0.
 *
 * Returns: the length the text needs (10), without the NUL; 0 for an
 *   invalid date.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_date_format(BudgetDate date, char *buf, size_t size);

/**
 * budget_date_time_progress_bp:
 * @year: the budget year
 * @as_of: a valid date
 * @method: days or months
 * @out_bp: (out): time progress (序时进度) in basis points, rounded half away from zero
 *
 * Days: elapsed days ÷ days in @year with @as_of counted as elapsed
 * (2024-01-01 → 27 bp = 1/366; 2024-12-31 → 10000). Months: whole months
 * ended by @as_of ÷ 12 (2024-08-31 → 6667; 2024-08-30 → 5833). Before
 * @year it is 0, after it 10000.
 *
 * Returns: false for an invalid @as_of or @method.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_date_time_progress_bp(int year, BudgetDate as_of, BudgetTimeMethod method, int64_t *out_bp);

BUDGET_END_DECLS

#endif /* BUDGET_DATE_H */
