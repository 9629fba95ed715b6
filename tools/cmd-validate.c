/* budget validate: every problem of every file of a data folder. */
#include <string.h>

#include "budget-tool.h"

/* A file-level failure even lenient reading cannot get past (a missing
 * column, an undecodable file) is one more problem of that file, unless the
 * reader already listed it. */
static void add_failure(BudgetDiagnostics *diag, const BudgetError *err)
{
    for (size_t i = 0; i < budget_diagnostics_get_n(diag); i++) {
        const BudgetError *e = budget_diagnostics_get(diag, i, NULL);
        if (e != NULL && e->code == err->code && e->line == err->line && e->column == err->column &&
            strcmp(e->source, err->source) == 0 && strcmp(e->message, err->message) == 0)
            return;
    }
    budget_diagnostics_add(diag, err, false);
}

/* The problems sorted by file name inside the folder, then line and column.
 * Sources are the paths the library opened, which may differ in their folder
 * part between files, so sort a copy named by the bare file name. */
static BudgetDiagnostics *by_file_name(const BudgetDiagnostics *diag)
{
    BudgetDiagnostics *copy = budget_diagnostics_new();

    for (size_t i = 0; i < budget_diagnostics_get_n(diag); i++) {
        bool is_warning = false;
        const BudgetError *e = budget_diagnostics_get(diag, i, &is_warning);
        BudgetError entry;
        char *base;
        if (e == NULL)
            continue;
        entry = *e;
        base = g_path_get_basename(e->source);
        g_strlcpy(entry.source, e->source[0] != '\0' ? base : "", sizeof entry.source);
        g_free(base);
        budget_diagnostics_add(copy, &entry, is_warning);
    }
    budget_diagnostics_sort(copy);
    return copy;
}

static int run_validate(const char *dir, const char *encoding)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetDiagnostics *sorted;
    BudgetBook *book = NULL;
    BudgetError err;
    char *transactions = NULL, *department = NULL;
    BudgetLedger *ledger = NULL;
    size_t n_transactions = 0, n_errors, n_warnings;
    int status = TOOL_EXIT_USAGE;

    budget_csv_options_set_lenient(options, true);
    budget_csv_options_set_check_vouchers(options, true);
    if (!tool_set_encoding(options, encoding))
        goto out;

    book = budget_csv_load_book(dir, options, diag, &err);
    if (book == NULL) {
        if (err.code == BUDGET_ERROR_IO) {
            char *text = tool_format_problem(&err, FALSE);
            tool_errorf("%s", text);
            g_free(text);
            goto out;
        }
        add_failure(diag, &err);
    } else {
        /* Record the ledger, not only read it: a total that overflows is a
         * problem `budget report` would stop at, so validate finds it too. */
        BudgetDate as_of = budget_date_month_end(budget_book_get_year(book), 12);
        ledger = budget_ledger_new(book, as_of, &err);
        transactions = g_build_filename(dir, "transactions.csv", NULL);
        if (ledger != NULL && g_file_test(transactions, G_FILE_TEST_EXISTS) &&
            !budget_csv_load_transactions(ledger, transactions, options, diag, &err)) {
            if (err.code == BUDGET_ERROR_IO && err.line == 0) {
                tool_errorf("%s: cannot read: %s", transactions, err.message);
                goto out;
            }
            add_failure(diag, &err);
        }
        if (ledger != NULL)
            n_transactions = budget_ledger_get_n_transactions(ledger, -1);
    }
    department = g_build_filename(dir, "department.csv", NULL);
    if (g_file_test(department, G_FILE_TEST_EXISTS)) {
        BudgetDepartmentInputs *inputs = budget_csv_load_department(department, options, diag, &err);
        if (inputs == NULL) {
            if (err.code == BUDGET_ERROR_IO && err.line == 0) {
                tool_errorf("%s: cannot read: %s", department, err.message);
                goto out;
            }
            add_failure(diag, &err);
        }
        budget_department_inputs_free(inputs);
    }

    sorted = by_file_name(diag);
    for (size_t i = 0; i < budget_diagnostics_get_n(sorted); i++) {
        bool is_warning = false;
        const BudgetError *e = budget_diagnostics_get(sorted, i, &is_warning);
        char *text;
        if (e == NULL)
            continue;
        text = tool_format_problem(e, is_warning);
        printf("%s\n", text);
        g_free(text);
    }
    budget_diagnostics_free(sorted);
    n_errors = budget_diagnostics_get_n_errors(diag);
    n_warnings = budget_diagnostics_get_n(diag) - n_errors;
    if (book != NULL)
        fprintf(stderr, "%zu projects, %zu transactions, %zu adjustments, %zu indicators: ",
                budget_book_get_n_projects(book), n_transactions, budget_book_get_n_adjustments(book),
                budget_book_get_n_indicators(book));
    if (n_errors == 0)
        fprintf(stderr, "no errors, %zu warning%s\n", n_warnings, n_warnings == 1 ? "" : "s");
    else
        fprintf(stderr, "%zu error%s, %zu warning%s\n", n_errors, n_errors == 1 ? "" : "s", n_warnings,
                n_warnings == 1 ? "" : "s");
    fflush(stdout);
    status = n_errors > 0 ? TOOL_EXIT_PROBLEMS : TOOL_EXIT_OK;

out:
    g_free(transactions);
    g_free(department);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return status;
}

int tool_cmd_validate(int argc, char **argv)
{
    char *encoding = NULL;
    GOptionEntry entries[] = {
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &encoding, "Input encoding (default: auto)",
         "auto|UTF-8|GB18030"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new("DIR - list every problem in every file");
    int status = TOOL_EXIT_USAGE;

    g_set_prgname("budget validate");
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, "Reads projects.csv, indicators.csv, adjustments.csv, transactions.csv and\n"
                 "department.csv (when present) leniently\n"
                 "and prints one line per problem on stdout, sorted by file and line:\n"
                 "  FILE:LINE:COLUMN: message\n"
                 "  FILE:LINE:COLUMN: warning: message   (usable but suspicious: a duplicate\n"
                 "                                        voucher number, an invalid plan)\n"
                 "LINE is the physical line where the record starts (the header is line 1),\n"
                 "COLUMN the 1-based field. A summary goes to stderr.\n"
                 "\n"
                 "Exit status: 0 no errors (warnings allowed), 1 errors found,\n"
                 "2 usage error or unreadable folder.");
    if (!tool_parse_args(context, "validate", &argc, &argv))
        goto out;
    if (!tool_check_data_dir(argv[1]))
        goto out;
    status = run_validate(argv[1], encoding);

out:
    g_option_context_free(context);
    g_free(encoding);
    return status;
}
