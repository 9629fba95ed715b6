#ifndef BUDGET_TARGET_PRIVATE_H
#define BUDGET_TARGET_PRIVATE_H
#include "budget-private.h"
#endif
