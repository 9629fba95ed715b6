/* date: yyyymmdd calendar dates (proleptic Gregorian, years 1..9999), time progress. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "budget-private.h"

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
    n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
    if (buf != NULL && size > 0) {
        size_t k = MIN((size_t)n, size - 1);
        memcpy(buf, tmp, k);
        buf[k] = '\0';
    }
    return (size_t)n;
}

/* Reads 1..max ASCII digits at *p (stops at end); returns the count read. */
static int read_digits(const char **p, const char *end, int max, int *value)
{
    int n = 0;

    *value = 0;
    while (*p < end && n < max && **p >= '0' && **p <= '9') {
        *value = *value * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    return n;
}

static bool eat(const char **p, const char *end, const char *lit)
{
    size_t n = strlen(lit);

    if ((size_t)(end - *p) < n || memcmp(*p, lit, n) != 0)
        return false;
    *p += n;
    return true;
}

/* Recognizes the two forms; false if the text is neither. */
static bool scan_date(const char *p, const char *end, int *y, int *m, int *d)
{
    const char *start = p;

    if (read_digits(&p, end, 4, y) != 4)
        return false;
    if (p < end && *p == '-') {
        p++;
        if (read_digits(&p, end, 2, m) != 2 || !eat(&p, end, "-") || read_digits(&p, end, 2, d) != 2)
            return false;
        return p == end && end - start == 10;
    }
    if (!eat(&p, end, "年") || read_digits(&p, end, 2, m) < 1 || !eat(&p, end, "月") ||
        read_digits(&p, end, 2, d) < 1 || !eat(&p, end, "日"))
        return false;
    return p == end;
}

bool budget_date_parse(const char *text, ptrdiff_t len, BudgetDate *out, BudgetError *error)
{
    const char *p, *end;
    int y, m, d;
    char *shown;
    size_t n;

    budget_error_clear(error);
    budgetp_return_val_if_fail(text != NULL, false, error);
    budgetp_return_val_if_fail(out != NULL, false, error);
    n = len < 0 ? strlen(text) : (size_t)len;
    p = text;
    end = text + n;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        end--;
    if (!scan_date(p, end, &y, &m, &d)) {
        shown = g_utf8_make_valid(text, (gssize)n);
        budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, NULL,
                          "not a date: \"%s\" (expected YYYY-MM-DD or YYYY年M月D日)", shown);
        g_free(shown);
        return false;
    }
    if (!ymd_is_valid(y, m, d)) {
        shown = g_utf8_make_valid(text, (gssize)n);
        if (y < 1)
            budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL, "no such date: \"%s\" (year %d)",
                              shown, y);
        else if (m < 1 || m > 12)
            budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL, "no such date: \"%s\" (month %d)",
                              shown, m);
        else
            budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                              "no such date: \"%s\" (%04d-%02d has %d days)", shown, y, m,
                              budget_date_days_in_month(y, m));
        g_free(shown);
        return false;
    }
    *out = (BudgetDate)(y * 10000 + m * 100 + d);
    return true;
}

bool budget_date_time_progress_bp(int year, BudgetDate as_of, BudgetTimeMethod method, int64_t *out_bp)
{
    int y, m, elapsed, total;

    g_return_val_if_fail(out_bp != NULL, false);
    if (!budget_date_is_valid(as_of))
        return false;
    if (method != BUDGET_TIME_METHOD_DAYS && method != BUDGET_TIME_METHOD_MONTHS)
        return false;
    y = as_of / 10000;
    if (y < year) {
        *out_bp = 0;
        return true;
    }
    if (y > year) {
        *out_bp = BUDGET_BP_100;
        return true;
    }
    m = as_of / 100 % 100;
    if (method == BUDGET_TIME_METHOD_DAYS) {
        elapsed = budget_date_day_of_year(as_of);
        total = budget_date_days_in_year(year);
    } else {
        /* A month counts once its last day is reached. */
        elapsed = m - 1 + (as_of == budget_date_month_end(y, m) ? 1 : 0);
        total = 12;
    }
    *out_bp = (int64_t)budgetp_div_round((__int128)elapsed * BUDGET_BP_100, total);
    return true;
}
