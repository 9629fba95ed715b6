/* budget validate: every problem of every file of a data folder. */
#include <string.h>

#include "budget-tool.h"

/* Counts the rows of a ledger read without a book (projects.csv failed). */
static int count_row(const BudgetTransaction *t, void *user_data)
{
    (void)t;
    (*(size_t *)user_data)++;
    return 0;
}

/* Every problem of every file, printed as it is found: memory grows with the
 * projects, never with the problems (a streaming diagnostics list). Files
 * are read in order — the folder's other files, projects.csv, indicators.csv,
 * adjustments.csv, transactions.csv, department.csv — and within a file in
 * line order; duplicate vouchers come after the other problems of
 * transactions.csv (they are confirmed in a second reading). */
static int run_validate(const char *dir, const char *encoding, const ToolFormat *fmt)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    ToolProblems problems;
    /* With --format the problems are kept and written as one table at the
     * end (warnings still count as they are found); otherwise each prints as
     * it is found. */
    BudgetDiagnostics *diag = tool_problems_new(&problems, stdout, TRUE);
    BudgetBook *book = NULL;
    BudgetError err;
    char *transactions = NULL, *department = NULL;
    BudgetLedger *ledger = NULL;
    BudgetDepartmentInputs *inputs = NULL;
    size_t n_transactions = 0;
    int status = TOOL_EXIT_USAGE;

    problems.mark_rejected = FALSE;
    if (fmt != NULL) {
        problems.silent = TRUE;
        budget_diagnostics_set_max_kept(diag, (size_t)-1);
    }
    budget_csv_options_set_lenient(options, true);
    budget_csv_options_set_check_vouchers(options, true);
    if (!tool_set_encoding(options, encoding))
        goto out;

    /* Every failure of a lenient load is in the list already. */
    book = budget_csv_load_book(dir, options, diag, &err);
    if (!budget_csv_find_file(dir, "transactions.csv", &transactions, &err))
        budget_diagnostics_add(diag, &err, false);
    if (book != NULL) {
        /* Record the ledger, not only read it: a total that overflows is a
         * problem `budget report` would stop at, so validate finds it too. */
        BudgetDate as_of = budget_date_month_end(budget_book_get_year(book), 12);
        ledger = budget_ledger_new(book, as_of, &err);
        if (ledger == NULL)
            budget_diagnostics_add(diag, &err, false);
        else if (transactions != NULL)
            (void)budget_csv_load_transactions(ledger, transactions, options, diag, &err);
        if (ledger != NULL)
            n_transactions = budget_ledger_get_n_transactions(ledger);
    } else if (transactions != NULL) {
        /* Without the projects, the codes cannot be checked; every other
         * cell can. */
        (void)budget_csv_read_transactions(NULL, transactions, options, count_row, &n_transactions, diag,
                                           &err);
    }
    if (!budget_csv_find_file(dir, "department.csv", &department, &err))
        budget_diagnostics_add(diag, &err, false);
    if (department != NULL)
        inputs = budget_csv_load_department(department, options, diag, &err);
    /* Every computation report, score and score --department run, at every
     * as-of date and level, so that a folder called clean never fails later. */
    if (book != NULL && !budget_monitor_check(book, ledger, inputs, diag, &err))
        budget_diagnostics_add(diag, &err, false);

    if (fmt != NULL) {
        BudgetExport *out = tool_format_export(fmt);
        gboolean ok = budget_export_problems(out, diag, &err);
        budget_export_free(out);
        if (!ok) {
            tool_print_export_problem(&err);
            status = TOOL_EXIT_USAGE;
            goto out;
        }
    }
    fflush(stdout);
    /* --quiet: the problems on stdout and the exit status say it all. */
    if (!tool_quiet) {
        if (book != NULL)
            fprintf(stderr, _("%zu projects, %zu transactions, %zu adjustments, %zu indicators: "),
                    budget_book_get_n_projects(book), n_transactions, budget_book_get_n_adjustments(book),
                    budget_book_get_n_indicators(book));
        char errors[32], warnings[32];

        /* The counts go in as text: a G_GUINT64_FORMAT cannot be in a message id. */
        g_snprintf(errors, sizeof errors, "%" G_GUINT64_FORMAT, problems.n_errors);
        g_snprintf(warnings, sizeof warnings, "%" G_GUINT64_FORMAT, problems.n_warnings);
        if (problems.n_errors == 0) {
            fprintf(stderr,
                    ngettext("no errors, %s warning\n", "no errors, %s warnings\n", problems.n_warnings),
                    warnings);
        } else {
            fprintf(stderr, ngettext("%s error, ", "%s errors, ", problems.n_errors), errors);
            fprintf(stderr, ngettext("%s warning\n", "%s warnings\n", problems.n_warnings), warnings);
        }
    }
    status = problems.n_errors > 0 ? TOOL_EXIT_PROBLEMS : TOOL_EXIT_OK;

out:
    budget_department_inputs_free(inputs);
    budget_free(transactions);
    budget_free(department);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return status;
}

int tool_cmd_validate(int argc, char **argv)
{
    char *encoding = NULL;
    ToolFormatArgs fargs = {.width = -1};
    ToolFormat fmt;
    GOptionEntry entries[] = {
        TOOL_FORMAT_ENTRIES(fargs),
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &encoding, N_("Input encoding (default: auto)"),
         "auto|UTF-8|GB18030"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &tool_quiet,
         N_("No summary on stderr (the problems are still printed)"), NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new(_("DIR - list every problem in every file"));
    int status = TOOL_EXIT_USAGE;

    g_set_prgname("budget validate");
    g_option_context_set_translation_domain(context, GETTEXT_PACKAGE);
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, _("Reads projects.csv, indicators.csv, adjustments.csv, transactions.csv and\n"
                   "department.csv (when present) leniently\n"
                   "and prints one line per problem on stdout as it is found, file by file\n"
                   "and line by line (duplicate vouchers after the other problems of\n"
                   "transactions.csv):\n"
                   "  FILE:LINE:COLUMN: message\n"
                   "  FILE:LINE:COLUMN: warning: message   (usable but suspicious: a duplicate\n"
                   "                                        voucher number, an invalid plan)\n"
                   "LINE is the physical line where the record starts (the header is line 1),\n"
                   "COLUMN the 1-based field. A summary goes to stderr.\n"
                   "With --format (table, csv, json, markdown, html, xlsx) the problems are\n"
                   "written as one table: file,line,end_line,column,field,code,severity,message.\n"
                   "\n"
                   "Examples:\n"
                   "  budget validate examples/data\n"
                   "  budget validate data --encoding GB18030 > problems.txt\n"
                   "\n"
                   "Exit status: 0 no errors (warnings allowed), 1 errors found,\n"
                   "2 usage error or unreadable folder."));
    if (!tool_parse_args(context, "validate", &argc, &argv))
        goto out;
    if (!tool_check_data_dir(argv[1]))
        goto out;
    if (!tool_format_parse(&fargs, &fmt))
        goto out;
    /* No --format: the FILE:LINE:COLUMN lines, streamed. */
    status = run_validate(argv[1], encoding, fargs.format != NULL || fargs.out != NULL ? &fmt : NULL);

out:
    g_option_context_free(context);
    g_free(encoding);
    tool_format_args_clear(&fargs);
    return status;
}
