/* Fuzzes department.csv loading, strict and lenient: a strict load
 * succeeds exactly when a lenient one reports no error, with the same
 * values; head counts are never negative. */
#include "fuzz-common.h"

static BudgetDepartmentInputs *load(const uint8_t *data, size_t size, bool lenient, size_t *n_errors)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetDepartmentInputs *inputs;
    BudgetError error;

    budget_csv_options_set_lenient(options, lenient);
    inputs =
        budget_csv_load_department_data((const char *)data, size, "department.csv", options, diag, &error);
    fuzz_check_error(&error, inputs != NULL);
    *n_errors = fuzz_check_diag(diag);
    if (!lenient)
        FUZZ_CHECK(inputs != NULL ? *n_errors == 0 : *n_errors >= 1);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return inputs;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t strict_errors, lenient_errors;
    BudgetDepartmentInputs *strict, *lenient;

    fuzz_init_glib();
    strict = load(data, size, false, &strict_errors);
    lenient = load(data, size, true, &lenient_errors);
    if (lenient == NULL)
        FUZZ_CHECK(strict == NULL);
    if (strict != NULL) {
        FUZZ_CHECK(lenient != NULL && lenient_errors == 0);
        for (int i = 0; i < BUDGET_DEPARTMENT_ITEM_N; i++) {
            int64_t a = 0, b = 0;
            bool ga = budget_department_inputs_get(strict, (BudgetDepartmentItem)i, &a);
            bool gb = budget_department_inputs_get(lenient, (BudgetDepartmentItem)i, &b);
            FUZZ_CHECK(ga == gb && a == b);
            if (ga && budget_department_item_is_count((BudgetDepartmentItem)i))
                FUZZ_CHECK(a >= 0);
        }
        /* Ratios need a ledger; without one every ratio is undefined, never a crash. */
        for (int r = 0; r < BUDGET_DEPARTMENT_RATIO_N; r++) {
            int64_t bp;
            (void)budget_department_ratio(NULL, strict, (BudgetDepartmentRatio)r, &bp);
        }
    } else if (lenient != NULL) {
        FUZZ_CHECK(lenient_errors >= 1);
    }
    budget_department_inputs_free(strict);
    budget_department_inputs_free(lenient);
    return 0;
}
