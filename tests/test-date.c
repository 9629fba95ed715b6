/* CUnit suite for date: parsing, calendar arithmetic, time progress. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

/* Parses @text (NUL-terminated, and again with its length) and checks the
 * date and a cleared error. Reports the caller's line. */
#define check_parse(text, expected) check_parse_at((text), (expected), __LINE__)
static void check_parse_at(const char *text, BudgetDate expected, unsigned int at)
{
    BudgetError err, err_len;
    BudgetDate d = 1, d_len = 1;
    bool ok = budget_date_parse(text, -1, &d, &err);
    bool ok_len = budget_date_parse(text, (ptrdiff_t)strlen(text), &d_len, &err_len);
    char what[512];

    snprintf(what, sizeof what, "budget_date_parse(\"%s\") = %d, expected %d (code %d: %s)", text, (int)d,
             (int)expected, err.code, err.message);
    CU_assertImplementation(ok && d == expected && err.code == BUDGET_ERROR_OK && err.message[0] == '\0', at,
                            what, __FILE__, "", CU_FALSE);
    CU_assertImplementation(ok_len && d_len == expected, at, "same with an explicit length", __FILE__, "",
                            CU_FALSE);
}

/* Checks that @text is refused with @code, no location, @out untouched and
 * exactly @message (or, for NULL, a message that quotes the text).
 * Reports the caller's line. */
#define check_refused(text, code, message) check_refused_at((text), (code), (message), __LINE__)
static void check_refused_at(const char *text, int code, const char *message, unsigned int at)
{
    BudgetError err;
    BudgetDate d = 1;
    bool ok = budget_date_parse(text, -1, &d, &err);
    bool said = message != NULL ? strcmp(err.message, message) == 0 : strstr(err.message, text) != NULL;
    char what[768];

    snprintf(what, sizeof what, "budget_date_parse(\"%s\"): expected code %d \"%s\", got %s, code %d \"%s\"",
             text, code, message != NULL ? message : "(quoting the text)", ok ? "success" : "failure",
             err.code, err.message);
    CU_assertImplementation(!ok && d == 1 && err.code == code && said, at, what, __FILE__, "", CU_FALSE);
    assert_error_at(&err, code, 0, 0, "", __FILE__, at);
}

