/* The C example of README.md: load a department's CSV files, stream the
 * ledger, report at an as-of date and print each project's execution rate.
 * Build: cc example-readme.c $(pkg-config --cflags --libs libbudget)
 * Run:   ./a.out examples/data */
#include <budget.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "examples/data";
    char path[4096];
    BudgetError err;
    BudgetDate as_of;

    BudgetBook *book = budget_csv_load_book(dir, NULL, NULL, &err);
    if (book == NULL) {
        char msg[512];
        budget_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "%s\n", msg);
        return 1;
    }

    budget_date_parse("2024-08-31", -1, &as_of, NULL);
    BudgetLedger *ledger = budget_ledger_new(book, as_of, &err);
    snprintf(path, sizeof path, "%s/transactions.csv", dir);
    BudgetReport *report = NULL;
    if (ledger != NULL && budget_csv_load_transactions(ledger, path, NULL, NULL, &err))
        report = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, &err);
    if (report == NULL) {
        fprintf(stderr, "%s: %s\n", budget_error_code_name(err.code), err.message);
        budget_ledger_unref(ledger);
        budget_book_unref(book);
        return 1;
    }

    for (size_t i = 0; i < budget_report_get_n_rows(report); i++) {
        BudgetFen executed = 0;
        int64_t bp;
        char money[32], rate[16] = "-";
        BudgetStatus status;

        budget_report_get_money(report, i, BUDGET_REPORT_EXECUTED, &executed);
        budget_money_format(executed, money, sizeof money);
        if (budget_report_get_rate(report, i, BUDGET_REPORT_EXECUTION_RATE, &bp))
            budget_money_rate_format(bp, rate, sizeof rate); /* 9512 bp -> "95.12" */
        budget_report_get_status(report, i, &status);
        printf("%-16s executed %14s yuan  rate %7s %%  %s\n", budget_report_get_key(report, i), money, rate,
               budget_status_to_string(status));
    }

    budget_report_free(report);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
    return 0;
}
