/* date: yyyymmdd calendar dates (proleptic Gregorian, years 1..9999), time progress. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "budget-private.h"
#include "text-private.h"

bool budget_date_is_leap_year(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int budget_date_days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && budget_date_is_leap_year(year))
        return 29;
    return days[month - 1];
}

int budget_date_days_in_year(int year)
{
    return budget_date_is_leap_year(year) ? 366 : 365;
}

static bool ymd_is_valid(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= budget_date_days_in_month(year, month);
}

bool budget_date_from_ymd(int year, int month, int day, BudgetDate *out)
{
    g_return_val_if_fail(out != NULL, false);
    if (!ymd_is_valid(year, month, day))
        return false;
    *out = (BudgetDate)(year * 10000 + month * 100 + day);
    return true;
}

bool budget_date_is_valid(BudgetDate date)
{
    if (date < 0)
        return false;
    return ymd_is_valid(date / 10000, date / 100 % 100, date % 100);
}

int budget_date_get_year(BudgetDate date)
{
    g_return_val_if_fail(budget_date_is_valid(date), 0);
    return date / 10000;
}

int budget_date_get_month(BudgetDate date)
{
    g_return_val_if_fail(budget_date_is_valid(date), 0);
    return date / 100 % 100;
}

int budget_date_get_day(BudgetDate date)
{
    g_return_val_if_fail(budget_date_is_valid(date), 0);
    return date % 100;
}

BudgetDate budget_date_month_end(int year, int month)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return 0;
    return (BudgetDate)(year * 10000 + month * 100 + budget_date_days_in_month(year, month));
}

BudgetDate budget_date_today(void)
{
    /* GLib resolves and caches the local zone (TZ, else the system's) under
     * its own lock: no state of ours, safe from any thread. */
    GDateTime *now = g_date_time_new_now_local();
    BudgetDate today = 0;

    if (now != NULL) {
        if (!budget_date_from_ymd(g_date_time_get_year(now), g_date_time_get_month(now),
                                  g_date_time_get_day_of_month(now), &today))
            today = 0;
        g_date_time_unref(now);
    }
    return today;
}

static int day_of_year(int year, int month, int day)
{
    int m, n = day;

    for (m = 1; m < month; m++)
        n += budget_date_days_in_month(year, m);
    return n;
}

int budget_date_day_of_year(BudgetDate date)
{
    if (!budget_date_is_valid(date))
        return 0;
    return day_of_year(date / 10000, date / 100 % 100, date % 100);
}

/* Days since 31 December of year 0 (1 January of year 1 is day 1). */
static int32_t day_number(BudgetDate date)
{
    int y = date / 10000 - 1;

    return (int32_t)(365 * y + y / 4 - y / 100 + y / 400) + budget_date_day_of_year(date);
}

int32_t budget_date_diff_days(BudgetDate from, BudgetDate to)
{
    g_return_val_if_fail(budget_date_is_valid(from), 0);
    g_return_val_if_fail(budget_date_is_valid(to), 0);
    return day_number(to) - day_number(from);
}

size_t budget_date_format(BudgetDate date, char *buf, size_t size)
{
    char tmp[32];
    int n;

    g_return_val_if_fail(buf != NULL || size == 0, 0);
    if (buf != NULL && size > 0)
        buf[0] = '\0';
    /* An invalid date has no text: not "-9999--99--99". */
    g_return_val_if_fail(budget_date_is_valid(date), 0);
    n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
    if (buf != NULL && size > 0) {
        size_t k = MIN((size_t)n, size - 1);
        memcpy(buf, tmp, k);
        buf[k] = '\0';
    }
    return (size_t)n;
}

/* ---------------------------------------------------------------------
 * Reading dates. One scanner reads the accepted forms (DESIGN.md "Data
 * formats": 2024-03-31, 2024/3/31 as Chinese Excel writes it, 2024年3月31日;
 * the year always first) and, for any other text, says which part is wrong.
 * Full-width digits and separators (２０２４／７／１０) read as their ASCII
 * forms, as money cells do.
 * ------------------------------------------------------------------- */

#define DATE_FORMS "YYYY-MM-DD, YYYY/M/D or YYYY年M月D日"

/* Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 a 29
 * February 1900 that never was, so from serial 61 on, serial s is s days
 * after 1899-12-30. Every five-digit serial (10000 = 1927-05-18 ..
 * 99999 = 2173-10-13) is past 61. */
#define EXCEL_EPOCH 18991230

static const char *const month_names[12] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};

/* The part of the text still to read. */
typedef struct {
    const char *p, *end;
} Scan;

/* The character at s->p as ASCII: itself, or the ASCII character that a
 * full-width form (U+FF01..U+FF5E, UTF-8 EF BC 81..EF BD 9E) stands for;
 * 0 at the end and for any other character. *width: its length in bytes. */
static char peek(const Scan *s, int *width)
{
    const unsigned char *u = (const unsigned char *)s->p;
    ptrdiff_t left = s->end - s->p;

    *width = 1;
    if (left <= 0)
        return 0;
    if (u[0] < 0x80)
        return (char)u[0];
    if (left >= 3 && u[0] == 0xEF && u[2] >= 0x80 && u[2] <= 0xBF) {
        *width = 3;
        if (u[1] == 0xBC && u[2] >= 0x81)
            return (char)(u[2] - 0x60); /* U+FF01..FF3F → ! .. _ */
        if (u[1] == 0xBD && u[2] <= 0x9E)
            return (char)(u[2] - 0x20); /* U+FF40..FF5E → ` .. ~ */
    }
    return 0;
}

/* Takes the ASCII character @c, or its full-width form, if it comes next. */
static bool take(Scan *s, char c)
{
    int width;

    if (peek(s, &width) != c)
        return false;
    s->p += width;
    return true;
}

/* Takes the UTF-8 text @lit (年, 月, 日) if it comes next. */
static bool take_text(Scan *s, const char *lit)
{
    size_t n = strlen(lit);

    if ((size_t)(s->end - s->p) < n || memcmp(s->p, lit, n) != 0)
        return false;
    s->p += n;
    return true;
}

/* A run of digits as written. */
typedef struct {
    const char *start, *stop; /* its bytes in the text */
    size_t digits;            /* how many; 0 if none */
    int value;                /* of its first 9 digits */
} Number;

/* Reads a run of digits, ASCII or full-width (the module's one digit scanner). */
static void read_number(Scan *s, Number *num)
{
    int width;
    char c;

    num->start = s->p;
    num->digits = 0;
    num->value = 0;
    while ((c = peek(s, &width)) >= '0' && c <= '9') {
        if (num->digits < 9)
            num->value = num->value * 10 + (c - '0');
        num->digits++;
        s->p += width;
    }
    num->stop = s->p;
}

/* "%.*s" arguments for a number as written. */
#define NUM_ARGS(num) (int)((num).stop - (num).start), (num).start

/* The offending text for an error message, as seen: invisible and control
 * characters escaped, a long text cut in the middle (text-private.h). */
static char *quote_text(const char *text, size_t len)
{
    return budgetp_text_quote(text, (gssize)len, BUDGETP_TEXT_MESSAGE_MAX);
}

/* Refuses the text: "not a date" (PARSE) or "no such date" (RANGE), the
 * text as seen, and why. Returns false. */
static bool refuse(BudgetError *error, int code, const char *text, size_t n, const char *why_format, ...)
    G_GNUC_PRINTF(5, 6);
static bool refuse(BudgetError *error, int code, const char *text, size_t n, const char *why_format, ...)
{
    va_list args;
    char *shown, *why;

    if (error == NULL)
        return false;
    va_start(args, why_format);
    why = g_strdup_vprintf(why_format, args);
    va_end(args);
    shown = quote_text(text, n);
    budgetp_error_set(error, code, NULL, 0, 0, NULL, "%s: \"%s\" (%s)",
                      code == BUDGET_ERROR_RANGE ? "no such date" : "not a date", shown, why);
    g_free(shown);
    g_free(why);
    return false;
}

/* The date of a day number (the inverse of day_number), for the years of
 * Excel serials. */