static void test_date_parse(void)
{
    BudgetError err;
    BudgetDate d;

    check_parse("2024-03-31", 20240331);
    check_parse("2024年3月31日", 20240331);
    check_parse("2024年03月31日", 20240331);
    check_parse("2024年12月1日", 20241201);
    check_parse(" 2024-02-29 ", 20240229); /* leap day; spaces ignored */
    check_parse("\t2024年2月29日\r\n", 20240229);
    check_parse("2000-02-29", 20000229); /* 2000 is divisible by 400: leap */
    check_parse("0001-01-01", 10101);
    check_parse("9999-12-31", 99991231);
    /* Explicit length: the first 10 bytes. */
    CU_ASSERT_TRUE(budget_date_parse("2024-08-31T00:00", 10, &d, &err));
    CU_ASSERT_EQUAL(d, 20240831);
    /* A NUL inside the length is text after the date, shown as an escape;
     * so are bytes that are not UTF-8. */
    CU_ASSERT_FALSE(budget_date_parse("2024-08-31\0", 11, &d, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "");
    CU_ASSERT_STRING_EQUAL(err.message,
                           "not a date: \"2024-08-31\\x00\" (unexpected \"\\x00\" after the date)");
    check_refused("2024-08-31\xff", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-08-31\\xff\" (unexpected \"\\xff\" after the date)");

    /* Not a date form: PARSE. */
    check_refused("N/A", BUDGET_ERROR_PARSE,
                  "not a date: \"N/A\" (expected YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)");
    check_refused("", BUDGET_ERROR_PARSE,
                  "not a date: \"\" (it is empty; write YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)");
    check_refused("   ", BUDGET_ERROR_PARSE,
                  "not a date: \"   \" (it is empty; write YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)");
    check_refused("2024-03-15x", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-03-15x\" (unexpected \"x\" after the date)");
    check_refused("2024-03-15 abc", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-03-15 abc\" (unexpected \"abc\" after the date)");
    check_refused("2024年3月31", BUDGET_ERROR_PARSE, "not a date: \"2024年3月31\" (expected YYYY年M月D日)");
    check_refused("2024年月1日", BUDGET_ERROR_PARSE, "not a date: \"2024年月1日\" (expected YYYY年M月D日)");
    check_refused("2024年003月1日", BUDGET_ERROR_PARSE,
                  "not a date: \"2024年003月1日\" (the month \"003\" has 3 digits; write one or two)");
    check_refused("2024-003-01", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-003-01\" (the month \"003\" has 3 digits; write one or two)");
    check_refused("2024-03-001", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-03-001\" (the day \"001\" has 3 digits; write one or two)");
    check_refused("20245-1-1", BUDGET_ERROR_PARSE,
                  "not a date: \"20245-1-1\" (the year \"20245\" has 5 digits; write it with four, first)");
    check_refused("224/7/10", BUDGET_ERROR_PARSE,
                  "not a date: \"224/7/10\" (the year \"224\" has 3 digits; write it with four, first)");
    check_refused("2024-03", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-03\" (expected YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)");
    check_refused("2024-03-", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-03-\" (expected YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)");
    check_refused(
        "2024/7-10", BUDGET_ERROR_PARSE,
        "not a date: \"2024/7-10\" (it mixes the separators '/' and '-'; write YYYY-MM-DD, YYYY/M/D "
        "or YYYY年M月D日)");
    check_refused("2024.7.10", BUDGET_ERROR_PARSE,
                  "not a date: \"2024.7.10\" (dots are not read as date separators; write YYYY-MM-DD or "
                  "YYYY/M/D)");
    check_refused("2024-07-10-1", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-07-10-1\" (unexpected \"-1\" after the date)");
    /* Invisible characters are shown as escapes: a trailing NBSP (U+00A0), a
     * zero-width space (U+200B). */
    check_refused("2024-07-10\xc2\xa0", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-07-10\\u00a0\" (unexpected \"\\u00a0\" after the date)");
    check_refused("\xe2\x80\x8b"
                  "2024-07-10",
                  BUDGET_ERROR_PARSE,
                  "not a date: \"\\u200b2024-07-10\" (expected YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)");
    CU_ASSERT_FALSE(budget_date_parse("2024-02-30", -1, &d, NULL)); /* error may be NULL */
    CU_ASSERT_FALSE(budget_date_parse("10/7/2024", -1, &d, NULL));

    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_date_parse(NULL, -1, &d, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_date_parse("2024-01-01", -1, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
}

/* A well-formed date that does not exist: RANGE, naming the wrong part. */
static void test_date_parse_no_such_day(void)
{
    /* 2024 is a leap year (divisible by 4, not by 100): February has 29 days. */
    check_refused("2024-02-30", BUDGET_ERROR_RANGE,
                  "no such date: \"2024-02-30\" (February 2024 has 29 days)");
    check_refused("2024/2/30", BUDGET_ERROR_RANGE, "no such date: \"2024/2/30\" (February 2024 has 29 days)");
    check_refused("2024年2月30日", BUDGET_ERROR_RANGE,
                  "no such date: \"2024年2月30日\" (February 2024 has 29 days)");
    /* 2023 is not divisible by 4; 2100 is divisible by 100 but not 400. */
    check_refused("2023-02-29", BUDGET_ERROR_RANGE,
                  "no such date: \"2023-02-29\" (February 2023 has 28 days: 2023 is not a leap year)");
    check_refused("2100-02-29", BUDGET_ERROR_RANGE,
                  "no such date: \"2100-02-29\" (February 2100 has 28 days: 2100 is not a leap year)");
    check_refused("2023-02-30", BUDGET_ERROR_RANGE,
                  "no such date: \"2023-02-30\" (February 2023 has 28 days)");
    check_refused("2024-04-31", BUDGET_ERROR_RANGE, "no such date: \"2024-04-31\" (April 2024 has 30 days)");
    check_refused("2024-01-32", BUDGET_ERROR_RANGE,
                  "no such date: \"2024-01-32\" (January 2024 has 31 days)");
    check_refused("2024-13-05", BUDGET_ERROR_RANGE, "no such date: \"2024-13-05\" (there is no month 13)");
    check_refused("2024-00-10", BUDGET_ERROR_RANGE, "no such date: \"2024-00-10\" (there is no month 0)");
    check_refused("2024/0/10", BUDGET_ERROR_RANGE, "no such date: \"2024/0/10\" (there is no month 0)");
    check_refused("2024-01-00", BUDGET_ERROR_RANGE, "no such date: \"2024-01-00\" (there is no day 0)");
    check_refused("0000-01-01", BUDGET_ERROR_RANGE,
                  "no such date: \"0000-01-01\" (there is no year 0: years run from 0001 to 9999)");
    /* Times of day are checked too. */
    check_refused("2024-01-01 24:00", BUDGET_ERROR_RANGE,
                  "no such date: \"2024-01-01 24:00\" (there is no time of day 24:00)");
    check_refused("2024/1/1 9:60", BUDGET_ERROR_RANGE,
                  "no such date: \"2024/1/1 9:60\" (there is no time of day 9:60)");
    check_refused("2024-01-01 23:59:60", BUDGET_ERROR_RANGE,
                  "no such date: \"2024-01-01 23:59:60\" (there is no time of day 23:59:60)");
    /* The shape is checked whole first: text after an impossible day is PARSE. */
    check_refused("2024-02-30x", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-02-30x\" (unexpected \"x\" after the date)");
}

/* Dates as Chinese Excel and accounting systems export them. */
static void test_date_parse_excel_forms(void)
{
    /* Year first with / or -, month and day in one or two digits. */
    check_parse("2024/7/10", 20240710);
    check_parse("2024/07/10", 20240710);
    check_parse("2024/7/01", 20240701);
    check_parse("2024/12/31", 20241231);
    check_parse("2024-7-10", 20240710);
    check_parse("2024-07-1", 20240701);
    check_parse("2024/2/29", 20240229); /* leap day */
    check_parse(" 2024/3/31\r\n", 20240331);
    /* Full-width digits and separators (U+FF10..FF19, ／ U+FF0F, － U+FF0D), as money reads them. */
    check_parse("２０２４／７／１０", 20240710);
    check_parse("２０２４－０７－１０", 20240710);
    check_parse("２０２４年７月１０日", 20240710);
    check_parse("2024／7/10", 20240710); /* the same separator, written two ways */
    /* A time of day, as a date-time cell exports: checked, then ignored. */
    check_parse("2024/7/10 0:00", 20240710);
    check_parse("2024/7/10 0:00:00", 20240710);
    check_parse("2024-07-10 00:00:00", 20240710);
    check_parse("2024-07-10 23:59:59", 20240710); /* still 10 July: the day is what counts */
    check_parse("2024-07-10 00:00:00.000", 20240710);
    check_parse("2024-07-10T08:30", 20240710);
    check_parse("2024-07-10T08:30:15.25", 20240710);
    check_parse("2024年7月10日 9:05", 20240710);
    check_parse("2024/7/10 ０：００", 20240710); /* full-width digits and colon (U+FF1A) */

    /* A time that is not H:MM or H:MM:SS, or anything after it, is refused. */
    check_refused("2024-01-01 1:5", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-01-01 1:5\" (the time of day \"1:5\" is not H:MM or H:MM:SS)");
    check_refused("2024-01-01 100:00", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-01-01 100:00\" (the time of day \"100:00\" is not H:MM or H:MM:SS)");
    check_refused("2024-01-01 10:00:", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-01-01 10:00:\" (the time of day \"10:00:\" is not H:MM or H:MM:SS)");
    check_refused("2024-01-01 10:00:00.", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-01-01 10:00:00.\" (the time of day \"10:00:00.\" is not H:MM or "
                  "H:MM:SS)");
    check_refused("2024-01-01 10", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-01-01 10\" (unexpected \"10\" after the date)");
    check_refused("2024-01-01T", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-01-01T\" (unexpected \"T\" after the date)");
    /* A time zone could move the day: refused. */
    check_refused("2024-07-10T23:30:00Z", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-07-10T23:30:00Z\" (unexpected \"Z\" after the time of day)");
    check_refused("2024-07-10 23:30+08:00", BUDGET_ERROR_PARSE,
                  "not a date: \"2024-07-10 23:30+08:00\" (unexpected \"+08:00\" after the time of day)");
    check_refused("2024/7/10 12:00 AM", BUDGET_ERROR_PARSE,
                  "not a date: \"2024/7/10 12:00 AM\" (unexpected \" AM\" after the time of day)");
}

/* Day or month first, and two-digit years: the order of the parts cannot be
 * known, so the form is refused (DESIGN.md "Data formats"), saying why. */
static void test_date_parse_year_not_first(void)
{
    /* 10/7/2024 reads as 10 July (day first) or 7 October (month first). */
    check_refused("10/7/2024", BUDGET_ERROR_PARSE,
                  "not a date: \"10/7/2024\" (the year comes last, so the order of day and month cannot be "
                  "known: 2024-07-10 or 2024-10-07? Write the year first: YYYY-MM-DD or YYYY/M/D)");
    check_refused("10-07-2024", BUDGET_ERROR_PARSE,
                  "not a date: \"10-07-2024\" (the year comes last, so the order of day and month cannot be "
                  "known: 2024-07-10 or 2024-10-07? Write the year first: YYYY-MM-DD or YYYY/M/D)");
    /* 3/31/2024 and 31/3/2024 have one reading each (there is no month 31),
     * and are refused all the same: the column's other dates may not. */
    check_refused("3/31/2024", BUDGET_ERROR_PARSE,
                  "not a date: \"3/31/2024\" (the year comes last, so the order of day and month cannot be "
                  "known; write the year first: YYYY-MM-DD or YYYY/M/D)");
    check_refused("31/3/2024", BUDGET_ERROR_PARSE,
                  "not a date: \"31/3/2024\" (the year comes last, so the order of day and month cannot be "
                  "known; write the year first: YYYY-MM-DD or YYYY/M/D)");
    check_refused("15/03/2024", BUDGET_ERROR_PARSE, NULL);
    check_refused("5/5/2024", BUDGET_ERROR_PARSE, NULL); /* both readings the same day: refused as a form */
    check_refused(
        "１０／７／２０２４", BUDGET_ERROR_PARSE,
        "not a date: \"１０／７／２０２４\" (the year comes last, so the order of day and month cannot "
        "be known: 2024-07-10 or 2024-10-07? Write the year first: YYYY-MM-DD or YYYY/M/D)");
    /* Two-digit years: neither the century nor the order can be known. */
    check_refused("24/7/10", BUDGET_ERROR_PARSE,
                  "not a date: \"24/7/10\" (the year is not written with four digits, so neither its century "
                  "nor the order of the parts can be known; write a four-digit year first: YYYY-MM-DD or "
                  "YYYY/M/D)");
    check_refused("24-07-10", BUDGET_ERROR_PARSE, NULL);
    check_refused("10/7/24", BUDGET_ERROR_PARSE, NULL);
    check_refused(
        "24年7月10日", BUDGET_ERROR_PARSE,
        "not a date: \"24年7月10日\" (the year \"24\" is not written with four digits, so its century "
        "cannot be known; write all four)");
}

/* A number alone is never read as a date. A five-digit one is most likely a
 * date cell that Excel exported as its serial number: the message names the
 * date in Excel's 1900 system (serial 1 = 1900-01-01, and the phantom
 * 1900-02-29 is serial 60, so serial s >= 61 is 1899-12-30 + s days). */
static void test_date_parse_numbers(void)
{
    /* 45483: 1899-12-30 + 45483 days. 1900-01-01 .. 2024-01-01 is 124 years
     * with 30 leap days (1904 .. 2020; 1900 is not) = 45290 days, so 2024-01-01
     * is 1899-12-30 + 2 + 45290 = serial 45292, and 2024-07-10 is day 192 of
     * 2024 (31+29+31+30+31+30+10), serial 45292 + 191 = 45483. */
    check_refused(
        "45483", BUDGET_ERROR_PARSE,
        "not a date: \"45483\" (it looks like Excel's serial number for 2024-07-10 (1900 date system): "
        "format the column as a date, e.g. yyyy/m/d, and export again)");
    /* A date-time serial: the fraction is the time of day. */
    check_refused("45483.5", BUDGET_ERROR_PARSE,
                  "not a date: \"45483.5\" (it looks like Excel's serial number for 2024-07-10 (1900 date "
                  "system): format the column as a date, e.g. yyyy/m/d, and export again)");
    /* 45292 = 2024-01-01 (above); 45291 = 2023-12-31. */
    check_refused(
        "45292", BUDGET_ERROR_PARSE,
        "not a date: \"45292\" (it looks like Excel's serial number for 2024-01-01 (1900 date system): "
        "format the column as a date, e.g. yyyy/m/d, and export again)");
    check_refused(
        "45291", BUDGET_ERROR_PARSE,
        "not a date: \"45291\" (it looks like Excel's serial number for 2023-12-31 (1900 date system): "
        "format the column as a date, e.g. yyyy/m/d, and export again)");
    /* The five-digit range: 10000 = 1927-05-18 and 99999 = 2173-10-13 (as
     * Excel and Python's date(1899, 12, 30) + timedelta(days=s) give). */
    check_refused(
        "10000", BUDGET_ERROR_PARSE,
        "not a date: \"10000\" (it looks like Excel's serial number for 1927-05-18 (1900 date system): "
        "format the column as a date, e.g. yyyy/m/d, and export again)");
    check_refused(
        "99999", BUDGET_ERROR_PARSE,
        "not a date: \"99999\" (it looks like Excel's serial number for 2173-10-13 (1900 date system): "
        "format the column as a date, e.g. yyyy/m/d, and export again)");
    /* Other numbers. */
    check_refused("20240315", BUDGET_ERROR_PARSE,
                  "not a date: \"20240315\" (digits without separators are not read as a date; if it means "
                  "2024-03-15, write that)");
    check_refused("20240230", BUDGET_ERROR_PARSE,
                  "not a date: \"20240230\" (a number alone is not a date; write YYYY-MM-DD, YYYY/M/D or "
                  "YYYY年M月D日)");
    check_refused("2024", BUDGET_ERROR_PARSE,
                  "not a date: \"2024\" (a number alone is not a date; write YYYY-MM-DD, YYYY/M/D or "
                  "YYYY年M月D日)");
    check_refused("01234", BUDGET_ERROR_PARSE, NULL); /* five digits, but not a serial Excel writes */
    check_refused("4548", BUDGET_ERROR_PARSE, NULL);
    check_refused("454830", BUDGET_ERROR_PARSE, NULL);
    check_refused("45483.", BUDGET_ERROR_PARSE, NULL);
}

static void test_date_from_ymd(void)
{
    BudgetDate d = 1;

    CU_ASSERT_TRUE(budget_date_from_ymd(2024, 2, 29, &d));
    CU_ASSERT_EQUAL(d, 20240229);
    CU_ASSERT_TRUE(budget_date_from_ymd(1, 1, 1, &d));
    CU_ASSERT_EQUAL(d, 10101);
    d = 1;
    CU_ASSERT_FALSE(budget_date_from_ymd(2023, 2, 29, &d));
    CU_ASSERT_FALSE(budget_date_from_ymd(0, 1, 1, &d));
    CU_ASSERT_FALSE(budget_date_from_ymd(10000, 1, 1, &d));
    CU_ASSERT_FALSE(budget_date_from_ymd(2024, 0, 1, &d));
    CU_ASSERT_FALSE(budget_date_from_ymd(2024, 12, 32, &d));
    CU_ASSERT_FALSE(budget_date_from_ymd(2024, 6, -1, &d));
    CU_ASSERT_EQUAL(d, 1);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_date_from_ymd(2024, 1, 1, NULL)));
}

static void test_date_is_valid_and_parts(void)
{
    CU_ASSERT_TRUE(budget_date_is_valid(20240229));
    CU_ASSERT_TRUE(budget_date_is_valid(20000229));
    CU_ASSERT_TRUE(budget_date_is_valid(99991231));
    CU_ASSERT_FALSE(budget_date_is_valid(20230229));
    CU_ASSERT_FALSE(budget_date_is_valid(21000229));
    CU_ASSERT_FALSE(budget_date_is_valid(0));
    CU_ASSERT_FALSE(budget_date_is_valid(-20240101));
    CU_ASSERT_FALSE(budget_date_is_valid(20241301));
    CU_ASSERT_FALSE(budget_date_is_valid(100000101)); /* year 10000 */

    CU_ASSERT_EQUAL(budget_date_get_year(20240831), 2024);
    CU_ASSERT_EQUAL(budget_date_get_month(20240831), 8);
    CU_ASSERT_EQUAL(budget_date_get_day(20240831), 31);
    CU_ASSERT_EQUAL(budget_date_get_year(10101), 1);
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_date_get_year(20240230), 0));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_date_get_month(0), 0));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_date_get_day(20241301), 0));
}

