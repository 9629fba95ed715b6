/* CUnit suite for money: parsing, formatting, checked arithmetic, rates. */
#include <inttypes.h>
#include <string.h>

#include <glib.h>

#include "test-util.h"

static void check_parse(const char *text, BudgetFen expected)
{
    BudgetError err;
    BudgetFen v = 12345;

    CU_ASSERT_TRUE(budget_money_parse(text, -1, &v, &err));
    assert_fen(expected, v);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
}

static void check_parse_fails(const char *text, int code)
{
    BudgetError err;
    BudgetFen v = 777;

    CU_ASSERT_FALSE(budget_money_parse(text, -1, &v, &err));
    assert_error(&err, code, 0, 0, "");
    assert_fen(777, v); /* untouched */
    /* The message names the text it refused (when the text is plain ASCII). */
    if (text[0] != '\0' && (unsigned char)text[0] < 0x80)
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, text));
}

static void test_money_parse_valid(void)
{
    BudgetError err;
    BudgetFen v;

    check_parse("1912176.00", 191217600);   /* 1912176 yuan × 100 */
    check_parse("1,912,176.00", 191217600); /* same, with separators */
    check_parse("-5.5", -550);              /* one decimal: 5.50 yuan */
    check_parse("0", 0);
    check_parse("-0", 0);
    check_parse("+5", 500);
    check_parse("  12.3\t", 1230); /* spaces around ignored */
    check_parse("0.01", 1);
    check_parse("-0.01", -1);
    check_parse("007", 700); /* leading zeros are digits */
    check_parse("999", 99900);
    check_parse("1,000", 100000);
    check_parse("12,345,678.9", 1234567890);
    /* Extremes: INT64_MAX = 9223372036854775807 fen, INT64_MIN = -9223372036854775808 fen. */
    check_parse("92233720368547758.07", INT64_MAX);
    check_parse("92,233,720,368,547,758.07", INT64_MAX);
    check_parse("-92233720368547758.08", INT64_MIN);
    /* An explicit length reads only that prefix: "12.34" of "12.345". */
    CU_ASSERT_TRUE(budget_money_parse("12.345", 5, &v, &err));
    assert_fen(1234, v);
}

