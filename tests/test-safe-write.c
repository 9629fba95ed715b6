/* CUnit suite: no data lost on write (issue 12). Every file the library
 * writes — projects.csv, adjustments.csv, indicators.csv, transactions.csv
 * and the exports — goes to a temporary file beside it, is flushed and
 * renamed into place. Here each writer replaces an existing file that holds
 * OLD: it succeeds (the new text, no temporary file left), and it fails
 * twice — in a forked child whose file size limit (RLIMIT_FSIZE) is too small
 * for the new text, as a full disk would, and, when not root, in a folder it
 * may not write — and each failure reports BUDGET_ERROR_IO, leaves OLD intact
 * and leaves no temporary file. (The `budget` command writes only to standard
 * output, so the library's writers are every file it writes.) */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "test-util.h"

#define OLD "OLD CONTENT, must survive a failed write\n"
#define N_PROJECTS 40

typedef enum {
    W_PROJECTS,
    W_ADJUSTMENTS,
    W_INDICATORS,
    W_TRANSACTIONS,
    W_EXPORT_CSV,
    W_EXPORT_JSON,
    W_N
} Writer;

static const char *const writer_names[W_N] = {"projects",     "adjustments", "indicators",
                                              "transactions", "export csv",  "export json"};

static BudgetBook *make_book(void)
{
    BudgetBook *book = budget_book_new();

    for (int i = 0; i < N_PROJECTS; i++) {
        char code[16];
        BudgetProject *p;
        BudgetIndicator *ind;

        g_snprintf(code, sizeof code, "P%03d", i);
        p = budget_project_new(code, NULL);
        budget_project_set_name(p, "一个名字足够长的项目，让文件超过几百字节");
        budget_project_set_year(p, 2024);
        budget_project_set_budget(p, 123456789);
        CU_ASSERT_FATAL(budget_book_add_project(book, p, NULL));
        budget_project_unref(p);
        CU_ASSERT_FATAL(budget_book_add_adjustment(book, 20240301, code, 1000, "追加预算，理由足够长", NULL));
        ind = budget_indicator_new(code, NULL);
        budget_indicator_set_description(ind, "监测站点数量：足够长的描述");
        budget_indicator_set_target(ind, "≥95%");
        CU_ASSERT_FATAL(budget_book_add_indicator(book, ind, NULL));
        budget_indicator_unref(ind);
    }
    return book;
}

/* Runs one writer; false with @error filled on failure. */
static bool run_writer(Writer w, BudgetBook *book, const char *path, BudgetError *error)
{
    BudgetTransaction tx[N_PROJECTS];
    BudgetExport *ex;
    BudgetLedger *ledger;
    BudgetReport *report;
    bool ok;

    switch (w) {
    case W_PROJECTS:
        return budget_csv_save_projects(book, path, error);
    case W_ADJUSTMENTS:
        return budget_csv_save_adjustments(book, path, error);
    case W_INDICATORS:
        return budget_csv_save_indicators(book, path, error);
    case W_TRANSACTIONS:
        memset(tx, 0, sizeof tx);
        for (size_t i = 0; i < N_PROJECTS; i++) {
            tx[i].date = 20240315;
            tx[i].code = budget_project_get_code(budget_book_get_project_nth(book, i));
            tx[i].amount = 1234567;
            tx[i].voucher = "记-202403-000001";
            tx[i].memo = "支付某某公司委托业务费，摘要足够长";
        }
        return budget_csv_save_transactions(path, tx, N_PROJECTS, error);
    case W_EXPORT_CSV:
    case W_EXPORT_JSON:
    default:
        ledger = budget_ledger_new(book, 20241231, error);
        report = ledger != NULL ? budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, error) : NULL;
        ex = budget_export_new_for_path(
            w == W_EXPORT_CSV ? BUDGET_EXPORT_FORMAT_CSV : BUDGET_EXPORT_FORMAT_JSON, path);
        ok = report != NULL && budget_export_report(ex, report, error);
        budget_export_free(ex);
        budget_report_free(report);
        budget_ledger_unref(ledger);
        return ok;
    }
}

static char *read_all(const char *path)
{
    char *text = NULL;

    if (!g_file_get_contents(path, &text, NULL, NULL))
        return g_strdup("(unreadable)");
    return text;
}

