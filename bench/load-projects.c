/* Times budget_csv_load_projects() on one file (issue 13: 20,000 projects
 * under 100 ms). Not built by make; from the build tree:
 *   cc -O2 -Iinclude -I$(pwd)/include bench/load-projects.c libbudget/.libs/libbudget.so \
 *      $(pkg-config --cflags --libs glib-2.0) -o /tmp/load-projects
 *   LD_LIBRARY_PATH=libbudget/.libs /tmp/load-projects DIR/projects.csv [RUNS]
 * Prints the median wall and CPU time of RUNS loads (default 7). */
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
    int runs = argc > 2 ? atoi(argv[2]) : 7;
    double wall[64], cpu[64];
    size_t n = 0;

    if (argc < 2 || runs < 1 || runs > 64) {
        fprintf(stderr, "usage: %s projects.csv [RUNS]\n", argv[0]);
        return 2;
    }
    for (int i = 0; i < runs; i++) {
        BudgetError err;
        BudgetBook *book = budget_book_new();
        double w = now(CLOCK_MONOTONIC), c = now(CLOCK_PROCESS_CPUTIME_ID);
        if (!budget_csv_load_projects(book, argv[1], NULL, NULL, &err)) {
            fprintf(stderr, "%s:%d: %s\n", err.source, err.line, err.message);
            return 1;
        }
        wall[i] = now(CLOCK_MONOTONIC) - w;
        cpu[i] = now(CLOCK_PROCESS_CPUTIME_ID) - c;
        n = budget_book_get_n_projects(book);
        budget_book_unref(book);
    }
    qsort(wall, (size_t)runs, sizeof *wall, cmp);
    qsort(cpu, (size_t)runs, sizeof *cpu, cmp);
    printf("%zu projects: median %.1f ms wall, %.1f ms CPU (%d runs)\n", n, wall[runs / 2] * 1e3,
           cpu[runs / 2] * 1e3, runs);
    return 0;
}
