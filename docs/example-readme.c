/* The C example of README.md: load a department's CSV files, stream the
 * ledger, report at an as-of date and print each project's execution rate.
 * Build: cc example-readme.c $(pkg-config --cflags --libs libbudget)
 * Run:   ./a.out examples/data */
#include <budget.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "examples/data";
    BudgetError err;
    BudgetDate as_of;

    /* The folder in one call: projects.csv, adjustments.csv, indicators.csv,
     * transactions.csv recorded into a ledger at the as-of date. */
    budget_date_parse("2024-08-31", -1, &as_of, NULL);
    BudgetCsvFolder *folder = budget_csv_folder_load(dir, as_of, NULL, NULL, &err);
    BudgetReport *report = NULL;
    if (folder != NULL)
        report = budget_report_new(budget_csv_folder_get_ledger(folder), BUDGET_LEVEL_PROJECT, NULL, &err);
    if (report == NULL) {
        char msg[512];
        budget_error_format(&err, msg, sizeof msg); /* "transactions.csv:12:3: ..." */
        fprintf(stderr, "%s\n", msg);
        budget_csv_folder_free(folder);
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
    budget_csv_folder_free(folder);
    return 0;
}