static BudgetDate date_of_day_number(int32_t n)
{
    int y = (int)((int64_t)n * 400 / 146097) + 1, m = 1;

    while (y > 1 && day_number(y * 10000 + 101) > n)
        y--;
    while (y < 9999 && day_number((y + 1) * 10000 + 101) <= n)
        y++;
    n -= day_number(y * 10000 + 101) - 1; /* day of the year */
    while (n > budget_date_days_in_month(y, m)) {
        n -= budget_date_days_in_month(y, m);
        m++;
    }
    return (BudgetDate)(y * 10000 + m * 100 + n);
}

/* A number alone (45483, 45483.5, 20240315, 2024) is never read as a date;
 * the message says what it may be. */
static bool refuse_number(const Number *num, bool decimals, const char *text, size_t n, BudgetError *error)
{
    char shown[16];
    int v = num->value;

    if (num->digits == 5 && v >= 10000) {
        budget_date_format(date_of_day_number(day_number(EXCEL_EPOCH) + v), shown, sizeof shown);
        return refuse(
            error, BUDGET_ERROR_PARSE, text, n,
            "it looks like Excel's serial number for %s (1900 date system): format the column as a date, "
            "e.g. yyyy/m/d, and export again",
            shown);
    }
    if (num->digits == 8 && !decimals && ymd_is_valid(v / 10000, v / 100 % 100, v % 100))
        return refuse(
            error, BUDGET_ERROR_PARSE, text, n,
            "digits without separators are not read as a date; if it means %04d-%02d-%02d, write that",
            v / 10000, v / 100 % 100, v % 100);
    return refuse(error, BUDGET_ERROR_PARSE, text, n, "a number alone is not a date; write " DATE_FORMS);
}

/* Day and month before the year (10/7/2024, 3/31/2024, 10-07-2024): which
 * is which cannot be known, so the form is refused even where only one
 * reading exists; the message names both readings when both exist. */
static bool refuse_year_last(const Number *a, const Number *b, const Number *year, const char *text, size_t n,
                             BudgetError *error)
{
    int y = year->value;

    if (a->value != b->value && ymd_is_valid(y, a->value, b->value) && ymd_is_valid(y, b->value, a->value))
        return refuse(error, BUDGET_ERROR_PARSE, text, n,
                      "the year comes last, so the order of day and month cannot be known: %04d-%02d-%02d or "
                      "%04d-%02d-%02d? Write the year first: YYYY-MM-DD or YYYY/M/D",
                      y, b->value, a->value, y, a->value, b->value);
    return refuse(error, BUDGET_ERROR_PARSE, text, n,
                  "the year comes last, so the order of day and month cannot be known; write the year first: "
                  "YYYY-MM-DD or YYYY/M/D");
}

/* A time of day after the date, as written. */
typedef struct {
    bool given;
    const char *start, *stop;
    Number hour, minute, second;
} Clock;

/* After the date: nothing, or a time of day as Excel and accounting systems
 * export it (2024/7/10 0:00, 2024-07-10 00:00:00, 2024-07-10T08:30:15.000):
 * H:MM or H:MM:SS, seconds perhaps with decimals, after spaces or a T. Its
 * shape is checked here and its values by the caller; it is otherwise
 * ignored, the ledger being daily. A time zone is not read: it could move
 * the day. */
static bool scan_time(Scan *s, Clock *t, const char *text, size_t n, BudgetError *error)
{
    Number decimals;
    const char *after;
    bool spaced = false, seconds;
    char *rest;

    memset(t, 0, sizeof *t);
    if (s->p == s->end)
        return true;
    while (take(s, ' ') || take(s, '\t'))
        spaced = true;
    after = s->p;
    if (spaced || take(s, 'T')) {
        t->start = s->p;
        read_number(s, &t->hour);
        t->given = t->hour.digits > 0 && take(s, ':');
    }
    if (!t->given) {
        rest = quote_text(after, (size_t)(s->end - after));
        refuse(error, BUDGET_ERROR_PARSE, text, n, "unexpected \"%s\" after the date", rest);
        g_free(rest);
        return false;
    }
    read_number(s, &t->minute);
    seconds = take(s, ':');
    if (seconds)
        read_number(s, &t->second);
    decimals.digits = 1;
    if (seconds && t->second.digits == 2 && take(s, '.'))
        read_number(s, &decimals);
    t->stop = s->p;
    if (t->hour.digits > 2 || t->minute.digits != 2 || (seconds && t->second.digits != 2) ||
        decimals.digits == 0) {
        rest = quote_text(t->start, (size_t)(s->end - t->start));
        refuse(error, BUDGET_ERROR_PARSE, text, n, "the time of day \"%s\" is not H:MM or H:MM:SS", rest);
        g_free(rest);
        return false;
    }
    if (s->p != s->end) {
        rest = quote_text(s->p, (size_t)(s->end - s->p));
        refuse(error, BUDGET_ERROR_PARSE, text, n, "unexpected \"%s\" after the time of day", rest);
        g_free(rest);
        return false;
    }
    return true;
}

