/* budget._budget: the C half of the Python binding (STYLE.md B11).
 *
 * Thin: every rule is a libbudget call. This file converts Python values
 * to the library's inputs (money to fen through budget_money_parse_unit(),
 * dates through budget_date_parse() or a date's year/month/day), calls the
 * library, and converts the results back (money and rates as the exact text
 * the library formats, wrapped in decimal.Decimal). budget/__init__.py adds
 * the Pythonic classes on top.
 *
 * Written against the limited API (abi3), with a heap type and multi-phase
 * init with module state, as CPython's _sqlite. */
#define Py_LIMITED_API 0x030A0000
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdio.h>
#include <string.h>

#include <budget.h>

typedef struct {
    PyObject *decimal;       /* decimal.Decimal */
    PyObject *error_classes; /* dict: code (int) -> exception class, set by budget/__init__.py */
    PyObject *error_base;    /* budget.Error, until the package sets it: RuntimeError */
    PyTypeObject *ledger_type;
} ModuleState;

static ModuleState *get_state(PyObject *module)
{
    return (ModuleState *)PyModule_GetState(module);
}

/* ------------------------------------------------------------------------ */
/* Errors */

/* Raises the exception class budget/__init__.py registered for err->code,
 * with the record's fields as attributes. Returns NULL. */
static PyObject *raise_budget_error(PyObject *module, const BudgetError *err)
{
    ModuleState *st = get_state(module);
    PyObject *cls = NULL, *exc = NULL, *key;

    key = PyLong_FromLong(err->code);
    if (key == NULL)
        return NULL;
    if (st->error_classes != NULL)
        cls = PyDict_GetItemWithError(st->error_classes, key); /* borrowed */
    Py_DECREF(key);
    if (cls == NULL && PyErr_Occurred())
        return NULL;
    if (cls == NULL)
        cls = st->error_base != NULL ? st->error_base : PyExc_RuntimeError;

    exc = PyObject_CallFunction(cls, "s", err->message[0] ? err->message : budget_strerror(err->code));
    if (exc == NULL)
        return NULL;
#define SET(name, value)                                                                                     \
    do {                                                                                                     \
        PyObject *v_ = (value);                                                                              \
        if (v_ == NULL || PyObject_SetAttrString(exc, name, v_) < 0) {                                       \
            Py_XDECREF(v_);                                                                                  \
            Py_DECREF(exc);                                                                                  \
            return NULL;                                                                                     \
        }                                                                                                    \
        Py_DECREF(v_);                                                                                       \
    } while (0)
    SET("code", PyUnicode_FromString(budget_error_code_name(err->code)));
    SET("errno", PyLong_FromLong(err->code));
    SET("file", err->source[0] ? PyUnicode_FromString(err->source) : Py_NewRef(Py_None));
    SET("line", err->line > 0 ? PyLong_FromLongLong(err->line) : Py_NewRef(Py_None));
    SET("end_line", err->end_line > 0 ? PyLong_FromLongLong(err->end_line) : Py_NewRef(Py_None));
    SET("column", err->column > 0 ? PyLong_FromLong(err->column) : Py_NewRef(Py_None));
    SET("field", err->field[0] ? PyUnicode_FromString(err->field) : Py_NewRef(Py_None));
    SET("message", PyUnicode_FromString(err->message));
#undef SET
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
    return NULL;
}

/* One problem of a diagnostics list as a tuple:
 * (code, file, line, end_line, column, field, message, is_warning). */
static PyObject *problem_tuple(const BudgetError *e, bool is_warning)
{
    return Py_BuildValue("(sNNNNNsO)", budget_error_code_name(e->code),
                         e->source[0] ? PyUnicode_FromString(e->source) : Py_NewRef(Py_None),
                         e->line > 0 ? PyLong_FromLongLong(e->line) : Py_NewRef(Py_None),
                         e->end_line > 0 ? PyLong_FromLongLong(e->end_line) : Py_NewRef(Py_None),
                         e->column > 0 ? PyLong_FromLong(e->column) : Py_NewRef(Py_None),
                         e->field[0] ? PyUnicode_FromString(e->field) : Py_NewRef(Py_None), e->message,
                         is_warning ? Py_True : Py_False);
}

static PyObject *diagnostics_list(const BudgetDiagnostics *diag)
{
    size_t n = budget_diagnostics_get_n(diag);
    PyObject *list = PyList_New(0);

    for (size_t i = 0; list != NULL && i < n; i++) {
        bool warning;
        const BudgetError *e = budget_diagnostics_get(diag, i, &warning);
        PyObject *t = problem_tuple(e, warning);
        if (t == NULL || PyList_Append(list, t) < 0) {
            Py_XDECREF(t);
            Py_CLEAR(list);
            break;
        }
        Py_DECREF(t);
    }
    return list;
}

/* ------------------------------------------------------------------------ */
/* Values in */

/* The UTF-8 text of a str; NULL with TypeError otherwise. */
static const char *text_of(PyObject *obj, const char *what, Py_ssize_t *len)
{
    if (!PyUnicode_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "%s must be str, not %R", what, (PyObject *)Py_TYPE(obj));
        return NULL;
    }
    return PyUnicode_AsUTF8AndSize(obj, len);
}

/* The decimal text of a number a spreadsheet or script gives: an int is
 * yuan, a Decimal is written out without exponent, a float by its shortest
 * repr (which the parser then refuses if it has more than 2 decimals or an
 * exponent), a str as it is. Returns a new str or NULL. */
static PyObject *number_text(PyObject *module, PyObject *value, const char *what)
{
    ModuleState *st = get_state(module);

    if (PyUnicode_Check(value))
        return Py_NewRef(value);
    if (PyBool_Check(value)) {
        PyErr_Format(PyExc_TypeError, "%s must be a number or str, not bool", what);
        return NULL;
    }
    if (PyLong_Check(value))
        return PyObject_Str(value);
    if (PyFloat_Check(value))
        return PyObject_Repr(value);
    if (PyObject_IsInstance(value, st->decimal) == 1) {
        PyObject *spec = PyUnicode_FromString("f"), *text;
        if (spec == NULL)
            return NULL;
        text = PyObject_Format(value, spec);
        Py_DECREF(spec);
        return text;
    }
    if (!PyErr_Occurred())
        PyErr_Format(PyExc_TypeError, "%s must be int, Decimal, str or float, not %R", what,
                     (PyObject *)Py_TYPE(value));
    return NULL;
}

/* Money in: see number_text(); str may carry 元, 万元 or 亿元. */
static bool money_in(PyObject *module, PyObject *value, const char *what, BudgetFen *out)
{
    BudgetError err;
    Py_ssize_t len;
    const char *s;
    PyObject *text = number_text(module, value, what);
    bool ok;

    if (text == NULL)
        return false;
    s = PyUnicode_AsUTF8AndSize(text, &len);
    if (s == NULL) {
        Py_DECREF(text);
        return false;
    }
    ok = budget_money_parse_unit(s, len, BUDGET_MONEY_UNIT_YUAN, out, &err);
    Py_DECREF(text);
    if (!ok) {
        snprintf(err.field, sizeof err.field, "%s", what);
        raise_budget_error(module, &err);
    }
    return ok;
}

