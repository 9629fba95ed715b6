#ifndef BUDGET_plan_PRIVATE_H
#define BUDGET_plan_PRIVATE_H
#include "budget-private.h"
#endif
