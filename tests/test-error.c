/* CUnit suite for error and version: error records, diagnostics lists, GError conversion. */
#include <stdio.h>
#include <string.h>

#include <budget.h>
#include <budget/budget-glib.h>
#include <glib.h>

#include "test-util.h"

static BudgetError make_error(int code, const char *source, int line, int column, const char *field,
                              const char *message)
{
    BudgetError e;

    budget_error_clear(&e);
    e.code = code;
    e.line = line;
    e.column = column;
    g_strlcpy(e.source, source, sizeof e.source);
    g_strlcpy(e.field, field, sizeof e.field);
    g_strlcpy(e.message, message, sizeof e.message);
    return e;
}

static void test_error_clear(void)
{
    BudgetError e;

    memset(&e, 0x5a, sizeof e);
    budget_error_clear(&e);
    CU_ASSERT_EQUAL(e.code, BUDGET_ERROR_OK);
    CU_ASSERT_EQUAL(e.line, 0);
    CU_ASSERT_EQUAL(e.end_line, 0);
    CU_ASSERT_EQUAL(e.column, 0);
    for (size_t i = 0; i < G_N_ELEMENTS(e.reserved); i++)
        CU_ASSERT_EQUAL(e.reserved[i], 0);
    CU_ASSERT_EQUAL(e.offset, -1);
    CU_ASSERT_STRING_EQUAL(e.source, "");
    CU_ASSERT_STRING_EQUAL(e.field, "");
    CU_ASSERT_STRING_EQUAL(e.message, "");
    budget_error_clear(NULL); /* allowed */
}

static void test_error_code_names(void)
{
    static const char *const names[] = {
        "OK",
        "INVALID_ARGUMENT",
        "IO",
        "ENCODING",
        "PARSE",
        "MISSING_COLUMN",
        "DUPLICATE_KEY",
        "NOT_FOUND",
        "OVERFLOW",
        "RANGE",
        "INCONSISTENT",
        "ABORTED",
        "UNSUPPORTED",
    };

    /* The values are frozen: check each against its name. */
    CU_ASSERT_STRING_EQUAL(budget_error_code_name(BUDGET_ERROR_PARSE), "PARSE");
    CU_ASSERT_EQUAL(BUDGET_ERROR_UNSUPPORTED, 12);
    for (int c = 0; c <= 12; c++) {
        CU_ASSERT_STRING_EQUAL(budget_error_code_name(c), names[c]);
        CU_ASSERT_PTR_NOT_NULL(budget_strerror(c));
        CU_ASSERT(strlen(budget_strerror(c)) > 0);
        for (int d = 0; d < c; d++)
            CU_ASSERT(strcmp(budget_strerror(c), budget_strerror(d)) !=
                      0); /* each says something different */
    }
    CU_ASSERT_STRING_EQUAL(budget_strerror(BUDGET_ERROR_OK), "no error");
    CU_ASSERT_STRING_EQUAL(budget_strerror(BUDGET_ERROR_PARSE), "malformed input");
    CU_ASSERT_STRING_EQUAL(budget_error_code_name(-1), "UNKNOWN");
    CU_ASSERT_STRING_EQUAL(budget_error_code_name(13), "UNKNOWN");
    CU_ASSERT_STRING_EQUAL(budget_strerror(-1), "unknown error");
    CU_ASSERT_STRING_EQUAL(budget_strerror(99), "unknown error");
}

static void check_format(const BudgetError *e, const char *expected)
{
    char buf[512];

    CU_ASSERT_EQUAL(budget_error_format(e, buf, sizeof buf), strlen(expected));
    CU_ASSERT_STRING_EQUAL(buf, expected);
}

static void test_error_format(void)
{
    BudgetError e = make_error(BUDGET_ERROR_PARSE, "projects.csv", 3, 5, "budget", "bad amount");
    char buf[8];

    check_format(&e, "projects.csv:3:5: bad amount");
    e.column = 0;
    check_format(&e, "projects.csv:3: bad amount");
    e.line = 0;
    e.column = 4; /* a column without a line is not shown */
    check_format(&e, "projects.csv: bad amount");
    e.source[0] = '\0';
    e.line = 7;
    check_format(&e, "bad amount");
    e.message[0] = '\0'; /* no message: the code's description */
    check_format(&e, "malformed input");
    /* snprintf semantics. */
    e = make_error(BUDGET_ERROR_IO, "a.csv", 1, 2, "", "cannot open");
    CU_ASSERT_EQUAL(budget_error_format(&e, NULL, 0), strlen("a.csv:1:2: cannot open"));
    CU_ASSERT_EQUAL(budget_error_format(&e, buf, sizeof buf), 22);
    CU_ASSERT_STRING_EQUAL(buf, "a.csv:1");
    strcpy(buf, "junk");
    CU_ASSERT_EQUAL(budget_error_format(NULL, buf, sizeof buf), 0);
    CU_ASSERT_STRING_EQUAL(buf, "");
}

