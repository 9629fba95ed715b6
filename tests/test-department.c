/* department: the 部门整体 ratios and department.csv, every value computed
 * by hand in the comment beside it. Ratios are in basis points. */
#include <string.h>

#include <glib.h>

#include "test-util.h"

/* ---- Department ratios ------------------------------------------------ */

/* A: budget 1,000,000 +100,000 adjusted, 900,000 paid; B: 500,000 −50,000,
 * 300,000 paid. Σ original 1,500,000, Σ adjusted 1,550,000, Σ executed
 * 1,200,000 (yuan). */
static BudgetLedger *make_department(void)
{
    BudgetError err;
    BudgetBook *book = budget_book_new();
    BudgetLedger *ledger;
    const char *codes[] = {"A", "B"};
    BudgetFen budgets[] = {100000000, 50000000};

    for (int i = 0; i < 2; i++) {
        BudgetProject *p = budget_project_new(codes[i], &err);
        budget_project_set_budget(p, budgets[i]);
        CU_ASSERT_TRUE(budget_book_add_project(book, p, &err));
        budget_project_unref(p);
    }
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240301, "A", 10000000, "追加", &err));
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240601, "B", -5000000, "追减", &err));
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024)); /* no project has a year */
    ledger = budget_ledger_new(book, 20241231, &err);
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240501, "A", 90000000, BUDGET_SOURCE_FISCAL, &err));
    CU_ASSERT_TRUE(budget_ledger_record(ledger, 20240701, "B", 30000000, BUDGET_SOURCE_FISCAL, &err));
    budget_book_unref(book);
    return ledger;
}

static int64_t ratio(const BudgetLedger *ledger, const BudgetDepartmentInputs *in, BudgetDepartmentRatio r)
{
    int64_t bp = INT64_MIN;
    CU_ASSERT_TRUE(budget_department_ratio(ledger, in, r, &bp));
    return bp;
}

static void set(BudgetDepartmentInputs *in, BudgetDepartmentItem item, int64_t v)
{
    BudgetError err;
    CU_ASSERT_TRUE(budget_department_inputs_set(in, item, v, &err));
}

static void test_department_book_ratios(void)
{
    BudgetLedger *ledger = make_department();
    BudgetDepartmentInputs *in = budget_department_inputs_new();
    int64_t bp;

    /* 预算调整率, gross by default (issue 7, fix 4): (100,000 + |−50,000|) ÷
     * 1,500,000 = 10.00 % → 1000 bp; the net 3.33 % would let the cut offset
     * the addition (see test_department_adjustment_measures) */
    CU_ASSERT_EQUAL(ratio(ledger, NULL, BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT), 1000);
    /* 结转结余率 derived: (1,550,000 − 1,200,000) ÷ 1,550,000 = 22.5806 % → 2258 */
    CU_ASSERT_EQUAL(ratio(ledger, NULL, BUDGET_DEPARTMENT_CARRYOVER_RATE), 2258);
    /* 成本节约率 derived alike → 2258 */
    CU_ASSERT_EQUAL(ratio(ledger, NULL, BUDGET_DEPARTMENT_COST_SAVING), 2258);
    /* given carry-over 400,000: 400,000 ÷ 1,550,000 = 25.8065 % → 2581 */
    set(in, BUDGET_DEPARTMENT_CARRYOVER_THIS_YEAR, 40000000);
    CU_ASSERT_EQUAL(ratio(ledger, in, BUDGET_DEPARTMENT_CARRYOVER_RATE), 2581);
    /* 结转结余变动率: (400,000 − 500,000) ÷ 500,000 = −20 % */
    CU_ASSERT_FALSE(budget_department_ratio(ledger, in, BUDGET_DEPARTMENT_CARRYOVER_CHANGE, &bp));
    set(in, BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR, 50000000);
    CU_ASSERT_EQUAL(ratio(ledger, in, BUDGET_DEPARTMENT_CARRYOVER_CHANGE), -2000);
    /* derived this year's (350,000) when not given: (350,000 − 500,000) ÷ 500,000 = −30 % */
    {
        BudgetDepartmentInputs *only_last = budget_department_inputs_new();
        set(only_last, BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR, 50000000);
        CU_ASSERT_EQUAL(ratio(ledger, only_last, BUDGET_DEPARTMENT_CARRYOVER_CHANGE), -3000);
        /* without a ledger there is nothing to derive it from */
        CU_ASSERT_FALSE(budget_department_ratio(NULL, only_last, BUDGET_DEPARTMENT_CARRYOVER_CHANGE, &bp));
        /* last year's 0: undefined */
        set(only_last, BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR, 0);
        CU_ASSERT_FALSE(budget_department_ratio(ledger, only_last, BUDGET_DEPARTMENT_CARRYOVER_CHANGE, &bp));
        budget_department_inputs_free(only_last);
    }
    /* 成本节约率 from given figures: (100,000 − 95,000) ÷ 100,000 = 5 % */
    set(in, BUDGET_DEPARTMENT_COST_BUDGET, 10000000);
    set(in, BUDGET_DEPARTMENT_COST_ACTUAL, 9500000);
    CU_ASSERT_EQUAL(ratio(ledger, in, BUDGET_DEPARTMENT_COST_SAVING), 500);
    /* no ledger: the book ratios are undefined */
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT, &bp));
    CU_ASSERT_FALSE(budget_department_ratio(NULL, NULL, BUDGET_DEPARTMENT_CARRYOVER_RATE, &bp));
    CU_ASSERT_FALSE(budget_department_ratio(ledger, in, (BudgetDepartmentRatio)99, &bp));
    budget_department_inputs_free(in);
    budget_ledger_unref(ledger);
}