/* A percentage in (25, "25", "25%", Decimal("33.333")) as micro-percent. */
static bool percent_in(PyObject *module, PyObject *value, const char *what, int64_t *out)
{
    BudgetError err;
    Py_ssize_t len;
    const char *s;
    PyObject *text = number_text(module, value, what);
    bool ok;

    if (text == NULL)
        return false;
    s = PyUnicode_AsUTF8AndSize(text, &len);
    if (s == NULL) {
        Py_DECREF(text);
        return false;
    }
    ok = budget_money_percent_parse(s, len, out, &err);
    Py_DECREF(text);
    if (!ok) {
        snprintf(err.field, sizeof err.field, "%s", what);
        raise_budget_error(module, &err);
    }
    return ok;
}

/* A date in: a str ("2024-08-31", "2024年8月31日", "2024/8/31") or an object
 * with year, month and day (datetime.date, datetime.datetime). */
static bool date_in(PyObject *module, PyObject *value, const char *what, BudgetDate *out)
{
    if (PyUnicode_Check(value)) {
        BudgetError err;
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(value, &len);
        if (s == NULL)
            return false;
        if (!budget_date_parse(s, len, out, &err)) {
            snprintf(err.field, sizeof err.field, "%s", what);
            raise_budget_error(module, &err);
            return false;
        }
        return true;
    }
    {
        static const char *const names[3] = {"year", "month", "day"};
        long ymd[3];
        for (int i = 0; i < 3; i++) {
            PyObject *v = PyObject_GetAttrString(value, names[i]);
            if (v == NULL) {
                PyErr_Clear();
                PyErr_Format(PyExc_TypeError, "%s must be a datetime.date or str, not %R", what,
                             (PyObject *)Py_TYPE(value));
                return false;
            }
            ymd[i] = PyLong_AsLong(v);
            Py_DECREF(v);
            if (ymd[i] == -1 && PyErr_Occurred())
                return false;
        }
        if (!budget_date_from_ymd((int)ymd[0], (int)ymd[1], (int)ymd[2], out)) {
            PyErr_Format(PyExc_ValueError, "%s: not a valid date", what);
            return false;
        }
        return true;
    }
}

/* An enumeration by its library name ("step", "linear"), through the
 * enum's own _from_string(). */
#define ENUM_IN(fn, type)                                                                                    \
    static bool fn##_in(PyObject *value, const char *what, type *out)                                        \
    {                                                                                                        \
        const char *s = text_of(value, what, NULL);                                                          \
        if (s == NULL)                                                                                       \
            return false;                                                                                    \
        if (!budget_##fn##_from_string(s, out)) {                                                            \
            PyErr_Format(PyExc_ValueError, "%s: unknown value '%s'", what, s);                               \
            return false;                                                                                    \
        }                                                                                                    \
        return true;                                                                                         \
    }
ENUM_IN(plan_method, BudgetPlanMethod)
ENUM_IN(plan_form, BudgetPlanForm)
ENUM_IN(time_method, BudgetTimeMethod)
ENUM_IN(denominator, BudgetDenominator)
ENUM_IN(level, BudgetLevel)
ENUM_IN(money_unit, BudgetMoneyUnit)
#undef ENUM_IN

/* ------------------------------------------------------------------------ */
/* Values out */

static PyObject *decimal_of(PyObject *module, const char *text)
{
    return PyObject_CallFunction(get_state(module)->decimal, "s", text);
}

static PyObject *money_out(PyObject *module, BudgetFen fen)
{
    char buf[40];
    budget_money_format(fen, buf, sizeof buf);
    return decimal_of(module, buf);
}

/* A rate in basis points, as the library shows it ("76.49"). */
static PyObject *rate_out(PyObject *module, int64_t bp)
{
    char buf[40];
    budget_money_rate_format(bp, buf, sizeof buf);
    return decimal_of(module, buf);
}

static PyObject *micropct_out(PyObject *module, int64_t micropct)
{
    return rate_out(module, budget_money_micropct_to_bp(micropct));
}

/* ------------------------------------------------------------------------ */
/* Cell-sized functions */

PyDoc_STRVAR(parse_money_doc,
             "parse_money(value) -> Decimal\n\n"
             "The exact amount in yuan of VALUE: a str such as '191.2176万元', '1,912,176.00'\n"
             "or '1.5亿元', an int (yuan), a Decimal, or a float whose shortest repr has at\n"
             "most 2 decimals. Anything that would lose a fen raises ParseError;\n"
             "AmountOverflowError past the 64-bit range of fen.");

static PyObject *py_parse_money(PyObject *module, PyObject *value)
{
    BudgetFen fen;
    if (!money_in(module, value, "value", &fen))
        return NULL;
    return money_out(module, fen);
}

PyDoc_STRVAR(execution_rate_doc,
             "execution_rate(executed, budget) -> Decimal | None\n\n"
             "Execution rate (预算执行率) in percent, rounded half away from zero to 2\n"
             "decimals: executed / budget * 100. None when the budget is zero or negative\n"
             "(no rate). Money as for parse_money().");

static PyObject *py_execution_rate(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    BudgetFen executed, budget;
    int64_t bp;

    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "execution_rate() takes exactly 2 arguments (executed, budget)");
        return NULL;
    }
    if (!money_in(module, args[0], "executed", &executed) || !money_in(module, args[1], "budget", &budget))
        return NULL;
    if (!budget_money_rate_bp(executed, budget, &bp))
        Py_RETURN_NONE;
    return rate_out(module, bp);
}

/* Fills a plan from a mapping month -> percent. */
static BudgetPlan *plan_from_mapping(PyObject *module, PyObject *mapping, PyObject *form_obj)
{
    BudgetPlan *plan;
    PyObject *items;
    BudgetPlanForm form = BUDGET_PLAN_FORM_AUTO;

    if (!PyDict_Check(mapping) && !PyObject_HasAttrString(mapping, "items")) {
        PyErr_SetString(PyExc_TypeError, "plan must be a mapping month -> percent");
        return NULL;
    }
    if (form_obj != NULL && form_obj != Py_None && !plan_form_in(form_obj, "form", &form))
        return NULL;
    items = PyMapping_Items(mapping);
    if (items == NULL)
        return NULL;
    plan = budget_plan_new();
    budget_plan_set_form(plan, form);
    for (Py_ssize_t i = 0; i < PyList_Size(items); i++) {
        PyObject *item = PyList_GetItem(items, i); /* borrowed */
        PyObject *key = PyTuple_GetItem(item, 0), *value = PyTuple_GetItem(item, 1);
        long month = PyLong_Check(key) ? PyLong_AsLong(key) : -1;
        BudgetError err;

        if (month == -1 && PyErr_Occurred())
            goto fail;
        if (!PyLong_Check(key) || PyBool_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "plan months must be int (1..12)");
            goto fail;
        }
        if (month < 1 || month > 12) { /* checked here: the library would warn of misuse */
            PyErr_Format(PyExc_ValueError, "plan month %ld is not 1..12", month);
            goto fail;
        }
        if (value == Py_None) {
            if (!budget_plan_set_blank(plan, (int)month)) {
                PyErr_Format(PyExc_ValueError, "plan month %ld is not 1..12", month);
                goto fail;
            }
            continue;
        }
        {
            int64_t micropct;
            if (!percent_in(module, value, "plan", &micropct))
                goto fail;
            if (!budget_plan_set_month(plan, (int)month, micropct, &err)) {
                raise_budget_error(module, &err);
                goto fail;
            }
        }
    }
    Py_DECREF(items);
    return plan;
