/* Fuzzes indicators.csv loading, strict and lenient. Invariants: a strict
 * load succeeds exactly when a lenient one reports no error, and both hold
 * the same indicators; what loads saves and reads back the same (texts,
 * level, weight); every target parses or says why not. */
#include "fuzz-book.h"

#include <unistd.h>

static void check_same(const BudgetBook *a, const BudgetBook *b)
{
    FUZZ_CHECK(budget_book_get_n_indicators(a) == budget_book_get_n_indicators(b));
    for (size_t i = 0; i < budget_book_get_n_indicators(a); i++) {
        const BudgetIndicator *x = budget_book_get_indicator_nth(a, i),
                              *y = budget_book_get_indicator_nth(b, i);
        BudgetIndicatorLevel lx, ly;
        int64_t wx = 0, wy = 0;
        FUZZ_CHECK(strcmp(budget_indicator_get_code(x), budget_indicator_get_code(y)) == 0);
        FUZZ_CHECK(fuzz_same_text(budget_indicator_get_description(x), budget_indicator_get_description(y)));
        FUZZ_CHECK(fuzz_same_text(budget_indicator_get_target(x), budget_indicator_get_target(y)));
        FUZZ_CHECK(fuzz_same_text(budget_indicator_get_basis(x), budget_indicator_get_basis(y)));
        FUZZ_CHECK(fuzz_same_text(budget_indicator_get_actual(x), budget_indicator_get_actual(y)));
        FUZZ_CHECK(budget_indicator_get_level(x, &lx) == budget_indicator_get_level(y, &ly));
        FUZZ_CHECK(budget_indicator_get_weight(x, &wx) == budget_indicator_get_weight(y, &wy) && wx == wy);
    }
}

static void check_round_trip(const BudgetBook *book)
{
    static char path[64];
    BudgetBook *back = fuzz_make_book();
    BudgetError error;
    bool ok;

    if (path[0] == '\0')
        g_snprintf(path, sizeof path, "%s/fuzz-indicators-%ld.csv", g_get_tmp_dir(), (long)getpid());
    ok = budget_csv_save_indicators(book, path, &error);
    fuzz_check_error(&error, ok);
    FUZZ_CHECK(ok);
    ok = budget_csv_load_indicators(back, path, NULL, NULL, &error);
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
        fuzz_load_into_book(budget_csv_load_indicators_data, data, size, false, &strict_ok, &strict_errors);
    lenient =
        fuzz_load_into_book(budget_csv_load_indicators_data, data, size, true, &lenient_ok, &lenient_errors);
    if (!lenient_ok)
        FUZZ_CHECK(!strict_ok);
    if (strict_ok) {
        FUZZ_CHECK(lenient_ok && lenient_errors == 0);
        check_same(strict, lenient);
        for (size_t i = 0; i < budget_book_get_n_indicators(strict); i++) {
            const char *target = budget_indicator_get_target(budget_book_get_indicator_nth(strict, i));
            BudgetError error;
            BudgetTarget *t = target != NULL ? budget_target_parse(target, -1, 2024, &error) : NULL;
            if (target != NULL)
                FUZZ_CHECK(t != NULL); /* loaded text is UTF-8 */
            budget_target_unref(t);
        }
        check_round_trip(strict);
    } else if (lenient_ok) {
        FUZZ_CHECK(lenient_errors >= 1);
    }
    budget_book_unref(strict);
    budget_book_unref(lenient);
    return 0;
}
