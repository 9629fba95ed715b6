/* report-demo: where does each project of the example department stand on
 * 2024-08-31?  Loads $BUDGET_EXAMPLE_DATA (default examples/data), streams
 * its ledger, prints code, execution rate and status per project, and checks
 * a few values computed independently from the CSV files (see
 * examples/data/README.md); exits 1 on a mismatch. */
#include <budget.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void check_i64(const char *what, int64_t expected, int64_t actual)
{
    if (expected != actual) {
        fprintf(stderr, "MISMATCH %s: expected %lld, got %lld\n", what, (long long)expected,
                (long long)actual);
        failures++;
    }
}

int main(void)
{
    const char *dir = getenv("BUDGET_EXAMPLE_DATA") ? getenv("BUDGET_EXAMPLE_DATA") : "examples/data";
    char path[4096], buf[256], rate[32];
    BudgetError err;
    BudgetBook *book;
    BudgetLedger *ledger;
    BudgetReport *projects, *department;
    BudgetFen fen;
    int64_t bp;
    BudgetStatus status;
    size_t row;

    book = budget_csv_load_book(dir, NULL, NULL, &err);
    if (book == NULL) {
        budget_error_format(&err, buf, sizeof buf);
        fprintf(stderr, "report-demo: %s\n", buf);
        return 1;
    }
    ledger = budget_ledger_new(book, 20240831, &err);
    snprintf(path, sizeof path, "%s/transactions.csv", dir);
    if (ledger == NULL || !budget_csv_load_transactions(ledger, path, NULL, NULL, &err)) {
        budget_error_format(&err, buf, sizeof buf);
        fprintf(stderr, "report-demo: %s\n", buf);
        return 1;
    }
    projects = budget_report_new(ledger, BUDGET_LEVEL_PROJECT, NULL, &err);
    department = budget_report_new(ledger, BUDGET_LEVEL_DEPARTMENT, NULL, &err);
    if (projects == NULL || department == NULL) {
        fprintf(stderr, "report-demo: %s\n", err.message);
        return 1;
    }

    printf("%-20s %8s  %s\n", "code", "rate%", "status");
    for (size_t i = 0; i < budget_report_get_n_rows(projects); i++) {
        rate[0] = '\0';
        if (budget_report_get_rate(projects, i, BUDGET_REPORT_EXECUTION_RATE, &bp))
            budget_money_rate_format(bp, rate, sizeof rate);
        budget_report_get_status(projects, i, &status);
        printf("%-20s %8s  %s\n", budget_report_get_key(projects, i), rate, budget_status_to_string(status));
    }

    /* 16 projects: 5 from seed 000 and 11 from seed 003. */
    check_i64("project rows", 16, (int64_t)budget_report_get_n_rows(projects));
    /* GXQ-2024-005 交通费: Σ amounts dated <= 2024-08-31 = 102000.00 yuan,
     * budget 100000.00, so over budget. */
    if (budget_report_find(projects, "GXQ-2024-005", &row)) {
        /* The row carries the project's name: no need to keep the book. */
        check_i64("GXQ-2024-005 name is 交通费", 1,
                  strcmp(budget_report_get_name(projects, row), "交通费") == 0);
        check_i64("GXQ-2024-005 executed", 10200000,
                  budget_report_get_money(projects, row, BUDGET_REPORT_EXECUTED, &fen) ? fen : -1);
        check_i64("GXQ-2024-005 status", BUDGET_STATUS_OVER_BUDGET,
                  budget_report_get_status(projects, row, &status) ? (int64_t)status : -1);
    } else {
        check_i64("GXQ-2024-005 found", 1, 0);
    }
    /* 000-9999-JSN-4B88: 248850.00 / 700000.00 = 35.55 %; plan 50/70/100
     * (cumulative) gives 70.00 % at the end of June; variance −34.45 pp. */
    if (budget_report_find(projects, "000-9999-JSN-4B88", &row)) {
        check_i64("4B88 rate", 3555,
                  budget_report_get_rate(projects, row, BUDGET_REPORT_EXECUTION_RATE, &bp) ? bp : -1);
        check_i64("4B88 planned", 7000,
                  budget_report_get_rate(projects, row, BUDGET_REPORT_PLANNED_PCT, &bp) ? bp : -1);
        check_i64("4B88 variance", -3445,
                  budget_report_get_rate(projects, row, BUDGET_REPORT_VARIANCE_PP, &bp) ? bp : -1);
        check_i64("4B88 status", BUDGET_STATUS_SERIOUSLY_BEHIND,
                  budget_report_get_status(projects, row, &status) ? (int64_t)status : -1);
    } else {
        check_i64("4B88 found", 1, 0);
    }
    /* Department: Σ executed 15508868.24 ÷ Σ adjusted budgets 22340000.00
     * (GXQ-2024-001 +200000.00 on 06-14 and 0226 +150000.00 on 07-10 count;
     * the JFD6 cut of 09-20 does not yet) = 69.4220 % → 69.42. */
    check_i64("department executed", 1550886824,
              budget_report_get_money(department, 0, BUDGET_REPORT_EXECUTED, &fen) ? fen : -1);
    check_i64("department budget", 2234000000,
              budget_report_get_money(department, 0, BUDGET_REPORT_BUDGET_ADJUSTED, &fen) ? fen : -1);
    check_i64("department rate", 6942,
              budget_report_get_rate(department, 0, BUDGET_REPORT_EXECUTION_RATE, &bp) ? bp : -1);

    budget_report_free(department);
    budget_report_free(projects);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
    if (failures > 0) {
        fprintf(stderr, "report-demo: %d check(s) failed\n", failures);
        return 1;
    }
    printf("report-demo: all checks passed\n");
    return 0;
}