/* Reads a date that fills [s->p, s->end) (the text trimmed); @text and @n
 * are the whole text, for messages. The shape is checked whole before any
 * value: a malformed text is PARSE, a well-formed impossible one RANGE. */
static bool read_date(Scan *s, const char *text, size_t n, BudgetDate *out, BudgetError *error)
{
    Number y, m, d;
    Clock t;
    Scan look;
    char sep = 0, sep2;
    int width;
    bool chinese = false;

    if (s->p == s->end)
        return refuse(error, BUDGET_ERROR_PARSE, text, n, "it is empty; write " DATE_FORMS);
    read_number(s, &y);
    if (y.digits == 0)
        return refuse(error, BUDGET_ERROR_PARSE, text, n, "expected " DATE_FORMS);
    /* A number alone, perhaps with decimals (45483.5: Excel's date and time). */
    if (s->p == s->end)
        return refuse_number(&y, false, text, n, error);
    look = *s;
    if (take(&look, '.')) {
        read_number(&look, &m);
        if (m.digits > 0 && look.p == look.end)
            return refuse_number(&y, true, text, n, error);
    }

    if (take_text(s, "年")) {
        chinese = true;
        read_number(s, &m);
        if (m.digits == 0 || !take_text(s, "月"))
            return refuse(error, BUDGET_ERROR_PARSE, text, n, "expected YYYY年M月D日");
        read_number(s, &d);
        if (d.digits == 0 || !take_text(s, "日"))
            return refuse(error, BUDGET_ERROR_PARSE, text, n, "expected YYYY年M月D日");
    } else {
        sep = peek(s, &width);
        if (sep != '-' && sep != '/' && sep != '.')
            return refuse(error, BUDGET_ERROR_PARSE, text, n, "expected " DATE_FORMS);
        s->p += width;
        read_number(s, &m);
        sep2 = peek(s, &width);
        if (m.digits == 0 || (sep2 != '-' && sep2 != '/' && sep2 != '.'))
            return refuse(error, BUDGET_ERROR_PARSE, text, n, "expected " DATE_FORMS);
        s->p += width;
        read_number(s, &d);
        if (d.digits == 0)
            return refuse(error, BUDGET_ERROR_PARSE, text, n, "expected " DATE_FORMS);
        if (sep2 != sep)
            return refuse(error, BUDGET_ERROR_PARSE, text, n,
                          "it mixes the separators '%c' and '%c'; write " DATE_FORMS, sep, sep2);
    }

    /* The order of the parts, and their digits. */
    if (!chinese && y.digits <= 2 && d.digits == 4)
        return refuse_year_last(&y, &m, &d, text, n, error);
    if (y.digits <= 2 && m.digits <= 2 && d.digits <= 2)
        return chinese ? refuse(error, BUDGET_ERROR_PARSE, text, n,
                                "the year \"%.*s\" is not written with four digits, so its century cannot be "
                                "known; write all four",
                                NUM_ARGS(y))
                       : refuse(error, BUDGET_ERROR_PARSE, text, n,
                                "the year is not written with four digits, so neither its century nor the "
                                "order of the parts can be known; write a four-digit year first: "
                                "YYYY-MM-DD or YYYY/M/D");
    if (y.digits != 4)
        return refuse(error, BUDGET_ERROR_PARSE, text, n,
                      "the year \"%.*s\" has %zu digits; write it with four, first", NUM_ARGS(y), y.digits);
    if (sep == '.')
        return refuse(error, BUDGET_ERROR_PARSE, text, n,
                      "dots are not read as date separators; write YYYY-MM-DD or YYYY/M/D");
    if (m.digits > 2)
        return refuse(error, BUDGET_ERROR_PARSE, text, n,
                      "the month \"%.*s\" has %zu digits; write one or two", NUM_ARGS(m), m.digits);
    if (d.digits > 2)
        return refuse(error, BUDGET_ERROR_PARSE, text, n, "the day \"%.*s\" has %zu digits; write one or two",
                      NUM_ARGS(d), d.digits);
    if (!scan_time(s, &t, text, n, error))
        return false;

    /* The values. */
    if (y.value == 0)
        return refuse(error, BUDGET_ERROR_RANGE, text, n, "there is no year 0: years run from 0001 to 9999");
    if (m.value < 1 || m.value > 12)
        return refuse(error, BUDGET_ERROR_RANGE, text, n, "there is no month %d", m.value);
    if (d.value < 1)
        return refuse(error, BUDGET_ERROR_RANGE, text, n, "there is no day 0");
    if (d.value > budget_date_days_in_month(y.value, m.value)) {
        if (m.value == 2 && d.value == 29)
            return refuse(error, BUDGET_ERROR_RANGE, text, n,
                          "February %d has 28 days: %d is not a leap year", y.value, y.value);
        return refuse(error, BUDGET_ERROR_RANGE, text, n, "%s %d has %d days", month_names[m.value - 1],
                      y.value, budget_date_days_in_month(y.value, m.value));
    }
    if (t.given && (t.hour.value > 23 || t.minute.value > 59 || t.second.value > 59))
        return refuse(error, BUDGET_ERROR_RANGE, text, n, "there is no time of day %.*s",
                      (int)(t.stop - t.start), t.start);
    *out = (BudgetDate)(y.value * 10000 + m.value * 100 + d.value);
    return true;
}

