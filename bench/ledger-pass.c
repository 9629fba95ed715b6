/* Times the ledger pass alone: budget_csv_load_transactions() on a folder's
 * transactions.csv with 1..N threads, the projects loaded once beforehand
 * (issue 13: what the threads and the line scan buy, without the fixed cost
 * of loading projects and writing the report). Not built by make; from the
 * build tree:
 *   cc -O2 -Iinclude -I$(pwd)/include bench/ledger-pass.c libbudget/.libs/libbudget.so \
 *      $(pkg-config --cflags --libs glib-2.0) -o /tmp/ledger-pass
 *   LD_LIBRARY_PATH=libbudget/.libs /tmp/ledger-pass DIR [RUNS] [MAX_THREADS]
 * Prints, per thread count, the best and median wall and CPU time of RUNS
 * passes taken in alternation (default 5 runs, up to 2 threads). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <budget.h>

static double now(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = argc > 2 ? atoi(argv[2]) : 5, max_threads = argc > 3 ? atoi(argv[3]) : 2;
    double wall[8][64], cpu[8][64];
    char path[4096];
    BudgetBook *book = budget_book_new();
    BudgetError err;
    size_t n = 0;

    if (argc < 2 || runs < 1 || runs > 64 || max_threads < 1 || max_threads > 8) {
        fprintf(stderr, "usage: %s DIR [RUNS] [MAX_THREADS]\n", argv[0]);
        return 2;
    }
    snprintf(path, sizeof path, "%s/projects.csv", argv[1]);
    if (!budget_csv_load_projects(book, path, NULL, NULL, &err)) {
        fprintf(stderr, "%s:%d: %s\n", err.source, err.line, err.message);
        return 1;
    }
    snprintf(path, sizeof path, "%s/transactions.csv", argv[1]);
    for (int i = 0; i < runs; i++) {
        for (int t = 1; t <= max_threads; t++) {
            BudgetCsvOptions *o = budget_csv_options_new();
            BudgetLedger *ledger = budget_ledger_new(book, 20240831, &err);
            double w, c;

            budget_csv_options_set_threads(o, (unsigned)t);
            w = now(CLOCK_MONOTONIC);
            c = now(CLOCK_PROCESS_CPUTIME_ID);
            if (ledger == NULL || !budget_csv_load_transactions(ledger, path, o, NULL, &err)) {
                fprintf(stderr, "%s:%d: %s\n", err.source, err.line, err.message);
                return 1;
            }
            wall[t - 1][i] = now(CLOCK_MONOTONIC) - w;
            cpu[t - 1][i] = now(CLOCK_PROCESS_CPUTIME_ID) - c;
            n = budget_ledger_get_n_transactions(ledger);
            budget_ledger_unref(ledger);
            budget_csv_options_free(o);
        }
    }
    for (int t = 1; t <= max_threads; t++) {
        qsort(wall[t - 1], (size_t)runs, sizeof(double), cmp);
        qsort(cpu[t - 1], (size_t)runs, sizeof(double), cmp);
        printf("%zu payments, %d thread%s: wall best %.3f s median %.3f s, CPU best %.3f s median %.3f s (%d "
               "runs)\n",
               n, t, t > 1 ? "s" : "", wall[t - 1][0], wall[t - 1][runs / 2], cpu[t - 1][0],
               cpu[t - 1][runs / 2], runs);
    }
    budget_book_unref(book);
    return 0;
}
