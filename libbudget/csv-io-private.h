/* csv-io internals shared with other modules: none yet. The reader's
 * state, and libcsv's struct csv_parser, stay inside csv-io.c (STYLE.md B8). */
#ifndef BUDGET_CSV_IO_PRIVATE_H
#define BUDGET_CSV_IO_PRIVATE_H
#include "budget-private.h"
#endif /* BUDGET_CSV_IO_PRIVATE_H */
