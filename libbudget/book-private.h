#ifndef BUDGET_book_PRIVATE_H
#define BUDGET_book_PRIVATE_H
#include "budget-private.h"
#endif
