/* text-number: the one decimal scanner of DESIGN.md's shared "text" module
 * ("a decimal scan is computed by one function that every caller uses").
 *
 * It reads ASCII digits only: callers fold full-width digits first (target
 * does, through its normalised text). It scans a prefix and says what it
 * read; whether what follows is allowed (a unit, a stray character) is the
 * caller's rule, as is the sign, so "-5" and "−5" are each caller's choice.
 *
 * Users: money (amounts and percentages), target (numbers in targets and
 * actuals), score (points), csv-load (year cells, head counts). Not decimal
 * numbers, and so not read with it: the fields of a date (date.c reads
 * "2024/7/10" by its separators, where a decimal scan would take "2024.7"),
 * and the month numbers in plan column headers (csv-load.c). */
#ifndef BUDGET_TEXT_NUMBER_PRIVATE_H
#define BUDGET_TEXT_NUMBER_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Flags of budgetp_decimal_scan(). */
enum {
    /* ASCII thousands commas: "1,000", "12,345.5". The first group has 1 to 3
     * digits and every later one exactly 3 (money's rule, DESIGN.md "thousands
     * separators"); a comma that does not fit ends the number before it. */
    BUDGETP_DECIMAL_COMMAS = 1 << 0,
    /* A number may start at its point: ".5". */
    BUDGETP_DECIMAL_LEADING_POINT = 1 << 1,
};

/* What budgetp_decimal_scan() read. */
typedef struct {
    size_t len;         /* bytes read; 0 when no number starts there */
    int int_digits;     /* digits before the point (commas not counted) */
    int frac_digits;    /* digits after the point, as written (trailing zeros included) */
    bool has_point;     /* a point with digits after it */
    bool has_commas;    /* at least one thousands comma */
    bool too_precise;   /* a non-zero digit past @scale decimals */
    bool overflow;      /* value × 10^scale does not fit in 64 bits */
    uint64_t magnitude; /* value × 10^scale, exact; 0 when too_precise or overflow */
} BudgetpDecimal;

/* Scans the decimal number that starts at @p (at most @len bytes): digits,
 * with thousands commas if @flags allows them, then a point and digits (a
 * point is read only when a digit follows it). The value is kept exactly as
 * an unsigned integer scaled by 10^@scale (@scale 0..18): "95.5" with scale 6
 * is 95500000. Digits past @scale decimals are allowed when they are zeros
 * ("1.50" with scale 1); any other one sets too_precise, never a rounding.
 * Fills @out and returns out->len. Reentrant, no allocation. */
size_t budgetp_decimal_scan(const char *p, size_t len, int scale, unsigned flags, BudgetpDecimal *out);

#endif /* BUDGET_TEXT_NUMBER_PRIVATE_H */