static void test_money_parse_errors(void)
{
    BudgetError err;
    BudgetFen v = 777;

    check_parse_fails("100.005", BUDGET_ERROR_PARSE); /* would need rounding */
    check_parse_fails("1.000", BUDGET_ERROR_PARSE);   /* three decimals even if zero */
    check_parse_fails("1.2.3", BUDGET_ERROR_PARSE);
    check_parse_fails("12O5.00", BUDGET_ERROR_PARSE); /* letter O, not zero */
    check_parse_fails("N/A", BUDGET_ERROR_PARSE);
    check_parse_fails("--5.00", BUDGET_ERROR_PARSE);
    check_parse_fails("+-5", BUDGET_ERROR_PARSE);
    check_parse_fails("-", BUDGET_ERROR_PARSE);
    check_parse_fails("", BUDGET_ERROR_PARSE);
    check_parse_fails("   ", BUDGET_ERROR_PARSE);
    check_parse_fails("¥1200.00", BUDGET_ERROR_PARSE);
    check_parse_fails("1200.00元", BUDGET_ERROR_PARSE); /* suffixes only in the _unit variant */
    check_parse_fails("1,23.00", BUDGET_ERROR_PARSE);
    check_parse_fails("1234,567.00", BUDGET_ERROR_PARSE); /* first group too long */
    check_parse_fails("1,2345", BUDGET_ERROR_PARSE);
    check_parse_fails(",123", BUDGET_ERROR_PARSE);
    check_parse_fails("123,", BUDGET_ERROR_PARSE);
    check_parse_fails("1,,234", BUDGET_ERROR_PARSE);
    check_parse_fails("1.234,5", BUDGET_ERROR_PARSE);
    check_parse_fails(".5", BUDGET_ERROR_PARSE);
    check_parse_fails("5.", BUDGET_ERROR_PARSE);
    check_parse_fails("1 000", BUDGET_ERROR_PARSE);
    check_parse_fails("1e5", BUDGET_ERROR_PARSE);
    check_parse_fails("0x10", BUDGET_ERROR_PARSE);
    /* One fen past each extreme, and far past. */
    check_parse_fails("92233720368547758.08", BUDGET_ERROR_OVERFLOW);
    check_parse_fails("-92233720368547758.09", BUDGET_ERROR_OVERFLOW);
    check_parse_fails("99999999999999999999999", BUDGET_ERROR_OVERFLOW);
    check_parse_fails("184467440737095516.16", BUDGET_ERROR_OVERFLOW); /* 2^64 fen: wraps uint64 */
    /* An embedded NUL inside the given length is a stray character. */
    CU_ASSERT_FALSE(budget_money_parse("12\0"
                                       "3",
                                       4, &v, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "");
    /* A dirty record is cleared on entry: success leaves it at OK. */
    err.code = BUDGET_ERROR_IO;
    CU_ASSERT_TRUE(budget_money_parse("1", -1, &v, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_EQUAL(err.offset, -1);
    /* error may be NULL. */
    CU_ASSERT_FALSE(budget_money_parse("x", -1, &v, NULL));
    /* NULL arguments: critical + INVALID_ARGUMENT. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_parse(NULL, -1, &v, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_parse("1", -1, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
}

static void check_unit(const char *text, BudgetMoneyUnit unit, BudgetFen expected)
{
    BudgetError err;
    BudgetFen v = 12345;

    CU_ASSERT_TRUE(budget_money_parse_unit(text, -1, unit, &v, &err));
    assert_fen(expected, v);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
}

static void check_unit_fails(const char *text, BudgetMoneyUnit unit, int code)
{
    BudgetError err;
    BudgetFen v = 777;

    CU_ASSERT_FALSE(budget_money_parse_unit(text, -1, unit, &v, &err));
    assert_error(&err, code, 0, 0, "");
    assert_fen(777, v);
}

static void test_money_parse_unit(void)
{
    BudgetError err;
    BudgetFen v;

    /* 1 万元 = 10,000 yuan = 1,000,000 fen; 1 亿元 = 10^8 yuan = 10^10 fen. */
    check_unit("191.2176万元", BUDGET_MONEY_UNIT_YUAN, 191217600); /* 1,912,176.00 yuan */
    check_unit("160万元", BUDGET_MONEY_UNIT_YUAN, 160000000);      /* 1,600,000 yuan */
    check_unit("160 万元", BUDGET_MONEY_UNIT_YUAN, 160000000);
    check_unit("1.5亿元", BUDGET_MONEY_UNIT_YUAN, INT64_C(15000000000)); /* 150,000,000 yuan */
    check_unit("3,000元", BUDGET_MONEY_UNIT_WAN, 300000);                /* suffix wins over the default */
    check_unit("60.00", BUDGET_MONEY_UNIT_WAN, 60000000); /* bare number in 万元: 600,000 yuan */
    check_unit("60.00", BUDGET_MONEY_UNIT_YUAN, 6000);
    check_unit("2", BUDGET_MONEY_UNIT_YI, INT64_C(20000000000));
    check_unit("1.50000000元", BUDGET_MONEY_UNIT_YUAN, 150);     /* extra trailing zeros are exact */
    check_unit("1.234560万元", BUDGET_MONEY_UNIT_YUAN, 1234560); /* 12,345.60 yuan */
    check_unit("0.000001万元", BUDGET_MONEY_UNIT_YUAN, 1);       /* 0.01 yuan */
    check_unit("1.0000000001亿元", BUDGET_MONEY_UNIT_YUAN, INT64_C(10000000001));
    check_unit("１２３．４５元", BUDGET_MONEY_UNIT_YUAN, 12345);       /* full-width digits and point */
    check_unit("－１，２３４．５６", BUDGET_MONEY_UNIT_YUAN, -123456); /* full-width sign and comma */
    check_unit("＋７万元", BUDGET_MONEY_UNIT_YUAN, 7000000);
    check_unit("-0.5万元", BUDGET_MONEY_UNIT_YUAN, -500000); /* -5,000 yuan */
    /* INT64_MAX fen = 922337203.6854775807 亿元 = 9223372036854.775807 万元. */
    check_unit("922337203.6854775807亿元", BUDGET_MONEY_UNIT_YUAN, INT64_MAX);
    check_unit("9223372036854.775807万元", BUDGET_MONEY_UNIT_YUAN, INT64_MAX);
    check_unit("-922337203.6854775808亿元", BUDGET_MONEY_UNIT_YUAN, INT64_MIN);

    /* 6 decimals of 万元 are whole fen: 1.234567万元 = 12,345.67 yuan; a 7th would be 0.1 fen. */
    check_unit("1.234567万元", BUDGET_MONEY_UNIT_YUAN, 1234567);
    check_unit_fails("1.2345678万元", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_PARSE);
    check_unit_fails("100.005", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_PARSE);
    check_unit_fails("100.005元", BUDGET_MONEY_UNIT_WAN, BUDGET_ERROR_PARSE);
    check_unit_fails("1.00000000001亿元", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_PARSE);
    check_unit_fails("万元", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_PARSE);
    check_unit_fails("", BUDGET_MONEY_UNIT_WAN, BUDGET_ERROR_PARSE);
    check_unit_fails("¥1200.00", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_PARSE);
    check_unit_fails("12美元", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_PARSE);
    check_unit_fails("1元元", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_PARSE);
    check_unit_fails("1,23万元", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_PARSE);
    check_unit_fails("N/A", BUDGET_MONEY_UNIT_WAN, BUDGET_ERROR_PARSE);
    check_unit_fails("922337203.6854775808亿元", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_OVERFLOW);
    check_unit_fails("10000000000000万元", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_OVERFLOW);
    check_unit_fails("92233720368547758.08", BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_OVERFLOW);

    /* Long cells (beyond any stack buffer) are read the same way. */
    {
        char longtext[300];
        memset(longtext, '1', 200);
        strcpy(longtext + 200, "万元");
        check_unit_fails(longtext, BUDGET_MONEY_UNIT_YUAN, BUDGET_ERROR_OVERFLOW);
        memset(longtext, '0', 200);
        strcpy(longtext + 200, "7.5元");
        check_unit(longtext, BUDGET_MONEY_UNIT_WAN, 750);
    }
    /* The message quotes the original text, suffix included. */
    CU_ASSERT_FALSE(budget_money_parse_unit("1.2345678万元", -1, BUDGET_MONEY_UNIT_YUAN, &v, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "1.2345678万元"));
    /* Explicit length: "160万" is not a unit ("万" alone is a stray character). */
    CU_ASSERT_FALSE(budget_money_parse_unit("160万元", 6, BUDGET_MONEY_UNIT_YUAN, &v, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "");
    CU_ASSERT_TRUE(budget_money_parse_unit("160万元", 9, BUDGET_MONEY_UNIT_YUAN, &v, &err));
    assert_fen(160000000, v);

    /* Unknown default unit and NULLs: critical + INVALID_ARGUMENT. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_parse_unit("1", -1, (BudgetMoneyUnit)7, &v, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_parse_unit(NULL, -1, BUDGET_MONEY_UNIT_YUAN, &v, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_parse_unit("1", -1, BUDGET_MONEY_UNIT_YUAN, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
}

static void check_format(BudgetFen value, const char *expected)
{
    char buf[64];
    BudgetFen back = 0;

    CU_ASSERT_EQUAL(budget_money_format(value, buf, sizeof buf), strlen(expected));
    CU_ASSERT_STRING_EQUAL(buf, expected);
    /* What it writes, budget_money_parse reads back exactly. */
    CU_ASSERT_TRUE(budget_money_parse(buf, -1, &back, NULL));
    assert_fen(value, back);
}

static void test_money_format(void)
{
    char buf[8];

    check_format(191217600, "1912176.00");
    check_format(-550, "-5.50");
    check_format(0, "0.00");
    check_format(1, "0.01");
    check_format(-1, "-0.01");
    check_format(-99, "-0.99");
    check_format(100, "1.00");
    check_format(INT64_MAX, "92233720368547758.07");
    check_format(INT64_MIN, "-92233720368547758.08");
    /* snprintf semantics: the needed length, truncated output. */
    CU_ASSERT_EQUAL(budget_money_format(191217600, NULL, 0), 10);
    CU_ASSERT_EQUAL(budget_money_format(191217600, buf, 5), 10);
    CU_ASSERT_STRING_EQUAL(buf, "1912");
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_money_format(1, NULL, 4), 0));
}

static void check_format_unit(BudgetFen value, BudgetMoneyUnit unit, bool thousands, const char *expected)
{
    char buf[64];
    BudgetFen back = 0;

    CU_ASSERT_EQUAL(budget_money_format_unit(value, unit, thousands, buf, sizeof buf), strlen(expected));
    CU_ASSERT_STRING_EQUAL(buf, expected);
    /* Exact: reading it back in the same unit gives the same fen. */
    CU_ASSERT_TRUE(budget_money_parse_unit(buf, -1, unit, &back, NULL));
    assert_fen(value, back);
}

static void test_money_format_unit(void)
{
    char buf[16] = "xyz";

    check_format_unit(191217600, BUDGET_MONEY_UNIT_WAN, false, "191.2176"); /* 1912176 / 10^4 */
    check_format_unit(191217600, BUDGET_MONEY_UNIT_YUAN, true, "1,912,176.00");
    check_format_unit(191217600, BUDGET_MONEY_UNIT_YUAN, false, "1912176.00");
    check_format_unit(191217600, BUDGET_MONEY_UNIT_YI, false, "0.01912176"); /* 1912176 / 10^8 */
    check_format_unit(160000000, BUDGET_MONEY_UNIT_WAN, false, "160.00");    /* at least 2 decimals */
    check_format_unit(150, BUDGET_MONEY_UNIT_WAN, false, "0.00015");         /* 1.50 yuan */
    check_format_unit(1, BUDGET_MONEY_UNIT_YI, false, "0.0000000001");
    check_format_unit(0, BUDGET_MONEY_UNIT_WAN, true, "0.00");
    check_format_unit(-123456789, BUDGET_MONEY_UNIT_YUAN, true, "-1,234,567.89");
    check_format_unit(99999, BUDGET_MONEY_UNIT_YUAN, true, "999.99");
    check_format_unit(100000, BUDGET_MONEY_UNIT_YUAN, true, "1,000.00");
    check_format_unit(INT64_C(123456789000000000), BUDGET_MONEY_UNIT_WAN, true, "123,456,789,000.00");
    check_format_unit(INT64_MIN, BUDGET_MONEY_UNIT_YUAN, true, "-92,233,720,368,547,758.08");
    check_format_unit(INT64_MAX, BUDGET_MONEY_UNIT_WAN, true, "9,223,372,036,854.775807");
    check_format_unit(INT64_MIN, BUDGET_MONEY_UNIT_YI, false, "-922337203.6854775808");
    /* Unknown unit: 0 and an empty buffer. */
    CU_ASSERT_EQUAL(budget_money_format_unit(100, (BudgetMoneyUnit)3, false, buf, sizeof buf), 0);
    CU_ASSERT_STRING_EQUAL(buf, "");
    /* Length only, and truncation. */
    CU_ASSERT_EQUAL(budget_money_format_unit(191217600, BUDGET_MONEY_UNIT_YUAN, true, NULL, 0), 12);
    CU_ASSERT_EQUAL(budget_money_format_unit(191217600, BUDGET_MONEY_UNIT_YUAN, true, buf, 4), 12);
    CU_ASSERT_STRING_EQUAL(buf, "1,9");
    EXPECT_CRITICAL(budget_money_format_unit(1, BUDGET_MONEY_UNIT_YUAN, true, NULL, 4));
}

static void test_money_add_sub(void)
{
    BudgetFen v = 42;

    CU_ASSERT_TRUE(budget_money_add(1, 2, &v));
    assert_fen(3, v);
    CU_ASSERT_TRUE(budget_money_add(INT64_MAX, INT64_MIN, &v)); /* 2^63-1 - 2^63 = -1 */
    assert_fen(-1, v);
    CU_ASSERT_TRUE(budget_money_add(INT64_MAX - 1, 1, &v));
    assert_fen(INT64_MAX, v);
    v = 42;
    CU_ASSERT_FALSE(budget_money_add(INT64_MAX, 1, &v));
    assert_fen(42, v); /* untouched */
    CU_ASSERT_FALSE(budget_money_add(INT64_MIN, -1, &v));
    assert_fen(42, v);
    CU_ASSERT_TRUE(budget_money_sub(5, 7, &v));
    assert_fen(-2, v);
    CU_ASSERT_TRUE(budget_money_sub(-1, INT64_MAX, &v)); /* -1 - (2^63-1) = -2^63 */
    assert_fen(INT64_MIN, v);
    v = 42;
    CU_ASSERT_FALSE(budget_money_sub(INT64_MIN, 1, &v));
    CU_ASSERT_FALSE(budget_money_sub(0, INT64_MIN, &v)); /* 2^63 */
    assert_fen(42, v);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_add(1, 2, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_sub(1, 2, NULL)));
}

static void test_money_scale(void)
{
    BudgetFen v = 42;

    /* 1,912,176.00 yuan × 25 % = 478,044.00 yuan. */
    CU_ASSERT_TRUE(budget_money_scale_micropct(191217600, 25000000, &v));
    assert_fen(47804400, v);
    /* 100 fen × 33.333333 % = 33.333333 fen → 33. */
    CU_ASSERT_TRUE(budget_money_scale_micropct(100, 33333333, &v));
    assert_fen(33, v);
    /* Halves round away from zero: 3 × 50 % = 1.5 → 2, -3 × 50 % = -1.5 → -2. */
    CU_ASSERT_TRUE(budget_money_scale_micropct(3, 50000000, &v));
    assert_fen(2, v);
    CU_ASSERT_TRUE(budget_money_scale_micropct(-3, 50000000, &v));
    assert_fen(-2, v);
    CU_ASSERT_TRUE(budget_money_scale_micropct(1, 49999999, &v)); /* 0.49999999 → 0 */
    assert_fen(0, v);
    CU_ASSERT_TRUE(budget_money_scale_micropct(0, 100000000, &v));
    assert_fen(0, v);
    CU_ASSERT_TRUE(budget_money_scale_micropct(INT64_MAX, BUDGET_MICROPCT_100, &v));
    assert_fen(INT64_MAX, v);
    CU_ASSERT_TRUE(budget_money_scale_micropct(INT64_MIN, BUDGET_MICROPCT_100, &v));
    assert_fen(INT64_MIN, v);
    /* INT64_MAX × INT64_MAX / 10^8 needs 128 bits in the middle and still fails cleanly. */
    v = 42;
    CU_ASSERT_FALSE(budget_money_scale_micropct(INT64_MAX, INT64_MAX, &v));
    CU_ASSERT_FALSE(budget_money_scale_micropct(INT64_MAX, 100000001, &v));            /* 100.000001 % */
    CU_ASSERT_FALSE(budget_money_scale_micropct(INT64_MIN, -BUDGET_MICROPCT_100, &v)); /* 2^63 */
    assert_fen(42, v);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_scale_micropct(1, 1, NULL)));
}