fail:
    Py_DECREF(items);
    budget_plan_unref(plan);
    return NULL;
}

PyDoc_STRVAR(planned_percent_doc,
             "planned_percent(plan, as_of, method='step', year=None, form='auto') -> Decimal | None\n\n"
             "The planned cumulative percent at AS_OF of a disbursement plan given as a\n"
             "mapping month -> percent ({3: 25, 6: 50, 10: 75, 12: 100}), cumulative or\n"
             "incremental (FORM 'auto' infers it). METHOD 'step' takes the last checkpoint\n"
             "reached, 'linear' interpolates. YEAR defaults to AS_OF's year. None when the\n"
             "plan is invalid (planned percent undefined).");

static PyObject *py_planned_percent(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"plan", "as_of", "method", "year", "form", NULL};
    PyObject *plan_obj, *as_of_obj, *method_obj = NULL, *year_obj = Py_None, *form_obj = NULL;
    BudgetPlanMethod method = BUDGET_PLAN_METHOD_STEP;
    BudgetDate as_of;
    BudgetPlan *plan;
    int year;
    int64_t micropct;
    bool ok;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OO|OOO:planned_percent", kwlist, &plan_obj, &as_of_obj,
                                     &method_obj, &year_obj, &form_obj))
        return NULL;
    if (!date_in(module, as_of_obj, "as_of", &as_of))
        return NULL;
    if (method_obj != NULL && !plan_method_in(method_obj, "method", &method))
        return NULL;
    year = year_obj == Py_None ? budget_date_get_year(as_of) : (int)PyLong_AsLong(year_obj);
    if (year == -1 && PyErr_Occurred())
        return NULL;
    plan = plan_from_mapping(module, plan_obj, form_obj);
    if (plan == NULL)
        return NULL;
    ok = budget_plan_planned_micropct(plan, year, as_of, method, &micropct);
    budget_plan_unref(plan);
    if (!ok)
        Py_RETURN_NONE;
    return micropct_out(module, micropct);
}

PyDoc_STRVAR(time_progress_doc,
             "time_progress(as_of, method='days', year=None) -> Decimal\n\n"
             "Time progress (序时进度) in percent at AS_OF: elapsed days / days in the year\n"
             "with AS_OF counted ('days'), or whole months / 12 ('months'). YEAR defaults\n"
             "to AS_OF's year.");

static PyObject *py_time_progress(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"as_of", "method", "year", NULL};
    PyObject *as_of_obj, *method_obj = NULL, *year_obj = Py_None;
    BudgetTimeMethod method = BUDGET_TIME_METHOD_DAYS;
    BudgetDate as_of;
    int year;
    int64_t bp;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|OO:time_progress", kwlist, &as_of_obj, &method_obj,
                                     &year_obj))
        return NULL;
    if (!date_in(module, as_of_obj, "as_of", &as_of))
        return NULL;
    if (method_obj != NULL && !time_method_in(method_obj, "method", &method))
        return NULL;
    year = year_obj == Py_None ? budget_date_get_year(as_of) : (int)PyLong_AsLong(year_obj);
    if (year == -1 && PyErr_Occurred())
        return NULL;
    if (!budget_date_time_progress_bp(year, as_of, method, &bp)) {
        PyErr_SetString(PyExc_ValueError, "time_progress: invalid date or method");
        return NULL;
    }
    return rate_out(module, bp);
}

/* An evaluation as a tuple: (result, grade, ratio, deviation, reason). */
static PyObject *evaluation_tuple(PyObject *module, const BudgetTarget *target,
                                  const BudgetTargetEvaluation *ev)
{
    char dev[64];
    PyObject *ratio, *deviation;
    const char *grade =
        ev->grade != BUDGET_TARGET_GRADE_NONE ? budget_target_grade_to_string(ev->grade) : NULL;

    ratio = ev->has_ratio ? rate_out(module, ev->ratio_bp) : Py_NewRef(Py_None);
    if (ratio == NULL)
        return NULL;
    if (ev->has_deviation && budget_export_format_deviation(target, ev, dev, sizeof dev) > 0)
        deviation = PyUnicode_FromString(dev);
    else
        deviation = Py_NewRef(Py_None);
    return Py_BuildValue("(szNNz)", budget_target_result_to_string(ev->result), grade, ratio, deviation,
                         ev->reason[0] ? ev->reason : NULL);
}

static BudgetTarget *target_in(PyObject *module, PyObject *target_obj, int year)
{
    BudgetError err;
    Py_ssize_t len;
    const char *s = text_of(target_obj, "target", &len);
    BudgetTarget *target;

    if (s == NULL)
        return NULL;
    target = budget_target_parse(s, len, year, &err);
    if (target == NULL)
        raise_budget_error(module, &err);
    return target;
}

PyDoc_STRVAR(evaluate_target_doc,
             "evaluate_target(target, actual, year=0) -> (result, grade, ratio, deviation, reason)\n\n"
             "Evaluates an indicator's TARGET text ('≥95%', '2024年12月31日', '按期完成', graded\n"
             "tiers) against its ACTUAL text. budget.evaluate_target() wraps the tuple in a\n"
             "TargetEvaluation.");

static PyObject *py_evaluate_target(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"target", "actual", "year", NULL};
    PyObject *target_obj, *actual_obj;
    int year = 0;
    BudgetTarget *target;
    BudgetTargetEvaluation ev;
    BudgetError err;
    const char *actual = NULL;
    Py_ssize_t len = 0;
    PyObject *result;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OO|i:evaluate_target", kwlist, &target_obj, &actual_obj,
                                     &year))
        return NULL;
    if (actual_obj != Py_None && (actual = text_of(actual_obj, "actual", &len)) == NULL)
        return NULL;
    target = target_in(module, target_obj, year);
    if (target == NULL)
        return NULL;
    if (!budget_target_evaluate(target, actual, actual != NULL ? len : 0, &ev, &err)) {
        budget_target_unref(target);
        return raise_budget_error(module, &err);
    }
    result = evaluation_tuple(module, target, &ev);
    budget_target_unref(target);
    return result;
}

