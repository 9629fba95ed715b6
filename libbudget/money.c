/* money: exact fen amounts, 元/万元/亿元, basis-point rates. Integer arithmetic only. */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "budget-private.h"
#include "text-number-private.h"
#include "text-private.h"

/* Fen in one unit, and the decimals that unit holds exactly. */
static const uint64_t unit_fen[] = {UINT64_C(100), UINT64_C(1000000), UINT64_C(10000000000)};
static const int unit_decimals[] = {2, 6, 10};

static bool unit_is_valid(BudgetMoneyUnit unit)
{
    return (int)unit >= BUDGET_MONEY_UNIT_YUAN && (int)unit <= BUDGET_MONEY_UNIT_YI;
}

static size_t text_length(const char *text, ptrdiff_t len)
{
    return len < 0 ? strlen(text) : (size_t)len;
}

/* The offending text for an error message, as seen: invisible and control
 * characters escaped, a long text cut in the middle (text-private.h). */
static char *quote_text(const char *text, size_t len)
{
    return budgetp_text_quote(text, (gssize)len, BUDGETP_TEXT_MESSAGE_MAX);
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void trim(const char **p, const char **end)
{
    while (*p < *end && is_space(**p))
        (*p)++;
    while (*end > *p && is_space((*end)[-1]))
        (*end)--;
}

/* A decimal number read by the one decimal scanner (text-number-private.h),
 * with its sign and, when the text is not one, why. */
typedef struct {
    bool negative;
    BudgetpDecimal d;
    const char *why; /* NULL when well formed */
} NumberScan;

/* Reads [+-]digits[,ddd...][.digits] covering all of [p, end) at @scale
 * decimals, naming the defect of a text that is not such a number. */
static void scan_number(const char *p, const char *end, bool allow_commas, int scale, NumberScan *s)
{
    const char *rest;

    memset(s, 0, sizeof *s);
    if (p == end) {
        s->why = "empty";
        return;
    }
    if (*p == '+' || *p == '-') {
        s->negative = *p == '-';
        p++;
    }
    budgetp_decimal_scan(p, (size_t)(end - p), scale, allow_commas ? BUDGETP_DECIMAL_COMMAS : 0, &s->d);
    rest = p + s->d.len;
    if (s->d.len == 0) {
        s->why = rest == end    ? "not a number"
                 : *rest == ',' ? "misplaced thousands separator"
                 : *rest == '.' ? "no digits before the decimal point"
                                : "not a number";
        return;
    }
    if (rest == end)
        return;
    if (*rest == ',')
        s->why = "misplaced thousands separator";
    else if (*rest == '.' && !s->d.has_point)
        s->why = "no digits after the decimal point";
    else
        s->why = "stray characters";
}

/* The common cell read directly: "-?" then 1 to @max_int ASCII digits,
 * then optionally "." and 1 to @scale digits, covering exactly the @n
 * bytes at @p, as its value × 10^@scale (@max_int + @scale at most 18, so
 * nothing can overflow). Any other text (spaces, "+", commas, a unit,
 * full-width forms, more digits) returns false for the general reading,
 * which gives the same value for the texts read here. */
static bool plain_decimal(const char *p, size_t n, int scale, size_t max_int, int64_t *out)
{
    const char *end = p + n, *digits;
    bool negative = p < end && *p == '-';
    uint64_t v = 0;
    int frac = 0;

    p += negative;
    for (digits = p; p < end && (unsigned)(*p - '0') <= 9; p++)
        v = v * 10 + (uint64_t)(*p - '0');
    if (p == digits || (size_t)(p - digits) > max_int)
        return false;
    if (p < end) {
        if (*p != '.' || end - p < 2 || end - p > scale + 1)
            return false;
        for (p++; p < end; p++, frac++) {
            if ((unsigned)(*p - '0') > 9)
                return false;
            v = v * 10 + (uint64_t)(*p - '0');
        }
    }
    for (; frac < scale; frac++)
        v *= 10;
    *out = negative ? -(int64_t)v : (int64_t)v;
    return true;
}

/* Applies the sign: INT64_MIN is reachable only as a negative. */
static bool signed_value(bool negative, uint64_t mag, int64_t *out)
{
    if (negative) {
        if (mag > (uint64_t)INT64_MAX + 1)
            return false;
        *out = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
    } else {
        if (mag > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)mag;
    }
    return true;
}

/* Parses ASCII [p, end) as an amount in a unit of unit_dec decimals.
 * strict_decimals: refuse more decimals than unit_dec even when zeros. */
static bool parse_amount(const char *p, const char *end, int unit_dec, bool strict_decimals, const char *orig,
                         size_t orig_len, BudgetFen *out, BudgetError *error)
{
    NumberScan s;
    int64_t value;
    char *q;

    scan_number(p, end, true, unit_dec, &s);
    if (s.why == NULL) {
        if (strict_decimals ? s.d.frac_digits > unit_dec : s.d.too_precise) {
            q = quote_text(orig, orig_len);
            budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, NULL,
                              "amount \"%s\" has more than %d decimals (it would need rounding)", q,
                              unit_dec);
            g_free(q);
            return false;
        }
    } else {
        q = quote_text(orig, orig_len);
        budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, NULL, "not an amount: \"%s\" (%s)", q,
                          s.why);
        g_free(q);
        return false;
    }
    if (s.d.overflow || !signed_value(s.negative, s.d.magnitude, &value)) {
        q = quote_text(orig, orig_len);
        budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, NULL,
                          "amount \"%s\" does not fit in 64 bits of fen", q);
        g_free(q);
        return false;
    }
    *out = value;
    return true;
}