/* Issue 7, fix 4: 预算调整率 in three measures. make_department(): A 1,000,000
 * + 100,000 (03-01), B 500,000 − 50,000 (06-01); Σ original 1,500,000. */
static void test_department_adjustment_measures(void)
{
    BudgetLedger *ledger = make_department();
    BudgetBook *cut_book = budget_book_new();
    BudgetProject *p = budget_project_new("C", NULL);
    BudgetLedger *cut;
    BudgetDepartmentAdjustmentMeasure m = BUDGET_DEPARTMENT_ADJUSTMENT_NET;
    BudgetError err;
    int64_t bp = INT64_MIN;

    /* gross: (100,000 + 50,000) ÷ 1,500,000 = 10.00 % */
    CU_ASSERT_EQUAL(budget_department_adjustment_rate(ledger, BUDGET_DEPARTMENT_ADJUSTMENT_GROSS, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 1000);
    /* net: (100,000 − 50,000) ÷ 1,500,000 = 3.3333 % → 333 */
    CU_ASSERT_EQUAL(budget_department_adjustment_rate(ledger, BUDGET_DEPARTMENT_ADJUSTMENT_NET, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 333);
    /* additions only: 100,000 ÷ 1,500,000 = 6.6667 % → 667 */
    CU_ASSERT_EQUAL(
        budget_department_adjustment_rate(ledger, BUDGET_DEPARTMENT_ADJUSTMENT_ADDITIONS, &bp, &err),
        BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 667);

    /* The case behind the fix: a department whose only adjustment is a cut of
     * 100 on 1,000. Net gives −10.00 %, which the step band "0 → 3 points"
     * (≤ 0) would reward with full marks; gross gives +10.00 %. Dated after
     * as-of, it does not count yet: 0 %. */
    budget_project_set_budget(p, 100000);
    CU_ASSERT_TRUE(budget_book_add_project(cut_book, p, NULL));
    budget_project_unref(p);
    CU_ASSERT_TRUE(budget_book_add_adjustment(cut_book, 20240601, "C", -10000, "追减", NULL));
    CU_ASSERT_TRUE(budget_book_set_year(cut_book, 2024)); /* no project has a year */
    cut = budget_ledger_new(cut_book, 20241231, NULL);
    CU_ASSERT_EQUAL(budget_department_adjustment_rate(cut, BUDGET_DEPARTMENT_ADJUSTMENT_NET, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, -1000);
    CU_ASSERT_EQUAL(budget_department_adjustment_rate(cut, BUDGET_DEPARTMENT_ADJUSTMENT_GROSS, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 1000);
    CU_ASSERT_EQUAL(ratio(cut, NULL, BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT), 1000);
    CU_ASSERT_EQUAL(budget_department_adjustment_rate(cut, BUDGET_DEPARTMENT_ADJUSTMENT_ADDITIONS, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 0);
    budget_ledger_unref(cut);
    cut = budget_ledger_new(cut_book, 20240531, NULL);
    CU_ASSERT_EQUAL(budget_department_adjustment_rate(cut, BUDGET_DEPARTMENT_ADJUSTMENT_GROSS, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 0);
    budget_ledger_unref(cut);
    budget_book_unref(cut_book);

    /* no ledger: not given; bad measure: invalid */
    bp = 42;
    CU_ASSERT_EQUAL(budget_department_adjustment_rate(NULL, BUDGET_DEPARTMENT_ADJUSTMENT_GROSS, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_NOT_GIVEN);
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, NULL);
    CU_ASSERT_EQUAL(bp, 42);
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(
        budget_department_adjustment_rate(ledger, (BudgetDepartmentAdjustmentMeasure)3, &bp, &err),
        BUDGET_DEPARTMENT_REASON_INVALID));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(
        budget_department_adjustment_rate(ledger, BUDGET_DEPARTMENT_ADJUSTMENT_NET, NULL, &err),
        BUDGET_DEPARTMENT_REASON_INVALID));

    /* names and source status */
    CU_ASSERT_STRING_EQUAL(budget_department_adjustment_measure_to_string(BUDGET_DEPARTMENT_ADJUSTMENT_GROSS),
                           "gross");
    CU_ASSERT_STRING_EQUAL(
        budget_department_adjustment_measure_to_string(BUDGET_DEPARTMENT_ADJUSTMENT_ADDITIONS), "additions");
    CU_ASSERT_PTR_NULL(budget_department_adjustment_measure_to_string(
        (BudgetDepartmentAdjustmentMeasure)BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N));
    for (int i = 0; i < BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N; i++) {
        CU_ASSERT_TRUE(budget_department_adjustment_measure_from_string(
            budget_department_adjustment_measure_to_string((BudgetDepartmentAdjustmentMeasure)i), &m));
        CU_ASSERT_EQUAL(m, i);
        CU_ASSERT_PTR_NOT_NULL(
            budget_department_adjustment_measure_get_source((BudgetDepartmentAdjustmentMeasure)i));
    }
    CU_ASSERT_PTR_NOT_NULL(strstr(
        budget_department_adjustment_measure_get_source(BUDGET_DEPARTMENT_ADJUSTMENT_GROSS), "own choice"));
    CU_ASSERT_PTR_NOT_NULL(strstr(
        budget_department_adjustment_measure_get_source(BUDGET_DEPARTMENT_ADJUSTMENT_NET), "not verified"));
    CU_ASSERT_PTR_NULL(
        budget_department_adjustment_measure_get_source((BudgetDepartmentAdjustmentMeasure)-1));
    CU_ASSERT_FALSE(budget_department_adjustment_measure_from_string("grosss", &m));
    CU_ASSERT_EQUAL(m, BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N - 1);                /* untouched */
    CU_ASSERT_TRUE(budget_department_adjustment_measure_from_string("Gross", &m)); /* any ASCII case */
    CU_ASSERT_EQUAL(m, BUDGET_DEPARTMENT_ADJUSTMENT_GROSS);
    budget_ledger_unref(ledger);
}

static void test_department_input_ratios(void)
{
    BudgetDepartmentInputs *in = budget_department_inputs_new();
    BudgetError err;
    int64_t bp, v = -1;

    /* each undefined before its inputs are given */
    for (int r = BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL; r < BUDGET_DEPARTMENT_RATIO_N; r++) {
        if (r != BUDGET_DEPARTMENT_COST_SAVING)
            CU_ASSERT_FALSE(budget_department_ratio(NULL, in, (BudgetDepartmentRatio)r, &bp));
    }
    /* 专项资金细化率 = 750,000 ÷ 1,000,000 = 75 % */
    set(in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAILED, 75000000);
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL, &bp));
    set(in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_TOTAL, 100000000);
    CU_ASSERT_EQUAL(ratio(NULL, in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL), 7500);
    /* 政府采购执行率 = 180,000 ÷ 200,000 = 90 % */
    set(in, BUDGET_DEPARTMENT_PROCUREMENT_PLANNED, 20000000);
    set(in, BUDGET_DEPARTMENT_PROCUREMENT_ACTUAL, 18000000);
    CU_ASSERT_EQUAL(ratio(NULL, in, BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION), 9000);
    /* 人均公用经费变动率: 1,200,000 ÷ 12 = 100,000 per head against
     * 1,000,000 ÷ 8 = 125,000: (100,000 − 125,000) ÷ 125,000 = −20 % */
    set(in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE, 120000000);
    set(in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE_LAST_YEAR, 100000000);
    set(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, 12);
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE_CHANGE, &bp));
    set(in, BUDGET_DEPARTMENT_STAFF_LAST_YEAR, 8);
    CU_ASSERT_EQUAL(ratio(NULL, in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE_CHANGE), -2000);
    /* 1,100,000 ÷ 10 against 1,000,000 ÷ 10: +10 % */
    set(in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE, 110000000);
    set(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, 10);
    set(in, BUDGET_DEPARTMENT_STAFF_LAST_YEAR, 10);
    CU_ASSERT_EQUAL(ratio(NULL, in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE_CHANGE), 1000);
    /* no staff last year: undefined */
    set(in, BUDGET_DEPARTMENT_STAFF_LAST_YEAR, 0);
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE_CHANGE, &bp));
    /* 三公经费变动率 = (90,000 − 100,000) ÷ 100,000 = −10 %; last year 0: undefined */
    set(in, BUDGET_DEPARTMENT_SANGONG_EXPENSE, 9000000);
    set(in, BUDGET_DEPARTMENT_SANGONG_EXPENSE_LAST_YEAR, 10000000);
    CU_ASSERT_EQUAL(ratio(NULL, in, BUDGET_DEPARTMENT_SANGONG_CHANGE), -1000);
    set(in, BUDGET_DEPARTMENT_SANGONG_EXPENSE_LAST_YEAR, 0);
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_SANGONG_CHANGE, &bp));
    /* 在职人员控制率 = 45 ÷ 50 = 90 %; 编制数 0: undefined */
    set(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, 45);
    set(in, BUDGET_DEPARTMENT_STAFF_AUTHORISED, 50);
    CU_ASSERT_EQUAL(ratio(NULL, in, BUDGET_DEPARTMENT_STAFF_CONTROL), 9000);
    set(in, BUDGET_DEPARTMENT_STAFF_AUTHORISED, 0);
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_STAFF_CONTROL, &bp));
    /* 专项资金 total 0: undefined; 成本节约率 with only inputs, budget 0: undefined */
    set(in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_TOTAL, 0);
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL, &bp));
    set(in, BUDGET_DEPARTMENT_COST_BUDGET, 0);
    set(in, BUDGET_DEPARTMENT_COST_ACTUAL, 0);
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_COST_SAVING, &bp));

    /* inputs: get, negative counts refused, unknown item */
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, &v));
    CU_ASSERT_EQUAL(v, 45);
    CU_ASSERT_FALSE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR, &v));
    CU_ASSERT_FALSE(budget_department_inputs_get(NULL, BUDGET_DEPARTMENT_STAFF_ACTUAL, &v));
    CU_ASSERT_FALSE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, -1, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 0, 0, "staff_actual");
    /* a negative amount of money is allowed (e.g. a net figure) */
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR, -5, &err));
    budget_department_inputs_free(in);
}