PyDoc_STRVAR(score_indicator_doc,
             "score_indicator(target, actual, weight, level3=None, year=0) -> (score, evaluation)\n\n"
             "Scores one indicator with the default rules (绩效自评): its points WEIGHT (int,\n"
             "Decimal or str) and the score as a Decimal number of points, exact; the\n"
             "evaluation as evaluate_target() gives it.");

static PyObject *py_score_indicator(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"target", "actual", "weight", "level3", "year", NULL};
    PyObject *target_obj, *actual_obj, *weight_obj, *text, *eval, *score;
    const char *level3 = NULL, *actual = NULL;
    int year = 0;
    int64_t weight, points;
    BudgetTarget *target;
    BudgetTargetEvaluation ev;
    BudgetError err;
    char buf[48];

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OOO|zi:score_indicator", kwlist, &target_obj, &actual_obj,
                                     &weight_obj, &level3, &year))
        return NULL;
    if (actual_obj != Py_None && (actual = text_of(actual_obj, "actual", NULL)) == NULL)
        return NULL;
    text = number_text(module, weight_obj, "weight");
    if (text == NULL)
        return NULL;
    if (PyUnicode_AsUTF8AndSize(text, NULL) == NULL) {
        Py_DECREF(text);
        return NULL;
    }
    if (!budget_score_parse_points(PyUnicode_AsUTF8AndSize(text, NULL), &weight, &err)) {
        Py_DECREF(text);
        snprintf(err.field, sizeof err.field, "weight");
        return raise_budget_error(module, &err);
    }
    Py_DECREF(text);
    target = target_in(module, target_obj, year);
    if (target == NULL)
        return NULL;
    if (!budget_score_indicator(NULL, target, actual, level3, weight, &points, &ev, &err)) {
        budget_target_unref(target);
        return raise_budget_error(module, &err);
    }
    eval = evaluation_tuple(module, target, &ev);
    budget_target_unref(target);
    if (eval == NULL)
        return NULL;
    /* micro-points, exact: the integer part and 6 decimals */
    snprintf(buf, sizeof buf, "%s%lld.%06lld", points < 0 ? "-" : "",
             (long long)(points < 0 ? -points : points) / 1000000,
             (long long)(points < 0 ? -points : points) % 1000000);
    score = decimal_of(module, buf);
    if (score == NULL) {
        Py_DECREF(eval);
        return NULL;
    }
    return Py_BuildValue("(NN)", score, eval);
}

/* ------------------------------------------------------------------------ */
/* Ledger: a loaded book and its ledger at an as-of date (one C pointer: the
 * ledger holds its book). */

typedef struct {
    PyObject_HEAD BudgetLedger *ledger;
} LedgerObject;

static void ledger_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    budget_ledger_unref(((LedgerObject *)self)->ledger);
    ((LedgerObject *)self)->ledger = NULL;
    tp_free(self);
    Py_DECREF(tp);
}

static BudgetLedger *ledger_of(PyObject *self)
{
    BudgetLedger *ledger = ((LedgerObject *)self)->ledger;
    if (ledger == NULL)
        PyErr_SetString(PyExc_ValueError, "the book is closed");
    return ledger;
}

/* A reference of the caller's own, for a call that releases the GIL: a
 * close() from another thread meanwhile then cannot free the ledger under
 * it. Release with budget_ledger_unref(). */
static BudgetLedger *ledger_hold(PyObject *self)
{
    BudgetLedger *ledger = ledger_of(self);
    return ledger != NULL ? budget_ledger_ref(ledger) : NULL;
}

static PyObject *ledger_close(PyObject *self, PyObject *unused)
{
    budget_ledger_unref(((LedgerObject *)self)->ledger);
    ((LedgerObject *)self)->ledger = NULL;
    Py_RETURN_NONE;
}

static PyObject *ledger_wrap(PyObject *module, BudgetLedger *ledger)
{
    PyTypeObject *tp = get_state(module)->ledger_type;
    allocfunc tp_alloc = (allocfunc)PyType_GetSlot(tp, Py_tp_alloc);
    LedgerObject *obj = (LedgerObject *)tp_alloc(tp, 0);
    if (obj == NULL) {
        budget_ledger_unref(ledger);
        return NULL;
    }
    obj->ledger = ledger;
    return (PyObject *)obj;
}

static bool options_in(PyObject *module, int lenient, const char *encoding, BudgetCsvOptions **out)
{
    BudgetError err;
    BudgetCsvOptions *options = budget_csv_options_new();
    budget_csv_options_set_lenient(options, lenient != 0);
    if (!budget_csv_options_set_encoding(options, encoding, &err)) {
        budget_csv_options_free(options);
        raise_budget_error(module, &err);
        return false;
    }
    *out = options;
    return true;
}

PyDoc_STRVAR(
    load_folder_doc,
    "load_folder(dir, as_of=None, lenient=False, encoding='auto', threads=0) -> (Ledger, problems)\n\n"
    "Loads a data folder (budget_csv_folder_load) with its ledger at AS_OF (None:\n"
    "31 December of the book's year), transactions.csv read by THREADS threads\n"
    "(budget_csv_options_set_threads: 0 one per core, 1 one pass; the result is\n"
    "the same). The GIL is released while it reads.");

static PyObject *py_load_folder(PyObject *module, PyObject *args, PyObject *kwargs)
{
    PyThreadState *ts;
    static char *kwlist[] = {"dir", "as_of", "lenient", "encoding", "threads", NULL};
    PyObject *dir_obj, *as_of_obj = Py_None, *dir_bytes = NULL, *problems, *wrapped;
    int lenient = 0, threads = 0;
    const char *encoding = "auto";
    BudgetDate as_of = 0;
    BudgetCsvOptions *options;
    BudgetDiagnostics *diag;
    BudgetCsvFolder *folder;
    BudgetError err;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|Opzi:load_folder", kwlist, &dir_obj, &as_of_obj,
                                     &lenient, &encoding, &threads))
        return NULL;
    if (threads < 0) {
        PyErr_SetString(PyExc_ValueError, "threads must be 0 (one per core) or more");
        return NULL;
    }
    if (as_of_obj != Py_None && !date_in(module, as_of_obj, "as_of", &as_of))
        return NULL;
    if (!PyUnicode_FSConverter(dir_obj, &dir_bytes))
        return NULL;
    if (!options_in(module, lenient, encoding, &options)) {
        Py_DECREF(dir_bytes);
        return NULL;
    }
    budget_csv_options_set_threads(options, (unsigned)threads);
    diag = budget_diagnostics_new();
    ts = PyEval_SaveThread();
    folder = budget_csv_folder_load(PyBytes_AsString(dir_bytes), as_of, options, diag, &err);
    PyEval_RestoreThread(ts);
    Py_DECREF(dir_bytes);
    budget_csv_options_free(options);
    if (folder == NULL) {
        budget_diagnostics_free(diag);
        return raise_budget_error(module, &err);
    }
    problems = diagnostics_list(diag);
    budget_diagnostics_free(diag);
    wrapped = ledger_wrap(module, budget_ledger_ref(budget_csv_folder_get_ledger(folder)));
    budget_csv_folder_free(folder);
    if (problems == NULL || wrapped == NULL) {
        Py_XDECREF(problems);
        Py_XDECREF(wrapped);
        return NULL;
    }
    return Py_BuildValue("(NN)", wrapped, problems);
}