bool budget_money_parse(const char *text, ptrdiff_t len, BudgetFen *out, BudgetError *error)
{
    const char *p, *end;
    size_t n;

    budget_error_clear(error);
    budgetp_return_val_if_fail(text != NULL, false, error);
    budgetp_return_val_if_fail(out != NULL, false, error);
    /* -1 is the one negative length: NUL-terminated (api-conventions.md). */
    budgetp_return_val_if_fail(len >= -1, false, error);
    n = text_length(text, len);
    if (plain_decimal(text, n, 2, 15, out))
        return true;
    p = text;
    end = text + n;
    trim(&p, &end);
    return parse_amount(p, end, 2, true, text, n, out, error);
}

/* Full-width forms: U+FF10..FF19 digits, ＋ FF0B, － FF0D, ． FF0E, ， FF0C
 * (UTF-8 EF BC 8B..99). Returns the ASCII character or 0. */
static char fullwidth_ascii(const unsigned char *p, const unsigned char *end)
{
    if (end - p < 3 || p[0] != 0xEF || p[1] != 0xBC)
        return 0;
    if (p[2] >= 0x90 && p[2] <= 0x99)
        return (char)('0' + (p[2] - 0x90));
    switch (p[2]) {
    case 0x8B:
        return '+';
    case 0x8D:
        return '-';
    case 0x8E:
        return '.';
    case 0x8C:
        return ',';
    default:
        return 0;
    }
}

/* Copies [p, end) into out (at least end - p + 1 bytes), full-width forms
 * made ASCII (never longer than the input); returns the length. */
static size_t fold_fullwidth(const char *p, const char *end, bool commas, char *out)
{
    const unsigned char *u = (const unsigned char *)p, *e = (const unsigned char *)end;
    size_t n = 0;

    while (u < e) {
        char c = fullwidth_ascii(u, e);
        if (c != 0 && (commas || c != ',')) {
            out[n++] = c;
            u += 3;
        } else {
            out[n++] = (char)*u++;
        }
    }
    out[n] = '\0';
    return n;
}

static bool has_suffix(const char *p, const char *end, const char *suffix)
{
    size_t n = strlen(suffix);
    return (size_t)(end - p) >= n && memcmp(end - n, suffix, n) == 0;
}

bool budget_money_parse_unit(const char *text, ptrdiff_t len, BudgetMoneyUnit default_unit, BudgetFen *out,
                             BudgetError *error)
{
    const char *p, *end;
    BudgetMoneyUnit unit = default_unit;
    char small[96], *folded;
    size_t n, k;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(text != NULL, false, error);
    budgetp_return_val_if_fail(out != NULL, false, error);
    /* -1 is the one negative length: NUL-terminated (api-conventions.md). */
    budgetp_return_val_if_fail(len >= -1, false, error);
    budgetp_return_val_if_fail(unit_is_valid(default_unit), false, error);
    n = text_length(text, len);
    if (default_unit == BUDGET_MONEY_UNIT_YUAN && plain_decimal(text, n, 2, 15, out))
        return true;
    p = text;
    end = text + n;
    trim(&p, &end);
    /* Longest suffix first: 万元 and 亿元 also end in 元. */
    if (has_suffix(p, end, "万元")) {
        unit = BUDGET_MONEY_UNIT_WAN;
        end -= strlen("万元");
    } else if (has_suffix(p, end, "亿元")) {
        unit = BUDGET_MONEY_UNIT_YI;
        end -= strlen("亿元");
    } else if (has_suffix(p, end, "元")) {
        unit = BUDGET_MONEY_UNIT_YUAN;
        end -= strlen("元");
    }
    trim(&p, &end); /* "160 万元" */
    /* Cells are short: fold into a stack buffer, the heap only for long text. */
    folded = (size_t)(end - p) < sizeof small ? small : g_malloc((size_t)(end - p) + 1);
    k = fold_fullwidth(p, end, true, folded);
    ok = parse_amount(folded, folded + k, unit_decimals[unit], false, text, n, out, error);
    if (folded != small)
        g_free(folded);
    return ok;
}