static void test_department_names(void)
{
    BudgetDepartmentItem item = BUDGET_DEPARTMENT_COST_ACTUAL;

    CU_ASSERT_TRUE(budget_department_item_from_string("carryover_last_year", &item));
    CU_ASSERT_EQUAL(item, BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR);
    CU_ASSERT_TRUE(budget_department_item_from_string("STAFF_AUTHORIZED", &item));
    CU_ASSERT_EQUAL(item, BUDGET_DEPARTMENT_STAFF_AUTHORISED);
    CU_ASSERT_TRUE(budget_department_item_from_string("编制数", &item));
    CU_ASSERT_EQUAL(item, BUDGET_DEPARTMENT_STAFF_AUTHORISED);
    CU_ASSERT_TRUE(budget_department_item_from_string("上年“三公”经费", &item));
    CU_ASSERT_EQUAL(item, BUDGET_DEPARTMENT_SANGONG_EXPENSE_LAST_YEAR);
    CU_ASSERT_FALSE(budget_department_item_from_string("nonsense", &item));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_department_item_from_string(NULL, &item)));
    CU_ASSERT_STRING_EQUAL(budget_department_item_to_string(BUDGET_DEPARTMENT_PROCUREMENT_ACTUAL),
                           "procurement_actual");
    EXPECT_CRITICAL(
        CU_ASSERT_PTR_NULL(budget_department_item_to_string((BudgetDepartmentItem)BUDGET_DEPARTMENT_ITEM_N)));
    CU_ASSERT_TRUE(budget_department_item_is_count(BUDGET_DEPARTMENT_STAFF_LAST_YEAR));
    CU_ASSERT_FALSE(budget_department_item_is_count(BUDGET_DEPARTMENT_PUBLIC_EXPENSE));
    CU_ASSERT_STRING_EQUAL(budget_department_ratio_to_string(BUDGET_DEPARTMENT_STAFF_CONTROL),
                           "staff_control_rate");
    CU_ASSERT_STRING_EQUAL(budget_department_ratio_to_chinese(BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT),
                           "预算调整率");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(
        budget_department_ratio_to_string((BudgetDepartmentRatio)BUDGET_DEPARTMENT_RATIO_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_department_ratio_to_chinese((BudgetDepartmentRatio)-1)));
}