static void test_date_calendar(void)
{
    CU_ASSERT_TRUE(budget_date_is_leap_year(2024));
    CU_ASSERT_TRUE(budget_date_is_leap_year(2000));
    CU_ASSERT_TRUE(budget_date_is_leap_year(2400));
    CU_ASSERT_FALSE(budget_date_is_leap_year(1900));
    CU_ASSERT_FALSE(budget_date_is_leap_year(2100));
    CU_ASSERT_FALSE(budget_date_is_leap_year(2023));

    CU_ASSERT_EQUAL(budget_date_days_in_month(2024, 2), 29);
    CU_ASSERT_EQUAL(budget_date_days_in_month(2023, 2), 28);
    CU_ASSERT_EQUAL(budget_date_days_in_month(2100, 2), 28);
    CU_ASSERT_EQUAL(budget_date_days_in_month(2000, 2), 29);
    CU_ASSERT_EQUAL(budget_date_days_in_month(2024, 4), 30);
    CU_ASSERT_EQUAL(budget_date_days_in_month(2024, 1), 31);
    CU_ASSERT_EQUAL(budget_date_days_in_month(2024, 12), 31);
    CU_ASSERT_EQUAL(budget_date_days_in_month(2024, 0), 0);
    CU_ASSERT_EQUAL(budget_date_days_in_month(2024, 13), 0);

    CU_ASSERT_EQUAL(budget_date_days_in_year(2024), 366);
    CU_ASSERT_EQUAL(budget_date_days_in_year(2023), 365);
    CU_ASSERT_EQUAL(budget_date_days_in_year(2100), 365);
    CU_ASSERT_EQUAL(budget_date_days_in_year(2000), 366);

    CU_ASSERT_EQUAL(budget_date_month_end(2024, 2), 20240229);
    CU_ASSERT_EQUAL(budget_date_month_end(2023, 2), 20230228);
    CU_ASSERT_EQUAL(budget_date_month_end(2024, 6), 20240630);
    CU_ASSERT_EQUAL(budget_date_month_end(2024, 12), 20241231);
    CU_ASSERT_EQUAL(budget_date_month_end(2024, 13), 0);
    CU_ASSERT_EQUAL(budget_date_month_end(2024, 0), 0);
    CU_ASSERT_EQUAL(budget_date_month_end(0, 1), 0);
    CU_ASSERT_EQUAL(budget_date_month_end(10000, 1), 0);

    CU_ASSERT_EQUAL(budget_date_day_of_year(20240101), 1);
    CU_ASSERT_EQUAL(budget_date_day_of_year(20241231), 366);
    CU_ASSERT_EQUAL(budget_date_day_of_year(20231231), 365);
    CU_ASSERT_EQUAL(budget_date_day_of_year(20240301), 61);  /* 31 + 29 + 1 */
    CU_ASSERT_EQUAL(budget_date_day_of_year(20230301), 60);  /* 31 + 28 + 1 */
    CU_ASSERT_EQUAL(budget_date_day_of_year(20240831), 244); /* 31+29+31+30+31+30+31+31 */
    CU_ASSERT_EQUAL(budget_date_day_of_year(20240230), 0);
}

