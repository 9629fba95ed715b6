/* The `budget` Lua module: libbudget for spreadsheet macros (Lua 5.1, LuaJIT,
 * 5.3, 5.4). A thin mapping of the public API (STYLE.md B11): every rule is
 * a call into libbudget; this file only converts values and errors.
 *
 * Conventions, the same in every function:
 * - money is exact: a string ("1912176.00", "191.2176万元") or a number
 *   whose shortest decimal form has at most 2 decimals; results are strings;
 * - rates and percentages come back as numbers rounded 四舍五入 to 2
 *   decimals by the library (basis points ÷ 100), or nil when undefined;
 * - a wrong argument (a type, an unknown option name) raises a Lua error,
 *   checked before any libbudget object exists, so that nothing leaks;
 * - a data error (text that is not money, a date that is not one, a folder
 *   that does not load) returns nil, message, info with info = {code=,
 *   file=, line=, column=, field=, message=} as io.open does.
 *
 * Nothing here calls Lua from inside a libbudget callback: the report's rows
 * are collected in C and turned into tables after libbudget returns, so a
 * Lua error never unwinds through libbudget's frames. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <budget.h>

#include "lbudget-compat.h"

#define BOOK_MT "budget.Book"
#define CELLS_MT "budget.Cells"

/* Exported from the module's shared object (built -fvisibility=hidden) and
 * linked as is into a host that embeds Lua (examples/lua-host.c). */
#if defined(_WIN32)
#define LBUDGET_EXPORT __declspec(dllexport)
#else
#define LBUDGET_EXPORT __attribute__((visibility("default")))
#endif

LBUDGET_EXPORT int luaopen_budget(lua_State *L);

/* ---- Errors ------------------------------------------------------------ */

/* Pushes nil, message, info for a failed call; returns 3 (the caller's
 * result count). */
static int push_failure(lua_State *L, const BudgetError *err)
{
    char text[512];

    budget_error_format(err, text, sizeof text);
    lua_pushnil(L);
    lua_pushstring(L, text);
    lua_createtable(L, 0, 6);
    lua_pushstring(L, budget_error_code_name(err->code));
    lua_setfield(L, -2, "code");
    lua_pushstring(L, err->message);
    lua_setfield(L, -2, "message");
    if (err->source[0] != '\0') {
        lua_pushstring(L, err->source);
        lua_setfield(L, -2, "file");
    }
    if (err->line > 0) {
        lua_pushinteger(L, (lua_Integer)err->line);
        lua_setfield(L, -2, "line");
    }
    if (err->column > 0) {
        lua_pushinteger(L, err->column);
        lua_setfield(L, -2, "column");
    }
    if (err->field[0] != '\0') {
        lua_pushstring(L, err->field);
        lua_setfield(L, -2, "field");
    }
    return 3;
}

/* An error the binding itself finds in a value (a number that is not exact). */
static void set_error(BudgetError *err, BudgetErrorCode code, const char *message)
{
    budget_error_clear(err);
    err->code = code;
    snprintf(err->message, sizeof err->message, "%s", message);
}

/* ---- Values ------------------------------------------------------------ */

/* A Lua number as an exact count of 1/@scale units (100: fen of a yuan;
 * 1000000: micro-percent of a percent). It is exact when the number is the
 * double nearest to a decimal with at most log10(@scale) decimals, i.e. when
 * its shortest decimal form has no more decimals than that: then k = round(x
 * × scale) is that decimal's count and k ÷ scale (one correctly rounded
 * division) gives x back. 0.1 + 0.2 gives 0.30000000000000004 back for
 * k = 30 and is refused, never rounded. Below 2^53 the product is within
 * half a unit of k, so k is found; larger numbers are refused (pass text). */
static bool number_to_scaled(lua_Number x, int64_t scale, int64_t *out)
{
    const double limit = 9007199254740992.0; /* 2^53 */
    double scaled = x * (double)scale;
    double k;

    if (x == (double)(int64_t)x && x > -9.2e18 / (double)scale && x < 9.2e18 / (double)scale) {
        /* A whole number (all a 5.1 integer is): exact in int64. */
        *out = (int64_t)x * scale;
        return true;
    }
    if (!(scaled > -limit && scaled < limit)) /* also NaN */
        return false;
    k = (double)(int64_t)(scaled < 0 ? scaled - 0.5 : scaled + 0.5);
    if (k / (double)scale != x)
        return false;
    *out = (int64_t)k;
    return true;
}