/* Reading from a Python file object: the read callback runs with the GIL
 * held, and an exception raised by read() is kept and re-raised after the
 * library returns (pygit2's GIT_EUSER pattern). */
typedef struct {
    PyObject *file;
    PyObject *pending;                       /* bytes left over from the last read() */
    Py_ssize_t offset;                       /* into pending */
    PyObject *exc_type, *exc_value, *exc_tb; /* the saved exception */
} Reader;

static ptrdiff_t reader_read(void *buf, size_t size, void *user_data)
{
    Reader *r = user_data;
    PyGILState_STATE gil = PyGILState_Ensure();
    ptrdiff_t n = -1;

    if (r->exc_type != NULL)
        goto out;
    if (r->pending == NULL || r->offset >= PyBytes_Size(r->pending)) {
        PyObject *chunk = PyObject_CallMethod(r->file, "read", "n", (Py_ssize_t)size);
        Py_CLEAR(r->pending);
        r->offset = 0;
        if (chunk != NULL && PyUnicode_Check(chunk)) {
            PyObject *b = PyUnicode_AsUTF8String(chunk);
            Py_DECREF(chunk);
            chunk = b;
        } else if (chunk != NULL && !PyBytes_Check(chunk)) {
            PyErr_Format(PyExc_TypeError, "read() returned %R, not bytes or str", (PyObject *)Py_TYPE(chunk));
            Py_CLEAR(chunk);
        }
        if (chunk == NULL) {
            PyErr_Fetch(&r->exc_type, &r->exc_value, &r->exc_tb);
            goto out;
        }
        r->pending = chunk;
    }
    {
        Py_ssize_t avail = PyBytes_Size(r->pending) - r->offset;
        n = avail < (Py_ssize_t)size ? avail : (Py_ssize_t)size;
        memcpy(buf, PyBytes_AsString(r->pending) + r->offset, (size_t)n);
        r->offset += n;
    }
out:
    PyGILState_Release(gil);
    return n;
}

static void reader_clear(Reader *r)
{
    Py_CLEAR(r->pending);
    Py_CLEAR(r->exc_type);
    Py_CLEAR(r->exc_value);
    Py_CLEAR(r->exc_tb);
}

/* After a failed load: the saved Python exception, else the library's. */
static PyObject *reader_fail(PyObject *module, Reader *r, const BudgetError *err)
{
    if (r->exc_type != NULL) {
        PyErr_Restore(r->exc_type, r->exc_value, r->exc_tb);
        r->exc_type = r->exc_value = r->exc_tb = NULL;
        reader_clear(r);
        return NULL;
    }
    reader_clear(r);
    return raise_budget_error(module, err);
}

typedef bool (*BookLoader)(BudgetBook *book, BudgetReadFunc read, void *read_data, const char *source_name,
                           const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error);

static const char *source_name_of(PyObject *file, PyObject **keep, const char *fallback)
{
    PyObject *name = PyObject_GetAttrString(file, "name");
    if (name == NULL) {
        PyErr_Clear();
        return fallback;
    }
    if (!PyUnicode_Check(name)) {
        Py_DECREF(name);
        return fallback;
    }
    *keep = name;
    return PyUnicode_AsUTF8AndSize(name, NULL);
}

PyDoc_STRVAR(read_files_doc,
             "read_files(projects, transactions=None, adjustments=None, indicators=None, as_of=None,\n"
             "           lenient=False, encoding='auto', year=None) -> (Ledger, problems)\n\n"
             "Reads a book from file objects (binary or text, anything with read()).");

static PyObject *py_read_files(PyObject *module, PyObject *args, PyObject *kwargs)
{
    PyThreadState *ts;
    static char *kwlist[] = {"projects", "transactions", "adjustments", "indicators", "as_of",
                             "lenient",  "encoding",     "year",        NULL};
    PyObject *files[4] = {NULL, Py_None, Py_None, Py_None};
    static const char *const names[4] = {"projects.csv", "transactions.csv", "adjustments.csv",
                                         "indicators.csv"};
    PyObject *as_of_obj = Py_None, *year_obj = Py_None, *problems, *wrapped;
    int lenient = 0;
    const char *encoding = "auto";
    BudgetDate as_of = 0;
    BudgetCsvOptions *options;
    BudgetDiagnostics *diag;
    BudgetBook *book;
    BudgetLedger *ledger = NULL;
    BudgetError err;
    Reader r;
    bool ok = true;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|OOOOpzO:read_files", kwlist, &files[0], &files[1],
                                     &files[2], &files[3], &as_of_obj, &lenient, &encoding, &year_obj))
        return NULL;
    if (as_of_obj != Py_None && !date_in(module, as_of_obj, "as_of", &as_of))
        return NULL;
    if (!options_in(module, lenient, encoding, &options))
        return NULL;
    diag = budget_diagnostics_new();
    book = budget_book_new();
    memset(&r, 0, sizeof r);
    if (year_obj != Py_None) {
        long year = PyLong_AsLong(year_obj);
        if ((year == -1 && PyErr_Occurred()) || !budget_book_set_year(book, (int)year)) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "year: not a valid year");
            goto fail;
        }
    }
    /* projects, then adjustments and indicators (which name projects), then
     * the ledger and its transactions */
    {
        static const int order[3] = {0, 2, 3};
        static const BookLoader loaders[4] = {budget_csv_load_projects_callback, NULL,
                                              budget_csv_load_adjustments_callback,
                                              budget_csv_load_indicators_callback};
        for (int k = 0; k < 3 && ok; k++) {
            int i = order[k];
            PyObject *keep = NULL;
            const char *source;
            if (files[i] == Py_None)
                continue;
            source = source_name_of(files[i], &keep, names[i]);
            r.file = files[i];
            ts = PyEval_SaveThread();
            ok = loaders[i](book, reader_read, &r, source, options, diag, &err);
            PyEval_RestoreThread(ts);
            Py_XDECREF(keep);
            if (!ok) {
                reader_fail(module, &r, &err);
                goto fail;
            }
            reader_clear(&r);
        }
    }
    if (as_of == 0 && budget_book_get_year(book) > 0)
        as_of = budget_date_month_end(budget_book_get_year(book), 12);
    ledger = budget_ledger_new(book, as_of, &err);
    if (ledger == NULL) {
        raise_budget_error(module, &err);
        goto fail;
    }
    if (files[1] != Py_None) {
        PyObject *keep = NULL;
        const char *source = source_name_of(files[1], &keep, names[1]);
        r.file = files[1];
        ts = PyEval_SaveThread();
        ok = budget_csv_load_transactions_callback(ledger, reader_read, &r, source, options, diag, &err);
        PyEval_RestoreThread(ts);
        Py_XDECREF(keep);
        if (!ok) {
            reader_fail(module, &r, &err);
            goto fail;
        }
        reader_clear(&r);
    }
    budget_book_unref(book);
    budget_csv_options_free(options);
    problems = diagnostics_list(diag);
    budget_diagnostics_free(diag);
    wrapped = ledger_wrap(module, ledger);
    if (problems == NULL || wrapped == NULL) {
        Py_XDECREF(problems);
        Py_XDECREF(wrapped);
        return NULL;
    }
    return Py_BuildValue("(NN)", wrapped, problems);
