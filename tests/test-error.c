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
    int criticals = test_n_criticals;
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
    /* A code past the last is not misuse (a newer library may return it):
     * no critical, unlike the _to_string() of every enum. */
    CU_ASSERT_EQUAL(test_n_criticals, criticals);
}

/* BUDGET_ERROR_N is one past UNSUPPORTED (12); each name reads back, in any
 * ASCII case; "UNKNOWN", what code_name gives for a code it does not know,
 * names none. */
static void test_error_code_from_string(void)
{
    BudgetErrorCode code = BUDGET_ERROR_OK;

    CU_ASSERT_EQUAL(BUDGET_ERROR_N, 13);
    for (int c = 0; c < BUDGET_ERROR_N; c++) {
        char *lower = g_ascii_strdown(budget_error_code_name(c), -1);

        code = (BudgetErrorCode)((c + 1) % BUDGET_ERROR_N);
        CU_ASSERT_TRUE(budget_error_code_from_string(budget_error_code_name(c), &code));
        CU_ASSERT_EQUAL(code, c);
        code = (BudgetErrorCode)((c + 1) % BUDGET_ERROR_N);
        CU_ASSERT_TRUE(budget_error_code_from_string(lower, &code));
        CU_ASSERT_EQUAL(code, c);
        g_free(lower);
    }
    CU_ASSERT_TRUE(budget_error_code_from_string("Not_Found", &code));
    CU_ASSERT_EQUAL(code, BUDGET_ERROR_NOT_FOUND);
    CU_ASSERT_FALSE(budget_error_code_from_string("UNKNOWN", &code));
    CU_ASSERT_FALSE(budget_error_code_from_string("NOT FOUND", &code));
    CU_ASSERT_FALSE(budget_error_code_from_string("", &code));
    CU_ASSERT_EQUAL(code, BUDGET_ERROR_NOT_FOUND); /* untouched */
    CU_ASSERT_TRUE(budget_error_code_from_string("parse", NULL));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_error_code_from_string(NULL, &code)));
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
    size_t n;

    BudgetCsvOptions *o = budget_csv_options_new();

    for (int i = 0; i < 200; i++)
        g_string_append(text, "年"); /* 3 bytes each: 600 bytes */
    /* Values quoted in messages are cut at 40 characters (text-private.h);
     * an encoding name is quoted whole. */
    CU_ASSERT_FALSE(budget_csv_options_set_encoding(o, text->str, &err));
    budget_csv_options_free(o);
    assert_error(&err, BUDGET_ERROR_UNSUPPORTED, 0, 0, "");
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

/* What a streaming list's callback saw, and how often its destroy ran. */
typedef struct {
    GString *seen;           /* "message/W|E/n/n_errors;" per call */
    BudgetDiagnostics *diag; /* the list calling, to check the counts it shows */
    int stop_at;             /* return non-zero on this call (1-based), 0 never */
    int calls;
    int *destroyed;
} Sink;

static int sink_func(const BudgetError *entry, bool is_warning, void *user_data)
{
    Sink *sink = user_data;

    sink->calls++;
    g_string_append_printf(sink->seen, "%s/%s/%zu/%zu;", entry->message, is_warning ? "W" : "E",
                           budget_diagnostics_get_n(sink->diag), budget_diagnostics_get_n_errors(sink->diag));
    return sink->calls == sink->stop_at ? 7 : 0;
}

static void sink_destroy(void *data)
{
    Sink *sink = data;

    (*sink->destroyed)++;
    g_string_free(sink->seen, TRUE);
    g_free(sink);
}

static Sink *sink_new(int stop_at, int *destroyed)
{
    Sink *sink = g_new0(Sink, 1);

    sink->seen = g_string_new(NULL);
    sink->stop_at = stop_at;
    sink->destroyed = destroyed;
    return sink;
}

static void add_message(BudgetDiagnostics *diag, const char *message, int line, bool is_warning)
{
    BudgetError e = make_error(BUDGET_ERROR_NOT_FOUND, "t.csv", line, 2, "code", message);
    budget_diagnostics_add(diag, &e, is_warning);
}

