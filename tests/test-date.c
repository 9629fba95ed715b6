/* CUnit suite for date: parsing, calendar arithmetic, time progress. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

static void check_parse(const char *text, BudgetDate expected)
{
    BudgetError err;
    BudgetDate d = 1;

    CU_ASSERT_TRUE(budget_date_parse(text, -1, &d, &err));
    CU_ASSERT_EQUAL(d, expected);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
}

static void check_parse_fails(const char *text, int code)
{
    BudgetError err;
    BudgetDate d = 1;

    CU_ASSERT_FALSE(budget_date_parse(text, -1, &d, &err));
    assert_error(&err, code, 0, 0, "");
    CU_ASSERT_EQUAL(d, 1); /* untouched */
    if (text[0] != '\0')
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, text)); /* the message names the text */
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

    /* Not a date form: PARSE. */
    check_parse_fails("2024/03/15", BUDGET_ERROR_PARSE);
    check_parse_fails("20240315", BUDGET_ERROR_PARSE);
    check_parse_fails("", BUDGET_ERROR_PARSE);
    check_parse_fails("   ", BUDGET_ERROR_PARSE);
    check_parse_fails("2024-3-15", BUDGET_ERROR_PARSE);
    check_parse_fails("2024-03-1", BUDGET_ERROR_PARSE);
    check_parse_fails("24-03-15", BUDGET_ERROR_PARSE);
    check_parse_fails("2024-03-15x", BUDGET_ERROR_PARSE);
    check_parse_fails("2024-03-15 10:00", BUDGET_ERROR_PARSE);
    check_parse_fails("2024年3月31", BUDGET_ERROR_PARSE);
    check_parse_fails("2024年003月1日", BUDGET_ERROR_PARSE);
    check_parse_fails("2024年月1日", BUDGET_ERROR_PARSE);
    check_parse_fails("15/03/2024", BUDGET_ERROR_PARSE);
    check_parse_fails("N/A", BUDGET_ERROR_PARSE);
    /* A day that does not exist: RANGE. */
    check_parse_fails("2024-02-30", BUDGET_ERROR_RANGE);
    check_parse_fails("2023-02-29", BUDGET_ERROR_RANGE); /* 2023 not leap */
    check_parse_fails("2100-02-29", BUDGET_ERROR_RANGE); /* 2100 divisible by 100, not 400 */
    check_parse_fails("2024-13-05", BUDGET_ERROR_RANGE);
    check_parse_fails("2024-00-10", BUDGET_ERROR_RANGE);
    check_parse_fails("2024-04-31", BUDGET_ERROR_RANGE);
    check_parse_fails("2024-01-00", BUDGET_ERROR_RANGE);
    check_parse_fails("2024-01-32", BUDGET_ERROR_RANGE);
    check_parse_fails("0000-01-01", BUDGET_ERROR_RANGE);
    check_parse_fails("2024年2月30日", BUDGET_ERROR_RANGE);
    CU_ASSERT_FALSE(budget_date_parse("2024-02-30", -1, &d, NULL)); /* error may be NULL */

    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_date_parse(NULL, -1, &d, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_date_parse("2024-01-01", -1, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
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
    /* Invalid as-of or method: false, out untouched. */
    CU_ASSERT_FALSE(budget_date_time_progress_bp(2024, 20240230, BUDGET_TIME_METHOD_DAYS, &bp));
    CU_ASSERT_FALSE(budget_date_time_progress_bp(2024, 20240101, (BudgetTimeMethod)2, &bp));
    CU_ASSERT_EQUAL(bp, 42);
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_date_time_progress_bp(2024, 20240101, BUDGET_TIME_METHOD_DAYS, NULL)));
}

static CU_TestInfo date_tests[] = {
    {"parse", test_date_parse},
    {"from ymd", test_date_from_ymd},
    {"validity and parts", test_date_is_valid_and_parts},
    {"calendar", test_date_calendar},
    {"diff and format", test_date_diff_and_format},
    {"time progress", test_date_time_progress},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"date", test_criticals_init, test_criticals_cleanup, NULL, NULL, date_tests},
    CU_SUITE_INFO_NULL,
};
