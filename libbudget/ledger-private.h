#ifndef BUDGET_ledger_PRIVATE_H
#define BUDGET_ledger_PRIVATE_H
#include "budget-private.h"
#endif