/* Every ratio and reason reads back from its name; a ratio also from its
 * Chinese name; an unknown name or NULL leaves @out untouched. */
static void test_department_names_round_trip(void)
{
    BudgetDepartmentRatio ratio;
    BudgetDepartmentReason reason;

    for (int i = 0; i < BUDGET_DEPARTMENT_RATIO_N; i++) {
        ratio = (BudgetDepartmentRatio)-1;
        CU_ASSERT_TRUE(budget_department_ratio_from_string(
            budget_department_ratio_to_string((BudgetDepartmentRatio)i), &ratio));
        CU_ASSERT_EQUAL(ratio, i);
        ratio = (BudgetDepartmentRatio)-1;
        CU_ASSERT_TRUE(budget_department_ratio_from_string(
            budget_department_ratio_to_chinese((BudgetDepartmentRatio)i), &ratio));
        CU_ASSERT_EQUAL(ratio, i);
    }
    /* English names in any case, as department.csv item names. */
    CU_ASSERT_TRUE(budget_department_ratio_from_string("Staff_Control_Rate", &ratio));
    CU_ASSERT_EQUAL(ratio, BUDGET_DEPARTMENT_STAFF_CONTROL);
    CU_ASSERT_TRUE(budget_department_ratio_from_string("政府采购执行率", &ratio));
    CU_ASSERT_EQUAL(ratio, BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION);
    CU_ASSERT_FALSE(budget_department_ratio_from_string("staff_control", &ratio));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_department_ratio_from_string(NULL, &ratio)));
    CU_ASSERT_EQUAL(ratio, BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION);
    CU_ASSERT_TRUE(budget_department_ratio_from_string("cost_saving_rate", NULL));

    for (int i = 0; i < BUDGET_DEPARTMENT_REASON_N; i++) {
        reason = (BudgetDepartmentReason)-1;
        CU_ASSERT_TRUE(budget_department_reason_from_string(
            budget_department_reason_to_string((BudgetDepartmentReason)i), &reason));
        CU_ASSERT_EQUAL(reason, i);
    }
    CU_ASSERT_TRUE(budget_department_reason_from_string("ZERO_DENOMINATOR", &reason));
    CU_ASSERT_EQUAL(reason, BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR);
    CU_ASSERT_FALSE(budget_department_reason_from_string("zero", &reason));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_department_reason_from_string(NULL, &reason)));
    CU_ASSERT_EQUAL(reason, BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR);
    CU_ASSERT_TRUE(budget_department_reason_from_string("overflow", NULL));
}

