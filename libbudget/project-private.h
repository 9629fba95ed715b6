#ifndef BUDGET_project_PRIVATE_H
#define BUDGET_project_PRIVATE_H
#include "budget-private.h"
#endif