/* Money at @idx: a string (budget_money_parse_unit(): "1,912,176.00",
 * "191.2176万元") or an exact number (see number_to_scaled()). Raises on any
 * other type; false with @err on a value that is not exact money. */
static bool check_money(lua_State *L, int idx, BudgetFen *out, BudgetError *err)
{
    int type = lua_type(L, idx);

    if (type == LUA_TNUMBER) {
        if (lbudget_isinteger(L, idx)) {
            lua_Integer i = lua_tointeger(L, idx);
            if (i > INT64_MAX / 100 || i < INT64_MIN / 100) {
                set_error(err, BUDGET_ERROR_OVERFLOW, "amount out of range");
                return false;
            }
            *out = (BudgetFen)i * 100;
            return true;
        }
        if (!number_to_scaled(lua_tonumber(L, idx), 100, out)) {
            set_error(err, BUDGET_ERROR_PARSE,
                      "number is not an exact amount of yuan (more than 2 decimals, or too large): "
                      "pass the amount as text");
            return false;
        }
        return true;
    }
    if (type == LUA_TSTRING) {
        size_t len;
        const char *text = lua_tolstring(L, idx, &len);
        return budget_money_parse_unit(text, (ptrdiff_t)len, BUDGET_MONEY_UNIT_YUAN, out, err);
    }
    luaL_argerror(L, idx, "money expected (a string such as \"1912176.00\" or a number)");
    return false;
}

/* A percentage at the top of a plan: text ("25", "25%", "33.333") or an
 * exact number (at most 6 decimals), in micro-percent. */
static bool to_micropct(lua_State *L, int idx, int64_t *out, BudgetError *err)
{
    if (lua_type(L, idx) == LUA_TNUMBER) {
        if (!number_to_scaled(lua_tonumber(L, idx), 1000000, out)) {
            set_error(err, BUDGET_ERROR_PARSE,
                      "number is not an exact percentage (more than 6 decimals, or too large): "
                      "pass it as text");
            return false;
        }
        return true;
    }
    {
        size_t len;
        const char *text = lua_tolstring(L, idx, &len);
        return budget_money_percent_parse(text, (ptrdiff_t)len, out, err);
    }
}

/* A date argument: text as budget_date_parse() reads it. */
static bool check_date(lua_State *L, int idx, BudgetDate *out, BudgetError *err)
{
    size_t len;
    const char *text;

    if (lua_type(L, idx) != LUA_TSTRING)
        luaL_argerror(L, idx, "date expected (a string such as \"2024-08-31\")");
    text = lua_tolstring(L, idx, &len);
    return budget_date_parse(text, (ptrdiff_t)len, out, err);
}

/* Basis points as the number a cell shows: 7649 → 76.49 (the double nearest
 * to it: one correctly rounded division). */
static void push_bp(lua_State *L, int64_t bp)
{
    lua_pushnumber(L, (lua_Number)bp / 100.0);
}

/* Field @name of the options table at @idx, if it is a string; raises if it
 * is there with another type. Leaves nothing on the stack. */
static const char *opt_string(lua_State *L, int idx, const char *name)
{
    const char *value = NULL;

    if (lua_isnoneornil(L, idx))
        return NULL;
    lua_getfield(L, idx, name);
    if (lua_type(L, -1) == LUA_TSTRING)
        value = lua_tostring(L, -1); /* kept alive by the options table */
    else if (!lua_isnil(L, -1))
        luaL_error(L, "option '%s': string expected, got %s", name, luaL_typename(L, -1));
    lua_pop(L, 1);
    return value;
}

static bool opt_boolean(lua_State *L, int idx, const char *name)
{
    bool value;

    if (lua_isnoneornil(L, idx))
        return false;
    lua_getfield(L, idx, name);
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TBOOLEAN)
        luaL_error(L, "option '%s': boolean expected, got %s", name, luaL_typename(L, -1));
    value = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return value;
}

/* Field @name as a whole number, or @fallback when absent. */
static lua_Integer opt_integer(lua_State *L, int idx, const char *name, lua_Integer fallback)
{
    lua_Integer value = fallback;

    if (lua_isnoneornil(L, idx))
        return fallback;
    lua_getfield(L, idx, name);
    if (!lua_isnil(L, -1)) {
        lua_Number n = lua_tonumber(L, -1);
        if (lua_type(L, -1) != LUA_TNUMBER || n != (lua_Number)(lua_Integer)n)
            luaL_error(L, "option '%s': whole number expected", name);
        value = (lua_Integer)n;
    }
    lua_pop(L, 1);
    return value;
}