/* ---- department.csv --------------------------------------------------- */

static BudgetDepartmentInputs *load_dept(const char *text, bool lenient, BudgetDiagnostics *diag,
                                         BudgetError *err)
{
    BudgetCsvOptions *o = budget_csv_options_new();
    BudgetDepartmentInputs *in;

    budget_csv_options_set_lenient(o, lenient);
    in = budget_csv_load_department_data(text, strlen(text), "department.csv", o, diag, err);
    budget_csv_options_free(o);
    return in;
}

static void test_department_csv_good(void)
{
    BudgetError err;
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetDepartmentInputs *in = load_dept("item,amount,memo\n"
                                           "carryover_last_year,\"500,000.00\",上年决算\n"
                                           "本年结转结余,40万元,\n"
                                           "编制数,50,\n"
                                           "staff_actual,45人,\n"
                                           "mystery_item,1,\n"
                                           "sangong_expense,,\n",
                                           false, diag, &err);
    int64_t v = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(in);
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR, &v));
    CU_ASSERT_EQUAL(v, 50000000);
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_CARRYOVER_THIS_YEAR, &v));
    CU_ASSERT_EQUAL(v, 40000000); /* 40万元 = 400,000.00 元 */
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_STAFF_AUTHORISED, &v));
    CU_ASSERT_EQUAL(v, 50);
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, &v));
    CU_ASSERT_EQUAL(v, 45);
    /* a blank amount is "not given" */
    CU_ASSERT_FALSE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_SANGONG_EXPENSE, &v));
    /* warnings: the unknown item (line 6, column 1) and the blank amount (line 7, column 2) */
    CU_ASSERT_EQUAL(budget_diagnostics_get_n(diag), 2);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 0);
    {
        bool warn = false;
        const BudgetError *e = budget_diagnostics_get(diag, 0, &warn);
        CU_ASSERT_TRUE(warn);
        assert_error(e, BUDGET_ERROR_NOT_FOUND, 6, 1, "item");
        e = budget_diagnostics_get(diag, 1, &warn);
        assert_error(e, BUDGET_ERROR_PARSE, 7, 2, "amount");
    }
    budget_department_inputs_free(in);
    budget_diagnostics_free(diag);

    /* Chinese headers, a unit in the header */
    in = load_dept("项目,数值（万元）\n政府采购预算,20\n政府采购实际,18\n", false, NULL, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(in);
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_PROCUREMENT_ACTUAL, &v));
    CU_ASSERT_EQUAL(v, 18000000); /* 18 万元 */
    budget_department_inputs_free(in);
}