/* A streaming list hands every entry to its callback and keeps only counts. */
static void test_error_diagnostics_stream(void)
{
    int destroyed = 0;
    Sink *sink = sink_new(0, &destroyed);
    BudgetDiagnostics *diag = budget_diagnostics_new_full(sink_func, sink, sink_destroy);
    bool warning = true;

    CU_ASSERT_PTR_NOT_NULL_FATAL(diag);
    sink->diag = diag;
    add_message(diag, "a", 2, false);
    add_message(diag, "b", 3, true);
    add_message(diag, "c", 4, false);
    /* Each call already counts its own entry: after a (E) 1 entry, 1 error;
     * after b (W) 2 and 1; after c (E) 3 and 2. */
    CU_ASSERT_STRING_EQUAL(sink->seen->str, "a/E/1/1;b/W/2/1;c/E/3/2;");
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 3);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 2);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 3); /* nothing kept by default */
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 0, &warning));
    CU_ASSERT_TRUE(warning); /* left untouched for an entry not kept */
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 2, NULL));
    CU_ASSERT_FALSE(budget_diagnostics_is_stopped(diag));
    budget_diagnostics_sort(diag); /* nothing kept, nothing to sort */
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 3);
    CU_ASSERT_EQUAL(destroyed, 0);
    budget_diagnostics_free(diag);
    CU_ASSERT_EQUAL(destroyed, 1); /* the destroy notify ran once, at free */
}

/* A non-zero return is recorded; the callback is not called again, later
 * entries are still counted. */
static void test_error_diagnostics_stop(void)
{
    int destroyed = 0;
    Sink *sink = sink_new(2, &destroyed);
    BudgetDiagnostics *diag = budget_diagnostics_new_full(sink_func, sink, sink_destroy);

    sink->diag = diag;
    add_message(diag, "a", 2, false);
    CU_ASSERT_FALSE(budget_diagnostics_is_stopped(diag));
    add_message(diag, "b", 3, false); /* the second call returns 7: stop */
    CU_ASSERT_TRUE(budget_diagnostics_is_stopped(diag));
    add_message(diag, "c", 4, true);
    CU_ASSERT_EQUAL(sink->calls, 2);
    CU_ASSERT_STRING_EQUAL(sink->seen->str, "a/E/1/1;b/E/2/2;");
    CU_ASSERT_TRUE(budget_diagnostics_is_stopped(diag)); /* stays stopped */
    /* a, b, c counted; a and b are errors, c a warning. */
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 3);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 2);
    budget_diagnostics_free(diag);
    CU_ASSERT_EQUAL(destroyed, 1);

    /* A list without a callback never stops. */
    diag = budget_diagnostics_new();
    add_message(diag, "a", 2, false);
    CU_ASSERT_FALSE(budget_diagnostics_is_stopped(diag));
    budget_diagnostics_free(diag);
}

/* The callback must not add to the list calling it. */
static int reentrant_func(const BudgetError *entry, bool is_warning, void *user_data)
{
    BudgetDiagnostics *diag = *(BudgetDiagnostics **)user_data;

    EXPECT_CRITICAL(budget_diagnostics_add(diag, entry, is_warning));
    EXPECT_CRITICAL(budget_diagnostics_sort(diag));
    EXPECT_CRITICAL(budget_diagnostics_set_max_kept(diag, 0));
    return 0;
}

static void test_error_diagnostics_reentry(void)
{
    BudgetDiagnostics *diag = NULL;

    diag = budget_diagnostics_new_full(reentrant_func, &diag, NULL);
    budget_diagnostics_set_max_kept(diag, 10);
    add_message(diag, "a", 2, false);
    /* Only the outer add counted and was kept: 1 entry, limit still 10. */
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 1);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 0);
    add_message(diag, "b", 3, false);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 0);
    budget_diagnostics_free(diag); /* no destroy notify: nothing to call */
}

