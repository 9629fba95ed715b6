/* Fuzzes projects.csv loading, strict and lenient. Invariants: a strict
 * load succeeds exactly when a lenient one reports no error; both load the
 * same projects; and what loads saves and reads back identical to the fen. */
#include "fuzz-common.h"
#include <inttypes.h>

#include <unistd.h>

static BudgetBook *load(const uint8_t *data, size_t size, bool lenient, bool *ok, size_t *n_errors)
{
    BudgetBook *book = budget_book_new();
    BudgetCsvOptions *options = budget_csv_options_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError error;

    budget_csv_options_set_lenient(options, lenient);
    *ok =
        budget_csv_load_projects_data(book, (const char *)data, size, "projects.csv", options, diag, &error);
    fuzz_check_error(&error, *ok);
    *n_errors = fuzz_check_diag(diag);
    if (!lenient)
        FUZZ_CHECK(*ok ? *n_errors == 0 : *n_errors >= 1);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return book;
}

static bool same_text(const char *a, const char *b)
{
    return strcmp(a != NULL ? a : "", b != NULL ? b : "") == 0;
}

static void check_same_project(const BudgetProject *a, const BudgetProject *b)
{
    const BudgetPlan *pa = budget_project_get_plan(a), *pb = budget_project_get_plan(b);

    FUZZ_CHECK(strcmp(budget_project_get_code(a), budget_project_get_code(b)) == 0);
    FUZZ_CHECK(same_text(budget_project_get_name(a), budget_project_get_name(b)));
    FUZZ_CHECK(same_text(budget_project_get_unit(a), budget_project_get_unit(b)));
    FUZZ_CHECK(same_text(budget_project_get_purpose(a), budget_project_get_purpose(b)));
    FUZZ_CHECK(budget_project_get_year(a) == budget_project_get_year(b));
    FUZZ_CHECK(budget_project_get_budget(a) == budget_project_get_budget(b));
    for (int s = BUDGET_SOURCE_FISCAL; s <= BUDGET_SOURCE_OTHER; s++) {
        BudgetFen va = 0, vb = 0;
        bool ga = budget_project_get_funding(a, (BudgetSource)s, &va);
        bool gb = budget_project_get_funding(b, (BudgetSource)s, &vb);
        FUZZ_CHECK(ga == gb && va == vb);
    }
    FUZZ_CHECK((pa == NULL) == (pb == NULL));
    if (pa != NULL) {
        FUZZ_CHECK(budget_plan_get_form(pa) == budget_plan_get_form(pb));
        for (int m = 1; m <= 12; m++) {
            int64_t va = 0, vb = 0;
            bool ha = budget_plan_has_month(pa, m, &va), hb = budget_plan_has_month(pb, m, &vb);
            FUZZ_CHECK(ha == hb && va == vb);
        }
    }
    FUZZ_CHECK(budget_project_get_n_extras(a) <= budget_project_get_n_extras(b));
    for (size_t k = 0; k < budget_project_get_n_extras(a); k++) {
        const char *value = NULL;
        const char *name = budget_project_get_extra_nth(a, k, &value);
        FUZZ_CHECK(same_text(value, budget_project_get_extra(b, name)));
    }
}

/* Saves @book and reads the file back strictly: the same projects, to the fen. */
static void check_round_trip(const BudgetBook *book)
{
    static char path[64];
    BudgetBook *back;
    BudgetError error;
    bool ok;

    if (path[0] == '\0')
        g_snprintf(path, sizeof path, "%s/fuzz-projects-%ld.csv", g_get_tmp_dir(), (long)getpid());
    ok = budget_csv_save_projects(book, path, &error);
    fuzz_check_error(&error, ok);
    FUZZ_CHECK(ok);
    back = budget_book_new();
    ok = budget_csv_load_projects(back, path, NULL, NULL, &error);
    if (!ok)
        fprintf(stderr, "re-read failed: %s:%" PRId64 ":%d: %s\n", error.source, error.line, error.column,
                error.message);
    FUZZ_CHECK(ok);
    FUZZ_CHECK(budget_book_get_n_projects(back) == budget_book_get_n_projects(book));
    for (size_t i = 0; i < budget_book_get_n_projects(book); i++)
        check_same_project(budget_book_get_project_nth(book, i), budget_book_get_project_nth(back, i));
    budget_book_unref(back);
    g_unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool strict_ok, lenient_ok;
    size_t strict_errors, lenient_errors;
    BudgetBook *strict, *lenient;

    fuzz_init_glib();
    strict = load(data, size, false, &strict_ok, &strict_errors);
    lenient = load(data, size, true, &lenient_ok, &lenient_errors);

    /* Lenient mode fails only where strict mode does (a file-level problem). */
    if (!lenient_ok)
        FUZZ_CHECK(!strict_ok);
    if (strict_ok) {
        FUZZ_CHECK(lenient_ok && lenient_errors == 0);
        FUZZ_CHECK(budget_book_get_n_projects(strict) == budget_book_get_n_projects(lenient));
        for (size_t i = 0; i < budget_book_get_n_projects(strict); i++)
            check_same_project(budget_book_get_project_nth(strict, i),
                               budget_book_get_project_nth(lenient, i));
        check_round_trip(strict);
    } else if (lenient_ok) {
        /* Nothing dropped silently: what strict refused, lenient reports. */
        FUZZ_CHECK(lenient_errors >= 1);
    }
    budget_book_unref(strict);
    budget_book_unref(lenient);
    return 0;
}