/* The names in @dir other than "out": temporary files left behind. */
static int n_strays(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    int n = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    while ((name = g_dir_read_name(d)) != NULL)
        if (strcmp(name, "out") != 0) {
            fprintf(stderr, "left behind: %s/%s\n", dir, name);
            n++;
        }
    g_dir_close(d);
    return n;
}

static void test_safe_write_success(void)
{
    BudgetBook *book = make_book();

    for (int w = 0; w < W_N; w++) {
        char *dir = test_make_tmpdir(), *path = g_build_filename(dir, "out", NULL), *text;
        BudgetError error;

        CU_ASSERT_FATAL(g_file_set_contents(path, OLD, -1, NULL));
        if (!run_writer((Writer)w, book, path, &error))
            fprintf(stderr, "%s: %s\n", writer_names[w], error.message);
        CU_ASSERT_EQUAL(error.code, BUDGET_ERROR_OK);
        text = read_all(path);
        /* Replaced whole: longer than the limit the next test sets. */
        CU_ASSERT(strcmp(text, OLD) != 0 && strlen(text) > 600);
        CU_ASSERT_EQUAL(n_strays(dir), 0);
        g_free(text);
        g_free(path);
        g_free(dir);
    }
    budget_book_unref(book);
}

/* In a child limited to 512-byte files (SIGXFSZ ignored, so write() fails
 * with EFBIG, as on a full disk): the writer must fail with IO. Exit 0 when
 * it did, 1 when it succeeded, 2 for another error code. */
static int fail_in_child(Writer w, BudgetBook *book, const char *path)
{
    struct rlimit limit = {512, 512};
    BudgetError error;
    pid_t pid;
    int status = 0;

    fflush(NULL);
    pid = fork();
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            _exit(3);
        if (run_writer(w, book, path, &error))
            _exit(1);
        _exit(error.code == BUDGET_ERROR_IO ? 0 : 2);
    }
    CU_ASSERT_FATAL(pid > 0);
    CU_ASSERT_FATAL(waitpid(pid, &status, 0) == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void test_safe_write_size_limit(void)
{
    BudgetBook *book = make_book();

    for (int w = 0; w < W_N; w++) {
        char *dir = test_make_tmpdir(), *path = g_build_filename(dir, "out", NULL), *text;
        int rc;

        CU_ASSERT_FATAL(g_file_set_contents(path, OLD, -1, NULL));
        rc = fail_in_child((Writer)w, book, path);
        if (rc != 0)
            fprintf(stderr, "%s: the child exited %d\n", writer_names[w], rc);
        CU_ASSERT_EQUAL(rc, 0);
        text = read_all(path);
        CU_ASSERT_STRING_EQUAL(text, OLD);
        CU_ASSERT_EQUAL(n_strays(dir), 0);
        g_free(text);
        g_free(path);
        g_free(dir);
    }
    budget_book_unref(book);
}

static void test_safe_write_read_only_folder(void)
{
    BudgetBook *book = make_book();

    if (geteuid() == 0) {
        /* root writes anywhere: the size limit above covers the failure path. */
        fprintf(stderr,
                "(running as root: the read-only folder case cannot fail; size limit tested instead) ");
        budget_book_unref(book);
        return;
    }
    for (int w = 0; w < W_N; w++) {
        char *dir = test_make_tmpdir(), *path = g_build_filename(dir, "out", NULL), *text;
        BudgetError error;

        CU_ASSERT_FATAL(g_file_set_contents(path, OLD, -1, NULL));
        CU_ASSERT_FATAL(g_chmod(dir, 0555) == 0);
        CU_ASSERT_FALSE(run_writer((Writer)w, book, path, &error));
        CU_ASSERT_EQUAL(error.code, BUDGET_ERROR_IO);
        CU_ASSERT(g_utf8_validate(error.message, -1, NULL) && error.message[0] != '\0');
        text = read_all(path);
        CU_ASSERT_STRING_EQUAL(text, OLD);
        CU_ASSERT_EQUAL(n_strays(dir), 0);
        g_chmod(dir, 0755);
        g_free(text);
        g_free(path);
        g_free(dir);
    }
    budget_book_unref(book);
}

static CU_TestInfo safe_write_tests[] = {
    {"each writer replaces the file whole", test_safe_write_success},
    {"a file size limit leaves the old file", test_safe_write_size_limit},
    {"a read-only folder leaves the old file", test_safe_write_read_only_folder},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"safe-write", NULL, NULL, NULL, NULL, safe_write_tests},
    CU_SUITE_INFO_NULL,
};