fail:
    reader_clear(&r);
    budget_ledger_unref(ledger);
    budget_book_unref(book);
    budget_csv_options_free(options);
    budget_diagnostics_free(diag);
    return NULL;
}

/* Rows written by the export module, header first: a list of tuples of str. */
typedef struct {
    PyObject *rows;
    PyObject *exc_type, *exc_value, *exc_tb;
} RowSink;

static int sink_row(const char *const *cells, size_t n_cells, bool is_header, void *user_data)
{
    RowSink *sink = user_data;
    PyObject *row = PyTuple_New((Py_ssize_t)n_cells);

    if (row == NULL)
        goto fail;
    for (size_t i = 0; i < n_cells; i++) {
        PyObject *cell = PyUnicode_FromString(cells[i]);
        if (cell == NULL) {
            Py_DECREF(row);
            goto fail;
        }
        PyTuple_SetItem(row, (Py_ssize_t)i, cell);
    }
    if (PyList_Append(sink->rows, row) < 0) {
        Py_DECREF(row);
        goto fail;
    }
    Py_DECREF(row);
    return 0;
fail:
    PyErr_Fetch(&sink->exc_type, &sink->exc_value, &sink->exc_tb);
    return 1;
}

static PyObject *sink_result(PyObject *module, RowSink *sink, bool ok, const BudgetError *err)
{
    if (sink->exc_type != NULL) {
        PyErr_Restore(sink->exc_type, sink->exc_value, sink->exc_tb);
        Py_DECREF(sink->rows);
        return NULL;
    }
    if (!ok) {
        Py_DECREF(sink->rows);
        return raise_budget_error(module, err);
    }
    return sink->rows;
}

PyDoc_STRVAR(ledger_report_doc,
             "report(level='project', plan_method='step', time_method='days', denominator='adjusted',\n"
             "       thresholds=None, money_unit='yuan') -> list of tuples (header first)\n\n"
             "The execution report (budget_report_new) written as `budget report --format csv`\n"
             "writes it. The GIL is released while the report is computed.");

static PyObject *report_with(PyObject *self, BudgetLedger *ledger, PyObject *args, PyObject *kwargs)
{
    PyThreadState *ts;
    static char *kwlist[] = {"level",      "plan_method", "time_method", "denominator",
                             "thresholds", "money_unit",  NULL};
    PyObject *level_obj = NULL, *plan_obj = NULL, *time_obj = NULL, *denom_obj = NULL, *thr_obj = Py_None,
             *unit_obj = NULL;
    PyObject *module = PyType_GetModule(Py_TYPE(self));
    BudgetLevel level = BUDGET_LEVEL_PROJECT;
    BudgetPlanMethod plan = BUDGET_PLAN_METHOD_STEP;
    BudgetTimeMethod time = BUDGET_TIME_METHOD_DAYS;
    BudgetDenominator denom = BUDGET_DENOMINATOR_ADJUSTED;
    BudgetMoneyUnit unit = BUDGET_MONEY_UNIT_YUAN;
    BudgetMonitorConfig *config;
    BudgetReport *report;
    BudgetExport *out;
    BudgetError err;
    RowSink sink;
    bool ok;

    if (ledger == NULL)
        return NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOOO:report", kwlist, &level_obj, &plan_obj, &time_obj,
                                     &denom_obj, &thr_obj, &unit_obj))
        return NULL;
    if ((level_obj != NULL && !level_in(level_obj, "level", &level)) ||
        (plan_obj != NULL && !plan_method_in(plan_obj, "plan_method", &plan)) ||
        (time_obj != NULL && !time_method_in(time_obj, "time_method", &time)) ||
        (denom_obj != NULL && !denominator_in(denom_obj, "denominator", &denom)) ||
        (unit_obj != NULL && !money_unit_in(unit_obj, "money_unit", &unit)))
        return NULL;
    config = budget_monitor_config_new();
    budget_monitor_config_set_plan_method(config, plan);
    budget_monitor_config_set_time_method(config, time);
    budget_monitor_config_set_denominator(config, denom);
    if (thr_obj != Py_None) {
        int64_t bp[3];
        if (!PySequence_Check(thr_obj) || PySequence_Size(thr_obj) != 3) {
            PyErr_SetString(PyExc_ValueError, "thresholds must be 3 numbers (percentage points)");
            budget_monitor_config_free(config);
            return NULL;
        }
        for (int i = 0; i < 3; i++) {
            int64_t micropct;
            PyObject *item = PySequence_GetItem(thr_obj, i);
            bool ok_item = item != NULL && percent_in(module, item, "thresholds", &micropct);
            Py_XDECREF(item);
            if (!ok_item) {
                budget_monitor_config_free(config);
                return NULL;
            }
            bp[i] = budget_money_micropct_to_bp(micropct);
        }
        if (!budget_monitor_config_set_thresholds(config, bp[0], bp[1], bp[2], &err)) {
            budget_monitor_config_free(config);
            return raise_budget_error(module, &err);
        }
    }
    ts = PyEval_SaveThread();
    report = budget_report_new(ledger, level, config, &err);
    PyEval_RestoreThread(ts);
    budget_monitor_config_free(config);
    if (report == NULL)
        return raise_budget_error(module, &err);
    memset(&sink, 0, sizeof sink);
    sink.rows = PyList_New(0);
    if (sink.rows == NULL) {
        budget_report_free(report);
        return NULL;
    }
    out = budget_export_new_rows(sink_row, &sink, NULL);
    budget_export_set_money_unit(out, unit);
    ok = budget_export_report(out, report, &err);
    budget_export_free(out);
    budget_report_free(report);
    return sink_result(module, &sink, ok, &err);
}

PyDoc_STRVAR(ledger_score_doc,
             "score() -> list of tuples (header first)\n\n"
             "The self-evaluation scores (budget_score_report_new) with the default rules,\n"
             "as `budget score --format csv` writes them.");

