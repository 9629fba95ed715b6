/* CUnit suite: misuse guards (issue 12, docs/threads.md "Misuse").
 *
 * Linked to libbudget-debug.la, the library built with its debug guards
 * (guard-private.h): a released book, ledger or report stays allocated and
 * poisoned in a small quarantine, so a double unref or free here is defined
 * behaviour that the guard must turn into one critical and nothing else.
 * Also: a ledger merged into itself, a zeroed error record, negative lengths,
 * invalid dates, and messages cut on long multi-byte values. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

static BudgetBook *make_book(void)
{
    BudgetBook *book = budget_book_new();
    BudgetProject *p = budget_project_new("P1", NULL);

    budget_project_set_year(p, 2024);
    budget_project_set_budget(p, 100000);
    CU_ASSERT_FATAL(budget_book_add_project(book, p, NULL));
    budget_project_unref(p);
    return book;
}

static void test_misuse_double_unref_book(void)
{
    BudgetBook *book = make_book();
    BudgetError error;

    budget_book_unref(book);
    /* Poisoned, not freed (debug build): each use is one critical. */
    EXPECT_CRITICAL(budget_book_unref(book));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_book_ref(book)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_ledger_new(book, 20241231, &error)));
    assert_error(&error, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
}

static void test_misuse_double_unref_ledger(void)
{
    BudgetBook *book = make_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetError error;

    CU_ASSERT_PTR_NOT_NULL_FATAL(ledger);
    budget_ledger_unref(ledger);
    EXPECT_CRITICAL(budget_ledger_unref(ledger));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_ledger_ref(ledger)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, &error)));
    assert_error(&error, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    /* The book lost the ledger's reference exactly once: still alive. */
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 1);
    budget_book_unref(book);
}

static void test_misuse_double_free_report(void)
{
    BudgetBook *book = make_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetReport *report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, NULL);

    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    budget_report_free(report);
    EXPECT_CRITICAL(budget_report_free(report));
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_misuse_merge_into_itself(void)
{
    BudgetBook *book = make_book();
    BudgetLedger *ledger = budget_ledger_new(book, 20241231, NULL);
    BudgetFen executed = 0;
    BudgetError error;

    CU_ASSERT_FATAL(budget_ledger_record(ledger, 20240301, "P1", 500, BUDGET_SOURCE_FISCAL, NULL));
    /* Merging would count the 500 fen twice: refused, nothing changed. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_ledger_merge(ledger, ledger, &error)));
    assert_error(&error, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    CU_ASSERT(budget_ledger_get_executed(ledger, 0, &executed));
    assert_fen(500, executed);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
}

static void test_misuse_error_init(void)
{
    BudgetError error = BUDGET_ERROR_INIT;
    BudgetError garbage;
    char buf[64];
    size_t n;

    CU_ASSERT_EQUAL(error.code, BUDGET_ERROR_OK);
    /* A zeroed record formats as its code's text: "no error". */
    n = budget_error_format(&error, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "no error");
    CU_ASSERT_EQUAL(n, strlen("no error"));
    /* Arrays filled to the brim without a NUL: bounded by their sizes. */
    memset(&garbage, 'x', sizeof garbage);
    garbage.line = 0;
    n = budget_error_format(&garbage, NULL, 0);
    /* source (128) + ": " + message (256), no line since line is 0. */
    CU_ASSERT_EQUAL(n, sizeof garbage.source + 2 + sizeof garbage.message);
}

static void test_misuse_negative_lengths(void)
{
    BudgetFen fen = 7;
    BudgetDate date = 7;
    int64_t pct = 7;
    BudgetError error;

    CU_ASSERT(budget_money_parse("12.5", -1, &fen, &error));
    assert_fen(1250, fen);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_parse("12.5", -2, &fen, &error)));
    assert_error(&error, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_parse("12.5", PTRDIFF_MIN, &fen, &error)));
    EXPECT_CRITICAL(
        CU_ASSERT_FALSE(budget_money_parse_unit("12.5", -3, BUDGET_MONEY_UNIT_YUAN, &fen, &error)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_money_percent_parse("12.5%", -2, &pct, &error)));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_date_parse("2024-03-31", -2, &date, &error)));
    assert_error(&error, BUDGET_ERROR_INVALID_ARGUMENT, -1, -1, NULL);
    /* Nothing written on refusal. */
    assert_fen(1250, fen);
    CU_ASSERT_EQUAL(pct, 7);
    CU_ASSERT_EQUAL(date, 7);
}

