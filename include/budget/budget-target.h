#ifndef BUDGET_TARGET_H
#define BUDGET_TARGET_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>
#include <budget/budget-error.h>

BUDGET_BEGIN_DECLS

/* Being written (issue 3): performance indicator targets. */

BUDGET_END_DECLS

#endif /* BUDGET_TARGET_H */
