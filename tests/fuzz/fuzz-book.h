/* A book for the harnesses that load files checked against one: projects
 * whose codes the seeds and the dictionary use. */
#ifndef FUZZ_BOOK_H
#define FUZZ_BOOK_H

#include "fuzz-common.h"

static inline BudgetBook *fuzz_make_book(void)
{
    static const char *const codes[] = {"P001", "P002", "P003", "A", "项目1", "13022424P00JDR797926Q"};
    BudgetBook *book = budget_book_new();

    for (size_t i = 0; i < G_N_ELEMENTS(codes); i++) {
        BudgetProject *p = budget_project_new(codes[i], NULL);
        FUZZ_CHECK(p != NULL);
        budget_project_set_budget(p, 100000000);
        budget_project_set_year(p, 2024);
        FUZZ_CHECK(budget_book_add_project(book, p, NULL));
        budget_project_unref(p);
    }
    return book;
}

typedef bool (*FuzzLoadFunc)(BudgetBook *book, const char *data, ptrdiff_t len, const char *source_name,
                             const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error);

/* Loads @data into a fresh book strictly or leniently; checks the error
 * contract. */
static inline BudgetBook *fuzz_load_into_book(FuzzLoadFunc load, const uint8_t *data, size_t size,
                                              bool lenient, bool *ok, size_t *n_errors)
{
    BudgetBook *book = fuzz_make_book();
    BudgetCsvOptions *options = budget_csv_options_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError error;

    budget_csv_options_set_lenient(options, lenient);
    *ok = load(book, (const char *)data, (ptrdiff_t)size, "fuzz.csv", options, diag, &error);
    fuzz_check_error(&error, *ok);
    *n_errors = fuzz_check_diag(diag);
    if (!lenient)
        FUZZ_CHECK(*ok ? *n_errors == 0 : *n_errors >= 1);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return book;
}

static inline bool fuzz_same_text(const char *a, const char *b)
{
    return strcmp(a != NULL ? a : "", b != NULL ? b : "") == 0;
}

#endif /* FUZZ_BOOK_H */