static PyObject *score_with(PyObject *self, BudgetLedger *ledger)
{
    PyThreadState *ts;
    PyObject *module = PyType_GetModule(Py_TYPE(self));
    BudgetScoreReport *report;
    BudgetExport *out;
    BudgetError err;
    RowSink sink;
    bool ok;

    if (ledger == NULL)
        return NULL;
    ts = PyEval_SaveThread();
    report = budget_score_report_new(ledger, NULL, &err);
    PyEval_RestoreThread(ts);
    if (report == NULL)
        return raise_budget_error(module, &err);
    memset(&sink, 0, sizeof sink);
    sink.rows = PyList_New(0);
    if (sink.rows == NULL) {
        budget_score_report_free(report);
        return NULL;
    }
    out = budget_export_new_rows(sink_row, &sink, NULL);
    ok = budget_export_scores(out, report, budget_ledger_get_book(ledger), &err);
    budget_export_free(out);
    budget_score_report_free(report);
    return sink_result(module, &sink, ok, &err);
}

PyDoc_STRVAR(ledger_check_doc, "check() -> list of problems\n\n"
                               "The cross-file checks of `budget validate` (budget_monitor_check).");

static PyObject *check_with(PyObject *self, BudgetLedger *ledger)
{
    PyThreadState *ts;
    PyObject *module = PyType_GetModule(Py_TYPE(self)), *list;
    BudgetDiagnostics *diag;
    BudgetError err;
    bool ok;

    if (ledger == NULL)
        return NULL;
    diag = budget_diagnostics_new();
    ts = PyEval_SaveThread();
    ok = budget_monitor_check(budget_ledger_get_book(ledger), ledger, NULL, diag, &err);
    PyEval_RestoreThread(ts);
    if (!ok) {
        budget_diagnostics_free(diag);
        return raise_budget_error(module, &err);
    }
    list = diagnostics_list(diag);
    budget_diagnostics_free(diag);
    return list;
}

static PyObject *ledger_report(PyObject *self, PyObject *args, PyObject *kwargs)
{
    BudgetLedger *ledger = ledger_hold(self);
    PyObject *result = ledger != NULL ? report_with(self, ledger, args, kwargs) : NULL;
    budget_ledger_unref(ledger);
    return result;
}

static PyObject *ledger_score(PyObject *self, PyObject *unused)
{
    BudgetLedger *ledger = ledger_hold(self);
    PyObject *result = ledger != NULL ? score_with(self, ledger) : NULL;
    budget_ledger_unref(ledger);
    return result;
}

static PyObject *ledger_check(PyObject *self, PyObject *unused)
{
    BudgetLedger *ledger = ledger_hold(self);
    PyObject *result = ledger != NULL ? check_with(self, ledger) : NULL;
    budget_ledger_unref(ledger);
    return result;
}

PyDoc_STRVAR(ledger_project_doc,
             "project(index_or_code) -> tuple\n\n"
             "(code, name, unit, year, budget, fiscal, carryover, other, purpose, plan):\n"
             "money as Decimal (None for a funding cell not given), plan as a dict\n"
             "month -> cumulative percent (Decimal; None when the plan is invalid).");

static PyObject *ledger_project(PyObject *self, PyObject *key)
{
    PyObject *module = PyType_GetModule(Py_TYPE(self));
    BudgetLedger *ledger = ledger_of(self);
    const BudgetBook *book;
    const BudgetProject *p;
    const BudgetPlan *plan;
    PyObject *funding[3], *plan_dict, *budget;

    if (ledger == NULL)
        return NULL;
    book = budget_ledger_get_book(ledger);
    if (PyLong_Check(key)) {
        Py_ssize_t i = PyLong_AsSsize_t(key);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0 || (size_t)i >= budget_book_get_n_projects(book)) {
            PyErr_SetString(PyExc_IndexError, "project index out of range");
            return NULL;
        }
        p = budget_book_get_project_nth(book, (size_t)i);
    } else {
        const char *code = text_of(key, "code", NULL);
        if (code == NULL)
            return NULL;
        p = budget_book_get_project(book, code);
        if (p == NULL) {
            BudgetError err;
            memset(&err, 0, sizeof err);
            err.code = BUDGET_ERROR_NOT_FOUND;
            snprintf(err.field, sizeof err.field, "code");
            snprintf(err.message, sizeof err.message, "no project with code '%s'", code);
            return raise_budget_error(module, &err);
        }
    }
    for (int s = 0; s < 3; s++) {
        BudgetFen fen;
        funding[s] = budget_project_get_funding(p, (BudgetSource)s, &fen) ? money_out(module, fen)
                                                                          : Py_NewRef(Py_None);
        if (funding[s] == NULL) {
            for (int k = 0; k < s; k++)
                Py_DECREF(funding[k]);
            return NULL;
        }
    }
    plan_dict = PyDict_New();
    plan = budget_project_get_plan(p);
    for (int m = 1; plan_dict != NULL && plan != NULL && m <= 12; m++) {
        int64_t micropct;
        if (budget_plan_has_month(plan, m, NULL) || budget_plan_is_blank(plan, m)) {
            PyObject *k = PyLong_FromLong(m), *v;
            v = budget_plan_get_cumulative(plan, m, &micropct) ? micropct_out(module, micropct)
                                                               : Py_NewRef(Py_None);
            if (k == NULL || v == NULL || PyDict_SetItem(plan_dict, k, v) < 0)
                Py_CLEAR(plan_dict);
            Py_XDECREF(k);
            Py_XDECREF(v);
        }
    }
    budget = money_out(module, budget_project_get_budget(p));
    if (plan_dict == NULL || budget == NULL) {
        Py_XDECREF(plan_dict);
        Py_XDECREF(budget);
        for (int k = 0; k < 3; k++)
            Py_DECREF(funding[k]);
        return NULL;
    }
    return Py_BuildValue("(sssiNNNNsN)", budget_project_get_code(p), budget_project_get_name(p),
                         budget_project_get_unit(p), budget_project_get_year(p), budget, funding[0],
                         funding[1], funding[2], budget_project_get_purpose(p), plan_dict);
}

static PyObject *ledger_n_projects(PyObject *self, void *closure)
{
    BudgetLedger *ledger = ledger_of(self);
    if (ledger == NULL)
        return NULL;
    return PyLong_FromSize_t(budget_book_get_n_projects(budget_ledger_get_book(ledger)));
}

static PyObject *ledger_as_of(PyObject *self, void *closure)
{
    BudgetLedger *ledger = ledger_of(self);
    char buf[16];
    if (ledger == NULL)
        return NULL;
    budget_date_format(budget_ledger_get_as_of(ledger), buf, sizeof buf);
    return PyUnicode_FromString(buf);
}

static PyObject *ledger_year(PyObject *self, void *closure)
{
    BudgetLedger *ledger = ledger_of(self);
    if (ledger == NULL)
        return NULL;
    return PyLong_FromLong(budget_book_get_year(budget_ledger_get_book(ledger)));
}