static void test_date_diff_and_format(void)
{
    char buf[16];

    CU_ASSERT_EQUAL(budget_date_diff_days(20240101, 20241231), 365);
    CU_ASSERT_EQUAL(budget_date_diff_days(20231231, 20240101), 1);  /* across a year boundary */
    CU_ASSERT_EQUAL(budget_date_diff_days(20240301, 20240228), -2); /* back over the leap day */
    CU_ASSERT_EQUAL(budget_date_diff_days(20240101, 20250101), 366);
    CU_ASSERT_EQUAL(budget_date_diff_days(20230101, 20240101), 365);
    CU_ASSERT_EQUAL(budget_date_diff_days(20240831, 20240831), 0);
    /* 2000..2099 has 25 leap years (2000, 2004, ..., 2096): 100 × 365 + 25. */
    CU_ASSERT_EQUAL(budget_date_diff_days(20000101, 21000101), 36525);
    /* 2100..2199 has 24 (2100 is not leap). */
    CU_ASSERT_EQUAL(budget_date_diff_days(21000101, 22000101), 36524);
    /* Whole range: 9998 × 365 + 2499 - 99 + 24 + 365 - 1 days. */
    CU_ASSERT_EQUAL(budget_date_diff_days(10101, 99991231), 3652058);
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_date_diff_days(20240230, 20240301), 0));

    CU_ASSERT_EQUAL(budget_date_format(20240331, buf, sizeof buf), 10);
    CU_ASSERT_STRING_EQUAL(buf, "2024-03-31");
    CU_ASSERT_EQUAL(budget_date_format(10101, buf, sizeof buf), 10);
    CU_ASSERT_STRING_EQUAL(buf, "0001-01-01");
    CU_ASSERT_EQUAL(budget_date_format(20240331, NULL, 0), 10);
    CU_ASSERT_EQUAL(budget_date_format(20240331, buf, 5), 10);
    CU_ASSERT_STRING_EQUAL(buf, "2024");
    EXPECT_CRITICAL(budget_date_format(20240331, NULL, 5));
}