static void test_money_rate_bp(void)
{
    int64_t bp = 42;

    CU_ASSERT_TRUE(budget_money_rate_bp(1, 3, &bp)); /* 3333.33 → 3333 */
    CU_ASSERT_EQUAL(bp, 3333);
    CU_ASSERT_TRUE(budget_money_rate_bp(2, 3, &bp)); /* 6666.67 → 6667 */
    CU_ASSERT_EQUAL(bp, 6667);
    CU_ASSERT_TRUE(budget_money_rate_bp(1345, 100000, &bp)); /* 134.5 → 135 */
    CU_ASSERT_EQUAL(bp, 135);
    CU_ASSERT_TRUE(budget_money_rate_bp(-1345, 100000, &bp)); /* -134.5 → -135 (refunds) */
    CU_ASSERT_EQUAL(bp, -135);
    CU_ASSERT_TRUE(budget_money_rate_bp(95120000, 100000000, &bp));
    CU_ASSERT_EQUAL(bp, 9512);
    CU_ASSERT_TRUE(budget_money_rate_bp(150, 100, &bp)); /* over budget: 150 % */
    CU_ASSERT_EQUAL(bp, 15000);
    CU_ASSERT_TRUE(budget_money_rate_bp(0, 5, &bp));
    CU_ASSERT_EQUAL(bp, 0);
    CU_ASSERT_TRUE(budget_money_rate_bp(INT64_MAX, INT64_MAX, &bp));
    CU_ASSERT_EQUAL(bp, 10000);
    CU_ASSERT_TRUE(budget_money_rate_bp(INT64_MIN, INT64_MAX, &bp)); /* -10000.0000000000011 → -10000 */
    CU_ASSERT_EQUAL(bp, -10000);
    /* Undefined: zero or negative denominator; out untouched. */
    bp = 42;
    CU_ASSERT_FALSE(budget_money_rate_bp(5, 0, &bp));
    CU_ASSERT_FALSE(budget_money_rate_bp(5, -1, &bp));
    CU_ASSERT_FALSE(budget_money_rate_bp(0, INT64_MIN, &bp));
    /* No int64 rate: 2^63-1 fen over 1 fen is ~9.2e22 bp. */
    CU_ASSERT_FALSE(budget_money_rate_bp(INT64_MAX, 1, &bp));
    CU_ASSERT_EQUAL(bp, 42);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_rate_bp(1, 1, NULL)));
}

