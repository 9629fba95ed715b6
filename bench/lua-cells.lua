-- Per-call cost of the Lua binding's cell functions against the same
-- formula in pure Lua with the same exactness (issue 8, part 6).
--
--   sh bench/lua-cells.sh [CALLS]     # every configured Lua, from a build tree
--   LUA_CPATH='bindings/lua/lua5.4/.libs/?.so' lua5.4 bench/lua-cells.lua [CALLS]
--
-- Pure Lua keeps money as an integer count of fen and rates as integer
-- basis points rounded half away from zero, as libbudget does. On 5.3 and
-- 5.4 that is 64-bit integer arithmetic (exact as far as libbudget's int64
-- is). On 5.1 and LuaJIT every number is a double: integers are exact up to
-- 2^53, and the rate's numerator executed × 20000 must stay below it, so
-- pure Lua there is exact only for amounts up to 2^53 / 20000 fen, about
-- 4.5 亿元 (4.5e8 yuan); past that it silently rounds (the binding does not:
-- libbudget computes in int64 and refuses what does not fit).
-- Each pure function is checked to give the binding's answer on the
-- benchmark's inputs before anything is timed.
local budget = require "budget"

local calls = tonumber(arg and arg[1]) or 200000
local has_integers = math.type ~= nil

-- a // b (floor division): integer on 5.3+, through doubles on 5.1.
local idiv
if has_integers then
    idiv = assert((loadstring or load)("return function(a, b) return a // b end"))()
else
    idiv = function(a, b)
        return math.floor(a / b)
    end
end

-- ---- Pure Lua, the same rules -------------------------------------------------

local unit_scale = {[""] = 100, ["元"] = 100, ["万元"] = 1000000, ["亿元"] = 10000000000}
local unit_decimals = {[""] = 2, ["元"] = 2, ["万元"] = 6, ["亿元"] = 10}

-- 10^n as an integer (5.3+) or an exact double (5.1), n = 0 .. 10.
local pow10 = {[0] = 1}
for n = 1, 10 do
    pow10[n] = pow10[n - 1] * 10
end

-- "1,912,176.00", "191.2176万元" → fen, or nil when not exact money.
local function pure_fen(text)
    local sign, whole, frac, unit = text:match("^([-]?)([%d,]+)%.?(%d*)(%D*)$")
    if not whole or not unit_scale[unit] or #frac > unit_decimals[unit] then
        return nil
    end
    whole = whole:gsub(",", "")
    local fen = tonumber(whole) * unit_scale[unit]
    if #frac > 0 then
        fen = fen + tonumber(frac) * idiv(unit_scale[unit], pow10[#frac])
    end
    return sign == "-" and -fen or fen
end

local function pure_parse_money(text)
    local fen = pure_fen(text)
    if not fen then
        return nil
    end
    local a = fen < 0 and -fen or fen
    return string.format("%s%d.%02d", fen < 0 and "-" or "", idiv(a, 100), a % 100)
end

-- numerator ÷ denominator in basis points, half away from zero.
local function rate_bp(num, den)
    if num < 0 then
        return -idiv(-num * 20000 + den, 2 * den)
    end
    return idiv(num * 20000 + den, 2 * den)
end

local function pure_execution_rate(executed, total)
    local e, t = pure_fen(executed), pure_fen(total)
    if not e or not t or t <= 0 then
        return nil
    end
    return rate_bp(e, t) / 100
end

local month_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

local function is_leap(y)
    return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
end

local function parse_date(text)
    local y, m, d = text:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
    return tonumber(y), tonumber(m), tonumber(d)
end

local function pure_time_progress(as_of)
    local y, m, d = parse_date(as_of)
    local day = d
    for i = 1, m - 1 do
        day = day + month_days[i] + ((i == 2 and is_leap(y)) and 1 or 0)
    end
    return rate_bp(day, is_leap(y) and 366 or 365) / 100
end

-- Step method, plan values whole percents here; the form inferred as
-- libbudget does: non-decreasing and last = 100 → cumulative; sum = 100 →
-- incremental; else no plan.
local months = {3, 6, 10, 12}
local function pure_planned_percent(plan, as_of)
    local _, m, d = parse_date(as_of)
    local last, prev, sum, cumulative = nil, 0, 0, true
    for _, month in ipairs(months) do
        local v = plan[month]
        if v then
            if v < prev then
                cumulative = false
            end
            prev, last, sum = v, v, sum + v
        end
    end
    cumulative = cumulative and last == 100
    if not cumulative and sum ~= 100 then
        return nil
    end
    local reached, running = 0, 0
    for _, month in ipairs(months) do
        local v = plan[month]
        if v then
            running = cumulative and v or running + v
        end
        -- the checkpoint is the month's end: reached once the month is over
        if month < m or (month == m and d >= month_days[month]) then
            reached = running
        end
    end
    return reached
end

-- "≥95%" against "96%": only this comparator form (libbudget reads dozens).
local function pure_evaluate_target(target, actual)
    local t = target:match("^≥(%d+)%%$")
    local a = actual:match("^(%d+)%%$")
    if not t or not a then
        return "cannot_evaluate"
    end
    return tonumber(a) >= tonumber(t) and "met" or "not_met"
end

-- ---- The cases -------------------------------------------------------------------

local plan = {[3] = 25, [6] = 50, [10] = 75, [12] = 100}
local cases = {
    {"parse_money", function()
        return budget.parse_money("191.2176万元")
    end, function()
        return pure_parse_money("191.2176万元")
    end},
    {"execution_rate", function()
        return budget.execution_rate("1912176", "2500000")
    end, function()
        return pure_execution_rate("1912176", "2500000")
    end},
    {"planned_percent", function()
        return budget.planned_percent(plan, "2024-08-31")
    end, function()
        return pure_planned_percent(plan, "2024-08-31")
    end},
    {"time_progress", function()
        return budget.time_progress("2024-08-31")
    end, function()
        return pure_time_progress("2024-08-31")
    end},
    {"evaluate_target", function()
        return (budget.evaluate_target("≥95%", "96%"))
    end, function()
        return pure_evaluate_target("≥95%", "96%")
    end},
}

local function time_calls(f)
    local start = os.clock()
    for _ = 1, calls do
        f()
    end
    return (os.clock() - start) / calls * 1e9
end

local name = jit and jit.version or _VERSION
print(string.format("%s, %d calls each (ns per call, CPU time)", name, calls))
print("| Lua | function | binding | pure Lua | binding ÷ pure |")
print("|---|---|---:|---:|---:|")
for _, case in ipairs(cases) do
    local b, p = case[2](), case[3]()
    assert(b == p, string.format("%s: binding %s, pure Lua %s", case[1], tostring(b), tostring(p)))
    time_calls(case[2]) -- warm up (LuaJIT traces)
    time_calls(case[3])
    local tb, tp = time_calls(case[2]), time_calls(case[3])
    print(string.format("| %s | %s | %.0f | %.0f | %.2f |", name, case[1], tb, tp, tb / tp))
end