/* Long messages are cut at a character boundary and end with "...". */
static void test_error_long_message(void)
{
    BudgetError err;
    GString *text = g_string_new(NULL);
    BudgetDate d;
    size_t n;

    for (int i = 0; i < 200; i++)
        g_string_append(text, "年"); /* 3 bytes each: 600 bytes */
    CU_ASSERT_FALSE(budget_date_parse(text->str, -1, &d, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "");
    n = strlen(err.message);
    CU_ASSERT(n < sizeof err.message);
    CU_ASSERT(n > sizeof err.message - 8);
    CU_ASSERT_TRUE(g_utf8_validate(err.message, -1, NULL));
    CU_ASSERT_STRING_EQUAL(err.message + n - 3, "...");
    g_string_free(text, TRUE);
}

static void test_error_diagnostics(void)
{
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError e;
    const BudgetError *got;
    bool warning = false;

    CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 0);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 0);
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 0, NULL));

    e = make_error(BUDGET_ERROR_PARSE, "b.csv", 5, 2, "amount", "first");
    budget_diagnostics_add(diag, &e, false);
    e = make_error(BUDGET_ERROR_DUPLICATE_KEY, "a.csv", 9, 1, "voucher", "second");
    budget_diagnostics_add(diag, &e, true);
    e = make_error(BUDGET_ERROR_PARSE, "a.csv", 2, 3, "date", "third");
    budget_diagnostics_add(diag, &e, false);
    e = make_error(BUDGET_ERROR_NOT_FOUND, "a.csv", 2, 1, "code", "fourth");
    budget_diagnostics_add(diag, &e, false);
    e = make_error(BUDGET_ERROR_PARSE, "a.csv", 2, 3, "date", "fifth"); /* same place as "third" */
    budget_diagnostics_add(diag, &e, false);
    strcpy(e.message, "changed"); /* entries are copies */

    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 5);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 4); /* one warning */
    got = budget_diagnostics_get(diag, 0, &warning);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    CU_ASSERT_STRING_EQUAL(got->message, "first");
    CU_ASSERT_FALSE(warning);
    got = budget_diagnostics_get(diag, 1, &warning);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    assert_error(got, BUDGET_ERROR_DUPLICATE_KEY, 9, 1, "voucher");
    CU_ASSERT_TRUE(warning);
    got = budget_diagnostics_get(diag, 4, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    CU_ASSERT_STRING_EQUAL(got->message, "fifth");
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 5, &warning));

    /* Sorted by source, line, column; equal keys keep their order (third before fifth). */
    budget_diagnostics_sort(diag);
    {
        static const char *const order[] = {"fourth", "third", "fifth", "second", "first"};
        for (size_t i = 0; i < 5; i++) {
            got = budget_diagnostics_get(diag, i, &warning);
            CU_ASSERT_PTR_NOT_NULL_FATAL(got);
            CU_ASSERT_STRING_EQUAL(got->message, order[i]);
            CU_ASSERT_EQUAL(warning, i == 3); /* the flag moves with its entry */
        }
    }
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 4);

    EXPECT_CRITICAL(budget_diagnostics_add(NULL, &e, false));
    EXPECT_CRITICAL(budget_diagnostics_add(diag, NULL, false));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 5);
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_diagnostics_get_n(NULL), 0));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(NULL), 0));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_diagnostics_get(NULL, 0, NULL)));
    EXPECT_CRITICAL(budget_diagnostics_sort(NULL));
    budget_diagnostics_free(diag);
    budget_diagnostics_free(NULL);
}

static void test_error_gerror(void)
{
    BudgetError e = make_error(BUDGET_ERROR_PARSE, "f.csv", 3, 2, "date", "bad date");
    GError *gerr = budget_error_to_gerror(&e);

    CU_ASSERT(budget_error_quark() != 0);
    CU_ASSERT_EQUAL(budget_error_quark(), g_quark_from_string("budget-error-quark"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(gerr);
    CU_ASSERT_TRUE(g_error_matches(gerr, budget_error_quark(), BUDGET_ERROR_PARSE));
    CU_ASSERT_STRING_EQUAL(gerr->message, "f.csv:3:2: bad date");
    g_error_free(gerr);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_error_to_gerror(NULL)));
}

static void test_error_free_and_version(void)
{
    char expected[32];

    budget_free(NULL);
    budget_free(g_strdup("owned by the caller")); /* valgrind: nothing leaks */
    snprintf(expected, sizeof expected, "%d.%d.%d", BUDGET_MAJOR_VERSION, BUDGET_MINOR_VERSION,
             BUDGET_MICRO_VERSION);
    CU_ASSERT_STRING_EQUAL(budget_version(), expected);
    CU_ASSERT_STRING_EQUAL(budget_version(), BUDGET_VERSION);
    CU_ASSERT_EQUAL(budget_version_number(),
                    BUDGET_MAJOR_VERSION * 10000 + BUDGET_MINOR_VERSION * 100 + BUDGET_MICRO_VERSION);
    CU_ASSERT_EQUAL(budget_version_number(), BUDGET_VERSION_NUMBER);
    CU_ASSERT(budget_version_number() >= 10000); /* 1.0.0 or later */
}

static CU_TestInfo error_tests[] = {
    {"clear", test_error_clear},
    {"code names", test_error_code_names},
    {"format", test_error_format},
    {"long message", test_error_long_message},
    {"diagnostics", test_error_diagnostics},
    {"GError", test_error_gerror},
    {"free and version", test_error_free_and_version},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"error", test_criticals_init, test_criticals_cleanup, NULL, NULL, error_tests},
    CU_SUITE_INFO_NULL,
};