/* Magnitude of a signed value, INT64_MIN included. */
static uint64_t magnitude(int64_t v)
{
    return v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
}

/* Copies s into buf as snprintf would; returns strlen(s). */
static size_t put_text(const char *s, size_t n, char *buf, size_t size)
{
    if (buf != NULL && size > 0) {
        size_t k = MIN(n, size - 1);
        memcpy(buf, s, k);
        buf[k] = '\0';
    }
    return n;
}

/* Writes the decimal digits of @v ending just before @end; returns where
 * they start. Two digits a step, from a table. */
static char *put_digits(uint64_t v, char *end)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";

    while (v >= 100) {
        unsigned r = (unsigned)(v % 100);
        v /= 100;
        end -= 2;
        memcpy(end, pairs + 2 * r, 2);
    }
    if (v >= 10) {
        end -= 2;
        memcpy(end, pairs + 2 * v, 2);
    } else {
        *--end = (char)('0' + v);
    }
    return end;
}

/* The number of decimal digits of @v (1 for 0). */
static int digit_count(uint64_t v)
{
    int n = 1;

    while (v >= 10000) {
        v /= 10000;
        n += 4;
    }
    return n + (v >= 10) + (v >= 100) + (v >= 1000);
}

size_t budgetp_hundredths_format(int64_t value, char *out)
{
    uint64_t mag = magnitude(value), whole = mag / 100;
    unsigned cents = (unsigned)(mag % 100);
    char *p = out;

    if (value < 0)
        *p++ = '-';
    p += digit_count(whole);
    put_digits(whole, p);
    p[0] = '.';
    p[1] = (char)('0' + cents / 10);
    p[2] = (char)('0' + cents % 10);
    p[3] = '\0';
    return (size_t)(p + 3 - out);
}

/* @value in hundredths as "-123.45" into @buf of @size bytes, as
 * snprintf() would put it (truncated, NUL-terminated); its length. Money in
 * fen and rates in basis points are both hundredths. */
static size_t hundredths_into(int64_t value, char *buf, size_t size)
{
    char tmp[32];
    size_t n;

    if (size >= sizeof tmp)
        return budgetp_hundredths_format(value, buf);
    n = budgetp_hundredths_format(value, tmp);
    if (size > n) {
        memcpy(buf, tmp, n);
        buf[n] = '\0';
        return n;
    }
    return put_text(tmp, n, buf, size);
}

size_t budget_money_format(BudgetFen value, char *buf, size_t size)
{
    g_return_val_if_fail(buf != NULL || size == 0, 0);
    return hundredths_into(value, buf, size);
}

size_t budget_money_format_unit(BudgetFen value, BudgetMoneyUnit unit, bool thousands, char *buf, size_t size)
{
    char digits[32], frac[16], out[64];
    uint64_t mag = magnitude(value), whole, part;
    size_t nd, i, o = 0;
    int dec, nfrac;
    char *d;

    g_return_val_if_fail(buf != NULL || size == 0, 0);
    if (!unit_is_valid(unit)) {
        g_return_if_fail_warning(G_LOG_DOMAIN, G_STRFUNC, "unit_is_valid(unit)");
        return put_text("", 0, buf, size);
    }
    dec = unit_decimals[unit];
    whole = mag / unit_fen[unit];
    part = mag % unit_fen[unit];
    d = put_digits(whole, digits + sizeof digits);
    nd = (size_t)(digits + sizeof digits - d);
    /* @dec digits of @part, leading zeros kept, trailing ones dropped down to 2. */
    for (int k = dec - 1; k >= 0; k--) {
        frac[k] = (char)('0' + part % 10);
        part /= 10;
    }
    nfrac = dec;
    while (nfrac > 2 && frac[nfrac - 1] == '0')
        nfrac--;
    if (value < 0)
        out[o++] = '-';
    for (i = 0; i < nd; i++) {
        if (thousands && i > 0 && (nd - i) % 3 == 0)
            out[o++] = ',';
        out[o++] = d[i];
    }
    out[o++] = '.';
    memcpy(out + o, frac, (size_t)nfrac);
    o += (size_t)nfrac;
    out[o] = '\0';
    return put_text(out, o, buf, size);
}

