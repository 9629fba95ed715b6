/* libbudget: budget execution tracking with exact money.
 *
 * This is the only header a program includes:
 *
 *     #include <budget.h>
 *
 * and links with `pkg-config --cflags --libs libbudget`.
 */
#ifndef BUDGET_H
#define BUDGET_H

#define BUDGET_INSIDE

#include <budget/budget-version.h>
#include <budget/budget-macros.h>
#include <budget/budget-types.h>
#include <budget/budget-fixed.h>
#include <budget/budget-error.h>
#include <budget/budget-diagnostics.h>
#include <budget/budget-money.h>
#include <budget/budget-date.h>
#include <budget/budget-plan.h>
#include <budget/budget-indicator.h>
#include <budget/budget-project.h>
#include <budget/budget-book.h>
#include <budget/budget-ledger.h>
#include <budget/budget-monitor.h>
#include <budget/budget-report.h>
#include <budget/budget-target.h>
#include <budget/budget-score.h>
#include <budget/budget-department.h>
#include <budget/budget-csv.h>
#include <budget/budget-export.h>
#include <budget/budget-table-import.h>

#undef BUDGET_INSIDE

#endif /* BUDGET_H */