static void test_department_csv_errors(void)
{
    BudgetError err;
    BudgetDiagnostics *diag;
    BudgetDepartmentInputs *in;
    int64_t v;

    /* duplicate through a synonym: line 3, column 1 */
    CU_ASSERT_PTR_NULL(load_dept("item,amount\n编制数,50\nstaff_authorised,60\n", false, NULL, &err));
    assert_error(&err, BUDGET_ERROR_DUPLICATE_KEY, 3, 1, "item");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "line 2"));
    /* bad money: line 2, column 2 */
    CU_ASSERT_PTR_NULL(load_dept("item,amount\npublic_expense,12x\n", false, NULL, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 2, "amount");
    /* a count with decimals, a negative count */
    CU_ASSERT_PTR_NULL(load_dept("item,amount\nstaff_actual,12.5\n", false, NULL, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 2, "amount");
    CU_ASSERT_PTR_NULL(load_dept("item,value\n\nstaff_actual,-3\n", false, NULL, &err));
    assert_error(&err, BUDGET_ERROR_RANGE, 3, 2, "value");
    /* empty item */
    CU_ASSERT_PTR_NULL(load_dept("item,amount\n,5\n", false, NULL, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 2, 1, "item");
    /* missing column */
    CU_ASSERT_PTR_NULL(load_dept("item,note\nstaff_actual,3\n", false, NULL, &err));
    assert_error(&err, BUDGET_ERROR_MISSING_COLUMN, 1, 0, "amount");
    /* lenient: the bad rows are listed, the good ones kept */
    diag = budget_diagnostics_new();
    in = load_dept("item,amount\nstaff_actual,x\nstaff_authorised,50\nstaff_authorised,51\n", true, diag,
                   &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(in);
    CU_ASSERT_EQUAL(budget_diagnostics_get_n_errors(diag), 2);
    assert_error(budget_diagnostics_get(diag, 0, NULL), BUDGET_ERROR_PARSE, 2, 2, "amount");
    assert_error(budget_diagnostics_get(diag, 1, NULL), BUDGET_ERROR_DUPLICATE_KEY, 4, 1, "item");
    CU_ASSERT_FALSE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, &v));
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_STAFF_AUTHORISED, &v));
    CU_ASSERT_EQUAL(v, 50);
    budget_department_inputs_free(in);
    budget_diagnostics_free(diag);
}