static void check_progress(int year, BudgetDate as_of, BudgetTimeMethod method, int64_t expected)
{
    int64_t bp = -1;

    CU_ASSERT_TRUE(budget_date_time_progress_bp(year, as_of, method, &bp));
    CU_ASSERT_EQUAL(bp, expected);
}

static void test_date_time_progress(void)
{
    int64_t bp = 42;

    /* Days, as-of counted as elapsed. */
    check_progress(2024, 20240101, BUDGET_TIME_METHOD_DAYS, 27);    /* 1/366 = 27.32 bp */
    check_progress(2024, 20241231, BUDGET_TIME_METHOD_DAYS, 10000); /* 366/366 */
    check_progress(2024, 20240831, BUDGET_TIME_METHOD_DAYS, 6667);  /* 244/366 = 6666.67 */
    check_progress(2023, 20230831, BUDGET_TIME_METHOD_DAYS, 6658);  /* 243/365 = 6657.53 */
    check_progress(2024, 20240630, BUDGET_TIME_METHOD_DAYS, 4973);  /* 182/366 = 4972.68 */
    check_progress(2024, 20240701, BUDGET_TIME_METHOD_DAYS, 5000);  /* 183/366 exactly half */
    check_progress(2023, 20230702, BUDGET_TIME_METHOD_DAYS, 5014);  /* 183/365 = 5013.70 */
    check_progress(2024, 20231231, BUDGET_TIME_METHOD_DAYS, 0);     /* before the year */
    check_progress(2024, 20250101, BUDGET_TIME_METHOD_DAYS, 10000); /* after it */
    /* Months: a month counts once its last day is reached. */
    check_progress(2024, 20240831, BUDGET_TIME_METHOD_MONTHS, 6667); /* 8/12 = 6666.67 */
    check_progress(2024, 20240830, BUDGET_TIME_METHOD_MONTHS, 5833); /* 7/12 = 5833.33 */
    check_progress(2024, 20240131, BUDGET_TIME_METHOD_MONTHS, 833);  /* 1/12 = 833.33 */
    check_progress(2024, 20240130, BUDGET_TIME_METHOD_MONTHS, 0);
    check_progress(2024, 20240229, BUDGET_TIME_METHOD_MONTHS, 1667); /* leap Feb ends on the 29th */
    check_progress(2024, 20240228, BUDGET_TIME_METHOD_MONTHS, 833);
    check_progress(2023, 20230228, BUDGET_TIME_METHOD_MONTHS, 1667);
    check_progress(2024, 20240630, BUDGET_TIME_METHOD_MONTHS, 5000); /* 6/12 */
    check_progress(2024, 20241231, BUDGET_TIME_METHOD_MONTHS, 10000);
    check_progress(2024, 20231231, BUDGET_TIME_METHOD_MONTHS, 0);
    check_progress(2024, 20260615, BUDGET_TIME_METHOD_MONTHS, 10000);
    /* Invalid as-of: false, out untouched; a method outside the enum is
     * misuse: a critical too. */
    CU_ASSERT_FALSE(budget_date_time_progress_bp(2024, 20240230, BUDGET_TIME_METHOD_DAYS, &bp));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_date_time_progress_bp(2024, 20240101, (BudgetTimeMethod)2, &bp)));
    CU_ASSERT_EQUAL(bp, 42);
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_date_time_progress_bp(2024, 20240101, BUDGET_TIME_METHOD_DAYS, NULL)));
}