static void test_misuse_invalid_date_format(void)
{
    char buf[32] = "unchanged";

    CU_ASSERT_EQUAL(budget_date_format(20240331, buf, sizeof buf), 10);
    CU_ASSERT_STRING_EQUAL(buf, "2024-03-31");
    /* -99999999 used to give "-9999--99--99"; 20240230 is no day. */
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_date_format(-99999999, buf, sizeof buf), 0));
    CU_ASSERT_STRING_EQUAL(buf, "");
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_date_format(20240230, buf, sizeof buf), 0));
    CU_ASSERT_STRING_EQUAL(buf, "");
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_date_format(0, NULL, 0), 0));
}

/* Every cut of a long multi-byte value leaves valid UTF-8: in the record's
 * arrays (a source name, a message quoting a cell) and in budget_error_format
 * at every buffer size. */
static void test_misuse_utf8_cuts(void)
{
    GString *cell = g_string_new(NULL);
    BudgetBook *book = budget_book_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError error;
    char *csv, *name;
    char buf[600];

    /* 300 × "预" (3 bytes each) with a 4-byte 𠀀 every 7 characters, so the
     * arrays (128, 64, 256 bytes) are cut at every offset mod 3 and 4. */
    for (int i = 0; i < 300; i++)
        g_string_append(cell, i % 7 == 0 ? "\xF0\xA0\x80\x80" : "预");
    name = g_strdup_printf("%s.csv", cell->str);
    csv = g_strdup_printf("code,name,unit,year,budget\nP1,%s,%s,2024,%s\n", cell->str, cell->str, cell->str);
    CU_ASSERT_FALSE(budget_csv_load_projects_data(book, csv, -1, name, NULL, diag, &error));
    CU_ASSERT_EQUAL(error.code, BUDGET_ERROR_PARSE);
    CU_ASSERT(g_utf8_validate(error.source, -1, NULL));
    CU_ASSERT(g_utf8_validate(error.field, -1, NULL));
    CU_ASSERT(g_utf8_validate(error.message, -1, NULL));
    CU_ASSERT(g_str_has_suffix(error.source, "..."));
    for (size_t size = 1; size <= sizeof buf; size++) {
        size_t need = budget_error_format(&error, buf, size);
        CU_ASSERT(strlen(buf) < size && strlen(buf) <= need);
        if (!g_utf8_validate(buf, -1, NULL)) {
            CU_FAIL("budget_error_format split a character");
            break;
        }
    }
    /* A source name that is not UTF-8 (GB18030 bytes of 预算) is shown valid. */
    CU_ASSERT_FALSE(
        budget_csv_load_projects_data(book, "code\nP2\n", -1, "\xD4\xA4\xCB\xE3.csv", NULL, NULL, &error));
    CU_ASSERT(g_utf8_validate(error.source, -1, NULL));
    budget_diagnostics_free(diag);
    budget_book_unref(book);
    g_free(csv);
    g_free(name);
    g_string_free(cell, TRUE);
}

static CU_TestInfo misuse_tests[] = {
    {"double unref of a book", test_misuse_double_unref_book},
    {"double unref of a ledger", test_misuse_double_unref_ledger},
    {"double free of a report", test_misuse_double_free_report},
    {"merge a ledger into itself", test_misuse_merge_into_itself},
    {"BUDGET_ERROR_INIT and format", test_misuse_error_init},
    {"negative lengths", test_misuse_negative_lengths},
    {"format of an invalid date", test_misuse_invalid_date_format},
    {"UTF-8 cuts", test_misuse_utf8_cuts},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"misuse", test_criticals_init, test_criticals_cleanup, NULL, NULL, misuse_tests},
    CU_SUITE_INFO_NULL,
};