static void check_rate_format(int64_t bp, const char *expected)
{
    char buf[64];

    CU_ASSERT_EQUAL(budget_money_rate_format(bp, buf, sizeof buf), strlen(expected));
    CU_ASSERT_STRING_EQUAL(buf, expected);
}

static void test_money_rate_format(void)
{
    char buf[4];

    check_rate_format(9512, "95.12");
    check_rate_format(-5, "-0.05");
    check_rate_format(0, "0.00");
    check_rate_format(10000, "100.00");
    check_rate_format(-10000, "-100.00");
    check_rate_format(123456, "1234.56");
    check_rate_format(INT64_MIN, "-92233720368547758.08");
    CU_ASSERT_EQUAL(budget_money_rate_format(9512, NULL, 0), 5);
    CU_ASSERT_EQUAL(budget_money_rate_format(9512, buf, sizeof buf), 5);
    CU_ASSERT_STRING_EQUAL(buf, "95.");
    EXPECT_CRITICAL(budget_money_rate_format(1, NULL, 3));
}

/* The parsers read the common cells ("-?digits(.digits)?") directly and
 * everything else the general way. A space on each side sends a text the
 * general way (which trims it): every text must read the same, accepted
 * or refused, with and without, for money in yuan (both parsers) and
 * percentages. The texts: edge lengths around the direct reading's limits
 * and 20,000 random strings over digits, signs, points, commas and %. */