static void test_department_csv_file(void)
{
    BudgetError err;
    char *path = test_data_path("score/basic/department.csv");
    BudgetDepartmentInputs *in = budget_csv_load_department(path, NULL, NULL, &err);
    int64_t v = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(in);
    CU_ASSERT_TRUE(budget_department_inputs_get(in, BUDGET_DEPARTMENT_STAFF_AUTHORISED, &v));
    CU_ASSERT_EQUAL(v, 20);
    budget_department_inputs_free(in);
    g_free(path);
    CU_ASSERT_PTR_NULL(budget_csv_load_department("/nonexistent/department.csv", NULL, NULL, &err));
    assert_error(&err, BUDGET_ERROR_IO, 0, 0, NULL);
}

static CU_TestInfo department_tests[] = {
    {"book ratios", test_department_book_ratios},
    {"input ratios", test_department_input_ratios},
    {"names", test_department_names},
    {"ratio and reason names round trip", test_department_names_round_trip},
    {"department.csv good", test_department_csv_good},
    {"department.csv errors", test_department_csv_errors},
    {"department.csv file", test_department_csv_file},
    CU_TEST_INFO_NULL,
};

/* Why a ratio has no value, as a code. */
static void test_department_reasons(void)
{
    BudgetDepartmentInputs *in = budget_department_inputs_new();
    BudgetError err;
    int64_t bp = -1;

    /* No inputs, no ledger: not given, and not a failure. */
    CU_ASSERT_EQUAL(budget_department_ratio_full(NULL, NULL, BUDGET_DEPARTMENT_STAFF_CONTROL, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_NOT_GIVEN);
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_OK);
    CU_ASSERT_EQUAL(budget_department_ratio_full(NULL, in, BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_NOT_GIVEN);
    /* 专项资金细化率 = 5 ÷ 0: zero denominator; ÷ −10: negative. */
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAILED, 5, NULL));
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_TOTAL, 0, NULL));
    CU_ASSERT_EQUAL(budget_department_ratio_full(NULL, in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR);
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_OK);
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_TOTAL, -10, NULL));
    CU_ASSERT_EQUAL(budget_department_ratio_full(NULL, in, BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_NEGATIVE_DENOMINATOR);
    /* 政府采购执行率 = INT64_MAX ÷ 1 fen = 9223372036854775807 × 10000 bp: no
     * int64 holds it. The error names the ratio. */
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_PROCUREMENT_ACTUAL, INT64_MAX, NULL));
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_PROCUREMENT_PLANNED, 1, NULL));
    CU_ASSERT_EQUAL(
        budget_department_ratio_full(NULL, in, BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION, &bp, &err),
        BUDGET_DEPARTMENT_REASON_OVERFLOW);
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, "procurement_execution_rate");
    CU_ASSERT_FALSE(budget_department_ratio(NULL, in, BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION, &bp));
    /* 922337203685477 ÷ 1 fen = 9223372036854770000 bp: fits. */
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_PROCUREMENT_ACTUAL,
                                                INT64_C(922337203685477), NULL));
    CU_ASSERT_EQUAL(
        budget_department_ratio_full(NULL, in, BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION, &bp, &err),
        BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, INT64_C(9223372036854770000));
    /* A head count of 0 leaves 人均公用经费 undefined. */
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE, 100, NULL));
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE_LAST_YEAR, 100, NULL));
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, 0, NULL));
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_STAFF_LAST_YEAR, 4, NULL));
    CU_ASSERT_EQUAL(
        budget_department_ratio_full(NULL, in, BUDGET_DEPARTMENT_PUBLIC_EXPENSE_CHANGE, &bp, &err),
        BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR);
    /* An unknown ratio is invalid, with an error. */
    CU_ASSERT_EQUAL(budget_department_ratio_full(NULL, in, (BudgetDepartmentRatio)99, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_INVALID);
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(
        CU_ASSERT_EQUAL(budget_department_ratio_full(NULL, in, BUDGET_DEPARTMENT_STAFF_CONTROL, NULL, &err),
                        BUDGET_DEPARTMENT_REASON_INVALID));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);

    CU_ASSERT_STRING_EQUAL(budget_department_reason_to_string(BUDGET_DEPARTMENT_REASON_OK), "ok");
    CU_ASSERT_STRING_EQUAL(budget_department_reason_to_string(BUDGET_DEPARTMENT_REASON_NOT_GIVEN),
                           "not_given");
    CU_ASSERT_STRING_EQUAL(budget_department_reason_to_string(BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR),
                           "zero_denominator");
    CU_ASSERT_STRING_EQUAL(budget_department_reason_to_string(BUDGET_DEPARTMENT_REASON_NEGATIVE_DENOMINATOR),
                           "negative_denominator");
    CU_ASSERT_STRING_EQUAL(budget_department_reason_to_string(BUDGET_DEPARTMENT_REASON_OVERFLOW), "overflow");
    CU_ASSERT_STRING_EQUAL(budget_department_reason_to_string(BUDGET_DEPARTMENT_REASON_INVALID), "invalid");
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(
        budget_department_reason_to_string((BudgetDepartmentReason)BUDGET_DEPARTMENT_REASON_N)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_department_reason_to_string((BudgetDepartmentReason)-1)));
    budget_department_inputs_free(in);
}

