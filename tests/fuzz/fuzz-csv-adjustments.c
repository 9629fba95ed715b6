/* Fuzzes adjustments.csv loading, strict and lenient. Invariants: a strict
 * load succeeds exactly when a lenient one reports no error, and both hold
 * the same adjustments; what loads saves and reads back identical to the fen;
 * every adjusted budget is either a value or OVERFLOW. */
#include "fuzz-book.h"

#include <unistd.h>

static void check_same(const BudgetBook *a, const BudgetBook *b)
{
    FUZZ_CHECK(budget_book_get_n_adjustments(a) == budget_book_get_n_adjustments(b));
    for (size_t i = 0; i < budget_book_get_n_adjustments(a); i++) {
        BudgetDate da, db;
        const char *ca, *cb, *ra, *rb;
        BudgetFen fa, fb;
        FUZZ_CHECK(budget_book_get_adjustment_nth(a, i, &da, &ca, &fa, &ra));
        FUZZ_CHECK(budget_book_get_adjustment_nth(b, i, &db, &cb, &fb, &rb));
        FUZZ_CHECK(da == db && fa == fb && strcmp(ca, cb) == 0 && fuzz_same_text(ra, rb));
        FUZZ_CHECK(budget_date_is_valid(da));
    }
}

static void check_round_trip(const BudgetBook *book)
{
    static char path[64];
    BudgetBook *back = fuzz_make_book();
    BudgetError error;
    bool ok;

    if (path[0] == '\0')
        g_snprintf(path, sizeof path, "%s/fuzz-adjustments-%ld.csv", g_get_tmp_dir(), (long)getpid());
    ok = budget_csv_save_adjustments(book, path, &error);
    fuzz_check_error(&error, ok);
    FUZZ_CHECK(ok);
    ok = budget_csv_load_adjustments(back, path, NULL, NULL, &error);
    if (!ok)
        fprintf(stderr, "re-read failed: %s\n", error.message);
    FUZZ_CHECK(ok);
    check_same(book, back);
    budget_book_unref(back);
    g_unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool strict_ok, lenient_ok;
    size_t strict_errors, lenient_errors;
    BudgetBook *strict, *lenient;

    fuzz_init_glib();
    strict =
        fuzz_load_into_book(budget_csv_load_adjustments_data, data, size, false, &strict_ok, &strict_errors);
    lenient =
        fuzz_load_into_book(budget_csv_load_adjustments_data, data, size, true, &lenient_ok, &lenient_errors);
    if (!lenient_ok)
        FUZZ_CHECK(!strict_ok);
    if (strict_ok) {
        FUZZ_CHECK(lenient_ok && lenient_errors == 0);
        check_same(strict, lenient);
        for (size_t i = 0; i < budget_book_get_n_projects(strict); i++) {
            const char *code = budget_project_get_code(budget_book_get_project_nth(strict, i));
            BudgetFen v;
            BudgetError error;
            bool ok = budget_book_get_adjusted_budget(strict, code, 20241231, &v, &error);
            fuzz_check_error(&error, ok);
            FUZZ_CHECK(ok || error.code == BUDGET_ERROR_OVERFLOW);
        }
        check_round_trip(strict);
    } else if (lenient_ok) {
        FUZZ_CHECK(lenient_errors >= 1);
    }
    budget_book_unref(strict);
    budget_book_unref(lenient);
    return 0;
}