static void check_parse_both_ways(const char *text)
{
    char *spaced = g_strdup_printf(" %s ", text);
    BudgetFen a = 1, b = 2;
    int64_t pa = 3, pb = 4;
    bool ok_a, ok_b;

    ok_a = budget_money_parse_unit(text, -1, BUDGET_MONEY_UNIT_YUAN, &a, NULL);
    ok_b = budget_money_parse_unit(spaced, -1, BUDGET_MONEY_UNIT_YUAN, &b, NULL);
    CU_ASSERT_EQUAL(ok_a, ok_b);
    if (ok_a && ok_b)
        CU_ASSERT_EQUAL(a, b);
    ok_a = budget_money_parse(text, -1, &a, NULL);
    ok_b = budget_money_parse(spaced, -1, &b, NULL);
    CU_ASSERT_EQUAL(ok_a, ok_b);
    if (ok_a && ok_b)
        CU_ASSERT_EQUAL(a, b);
    ok_a = budget_money_percent_parse(text, -1, &pa, NULL);
    ok_b = budget_money_percent_parse(spaced, -1, &pb, NULL);
    CU_ASSERT_EQUAL(ok_a, ok_b);
    if (ok_a && ok_b)
        CU_ASSERT_EQUAL(pa, pb);
    g_free(spaced);
}

