/* main() and helpers for the CUnit suites (STYLE.md B9). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <CUnit/Basic.h>

#include "test-util.h"

static GPtrArray *tmpdirs;
static guint critical_handler;

int test_n_criticals;

static void count_critical(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
    test_n_criticals++;
}

int test_criticals_init(void)
{
    critical_handler =
        g_log_set_handler("libbudget", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING, count_critical, NULL);
    return 0;
}

int test_criticals_cleanup(void)
{
    g_log_remove_handler("libbudget", critical_handler);
    return 0;
}

void assert_error_at(const BudgetError *err, int code, int line, int column, const char *field,
                     const char *file, unsigned int at)
{
    char what[512];
    bool ok = err->code == code && (line < 0 || err->line == line) && (column < 0 || err->column == column) &&
              (field == NULL || strcmp(err->field, field) == 0);

    snprintf(what, sizeof what, "expected %s at %d:%d [%s], got %s at %" PRId64 ":%d [%s]: %s",
             budget_error_code_name(code), line, column, field ? field : "*",
             budget_error_code_name(err->code), err->line, err->column, err->field, err->message);
    CU_assertImplementation(ok, at, what, file, "", CU_FALSE);
}

BudgetPlan *test_make_plan(int mar, int jun, int oct, int dec)
{
    BudgetPlan *plan = budget_plan_new();
    const int months[] = {3, 6, 10, 12};
    const int values[] = {mar, jun, oct, dec};

    for (int i = 0; i < 4; i++)
        if (values[i] > 0)
            CU_ASSERT_TRUE(budget_plan_set_month(plan, months[i], values[i] * INT64_C(1000000), NULL));
    return plan;
}

char *test_data_path(const char *name)
{
    return g_build_filename(TEST_DATA_DIR, name, NULL);
}

char *test_read_file(const char *path, size_t *len)
{
    char *full = g_path_is_absolute(path) ? g_strdup(path) : test_data_path(path);
    char *data = NULL;
    gsize n = 0;

    if (!g_file_get_contents(full, &data, &n, NULL)) {
        CU_FAIL("fixture not readable");
        fprintf(stderr, "cannot read %s\n", full);
    }
    g_free(full);
    if (len != NULL)
        *len = n;
    return data;
}

char *test_make_tmpdir(void)
{
    char *dir = g_dir_make_tmp("budget-test-XXXXXX", NULL);

    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    if (tmpdirs == NULL)
        tmpdirs = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(tmpdirs, g_strdup(dir));
    return dir;
}

static void remove_tree(const char *path)
{
    GDir *d = g_dir_open(path, 0, NULL);
    const char *name;

    if (d != NULL) {
        while ((name = g_dir_read_name(d)) != NULL) {
            char *child = g_build_filename(path, name, NULL);
            if (g_file_test(child, G_FILE_TEST_IS_DIR) && !g_file_test(child, G_FILE_TEST_IS_SYMLINK))
                remove_tree(child);
            else
                g_unlink(child);
            g_free(child);
        }
        g_dir_close(d);
    }
    g_rmdir(path);
}

const char *test_shared_dir(void)
{
    static char *dir;
    const char *env = g_getenv("SHARED_DIR");

    if (dir == NULL) {
        const char *cand = env != NULL && *env ? env : SHARED_DIR;
        char *probe = g_build_filename(cand, "datagen", "reference-report", NULL);
        if (g_file_test(probe, G_FILE_TEST_EXISTS))
            dir = g_strdup(cand);
        g_free(probe);
    }
    return dir;
}

int main(void)
{
    unsigned int failures;

    if (CU_initialize_registry() != CUE_SUCCESS)
        return 99;
    if (CU_register_suites(budget_test_suites) != CUE_SUCCESS) {
        fprintf(stderr, "suite registration failed: %s\n", CU_get_error_msg());
        CU_cleanup_registry();
        return 99;
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    failures = CU_get_number_of_failures() + CU_get_number_of_suites_failed();
    CU_cleanup_registry();
    if (tmpdirs != NULL) {
        for (guint i = 0; i < tmpdirs->len; i++)
            remove_tree(g_ptr_array_index(tmpdirs, i));
        g_ptr_array_free(tmpdirs, TRUE);
    }
    return failures == 0 ? 0 : 1;
}