bool budget_money_add(BudgetFen a, BudgetFen b, BudgetFen *out)
{
    g_return_val_if_fail(out != NULL, false);
    return budgetp_fen_add(a, b, out);
}

bool budget_money_sub(BudgetFen a, BudgetFen b, BudgetFen *out)
{
    g_return_val_if_fail(out != NULL, false);
    return budgetp_fen_sub(a, b, out);
}

bool budget_money_scale_micropct(BudgetFen amount, int64_t micropct, BudgetFen *out)
{
    __int128 r;

    g_return_val_if_fail(out != NULL, false);
    r = budgetp_div_round((__int128)amount * micropct, (__int128)BUDGET_MICROPCT_100);
    if (r > INT64_MAX || r < INT64_MIN)
        return false;
    *out = (BudgetFen)r;
    return true;
}

bool budget_money_rate_bp(BudgetFen numerator, BudgetFen denominator, int64_t *out_bp)
{
    __int128 r;

    g_return_val_if_fail(out_bp != NULL, false);
    if (denominator <= 0)
        return false;
    r = budgetp_div_round((__int128)numerator * BUDGET_BP_100, denominator);
    /* Only a huge numerator over a tiny denominator gets here; no int64 rate exists. */
    if (r > INT64_MAX || r < INT64_MIN)
        return false;
    *out_bp = (int64_t)r;
    return true;
}

size_t budget_money_rate_format(int64_t bp, char *buf, size_t size)
{
    g_return_val_if_fail(buf != NULL || size == 0, 0);
    return hundredths_into(bp, buf, size);
}

bool budget_money_percent_parse(const char *text, ptrdiff_t len, int64_t *out_micropct, BudgetError *error)
{
    const char *p, *end;
    NumberScan s;
    char small[96], *folded;
    int64_t value;
    size_t n, k;
    char *q;
    bool ok = false;

    budget_error_clear(error);
    budgetp_return_val_if_fail(text != NULL, false, error);
    budgetp_return_val_if_fail(out_micropct != NULL, false, error);
    /* -1 is the one negative length: NUL-terminated (api-conventions.md). */
    budgetp_return_val_if_fail(len >= -1, false, error);
    n = text_length(text, len);
    if (plain_decimal(text, n > 0 && text[n - 1] == '%' ? n - 1 : n, 6, 12, out_micropct))
        return true;
    p = text;
    end = text + n;
    trim(&p, &end);
    if (has_suffix(p, end, "％"))
        end -= strlen("％");
    else if (has_suffix(p, end, "%"))
        end -= 1;
    trim(&p, &end);
    folded = (size_t)(end - p) < sizeof small ? small : g_malloc((size_t)(end - p) + 1);
    k = fold_fullwidth(p, end, false, folded);
    scan_number(folded, folded + k, false, 6, &s);
    if (s.why != NULL) {
        q = quote_text(text, n);
        budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, NULL, "not a percentage: \"%s\" (%s)", q,
                          s.why);
        g_free(q);
    } else if (s.d.frac_digits > 6) {
        q = quote_text(text, n);
        budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, NULL,
                          "percentage \"%s\" has more than 6 decimals (it would need rounding)", q);
        g_free(q);
    } else if (s.d.overflow || !signed_value(s.negative, s.d.magnitude, &value)) {
        q = quote_text(text, n);
        budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, NULL, "percentage \"%s\" is too large",
                          q);
        g_free(q);
    } else {
        *out_micropct = value;
        ok = true;
    }
    if (folded != small)
        g_free(folded);
    return ok;
}

int64_t budget_money_micropct_to_bp(int64_t micropct)
{
    return (int64_t)budgetp_div_round(micropct, 10000); /* 1 bp = 10^4 micro-percent */
}