static void test_money_parse_direct(void)
{
    static const char *const edges[] = {
        "0",
        "-0",
        "00",
        "007.5",
        "1",
        "1.",
        ".5",
        "-.5",
        "1.5",
        "1.50",
        "1.505",
        "1.500",
        "-1.5",
        "+1.5",
        "999999999999999",
        "999999999999999.99",
        "9999999999999999",
        "9999999999999999.99",
        "92233720368547758.07",
        "92233720368547758.08",
        "-92233720368547758.08",
        "-92233720368547758.09",
        "999999999999",
        "999999999999.999999",
        "9999999999999",
        "9999999999999.5",
        "1.1234567",
        "1.123456%",
        "50%",
        "50%%",
        "%",
        "-",
        "",
        "1,000",
        "1,000.5",
        "1e5",
        "0x10",
        "1.2.3",
        "--1",
        "1-",
        "5 %",
    };
    GRand *rand = g_rand_new_with_seed(13);
    static const char alphabet[] = "0123456789012345678901234567890123456789.-+,%";
    BudgetFen v = 0;
    int64_t pct = 0;

    for (size_t i = 0; i < G_N_ELEMENTS(edges); i++)
        check_parse_both_ways(edges[i]);
    for (int i = 0; i < 20000; i++) {
        char text[24];
        int n = g_rand_int_range(rand, 0, 23);
        for (int k = 0; k < n; k++)
            text[k] = alphabet[g_rand_int_range(rand, 0, (gint32)sizeof alphabet - 1)];
        text[n] = '\0';
        check_parse_both_ways(text);
    }
    g_rand_free(rand);
    /* The values read directly, by hand: fen and micro-percent. */
    CU_ASSERT_TRUE(budget_money_parse_unit("-1.5", -1, BUDGET_MONEY_UNIT_YUAN, &v, NULL));
    assert_fen(-150, v);
    CU_ASSERT_TRUE(budget_money_parse_unit("999999999999999.99", -1, BUDGET_MONEY_UNIT_YUAN, &v, NULL));
    assert_fen(INT64_C(99999999999999999), v);
    CU_ASSERT_TRUE(budget_money_parse_unit("12", 1, BUDGET_MONEY_UNIT_YUAN, &v, NULL)); /* only "1" */
    assert_fen(100, v);
    CU_ASSERT_TRUE(budget_money_parse_unit("7", -1, BUDGET_MONEY_UNIT_WAN, &v, NULL)); /* 7 万元 */
    assert_fen(7000000, v);
    CU_ASSERT_TRUE(budget_money_percent_parse("12.5%", -1, &pct, NULL));
    CU_ASSERT_EQUAL(pct, 12500000);
    CU_ASSERT_TRUE(budget_money_percent_parse("999999999999.999999", -1, &pct, NULL));
    CU_ASSERT_EQUAL(pct, INT64_C(999999999999999999));
}