bool budget_date_parse(const char *text, ptrdiff_t len, BudgetDate *out, BudgetError *error)
{
    Scan s;
    size_t n;

    budget_error_clear(error);
    budgetp_return_val_if_fail(text != NULL, false, error);
    budgetp_return_val_if_fail(out != NULL, false, error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    n = len < 0 ? strlen(text) : (size_t)len;
    s.p = text;
    s.end = text + n;
    while (s.p < s.end && (*s.p == ' ' || *s.p == '\t' || *s.p == '\r' || *s.p == '\n'))
        s.p++;
    while (s.end > s.p && (s.end[-1] == ' ' || s.end[-1] == '\t' || s.end[-1] == '\r' || s.end[-1] == '\n'))
        s.end--;
    return read_date(&s, text, n, out, error);
}

void budgetp_date_elapsed(int year, BudgetDate as_of, BudgetTimeMethod method, int *elapsed, int *total)
{
    int y = as_of / 10000, m = as_of / 100 % 100;

    *total = method == BUDGET_TIME_METHOD_DAYS ? budget_date_days_in_year(year) : 12;
    if (y < year)
        *elapsed = 0;
    else if (y > year)
        *elapsed = *total;
    else if (method == BUDGET_TIME_METHOD_DAYS)
        *elapsed = budget_date_day_of_year(as_of);
    else /* A month counts once its last day is reached. */
        *elapsed = m - 1 + (as_of == budget_date_month_end(y, m) ? 1 : 0);
}

bool budget_date_time_progress_bp(int year, BudgetDate as_of, BudgetTimeMethod method, int64_t *out_bp)
{
    int elapsed, total;

    g_return_val_if_fail(out_bp != NULL, false);
    if (!budget_date_is_valid(as_of))
        return false;
    g_return_val_if_fail((unsigned)method < BUDGET_TIME_METHOD_N, false);
    budgetp_date_elapsed(year, as_of, method, &elapsed, &total);
    *out_bp = (int64_t)budgetp_div_round((__int128)elapsed * BUDGET_BP_100, total);
    return true;
}