/* An option naming a value of a library enumeration, read with its
 * _from_string(); raises listing the names on a bad one. */
#define DEFINE_OPT_ENUM(fn, prefix, Type, n)                                                                 \
    static Type fn(lua_State *L, int idx, const char *name, Type fallback)                                   \
    {                                                                                                        \
        const char *text = opt_string(L, idx, name);                                                         \
        Type value = fallback;                                                                               \
                                                                                                             \
        if (text != NULL && !prefix##_from_string(text, &value)) {                                           \
            luaL_Buffer b;                                                                                   \
            luaL_buffinit(L, &b);                                                                            \
            for (int i = 0; i < (n); i++) {                                                                  \
                luaL_addstring(&b, i > 0 ? ", " : "");                                                       \
                luaL_addstring(&b, prefix##_to_string((Type)i));                                             \
            }                                                                                                \
            luaL_pushresult(&b);                                                                             \
            luaL_error(L, "option '%s': unknown value '%s' (use one of: %s)", name, text,                    \
                       lua_tostring(L, -1));                                                                 \
        }                                                                                                    \
        return value;                                                                                        \
    }

DEFINE_OPT_ENUM(opt_level, budget_level, BudgetLevel, BUDGET_LEVEL_N)
DEFINE_OPT_ENUM(opt_plan_method, budget_plan_method, BudgetPlanMethod, BUDGET_PLAN_METHOD_N)
DEFINE_OPT_ENUM(opt_plan_form, budget_plan_form, BudgetPlanForm, BUDGET_PLAN_FORM_N)
DEFINE_OPT_ENUM(opt_time_method, budget_time_method, BudgetTimeMethod, BUDGET_TIME_METHOD_N)
DEFINE_OPT_ENUM(opt_denominator, budget_denominator, BudgetDenominator, BUDGET_DENOMINATOR_N)
DEFINE_OPT_ENUM(opt_money_unit, budget_money_unit, BudgetMoneyUnit, BUDGET_MONEY_UNIT_N)

static void check_options(lua_State *L, int idx)
{
    if (!lua_isnoneornil(L, idx))
        luaL_checktype(L, idx, LUA_TTABLE);
}

/* ---- Cell-sized functions ---------------------------------------------- */

/* budget.parse_money(text [, unit]) → "1912176.00" (yuan, 2 decimals). */
static int l_parse_money(lua_State *L)
{
    BudgetMoneyUnit unit = BUDGET_MONEY_UNIT_YUAN;
    BudgetError err;
    BudgetFen fen;
    char buf[32];

    if (!lua_isnoneornil(L, 2)) {
        const char *name = luaL_checkstring(L, 2);
        if (!budget_money_unit_from_string(name, &unit))
            return luaL_argerror(L, 2, "unknown money unit (use 元, 万元, 亿元)");
    }
    if (lua_type(L, 1) == LUA_TSTRING) {
        size_t len;
        const char *text = lua_tolstring(L, 1, &len);
        if (!budget_money_parse_unit(text, (ptrdiff_t)len, unit, &fen, &err))
            return push_failure(L, &err);
    } else if (!check_money(L, 1, &fen, &err)) {
        return push_failure(L, &err);
    }
    budget_money_format(fen, buf, sizeof buf);
    lua_pushstring(L, buf);
    return 1;
}

/* budget.format_money(money, unit) → the amount in 元/万元/亿元, exactly. */
static int l_format_money(lua_State *L)
{
    BudgetMoneyUnit unit = BUDGET_MONEY_UNIT_YUAN;
    BudgetError err;
    BudgetFen fen;
    char buf[48];

    if (!lua_isnoneornil(L, 2) && !budget_money_unit_from_string(luaL_checkstring(L, 2), &unit))
        return luaL_argerror(L, 2, "unknown money unit (use 元, 万元, 亿元)");
    if (!check_money(L, 1, &fen, &err))
        return push_failure(L, &err);
    budget_money_format_unit(fen, unit, false, buf, sizeof buf);
    lua_pushstring(L, buf);
    return 1;
}

/* budget.execution_rate(executed, budget) → 76.49, or nil when the budget
 * is zero or negative (the rate is undefined). */
static int l_execution_rate(lua_State *L)
{
    BudgetFen executed, budget;
    BudgetError err;
    int64_t bp;

    luaL_checkany(L, 2);
    if (!check_money(L, 1, &executed, &err) || !check_money(L, 2, &budget, &err))
        return push_failure(L, &err);
    if (!budget_money_rate_bp(executed, budget, &bp)) {
        if (budget > 0) { /* defined but past int64 */
            set_error(&err, BUDGET_ERROR_OVERFLOW, "rate out of range");
            return push_failure(L, &err);
        }
        lua_pushnil(L);
        return 1;
    }
    push_bp(L, bp);
    return 1;
}

/* budget.time_progress(as_of [, {method="days"|"months", year=}]) → 66.67 */
static int l_time_progress(lua_State *L)
{
    BudgetTimeMethod method;
    BudgetDate as_of;
    BudgetError err;
    lua_Integer year;
    int64_t bp;

    check_options(L, 2);
    method = opt_time_method(L, 2, "method", BUDGET_TIME_METHOD_DAYS);
    year = opt_integer(L, 2, "year", 0);
    if (!check_date(L, 1, &as_of, &err))
        return push_failure(L, &err);
    if (year == 0)
        year = budget_date_get_year(as_of);
    if (year < 1 || year > 9999)
        return luaL_error(L, "option 'year': 1 .. 9999 expected");
    if (!budget_date_time_progress_bp((int)year, as_of, method, &bp))
        return luaL_error(L, "time_progress: libbudget refused its arguments");
    push_bp(L, bp);
    return 1;
}

/* budget.planned_percent(plan, as_of [, {method=, form=, year=}]) with plan
 * = {[3]=25, [6]=50, [10]=75, [12]=100} (month → percent at its end; a
 * number, or text such as "25%"; "" is a blank cell) → 50, the planned
 * cumulative percent at as_of. An invalid plan gives nil, message, info. */
static int l_planned_percent(lua_State *L)
{
    int64_t micropct[13];
    bool given[13] = {false}, blank[13] = {false};
    BudgetPlanMethod method;
    BudgetPlanForm form;
    BudgetPlan *plan;
    BudgetDate as_of;
    BudgetError err;
    lua_Integer year;
    int64_t planned;

    luaL_checktype(L, 1, LUA_TTABLE);
    check_options(L, 3);
    method = opt_plan_method(L, 3, "method", BUDGET_PLAN_METHOD_STEP);
    form = opt_plan_form(L, 3, "form", BUDGET_PLAN_FORM_AUTO);
    year = opt_integer(L, 3, "year", 0);

    /* Every key and value checked before the plan exists. */
    lua_pushnil(L);
    while (lua_next(L, 1) != 0) {
        lua_Number key = lua_type(L, -2) == LUA_TNUMBER ? lua_tonumber(L, -2) : 0;
        int month = (int)key;
        int type = lua_type(L, -1);
        if ((lua_Number)month != key || month < 1 || month > 12)
            return luaL_argerror(L, 1, "plan keys must be months 1 .. 12");
        if (type != LUA_TNUMBER && type != LUA_TSTRING)
            return luaL_argerror(L, 1, "plan values must be numbers or strings");
        if (type == LUA_TSTRING && lua_rawlen(L, -1) == 0) {
            blank[month] = true;
        } else if (!to_micropct(L, lua_gettop(L), &micropct[month], &err)) {
            snprintf(err.field, sizeof err.field, "%d", month);
            return push_failure(L, &err);
        } else {
            given[month] = true;
        }
        lua_pop(L, 1);
    }
    if (!check_date(L, 2, &as_of, &err))
        return push_failure(L, &err);
    if (year == 0)
        year = budget_date_get_year(as_of);
    if (year < 1 || year > 9999)
        return luaL_error(L, "option 'year': 1 .. 9999 expected");

    plan = budget_plan_new();
    budget_plan_set_form(plan, form);
    for (int m = 1; m <= 12; m++) {
        bool ok = true;
        if (given[m])
            ok = budget_plan_set_month(plan, m, micropct[m], &err);
        else if (blank[m])
            budget_plan_set_blank(plan, m);
        if (!ok) {
            budget_plan_unref(plan);
            snprintf(err.field, sizeof err.field, "%d", m);
            return push_failure(L, &err);
        }
    }
    if (!budget_plan_resolve(plan, NULL, &err)) {
        budget_plan_unref(plan);
        return push_failure(L, &err);
    }
    if (!budget_plan_planned_micropct(plan, (int)year, as_of, method, &planned)) {
        budget_plan_unref(plan);
        lua_pushnil(L);
        return 1;
    }
    budget_plan_unref(plan);
    push_bp(L, budget_money_micropct_to_bp(planned));
    return 1;
}

/* A target's actual as text: a string as is, a number in its shortest exact
 * decimal form (no locale: a host may have set a decimal comma). */
static const char *actual_text(lua_State *L, int idx, char *buf, size_t size, BudgetError *err)
{
    int64_t micro;

    if (lua_type(L, idx) == LUA_TSTRING)
        return lua_tostring(L, idx);
    if (lua_isnoneornil(L, idx))
        return NULL;
    if (lua_type(L, idx) != LUA_TNUMBER) {
        luaL_argerror(L, idx, "actual expected (a string such as \"96%\" or a number)");
        return NULL;
    }
    if (!number_to_scaled(lua_tonumber(L, idx), 1000000, &micro)) {
        set_error(err, BUDGET_ERROR_PARSE, "number is not exact with 6 decimals: pass the actual as text");
        return "";
    }
    {
        uint64_t mag = micro < 0 ? (uint64_t)0 - (uint64_t)micro : (uint64_t)micro;
        unsigned frac = (unsigned)(mag % 1000000);
        int n = snprintf(buf, size, "%s%llu", micro < 0 ? "-" : "", (unsigned long long)(mag / 1000000));
        if (frac != 0 && n > 0 && (size_t)n < size) {
            char digits[8];
            int end = 6;
            snprintf(digits, sizeof digits, "%06u", frac);
            while (end > 0 && digits[end - 1] == '0')
                end--;
            snprintf(buf + n, size - (size_t)n, ".%.*s", end, digits);
        }
    }
    return buf;
}

/* budget.evaluate_target(target, actual [, year]) → "met" (or partly_met,
 * not_met, not_reported, not_applicable, cannot_evaluate), detail where
 * detail = {result=, kind=, ratio= (percent, nil when undefined),
 * deviation= (text in the target's unit, nil when undefined), grade=,
 * reason=, reason_code=, text= (the target as written)}. */
static int l_evaluate_target(lua_State *L)
{
    size_t len;
    const char *target_text = luaL_checklstring(L, 1, &len);
    lua_Integer year = luaL_optinteger(L, 3, 0);
    BudgetTargetEvaluation ev;
    BudgetTarget *target;
    BudgetError err;
    const char *actual;
    char number[48];
    char deviation[96];

    budget_error_clear(&err);
    luaL_checkany(L, 2);
    if (year < 0 || year > 9999)
        return luaL_argerror(L, 3, "year 0 .. 9999 expected");
    actual = actual_text(L, 2, number, sizeof number, &err);
    if (err.code != BUDGET_ERROR_OK)
        return push_failure(L, &err);

    target = budget_target_parse(target_text, (ptrdiff_t)len, (int)year, &err);
    if (target == NULL)
        return push_failure(L, &err);
    if (!budget_target_evaluate(target, actual, -1, &ev, &err)) {
        budget_target_unref(target);
        return push_failure(L, &err);
    }
    budget_export_format_deviation(target, &ev, deviation, sizeof deviation);

    lua_pushstring(L, budget_target_result_to_string((BudgetTargetResult)ev.result));
    lua_createtable(L, 0, 8);
    lua_pushstring(L, budget_target_result_to_string((BudgetTargetResult)ev.result));
    lua_setfield(L, -2, "result");
    lua_pushstring(L, budget_target_kind_to_string(budget_target_get_kind(target)));
    lua_setfield(L, -2, "kind");
    lua_pushstring(L, budget_target_get_text(target));
    lua_setfield(L, -2, "text");
    if (ev.has_ratio) {
        push_bp(L, ev.ratio_bp);
        lua_setfield(L, -2, "ratio");
    }
    if (ev.has_deviation) {
        lua_pushstring(L, deviation);
        lua_setfield(L, -2, "deviation");
    }
    if (ev.grade != BUDGET_TARGET_GRADE_NONE) {
        lua_pushstring(L, budget_target_grade_to_string((BudgetTargetGrade)ev.grade));
        lua_setfield(L, -2, "grade");
    }
    if (ev.reason_code != BUDGET_TARGET_REASON_NONE) {
        lua_pushstring(L, budget_target_reason_to_string((BudgetTargetReason)ev.reason_code));
        lua_setfield(L, -2, "reason_code");
        lua_pushstring(L, ev.reason);
        lua_setfield(L, -2, "reason");
    }
    budget_target_unref(target);
    return 2;
}

/* ---- Collected cells ---------------------------------------------------- */

/* The cells of an export, copied in the row callback (which must not touch
 * Lua) and turned into tables after libbudget returns. It lives in a
 * userdata whose __gc frees it, so that a Lua error while the tables are
 * built (out of memory) leaks nothing. */
typedef struct {
    char *data; /* each cell NUL-terminated, row after row, the header first */
    size_t len, cap;
    size_t n_cols, n_rows; /* n_rows counts the header */
} Cells;

static int cells_gc(lua_State *L)
{
    Cells *c = luaL_checkudata(L, 1, CELLS_MT);
    free(c->data);
    c->data = NULL;
    return 0;
}

static Cells *cells_new(lua_State *L)
{
    Cells *c = lua_newuserdata(L, sizeof *c);
    memset(c, 0, sizeof *c);
    luaL_setmetatable(L, CELLS_MT);
    return c;
}

static int collect_row(const char *const *cells, size_t n_cells, bool is_header, void *user_data)
{
    Cells *c = user_data;

    if (is_header ? c->n_rows != 0 : (c->n_rows == 0 || n_cells != c->n_cols))
        return 1; /* not the table export_report documents: stop (ABORTED) */
    if (is_header)
        c->n_cols = n_cells;
    for (size_t i = 0; i < n_cells; i++) {
        size_t n = strlen(cells[i]) + 1;
        if (c->cap - c->len < n) {
            size_t cap = c->cap ? c->cap : 4096;
            char *p;
            while (cap - c->len < n)
                cap *= 2;
            p = realloc(c->data, cap);
            if (p == NULL)
                return 1;
            c->data = p;
            c->cap = cap;
        }
        memcpy(c->data + c->len, cells[i], n);
        c->len += n;
    }
    c->n_rows++;
    return 0;
}

/* "76.49", "-3.10", "100.00" (budget_money_rate_format()) → the number. */
static bool push_rate_text(lua_State *L, const char *text)
{
    int64_t hundredths = 0;
    bool negative = *text == '-';
    const char *p = text + negative;
    int decimals = -1;

    if (*p == '\0')
        return false;
    for (; *p != '\0'; p++) {
        if (*p == '.' && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (*p < '0' || *p > '9' || hundredths > INT64_MAX / 10 || decimals == 2)
            return false;
        hundredths = hundredths * 10 + (*p - '0');
        if (decimals >= 0)
            decimals++;
    }
    for (; decimals < 2; decimals = decimals < 0 ? 1 : decimals + 1)
        hundredths *= 10;
    push_bp(L, negative ? -hundredths : hundredths);
    return true;
}

/* Pushes the rows of @c as an array of tables keyed by column, then the
 * column names in order. Rate columns (budget_report_rate_from_string())
 * become numbers, n_projects an integer, every other cell stays the exact
 * text the CSV export has; an empty cell (undefined) is absent. */
static void push_rows(lua_State *L, const Cells *c)
{
    const char **header;
    const char *p = c->data;
    BudgetReportRate rate_column;
    int rows, columns;

    header = lua_newuserdata(L, (c->n_cols ? c->n_cols : 1) * sizeof *header);
    for (size_t i = 0; i < c->n_cols; i++) {
        header[i] = p;
        p += strlen(p) + 1;
    }
    lua_createtable(L, (int)(c->n_rows ? c->n_rows - 1 : 0), 0);
    rows = lua_gettop(L);
    for (size_t r = 1; r < c->n_rows; r++) {
        lua_createtable(L, 0, (int)c->n_cols);
        for (size_t i = 0; i < c->n_cols; i++) {
            const char *cell = p;
            p += strlen(p) + 1;
            if (*cell == '\0')
                continue;
            if (budget_report_rate_from_string(header[i], &rate_column)) {
                if (!push_rate_text(L, cell))
                    luaL_error(L, "report: unexpected rate '%s' in column %s", cell, header[i]);
            } else if (strcmp(header[i], "n_projects") == 0) {
                lua_pushinteger(L, (lua_Integer)strtoll(cell, NULL, 10));
            } else {
                lua_pushstring(L, cell);
            }
            lua_setfield(L, -2, header[i]);
        }
        lua_rawseti(L, rows, (int)r);
    }
    lua_createtable(L, (int)c->n_cols, 0);
    columns = lua_gettop(L);
    for (size_t i = 0; i < c->n_cols; i++) {
        lua_pushstring(L, header[i]);
        lua_rawseti(L, columns, (int)i + 1);
    }
    lua_remove(L, rows - 1); /* the header array */
}

/* ---- The book ------------------------------------------------------------ */

/* A loaded folder. It holds the folder (book and the ledger at the load's
 * as-of date) and what is needed to read transactions.csv again for a
 * report at another date: the folder's path and the reading options. */
typedef struct {
    BudgetCsvFolder *folder;
    BudgetCsvOptions *options;
    BudgetDiagnostics *diag; /* every problem and warning of the load */
    char *dir;
} Book;

static Book *check_book(lua_State *L, int idx)
{
    Book *b = luaL_checkudata(L, idx, BOOK_MT);
    if (b->folder == NULL)
        luaL_argerror(L, idx, "the book is closed");
    return b;
}

static void book_release(Book *b)
{
    budget_csv_folder_free(b->folder);
    b->folder = NULL;
    budget_csv_options_free(b->options);
    b->options = NULL;
    budget_diagnostics_free(b->diag);
    b->diag = NULL;
    free(b->dir);
    b->dir = NULL;
}

static int book_gc(lua_State *L)
{
    Book *b = luaL_checkudata(L, 1, BOOK_MT);
    book_release(b);
    return 0;
}

static int book_tostring(lua_State *L)
{
    Book *b = luaL_checkudata(L, 1, BOOK_MT);
    if (b->folder == NULL) {
        lua_pushstring(L, "budget.Book (closed)");
    } else {
        const BudgetBook *book = budget_csv_folder_get_book(b->folder);
        lua_pushfstring(L, "budget.Book (%s: year %d, %d projects)", b->dir, budget_book_get_year(book),
                        (int)budget_book_get_n_projects(book));
    }
    return 1;
}

/* budget.load(dir [, {as_of=, lenient=, encoding=, threads=}]) → book;
 * threads: how many read transactions.csv (0, the default: one per core;
 * 1: one pass), the same result for every number. */
static int l_load(lua_State *L)
{
    const char *dir = luaL_checkstring(L, 1);
    const char *as_of_text, *encoding;
    BudgetDate as_of = 0;
    BudgetError err;
    bool lenient;
    lua_Integer threads;
    Book *b;

    check_options(L, 2);
    as_of_text = opt_string(L, 2, "as_of");
    encoding = opt_string(L, 2, "encoding");
    lenient = opt_boolean(L, 2, "lenient");
    threads = opt_integer(L, 2, "threads", 0);
    if (threads < 0 || threads > 1024)
        return luaL_error(L, "option 'threads': 0 (one per core) to 1024");
    if (as_of_text != NULL && !budget_date_parse(as_of_text, -1, &as_of, &err))
        return push_failure(L, &err);

    /* The box first: a Lua error from here on finds it and frees what it holds. */
    b = lua_newuserdata(L, sizeof *b);
    memset(b, 0, sizeof *b);
    luaL_setmetatable(L, BOOK_MT);
    b->dir = malloc(strlen(dir) + 1);
    if (b->dir == NULL)
        return luaL_error(L, "out of memory");
    strcpy(b->dir, dir);
    b->options = budget_csv_options_new();
    budget_csv_options_set_lenient(b->options, lenient);
    budget_csv_options_set_threads(b->options, (unsigned)threads);
    if (encoding != NULL && !budget_csv_options_set_encoding(b->options, encoding, &err))
        return luaL_error(L, "option 'encoding': %s", err.message);
    b->diag = budget_diagnostics_new();
    b->folder = budget_csv_folder_load(dir, as_of, b->options, b->diag, &err);
    if (b->folder == NULL) {
        book_release(b);
        return push_failure(L, &err);
    }
    return 1;
}

/* book:report{as_of=, level=, plan_method=, time_method=, denominator=,
 * money_unit=} → rows, columns: the rows of `budget report --format csv`
 * keyed by its column names, and those names in order. */
static int book_report(lua_State *L)
{
    Book *b = check_book(L, 1);
    const char *as_of_text;
    BudgetLevel level;
    BudgetPlanMethod plan_method;
    BudgetTimeMethod time_method;
    BudgetDenominator denominator;
    BudgetMoneyUnit unit;
    BudgetLedger *ledger;
    BudgetMonitorConfig *config;
    BudgetReport *report;
    BudgetExport *out;
    BudgetDate as_of = 0;
    BudgetError err;
    Cells *cells;
    bool ok;

    check_options(L, 2);
    as_of_text = opt_string(L, 2, "as_of");
    level = opt_level(L, 2, "level", BUDGET_LEVEL_PROJECT);
    plan_method = opt_plan_method(L, 2, "plan_method", BUDGET_PLAN_METHOD_STEP);
    time_method = opt_time_method(L, 2, "time_method", BUDGET_TIME_METHOD_DAYS);
    denominator = opt_denominator(L, 2, "denominator", BUDGET_DENOMINATOR_ADJUSTED);
    unit = opt_money_unit(L, 2, "money_unit", BUDGET_MONEY_UNIT_YUAN);
    if (as_of_text != NULL && !budget_date_parse(as_of_text, -1, &as_of, &err))
        return push_failure(L, &err);
    cells = cells_new(L);

    /* The ledger of the load, or one at the asked date: transactions.csv is
     * streamed again, as budget_csv_folder_load() does. */
    ledger = budget_ledger_ref(budget_csv_folder_get_ledger(b->folder));
    if (as_of != 0 && as_of != budget_ledger_get_as_of(ledger)) {
        char *path = NULL;
        budget_ledger_unref(ledger);
        ledger = budget_ledger_new(budget_csv_folder_get_book(b->folder), as_of, &err);
        ok = ledger != NULL && budget_csv_find_file(b->dir, "transactions.csv", &path, &err);
        if (ok && path != NULL)
            ok = budget_csv_load_transactions(ledger, path, b->options, NULL, &err);
        budget_free(path);
        if (!ok) {
            budget_ledger_unref(ledger);
            return push_failure(L, &err);
        }
    }

    config = budget_monitor_config_new();
    budget_monitor_config_set_plan_method(config, plan_method);
    budget_monitor_config_set_time_method(config, time_method);
    budget_monitor_config_set_denominator(config, denominator);
    report = budget_report_new(ledger, level, config, &err);
    budget_monitor_config_free(config);
    budget_ledger_unref(ledger);
    if (report == NULL)
        return push_failure(L, &err);
    out = budget_export_new_rows(collect_row, cells, NULL);
    budget_export_set_money_unit(out, unit);
    ok = budget_export_report(out, report, &err);
    budget_export_free(out);
    budget_report_free(report);
    if (!ok)
        return push_failure(L, &err);
    push_rows(L, cells);
    return 2;
}

/* book:problems() → every problem and warning of the load (a lenient load's
 * rejected rows among them): {code=, message=, file=, line=, column=,
 * field=, warning=true|false}, in file and line order. */
static int book_problems(lua_State *L)
{
    Book *b = check_book(L, 1);
    size_t n = budget_diagnostics_get_n(b->diag);

    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        bool warning = false;
        const BudgetError *e = budget_diagnostics_get(b->diag, i, &warning);
        if (e == NULL)
            continue;
        push_failure(L, e); /* nil, text, info: keep info */
        lua_pushboolean(L, warning);
        lua_setfield(L, -2, "warning");
        lua_rawseti(L, -4, (int)i + 1);
        lua_pop(L, 2);
    }
    return 1;
}

/* book:year() → the budget year. */
static int book_year(lua_State *L)
{
    Book *b = check_book(L, 1);
    lua_pushinteger(L, budget_book_get_year(budget_csv_folder_get_book(b->folder)));
    return 1;
}

/* book:close(): releases the data now (the garbage collector would later). */
static int book_close(lua_State *L)
{
    Book *b = luaL_checkudata(L, 1, BOOK_MT);
    book_release(b);
    return 0;
}

/* ---- The module ------------------------------------------------------------ */

static const luaL_Reg module_functions[] = {
    {"parse_money", l_parse_money},
    {"format_money", l_format_money},
    {"execution_rate", l_execution_rate},
    {"planned_percent", l_planned_percent},
    {"time_progress", l_time_progress},
    {"evaluate_target", l_evaluate_target},
    {"load", l_load},
    {NULL, NULL},
};

static const luaL_Reg book_methods[] = {
    {"report", book_report},
    {"problems", book_problems},
    {"year", book_year},
    {"close", book_close},
    {NULL, NULL},
};

int luaopen_budget(lua_State *L)
{
    if (budget_version_number() < BUDGET_VERSION_NUMBER)
        return luaL_error(L, "budget: libbudget %s is older than the %s this module was built for",
                          budget_version(), BUDGET_VERSION);

    luaL_newmetatable(L, CELLS_MT);
    lua_pushcfunction(L, cells_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);

    luaL_newmetatable(L, BOOK_MT);
    lua_pushcfunction(L, book_gc);
    lua_setfield(L, -2, "__gc");
#if LUA_VERSION_NUM >= 504
    lua_pushcfunction(L, book_gc);
    lua_setfield(L, -2, "__close");
#endif
    lua_pushcfunction(L, book_tostring);
    lua_setfield(L, -2, "__tostring");
    luaL_newlib(L, book_methods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);

    luaL_newlib(L, module_functions);
    lua_pushstring(L, budget_version());
    lua_setfield(L, -2, "version");
    return 1;
}