/* The digits are written by hand (no printf): around every power of ten,
 * both signs and the limits, budget_money_format() and
 * budget_money_rate_format() write what printf's "%s%" PRIu64 ".%02u" of
 * the magnitude writes, and budget_money_format_unit() in yuan without
 * separators the same; every buffer size from 0 to past the length keeps
 * snprintf's truncation. */
static void test_money_format_digits(void)
{
    int64_t values[200];
    size_t n = 0;
    int64_t p = 1;

    for (int e = 0; e <= 18; e++) {
        values[n++] = p;
        values[n++] = p - 1;
        values[n++] = p + 1;
        if (p <= (INT64_MAX - (p - 1)) / 9) /* not past 10^18's: it would overflow */
            values[n++] = p * 9 + (p - 1);  /* 9, 99, 999, ...: all nines */
        if (e < 18)
            p *= 10;
    }
    values[n++] = INT64_MAX;
    values[n++] = INT64_MAX - 1;
    values[n++] = INT64_C(1234567890123456789);
    for (size_t i = 0, m = n; i < m; i++)
        values[n++] = values[i] == INT64_MAX ? INT64_MIN : -values[i];
    values[n++] = INT64_MIN + 1;
    for (size_t i = 0; i < n; i++) {
        int64_t v = values[i];
        uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        char want[48], got[48], unit[48];
        int len = snprintf(want, sizeof want, "%s%" PRIu64 ".%02u", v < 0 ? "-" : "", mag / 100,
                           (unsigned)(mag % 100));

        CU_ASSERT_EQUAL(budget_money_format(v, got, sizeof got), (size_t)len);
        CU_ASSERT_STRING_EQUAL(got, want);
        CU_ASSERT_EQUAL(budget_money_rate_format(v, got, sizeof got), (size_t)len);
        CU_ASSERT_STRING_EQUAL(got, want);
        CU_ASSERT_EQUAL(budget_money_format_unit(v, BUDGET_MONEY_UNIT_YUAN, false, unit, sizeof unit),
                        (size_t)len);
        CU_ASSERT_STRING_EQUAL(unit, want);
        for (size_t size = 0; size <= (size_t)len + 1; size++) {
            memset(got, 'x', sizeof got);
            CU_ASSERT_EQUAL(budget_money_format(v, size > 0 ? got : NULL, size), (size_t)len);
            if (size > 0) {
                CU_ASSERT_EQUAL(strlen(got), MIN(size - 1, (size_t)len));
                CU_ASSERT_EQUAL(strncmp(got, want, size - 1), 0);
            }
            memset(got, 'x', sizeof got);
            CU_ASSERT_EQUAL(budget_money_rate_format(v, size > 0 ? got : NULL, size), (size_t)len);
            if (size > 0) {
                CU_ASSERT_EQUAL(strlen(got), MIN(size - 1, (size_t)len));
                CU_ASSERT_EQUAL(strncmp(got, want, size - 1), 0);
            }
        }
    }
    /* Units: the fraction keeps its leading zeros and drops trailing ones
     * down to two. 1000000 fen = 1 万元; 10^10 fen = 1 亿元. */
    check_format_unit(INT64_C(1000000), BUDGET_MONEY_UNIT_WAN, false, "1.00");
    check_format_unit(INT64_C(1000001), BUDGET_MONEY_UNIT_WAN, false, "1.000001");
    check_format_unit(INT64_C(-1010000), BUDGET_MONEY_UNIT_WAN, false, "-1.01");
    check_format_unit(INT64_C(10000000000), BUDGET_MONEY_UNIT_YI, false, "1.00");
    check_format_unit(INT64_C(-10000000001), BUDGET_MONEY_UNIT_YI, true, "-1.0000000001");
    check_format_unit(INT64_C(1000000000000000), BUDGET_MONEY_UNIT_YUAN, true, "10,000,000,000,000.00");
}

