/* Fuzzes the 绩效目标表 importer: the same bytes as a text export (both
 * layouts), with and without --unit/--year, strict and not, and as a .docx.
 * Invariants: errors and flags are well-formed; a read that succeeds
 * without options also succeeds with them, with the same projects; a strict
 * read succeeds exactly when the lenient one has no not_understood flag;
 * every project's plan and indicators belong to it. */
#include "fuzz-common.h"

static BudgetTableImport *import(const uint8_t *data, size_t size, bool options, bool strict, bool *ok)
{
    BudgetTableImport *imp = budget_table_import_new();
    BudgetError error;

    if (options) {
        FUZZ_CHECK(budget_table_import_set_money_unit(imp, BUDGET_MONEY_UNIT_WAN));
        FUZZ_CHECK(budget_table_import_set_year(imp, 2024));
    }
    budget_table_import_set_strict(imp, strict);
    *ok = budget_table_import_read_text(imp, (const char *)data, (ptrdiff_t)size, "fuzz.txt", &error);
    fuzz_check_error(&error, *ok);
    if (!*ok)
        FUZZ_CHECK(budget_book_get_n_projects(budget_table_import_get_book(imp)) == 0);
    return imp;
}

static size_t check_flags(const BudgetTableImport *imp)
{
    size_t not_understood = 0;

    for (size_t i = 0; i < budget_table_import_get_n_flags(imp); i++) {
        BudgetTableImportFlag flag;
        const BudgetError *e = budget_table_import_get_flag_nth(imp, i, &flag);

        FUZZ_CHECK(e != NULL && (unsigned)flag < BUDGET_TABLE_IMPORT_FLAG_N);
        fuzz_check_error(e, false);
        FUZZ_CHECK(e->line >= 1 && e->column >= 0);
        FUZZ_CHECK(i == 0 || budget_table_import_get_flag_nth(imp, i - 1, NULL)->line <= e->line);
        not_understood += flag == BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD;
    }
    return not_understood;
}

static void check_book(const BudgetTableImport *imp)
{
    const BudgetBook *book = budget_table_import_get_book(imp);
    size_t n_ind = 0, n_plans = 0;
    char *summary;

    for (size_t i = 0; i < budget_book_get_n_projects(book); i++) {
        const BudgetProject *p = budget_book_get_project_nth(book, i);
        const char *code = budget_project_get_code(p);

        FUZZ_CHECK(g_utf8_validate(code, -1, NULL) && code[0] != '\0');
        n_ind += budget_book_get_project_n_indicators(book, code);
        n_plans += budget_project_get_plan(p) != NULL;
    }
    FUZZ_CHECK(n_ind == budget_book_get_n_indicators(book));
    FUZZ_CHECK(n_plans == budget_table_import_get_n_plans(imp));
    for (size_t i = 0; i < budget_table_import_get_n_goals(imp); i++) {
        const char *code = NULL;
        const char *text = budget_table_import_get_goal_nth(imp, i, &code, NULL);
        FUZZ_CHECK(text != NULL && code != NULL && g_utf8_validate(text, -1, NULL));
    }
    summary = budget_table_import_format_summary(imp);
    FUZZ_CHECK(summary != NULL);
    budget_free(summary);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool plain_ok, options_ok, strict_ok;
    BudgetTableImport *plain, *with_options, *strict;
    BudgetTableImport *docx;
    BudgetError error;
    bool docx_ok;

    fuzz_init_glib();
    plain = import(data, size, false, false, &plain_ok);
    with_options = import(data, size, true, false, &options_ok);
    strict = import(data, size, true, true, &strict_ok);
    if (plain_ok) {
        FUZZ_CHECK(options_ok);
        check_flags(plain);
        check_book(plain);
        /* The options only fill in what the document lacks: it lacked nothing. */
        FUZZ_CHECK(budget_book_get_n_projects(budget_table_import_get_book(plain)) ==
                   budget_book_get_n_projects(budget_table_import_get_book(with_options)));
    }
    if (options_ok) {
        size_t not_understood = check_flags(with_options);
        check_book(with_options);
        FUZZ_CHECK(strict_ok == (not_understood == 0));
    } else {
        FUZZ_CHECK(!strict_ok);
    }
    budget_table_import_free(plain);
    budget_table_import_free(with_options);
    budget_table_import_free(strict);

    docx = budget_table_import_new();
    docx_ok = budget_table_import_read_docx(docx, data, size, "fuzz.docx", &error);
    fuzz_check_error(&error, docx_ok);
    if (docx_ok) {
        check_flags(docx);
        check_book(docx);
    }
    budget_table_import_free(docx);
    return 0;
}