/* max_kept bounds what a list stores; the counts still cover everything. */
static void test_error_diagnostics_max_kept(void)
{
    BudgetDiagnostics *diag = budget_diagnostics_new();
    int destroyed = 0;
    Sink *sink;
    const BudgetError *got;
    bool warning = false;

    budget_diagnostics_set_max_kept(diag, 2);
    add_message(diag, "a", 2, false);
    add_message(diag, "b", 3, true);
    add_message(diag, "c", 4, false);
    add_message(diag, "d", 5, false);
    /* 4 added (3 errors), the first 2 kept, 2 dropped. */
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 4);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 3);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 2);
    got = budget_diagnostics_get(diag, 1, &warning);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    CU_ASSERT_STRING_EQUAL(got->message, "b");
    CU_ASSERT_TRUE(warning);
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 2, NULL));
    /* Lowering the limit releases kept entries: 1 kept, 3 dropped. */
    budget_diagnostics_set_max_kept(diag, 1);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 3);
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 1, NULL));
    got = budget_diagnostics_get(diag, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    CU_ASSERT_STRING_EQUAL(got->message, "a");
    /* Raising it again keeps no more: kept entries stay the first ones
     * added (index 1 would otherwise be "e", the fifth). 5 added, 4 dropped. */
    budget_diagnostics_set_max_kept(diag, (size_t)-1);
    add_message(diag, "e", 6, false);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 5);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 4);
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 1, NULL));
    budget_diagnostics_free(diag);

    /* A limit of 0 on a plain list keeps nothing, counts everything. */
    diag = budget_diagnostics_new();
    budget_diagnostics_set_max_kept(diag, 0);
    add_message(diag, "a", 2, true);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 1);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 0);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 1);
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 0, NULL));
    budget_diagnostics_free(diag);

    /* A streaming list may keep its first entries too; all go to the callback. */
    sink = sink_new(0, &destroyed);
    diag = budget_diagnostics_new_full(sink_func, sink, sink_destroy);
    sink->diag = diag;
    budget_diagnostics_set_max_kept(diag, 1);
    add_message(diag, "a", 2, false);
    add_message(diag, "b", 3, false);
    CU_ASSERT_STRING_EQUAL(sink->seen->str, "a/E/1/1;b/E/2/2;");
    got = budget_diagnostics_get(diag, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    assert_error(got, BUDGET_ERROR_NOT_FOUND, 2, 2, "code");
    CU_ASSERT_PTR_NULL(budget_diagnostics_get(diag, 1, NULL));
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 1);
    budget_diagnostics_free(diag);
    CU_ASSERT_EQUAL(destroyed, 1);

    EXPECT_CRITICAL(budget_diagnostics_set_max_kept(NULL, 1));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(NULL), 0));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_diagnostics_is_stopped(NULL)));
}

/* Without a callback, new_full keeps everything and still releases its data. */
static void count_destroy(void *data)
{
    (*(int *)data)++;
}

static int n_null_destroyed;

static void null_destroy(void *data)
{
    CU_ASSERT_PTR_NULL(data);
    n_null_destroyed++;
}

static void test_error_diagnostics_new_full_no_func(void)
{
    int destroyed = 0;
    BudgetDiagnostics *diag = budget_diagnostics_new_full(NULL, &destroyed, count_destroy);

    for (int i = 0; i < 100; i++)
        add_message(diag, "x", i + 2, false);
    /* 100 added, all kept (the default limit of a list without callback is none). */
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 100);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_dropped(diag), 0);
    CU_ASSERT_PTR_NOT_NULL(budget_diagnostics_get(diag, 99, NULL));
    CU_ASSERT_FALSE(budget_diagnostics_is_stopped(diag));
    budget_diagnostics_free(diag);
    CU_ASSERT_EQUAL(destroyed, 1);

    /* The destroy notify runs also for NULL user data. */
    n_null_destroyed = 0;
    diag = budget_diagnostics_new_full(sink_func, NULL, null_destroy);
    budget_diagnostics_free(diag);
    CU_ASSERT_EQUAL(n_null_destroyed, 1);
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
    {"code from string", test_error_code_from_string},
    {"format", test_error_format},
    {"long message", test_error_long_message},
    {"diagnostics", test_error_diagnostics},
    {"diagnostics stream", test_error_diagnostics_stream},
    {"diagnostics stop", test_error_diagnostics_stop},
    {"diagnostics reentry", test_error_diagnostics_reentry},
    {"diagnostics max kept", test_error_diagnostics_max_kept},
    {"diagnostics new_full without callback", test_error_diagnostics_new_full_no_func},
    {"GError", test_error_gerror},
    {"free and version", test_error_free_and_version},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"error", test_criticals_init, test_criticals_cleanup, NULL, NULL, error_tests},
    CU_SUITE_INFO_NULL,
};