static void check_pct(const char *text, int64_t expected)
{
    BudgetError err;
    int64_t v = 42;

    CU_ASSERT_TRUE(budget_money_percent_parse(text, -1, &v, &err));
    CU_ASSERT_EQUAL(v, expected);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
}

static void check_pct_fails(const char *text, int code)
{
    BudgetError err;
    int64_t v = 42;

    CU_ASSERT_FALSE(budget_money_percent_parse(text, -1, &v, &err));
    assert_error(&err, code, 0, 0, "");
    CU_ASSERT_EQUAL(v, 42);
}

static void test_money_percent_parse(void)
{
    BudgetError err;
    int64_t v;

    check_pct("25", 25000000);
    check_pct("25%", 25000000);
    check_pct("25.00", 25000000);
    check_pct("25％", 25000000);
    check_pct("２５％", 25000000);
    check_pct(" 95 ", 95000000);
    check_pct("25 %", 25000000);
    check_pct("33.333", 33333000);
    check_pct("33.333333", 33333333);
    check_pct("100", BUDGET_MICROPCT_100);
    check_pct("0", 0);
    check_pct("-5", -5000000);
    check_pct("+0.000001", 1);
    check_pct("9223372036854.775807", INT64_MAX);
    check_pct("-9223372036854.775808", INT64_MIN);

    check_pct_fails("33.3333333", BUDGET_ERROR_PARSE); /* 7 decimals would need rounding */
    check_pct_fails("", BUDGET_ERROR_PARSE);
    check_pct_fails("%", BUDGET_ERROR_PARSE);
    check_pct_fails("25%%", BUDGET_ERROR_PARSE);
    check_pct_fails("abc", BUDGET_ERROR_PARSE);
    check_pct_fails("1,000", BUDGET_ERROR_PARSE);
    check_pct_fails("２５，０", BUDGET_ERROR_PARSE);
    check_pct_fails("25.", BUDGET_ERROR_PARSE);
    check_pct_fails("%25", BUDGET_ERROR_PARSE);
    check_pct_fails("9223372036855", BUDGET_ERROR_OVERFLOW);
    {
        char longtext[300];
        memset(longtext, '0', 200);
        strcpy(longtext + 200, "25.5％");
        check_pct(longtext, 25500000);
    }
    CU_ASSERT_FALSE(budget_money_percent_parse("33.3333333", -1, &v, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "33.3333333"));
    CU_ASSERT_TRUE(budget_money_percent_parse("25%xyz", 3, &v, &err)); /* explicit length */
    CU_ASSERT_EQUAL(v, 25000000);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_percent_parse(NULL, -1, &v, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_percent_parse("1", -1, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, "");
}

static void test_money_micropct_to_bp(void)
{
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(33333333), 3333); /* 3333.33333 */
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(12345000), 1235); /* 1234.5 → 1235 */
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(-12345000), -1235);
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(12344999), 1234); /* 1234.44999 */
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(BUDGET_MICROPCT_100), BUDGET_BP_100);
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(0), 0);
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(5000), 1); /* 0.5 bp */
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(-5000), -1);
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(4999), 0);
    /* -922337203685477.5808 → ...478; 922337203685477.5807 → ...478 */
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(INT64_MIN), INT64_C(-922337203685478));
    CU_ASSERT_EQUAL(budget_money_micropct_to_bp(INT64_MAX), INT64_C(922337203685478));
}

static CU_TestInfo money_tests[] = {
    {"parse valid", test_money_parse_valid},
    {"parse errors", test_money_parse_errors},
    {"parse with units", test_money_parse_unit},
    {"format", test_money_format},
    {"format in units", test_money_format_unit},
    {"format digits at the limits", test_money_format_digits},
    {"parse common cells directly", test_money_parse_direct},
    {"checked add and sub", test_money_add_sub},
    {"scale by micro-percent", test_money_scale},
    {"rate in basis points", test_money_rate_bp},
    {"rate format", test_money_rate_format},
    {"percent parse", test_money_percent_parse},
    {"micro-percent to basis points", test_money_micropct_to_bp},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"money", test_criticals_init, test_criticals_cleanup, NULL, NULL, money_tests},
    CU_SUITE_INFO_NULL,
};
