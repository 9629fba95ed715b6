/* text-number: the shared decimal scanner (see text-number-private.h). */
#include "config.h"

#include <string.h>

#include "text-number-private.h"

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Number of digits starting at p[i] (before @len). */
static size_t run_of_digits(const char *p, size_t i, size_t len)
{
    size_t j = i;

    while (j < len && is_digit(p[j]))
        j++;
    return j - i;
}

/* mag = mag × 10 + d, with overflow noted rather than wrapped. */
static void push_digit(BudgetpDecimal *out, int d)
{
    if (out->overflow)
        return;
    if (__builtin_mul_overflow(out->magnitude, 10, &out->magnitude) ||
        __builtin_add_overflow(out->magnitude, (uint64_t)d, &out->magnitude))
        out->overflow = true;
}

size_t budgetp_decimal_scan(const char *p, size_t len, int scale, unsigned flags, BudgetpDecimal *out)
{
    size_t i = 0, group = 0;
    int kept = 0; /* fraction digits pushed into magnitude */

    memset(out, 0, sizeof *out);
    if (scale < 0 || scale > 18)
        return 0;
    /* The integer part: digits, and commas each followed by exactly three
     * digits, after a first group of one to three. */
    while (i < len) {
        if (is_digit(p[i])) {
            push_digit(out, p[i] - '0');
            out->int_digits++;
            group++;
            i++;
        } else if ((flags & BUDGETP_DECIMAL_COMMAS) && p[i] == ',' && group >= 1 &&
                   (out->has_commas ? group == 3 : group <= 3) && run_of_digits(p, i + 1, len) == 3) {
            out->has_commas = true;
            group = 0;
            i++;
        } else {
            break;
        }
    }
    if (out->int_digits == 0 && !(flags & BUDGETP_DECIMAL_LEADING_POINT))
        return 0;
    if (i + 1 < len && p[i] == '.' && is_digit(p[i + 1])) {
        out->has_point = true;
        i++;
        while (i < len && is_digit(p[i])) {
            if (kept < scale) {
                push_digit(out, p[i] - '0');
                kept++;
            } else if (p[i] != '0') {
                out->too_precise = true;
            }
            out->frac_digits++;
            i++;
        }
    }
    if (out->int_digits == 0 && !out->has_point)
        return 0;
    for (; kept < scale; kept++)
        push_digit(out, 0);
    if (out->overflow || out->too_precise)
        out->magnitude = 0;
    out->len = i;
    return i;
}