static PyMethodDef ledger_methods[] = {
    {"report", (PyCFunction)(void (*)(void))ledger_report, METH_VARARGS | METH_KEYWORDS, ledger_report_doc},
    {"score", ledger_score, METH_NOARGS, ledger_score_doc},
    {"check", ledger_check, METH_NOARGS, ledger_check_doc},
    {"project", ledger_project, METH_O, ledger_project_doc},
    {"close", ledger_close, METH_NOARGS,
     "close()\n\nReleases the book now (also done when it is collected)."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef ledger_getset[] = {
    {"n_projects", ledger_n_projects, NULL, "the number of projects", NULL},
    {"as_of", ledger_as_of, NULL, "the ledger's as-of date, YYYY-MM-DD", NULL},
    {"year", ledger_year, NULL, "the book's budget year", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot ledger_slots[] = {
    {Py_tp_dealloc, ledger_dealloc},
    {Py_tp_methods, ledger_methods},
    {Py_tp_getset, ledger_getset},
    {Py_tp_doc, "A loaded book and its ledger at an as-of date (use budget.Book)."},
    {0, NULL},
};

static PyType_Spec ledger_spec = {
    .name = "budget._budget.Ledger",
    .basicsize = sizeof(LedgerObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .slots = ledger_slots,
};

/* ------------------------------------------------------------------------ */
/* Column kinds, for the Python rows: the report module's own names. */

PyDoc_STRVAR(column_kind_doc,
             "column_kind(name) -> 'money' | 'rate' | None\n\n"
             "Whether a report column holds money or a rate (budget_report_money_from_string,\n"
             "budget_report_rate_from_string).");

static PyObject *py_column_kind(PyObject *module, PyObject *name)
{
    const char *s = text_of(name, "name", NULL);
    BudgetReportMoney money;
    BudgetReportRate rate;
    if (s == NULL)
        return NULL;
    /* their @out is not nullable (unlike the enums of api-conventions.md) */
    if (budget_report_money_from_string(s, &money))
        return PyUnicode_FromString("money");
    if (budget_report_rate_from_string(s, &rate))
        return PyUnicode_FromString("rate");
    Py_RETURN_NONE;
}

static PyObject *py_set_errors(PyObject *module, PyObject *args)
{
    ModuleState *st = get_state(module);
    PyObject *classes, *base;
    if (!PyArg_ParseTuple(args, "O!O:_set_errors", &PyDict_Type, &classes, &base))
        return NULL;
    Py_XDECREF(st->error_classes);
    st->error_classes = Py_NewRef(classes);
    Py_XDECREF(st->error_base);
    st->error_base = Py_NewRef(base);
    Py_RETURN_NONE;
}

static PyObject *py_error_codes(PyObject *module, PyObject *unused)
{
    PyObject *d = PyDict_New();
    for (int c = 0; d != NULL && c < BUDGET_ERROR_N; c++) {
        PyObject *k = PyUnicode_FromString(budget_error_code_name(c)), *v = PyLong_FromLong(c);
        if (k == NULL || v == NULL || PyDict_SetItem(d, k, v) < 0)
            Py_CLEAR(d);
        Py_XDECREF(k);
        Py_XDECREF(v);
    }
    return d;
}

static PyMethodDef module_methods[] = {
    {"parse_money", py_parse_money, METH_O, parse_money_doc},
    {"execution_rate", (PyCFunction)(void (*)(void))py_execution_rate, METH_FASTCALL, execution_rate_doc},
    {"planned_percent", (PyCFunction)(void (*)(void))py_planned_percent, METH_VARARGS | METH_KEYWORDS,
     planned_percent_doc},
    {"time_progress", (PyCFunction)(void (*)(void))py_time_progress, METH_VARARGS | METH_KEYWORDS,
     time_progress_doc},
    {"evaluate_target", (PyCFunction)(void (*)(void))py_evaluate_target, METH_VARARGS | METH_KEYWORDS,
     evaluate_target_doc},
    {"score_indicator", (PyCFunction)(void (*)(void))py_score_indicator, METH_VARARGS | METH_KEYWORDS,
     score_indicator_doc},
    {"load_folder", (PyCFunction)(void (*)(void))py_load_folder, METH_VARARGS | METH_KEYWORDS,
     load_folder_doc},
    {"read_files", (PyCFunction)(void (*)(void))py_read_files, METH_VARARGS | METH_KEYWORDS, read_files_doc},
    {"column_kind", py_column_kind, METH_O, column_kind_doc},
    {"_set_errors", py_set_errors, METH_VARARGS, "_set_errors(classes, base): the exception per error code"},
    {"error_codes", py_error_codes, METH_NOARGS, "error_codes() -> dict name -> code"},
    {NULL, NULL, 0, NULL},
};

static int module_exec(PyObject *module)
{
    ModuleState *st = get_state(module);
    PyObject *decimal_mod;

    /* Refuse a runtime library older than the headers (STYLE.md B7). */
    if (budget_version_number() < BUDGET_VERSION_NUMBER) {
        PyErr_Format(PyExc_ImportError, "libbudget %s is older than %s, which budget._budget was built with",
                     budget_version(), BUDGET_VERSION);
        return -1;
    }
    decimal_mod = PyImport_ImportModule("decimal");
    if (decimal_mod == NULL)
        return -1;
    st->decimal = PyObject_GetAttrString(decimal_mod, "Decimal");
    Py_DECREF(decimal_mod);
    if (st->decimal == NULL)
        return -1;
    st->ledger_type = (PyTypeObject *)PyType_FromModuleAndSpec(module, &ledger_spec, NULL);
    if (st->ledger_type == NULL)
        return -1;
    if (PyModule_AddObjectRef(module, "Ledger", (PyObject *)st->ledger_type) < 0)
        return -1;
    if (PyModule_AddStringConstant(module, "library_version", budget_version()) < 0)
        return -1;
    return 0;
}

static int module_traverse(PyObject *module, visitproc visit, void *arg)
{
    ModuleState *st = get_state(module);
    Py_VISIT(st->decimal);
    Py_VISIT(st->error_classes);
    Py_VISIT(st->error_base);
    Py_VISIT(st->ledger_type);
    return 0;
}

static int module_clear(PyObject *module)
{
    ModuleState *st = get_state(module);
    Py_CLEAR(st->decimal);
    Py_CLEAR(st->error_classes);
    Py_CLEAR(st->error_base);
    Py_CLEAR(st->ledger_type);
    return 0;
}

static void module_free(void *module)
{
    module_clear((PyObject *)module);
}

static PyModuleDef_Slot module_slots[] = {
    {Py_mod_exec, module_exec},
    {0, NULL},
};

static struct PyModuleDef budget_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "budget._budget",
    .m_doc = "The C half of the budget package: thin calls into libbudget.",
    .m_size = sizeof(ModuleState),
    .m_methods = module_methods,
    .m_slots = module_slots,
    .m_traverse = module_traverse,
    .m_clear = module_clear,
    .m_free = module_free,
};

PyMODINIT_FUNC PyInit__budget(void);

PyMODINIT_FUNC PyInit__budget(void)
{
    return PyModuleDef_Init(&budget_module);
}