/* Issue 6 item 7 in the ratios: A1's budget INT64_MAX plus 0.01 on 03-01
 * (adjustments.csv line 2, amount column 3). The ratios on the book say
 * overflow and name the adjustment; one on inputs only is unaffected. */
static void test_department_reason_book_overflow(void)
{
    static const char projects[] = "code,budget\nA1,92233720368547758.07\n";
    static const char adjustments[] = "date,code,amount\n2024-03-01,A1,0.01\n";
    BudgetBook *book = budget_book_new();
    BudgetDepartmentInputs *in = budget_department_inputs_new();
    BudgetLedger *ledger;
    BudgetError err;
    int64_t bp = -1;

    CU_ASSERT_TRUE_FATAL(
        budget_csv_load_projects_data(book, projects, strlen(projects), "projects.csv", NULL, NULL, NULL));
    CU_ASSERT_TRUE_FATAL(budget_csv_load_adjustments_data(book, adjustments, strlen(adjustments),
                                                          "adjustments.csv", NULL, NULL, NULL));
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024)); /* no project has a year */
    ledger = budget_ledger_new(book, 20241231, NULL);
    CU_ASSERT_EQUAL(budget_department_ratio_full(ledger, in, BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OVERFLOW);
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 2, 3, "amount");
    CU_ASSERT_STRING_EQUAL(err.source, "adjustments.csv");
    CU_ASSERT_EQUAL(budget_department_ratio_full(ledger, in, BUDGET_DEPARTMENT_COST_SAVING, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OVERFLOW);
    /* 在职人员控制率 12 ÷ 20 = 60.00 % = 6000 bp, whatever the book. */
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_STAFF_ACTUAL, 12, NULL));
    CU_ASSERT_TRUE(budget_department_inputs_set(in, BUDGET_DEPARTMENT_STAFF_AUTHORISED, 20, NULL));
    CU_ASSERT_EQUAL(budget_department_ratio_full(ledger, in, BUDGET_DEPARTMENT_STAFF_CONTROL, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 6000);
    CU_ASSERT_EQUAL(err.code, BUDGET_ERROR_OK);
    /* Before the adjustment the book ratio is defined: (INT64_MAX − INT64_MAX) ÷ INT64_MAX = 0. */
    budget_ledger_unref(ledger);
    ledger = budget_ledger_new(book, 20240229, NULL);
    CU_ASSERT_EQUAL(budget_department_ratio_full(ledger, in, BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT, &bp, &err),
                    BUDGET_DEPARTMENT_REASON_OK);
    CU_ASSERT_EQUAL(bp, 0);
    budget_ledger_unref(ledger);
    budget_department_inputs_free(in);
    budget_book_unref(book);
}

static CU_TestInfo department_reason_tests[] = {
    {"reasons", test_department_reasons},
    {"a book total that overflows", test_department_reason_book_overflow},
    {"预算调整率 measures: gross, net, additions", test_department_adjustment_measures},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"department", test_criticals_init, test_criticals_cleanup, NULL, NULL, department_tests},
    {"department reasons", test_criticals_init, test_criticals_cleanup, NULL, NULL, department_reason_tests},
    CU_SUITE_INFO_NULL,
};
