#ifndef BUDGET_csv_io_PRIVATE_H
#define BUDGET_csv_io_PRIVATE_H
#include "budget-private.h"
#endif
