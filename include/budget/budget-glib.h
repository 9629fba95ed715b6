/* Optional GLib integration; not included by <budget.h>. Include it after
 * <budget.h> in programs that use GLib themselves. */
#ifndef BUDGET_GLIB_H
#define BUDGET_GLIB_H

#include <glib.h>
#include <budget.h>

/**
 * SECTION:budget-glib
 * @title: GLib integration
 * @short_description: g_autoptr cleanup functions and GError conversion
 *
 * Optional header for GLib programs. It is not included by budget.h.
 *
 * Thread safety: Stateless and reentrant: safe from any number of threads.
 */

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetProject, budget_project_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetPlan, budget_plan_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetBook, budget_book_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetLedger, budget_ledger_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetReport, budget_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetDiagnostics, budget_diagnostics_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetCsvOptions, budget_csv_options_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetMonitorConfig, budget_monitor_config_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetTarget, budget_target_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetScoreConfig, budget_score_config_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetScorecard, budget_scorecard_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetScoreReport, budget_score_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BudgetDepartmentInputs, budget_department_inputs_free)

/**
 * budget_error_quark:
 *
 * Gives the GError domain ("budget-error-quark") of errors converted with
 * budget_error_to_gerror(), for g_error_matches() in GLib programs.
 *
 * Returns: the GError domain of libbudget errors; codes are #BudgetErrorCode.
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
GQuark budget_error_quark(void);

/**
 * budget_error_to_gerror:
 * @error: a filled error record
 *
 * Converts a #BudgetError into a newly allocated GError for GLib programs; the
 * record itself is not changed.
 *
 * Returns: (transfer full): a GError in budget_error_quark() with the same
 *   code and the text of budget_error_format(); free with g_error_free().
 * Since: 1.0
 */
BUDGET_AVAILABLE_IN_1_0
GError *budget_error_to_gerror(const BudgetError *error);

G_END_DECLS

#endif /* BUDGET_GLIB_H */