static BudgetDate glib_today(void)
{
    GDateTime *now = g_date_time_new_now_local();
    BudgetDate d = (BudgetDate)(g_date_time_get_year(now) * 10000 + g_date_time_get_month(now) * 100 +
                                g_date_time_get_day_of_month(now));

    g_date_time_unref(now);
    return d;
}

/* budget_date_today() is the local date: the one GLib's local clock gives
 * (read before and after, in case midnight passes in between), and it
 * follows TZ: UTC+14 is 26 hours ahead of UTC−12, so at any instant its
 * date is 1 or 2 days later, never the same. */
static void test_date_today(void)
{
    char *saved = g_strdup(g_getenv("TZ"));
    BudgetDate before = glib_today(), today = budget_date_today(), after = glib_today();
    BudgetDate east, west;
    int32_t days;

    CU_ASSERT_TRUE(budget_date_is_valid(today));
    CU_ASSERT_TRUE(today == before || today == after);
    CU_ASSERT(budget_date_get_year(today) >= 2024); /* this code was written in 2024 or later */

    CU_ASSERT_TRUE_FATAL(g_setenv("TZ", "<-12>+12", TRUE)); /* POSIX: UTC−12 */
    west = budget_date_today();
    CU_ASSERT_TRUE_FATAL(g_setenv("TZ", "<+14>-14", TRUE)); /* UTC+14 */
    east = budget_date_today();
    if (saved != NULL)
        g_setenv("TZ", saved, TRUE);
    else
        g_unsetenv("TZ");
    g_free(saved);
    CU_ASSERT_TRUE(budget_date_is_valid(west));
    CU_ASSERT_TRUE(budget_date_is_valid(east));
    days = budget_date_diff_days(west, east);
    CU_ASSERT(days == 1 || days == 2);
}

static CU_TestInfo date_tests[] = {
    {"parse", test_date_parse},
    {"parse: no such day", test_date_parse_no_such_day},
    {"parse: Excel forms", test_date_parse_excel_forms},
    {"parse: year not first", test_date_parse_year_not_first},
    {"parse: numbers", test_date_parse_numbers},
    {"from ymd", test_date_from_ymd},
    {"validity and parts", test_date_is_valid_and_parts},
    {"calendar", test_date_calendar},
    {"diff and format", test_date_diff_and_format},
    {"time progress", test_date_time_progress},
    {"today, in the local time zone", test_date_today},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"date", test_criticals_init, test_criticals_cleanup, NULL, NULL, date_tests},
    CU_SUITE_INFO_NULL,
};
