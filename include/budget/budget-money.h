#ifndef BUDGET_MONEY_H
#define BUDGET_MONEY_H

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
 * SECTION:budget-money
 * @title: Money and rates
 * @short_description: exact fen amounts, 元/万元/亿元, basis-point rates
 *
 * Money is a #BudgetFen, a signed 64-bit count of fen. Text is parsed
 * exactly: "191.2176万元" is 191217600 fen; input that would need rounding
 * ("100.005", "1.2345678万元") or would not fit in 64 bits is refused, never
 * rounded.
 *
 * Rates are integers in basis points (1 bp = 0.01 %), rounded once, half
 * away from zero (四舍五入: 1.345 → 1.35, −1.345 → −1.35). A rate over a
 * zero or negative denominator is undefined: the functions return false
 * and the caller shows an empty cell.
 *
 * All functions here are stateless and reentrant.
 *
 * Thread safety: Every function here is stateless and reentrant: safe from any
 * number of threads.
 */

/**
 * budget_money_parse:
 * @text: the text, e.g. "1912176.00", "1,912,176.00", "-5.5", "0"
 * @len: length of @text in bytes, or -1 if NUL-terminated (any other negative
 *   length is a caller error: INVALID_ARGUMENT)
 * @out: (out): the amount in fen
 * @error: (nullable): error record
 *
 * Parses an amount in yuan: optional sign (+ or -), digits with optional
 * thousands separators in groups of three, at most two decimals. Leading
 * and trailing spaces are ignored. No unit suffix is accepted (see
 * budget_money_parse_unit()).
 *
 * Errors: %BUDGET_ERROR_PARSE (empty, stray characters, misplaced
 * separators, more than two decimals), %BUDGET_ERROR_OVERFLOW.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_money_parse(const char *text, ptrdiff_t len, BudgetFen *out, BudgetError *error);

/**
 * budget_money_parse_unit:
 * @text: the text, e.g. "191.2176万元", "160万元", "1.5亿元", "3,000元", "60.00"
 * @len: length of @text in bytes, or -1 if NUL-terminated (any other negative
 *   length is a caller error: INVALID_ARGUMENT)
 * @default_unit: the unit of a bare number (a table's "单位：万元")
 * @out: (out): the amount in fen
 * @error: (nullable): error record
 *
 * Like budget_money_parse(), but reads an optional unit suffix 元, 万元 or
 * 亿元 (a suffix wins over @default_unit), full-width digits, sign, point
 * and comma (０-９ ＋ － ． ，), and allows as many decimals as the unit
 * can hold exactly: 2 for 元, 6 for 万元, 10 for 亿元. Trailing zeros
 * beyond that are accepted ("1.50000000元").
 *
 * Errors: %BUDGET_ERROR_PARSE, %BUDGET_ERROR_OVERFLOW,
 * %BUDGET_ERROR_INVALID_ARGUMENT (unknown @default_unit).
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_money_parse_unit(const char *text, ptrdiff_t len, BudgetMoneyUnit default_unit, BudgetFen *out,
                             BudgetError *error);

/**
 * budget_money_format:
 * @value: an amount in fen
 * @buf: (nullable): where to write; may be NULL when @size is 0
 * @size: size of @buf in bytes
 *
 * Writes @value in yuan with exactly two decimals and no separators
 * ("-1234.50"), as budget_money_parse() reads it back. Works for
 * %BUDGET_FEN_MIN too.
 *
 * Returns: the length the text needs, without the NUL (as snprintf).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_money_format(BudgetFen value, char *buf, size_t size);

/**
 * budget_money_format_unit:
 * @value: an amount in fen
 * @unit: the unit to show
 * @thousands: true to group the integer part with commas
 * @buf: (nullable): where to write; may be NULL when @size is 0
 * @size: size of @buf in bytes
 *
 * Writes @value in @unit, exactly: at least two decimals, more only where
 * needed (1912176.00 元 in 万元 is "191.2176"), never rounded. No unit
 * suffix is written.
 *
 * Returns: the length the text needs, without the NUL; 0 with an empty
 *   @buf for an unknown @unit.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_money_format_unit(BudgetFen value, BudgetMoneyUnit unit, bool thousands, char *buf,
                                size_t size);

/**
 * budget_money_add:
 * @a: an amount in fen
 * @b: an amount in fen
 * @out: (out): @a + @b in fen
 *
 * Checked addition.
 *
 * Returns: false (leaving @out untouched) if the sum overflows.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_money_add(BudgetFen a, BudgetFen b, BudgetFen *out);

/**
 * budget_money_sub:
 * @a: an amount in fen
 * @b: an amount in fen
 * @out: (out): @a − @b in fen
 *
 * Checked subtraction.
 *
 * Returns: false (leaving @out untouched) if the difference overflows.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_money_sub(BudgetFen a, BudgetFen b, BudgetFen *out);

/**
 * budget_money_scale_micropct:
 * @amount: an amount in fen
 * @micropct: a percentage in micro-percent (%BUDGET_MICROPCT_100 = 100 %)
 * @out: (out): @amount × @micropct ÷ 10^8, in fen, rounded half away from zero
 *
 * The planned amount for a planned percent: budget × percent, computed in
 * 128-bit integers and rounded once.
 *
 * Returns: false if the result does not fit in a #BudgetFen.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_money_scale_micropct(BudgetFen amount, int64_t micropct, BudgetFen *out);

/**
 * budget_money_rate_bp:
 * @numerator: e.g. executed, in fen
 * @denominator: e.g. budget, in fen
 * @out_bp: (out): @numerator ÷ @denominator × 100 %, in basis points,
 *   rounded half away from zero
 *
 * An exact rate: 1 of 3 is 3333 bp (33.33 %), 2 of 3 is 6667 bp.
 *
 * Returns: false when the rate is undefined (@denominator ≤ 0) or does not
 *   fit in an int64 (|numerator| above about 9.2e14 yuan over a 1-fen
 *   denominator); @out_bp is then left untouched.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_money_rate_bp(BudgetFen numerator, BudgetFen denominator, int64_t *out_bp);

/**
 * budget_money_rate_format:
 * @bp: a rate in basis points
 * @buf: (nullable): where to write; may be NULL when @size is 0
 * @size: size of @buf in bytes
 *
 * Writes @bp as a percent number with two decimals and no "%" sign:
 * 9512 → "95.12", -5 → "-0.05".
 *
 * Returns: the length the text needs, without the NUL.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
size_t budget_money_rate_format(int64_t bp, char *buf, size_t size);

/**
 * budget_money_percent_parse:
 * @text: "25", "25%", "25.00", "25％", "33.333", " 95 "
 * @len: length in bytes, or -1 if NUL-terminated (any other negative length
 *   is a caller error: INVALID_ARGUMENT)
 * @out_micropct: (out): the value in micro-percent (25 % = 25000000)
 * @error: (nullable): error record
 *
 * Parses a plan percentage: an optional sign, digits, up to six decimals,
 * an optional "%" or "％". More decimals would need rounding and are
 * refused.
 *
 * Errors: %BUDGET_ERROR_PARSE, %BUDGET_ERROR_OVERFLOW.
 *
 * Returns: true on success.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
bool budget_money_percent_parse(const char *text, ptrdiff_t len, int64_t *out_micropct, BudgetError *error);

/**
 * budget_money_micropct_to_bp:
 * @micropct: a percentage in micro-percent
 *
 * Converts a percentage in micro-percent (the unit of plan percentages, 10^8 =
 * 100 %) to basis points (the unit of report rates, 10000 = 100 %), rounding
 * once, half away from zero (四舍五入). Stateless.
 *
 * Returns: @micropct rounded half away from zero to basis points
 *   (33333333 → 3333, 12345000 → 1235).
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
int64_t budget_money_micropct_to_bp(int64_t micropct);

BUDGET_END_DECLS

#endif /* BUDGET_MONEY_H */
