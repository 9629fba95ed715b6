-- The `budget` Lua module, run by tests/test-lua.sh with every configured Lua
-- (5.1, LuaJIT, 5.3, 5.4). Every expected value is derived in a comment.
-- Usage: LUA test-budget.lua DATA_DIR   (DATA_DIR = tests/lua/data)
local budget = require "budget"

local data = assert(arg[1], "usage: test-budget.lua DATA_DIR")
local failures, checks = 0, 0

local function check(ok, what)
    checks = checks + 1
    if not ok then
        failures = failures + 1
        io.write("FAIL ", what, "\n", debug.traceback("", 2), "\n")
    end
end

local function eq(expected, actual, what)
    check(expected == actual,
          string.format("%s: expected %s, got %s", what, tostring(expected), tostring(actual)))
end

-- A data error: nil, message, info with info.code.
local function failed(code, what, ...)
    local n = select("#", ...)
    local value, message, info = ...
    check(n == 3 and value == nil and type(message) == "string" and type(info) == "table",
          what .. ": expected nil, message, info; got " .. tostring(value) .. ", " .. tostring(message))
    if type(info) == "table" then
        eq(code, info.code, what .. ": info.code")
    end
    return info
end

-- An argument error: raises.
local function raises(what, f, ...)
    local ok = pcall(f, ...)
    check(not ok, what .. ": expected an error to be raised")
end

io.write(_VERSION, (jit and (" / " .. jit.version) or ""), ", libbudget ", budget.version, "\n")

-- ---- parse_money -----------------------------------------------------------
-- 191.2176 万元 = 191.2176 × 10000 = 1,912,176.00 元
eq("1912176.00", budget.parse_money("191.2176万元"), "parse_money 万元")
eq("1912176.00", budget.parse_money("1,912,176.00"), "parse_money separators")
-- 1.5 亿元 = 150,000,000.00 元
eq("150000000.00", budget.parse_money("1.5亿元"), "parse_money 亿元")
-- a default unit: "160" in 万元 = 1,600,000.00 元
eq("1600000.00", budget.parse_money("160", "万元"), "parse_money default unit")
-- numbers whose shortest form has at most 2 decimals are exact
eq("12.50", budget.parse_money(12.5), "parse_money 12.5")
eq("-0.01", budget.parse_money(-0.01), "parse_money -0.01")
eq("100.00", budget.parse_money(100), "parse_money 100")
-- 0.1 + 0.2 is 0.30000000000000004: refused, not rounded
failed("PARSE", "parse_money 0.1+0.2", budget.parse_money(0.1 + 0.2))
failed("PARSE", "parse_money 3 decimals", budget.parse_money("12.345"))
failed("PARSE", "parse_money text", budget.parse_money("abc"))
raises("parse_money table", budget.parse_money, {})
raises("parse_money unit", budget.parse_money, "1", "dollars")
-- format_money: 1,912,176.00 元 = 191.2176 万元, exactly
eq("191.2176", budget.format_money("1912176", "万元"), "format_money 万元")

-- ---- execution_rate --------------------------------------------------------
-- 1,912,176 ÷ 2,500,000 = 76.48704 % → 76.49
eq(76.49, budget.execution_rate("1912176", "2500000"), "execution_rate issue example")
-- 1 ÷ 3 = 33.333 % → 33.33; 2 ÷ 3 = 66.666 % → 66.67
eq(33.33, budget.execution_rate(1, 3), "execution_rate 1/3")
eq(66.67, budget.execution_rate(2, 3), "execution_rate 2/3")
-- 四舍五入 half away from zero: 13.45 ÷ 1000 = 1.345 % → 1.35, −1.345 % → −1.35
eq(1.35, budget.execution_rate("13.45", "1000"), "execution_rate half up")
eq(-1.35, budget.execution_rate("-13.45", "1000"), "execution_rate half away from zero")
-- 12.5 ÷ 50 = 25 %
eq(25, budget.execution_rate(12.5, 50), "execution_rate numbers")
-- a zero or negative budget: no rate, a single nil (not a failure)
eq(1, select("#", budget.execution_rate("5", "0")), "execution_rate zero budget: one result")
eq(nil, budget.execution_rate("5", "0"), "execution_rate zero budget")
eq(nil, budget.execution_rate("5", "-1"), "execution_rate negative budget")
failed("PARSE", "execution_rate bad money", budget.execution_rate("abc", "1"))
failed("PARSE", "execution_rate inexact number", budget.execution_rate(0.1 + 0.2, 1))
raises("execution_rate missing budget", budget.execution_rate, "1")
raises("execution_rate boolean", budget.execution_rate, true, "1")

-- ---- planned_percent -------------------------------------------------------
local plan = {[3] = 25, [6] = 50, [10] = 75, [12] = 100}
-- step: the last checkpoint reached by 2024-08-31 is end of June: 50
eq(50, budget.planned_percent(plan, "2024-08-31"), "planned_percent issue example")
eq(50, budget.planned_percent(plan, "2024-06-30"), "planned_percent on a checkpoint")
eq(25, budget.planned_percent(plan, "2024-06-29"), "planned_percent the day before")
eq(0, budget.planned_percent(plan, "2024-02-29"), "planned_percent before the first")
-- linear: 30 June (50 %) → 31 October (75 %) is 31+31+30+31 = 123 days;
-- 31 August is 62 days in: 50 + 25 × 62 / 123 = 62.6016 → 62.60
eq(62.6, budget.planned_percent(plan, "2024-08-31", {method = "linear"}), "planned_percent linear")
-- incremental 20,35,20,25 (not non-decreasing, sums to 100): 20 + 35 = 55 by August
eq(55, budget.planned_percent({[3] = 20, [6] = 35, [10] = 20, [12] = 25}, "2024-08-31"),
   "planned_percent incremental")
-- text cells as a sheet has them
eq(50, budget.planned_percent({[3] = "25%", [6] = "50", [10] = "75.00", [12] = "100"}, "2024-08-31"),
   "planned_percent text")
-- 95,,,100: blanks carry the previous cumulative value: 95 in August
eq(95, budget.planned_percent({[3] = 95, [6] = "", [10] = "", [12] = 100}, "2024-08-31"),
   "planned_percent blanks")
-- a plan that never reaches 100 and does not sum to 100 is reported, not guessed
failed("INCONSISTENT", "planned_percent invalid plan", budget.planned_percent({[3] = 25, [6] = 50}, "2024-08-31"))
failed("PARSE", "planned_percent bad cell", budget.planned_percent({[3] = "x", [12] = 100}, "2024-08-31"))
-- 2024 has no 30 February: RANGE; "soon" is no date at all: PARSE
failed("RANGE", "planned_percent no such date", budget.planned_percent(plan, "2024-02-30"))
failed("PARSE", "planned_percent not a date", budget.planned_percent(plan, "soon"))
raises("planned_percent month 13", budget.planned_percent, {[13] = 100}, "2024-08-31")
raises("planned_percent key", budget.planned_percent, {march = 100}, "2024-08-31")
raises("planned_percent method", budget.planned_percent, plan, "2024-08-31", {method = "cubic"})

-- ---- time_progress ---------------------------------------------------------
-- 2024-08-31 is day 31+29+31+30+31+30+31+31 = 244 of 366: 66.666 % → 66.67
eq(66.67, budget.time_progress("2024-08-31"), "time_progress issue example")
eq(100, budget.time_progress("2024-12-31"), "time_progress year end")
-- 1 / 366 = 0.273 % → 0.27
eq(0.27, budget.time_progress("2024-01-01"), "time_progress 1 January")
-- 2023 has 365 days; 28 February is day 59: 16.164 % → 16.16
eq(16.16, budget.time_progress("2023-02-28"), "time_progress 2023")
-- months: 2024-08-30 ends July only: 7 / 12 = 58.33
eq(58.33, budget.time_progress("2024-08-30", {method = "months"}), "time_progress months")
-- another budget year: 2025-03-31 is after 2024: 100
eq(100, budget.time_progress("2025-03-31", {year = 2024}), "time_progress year option")
failed("RANGE", "time_progress no month 13", budget.time_progress("2024-13-01"))
failed("PARSE", "time_progress not a date", budget.time_progress("soon"))
raises("time_progress number", budget.time_progress, 20240831)

-- ---- evaluate_target -------------------------------------------------------
local result, detail = budget.evaluate_target("≥95%", "96%")
eq("met", result, "evaluate_target issue example")
eq("met", detail.result, "evaluate_target detail.result")
eq("number", detail.kind, "evaluate_target detail.kind")
eq("≥95%", detail.text, "evaluate_target detail.text")
eq(100, detail.ratio, "evaluate_target ratio met")
eq("1%", detail.deviation, "evaluate_target deviation 96 − 95")
-- 90 against ≥95: ratio 90 / 95 = 94.7368 % → 94.74, deviation −5 %
result, detail = budget.evaluate_target("≥95%", "90%")
eq("not_met", result, "evaluate_target not met")
eq(94.74, detail.ratio, "evaluate_target ratio 90/95")
eq("-5%", detail.deviation, "evaluate_target deviation 90 − 95")
-- ≤20 % against 25 %: target ÷ actual = 80
result, detail = budget.evaluate_target("≤20%", "25%")
eq("not_met", result, "evaluate_target ≤")
eq(80, detail.ratio, "evaluate_target ratio 20/25")
eq("met", (budget.evaluate_target("≥95%", 96)), "evaluate_target number actual")
eq("met", (budget.evaluate_target("≥95%", 95.5)), "evaluate_target decimal actual")
eq("met", (budget.evaluate_target("按期完成", "按期完成")), "evaluate_target words")
eq("not_reported", (budget.evaluate_target("≥95%", "")), "evaluate_target blank")
eq("not_reported", (budget.evaluate_target("≥95%", nil)), "evaluate_target nil actual")
result, detail = budget.evaluate_target("≥95%", "按期完成")
eq("cannot_evaluate", result, "evaluate_target word for a number")
check(type(detail.reason) == "string" and detail.reason ~= "", "evaluate_target reason")
check(type(detail.reason_code) == "string", "evaluate_target reason_code")
raises("evaluate_target table", budget.evaluate_target, "≥95%", {})

-- ---- load and report -------------------------------------------------------
local small = data .. "/small"
local book = budget.load(small, {as_of = "2024-08-31"})
check(book ~= nil, "load small")
eq(2024, book:year(), "book:year")
check(tostring(book):find("2 projects", 1, true) ~= nil, "tostring(book): " .. tostring(book))
local rows, columns = book:report{as_of = "2024-08-31", level = "project"}
eq(2, #rows, "report rows")
eq("code", columns[1], "report first column")
eq(21, #columns, "report columns")
local p1, p2 = rows[1], rows[2]
-- P1: paid 100,000 (Feb) + 300,000 (May) by 31 August; budget 1,000,000 + 250,000 (追加, July)
eq("P1", p1.code, "P1 code")
eq("Alpha", p1.name, "P1 name")
eq("1000000.00", p1.budget_original, "P1 budget_original")
eq("1250000.00", p1.budget_adjusted, "P1 budget_adjusted")
eq("400000.00", p1.executed, "P1 executed")
-- 400,000 ÷ 1,250,000 = 32 %; over the original budget 40 %
eq(32, p1.execution_rate_pct, "P1 execution_rate_pct")
eq(40, p1.execution_rate_original_pct, "P1 execution_rate_original_pct")
-- plan 25/50/75/100, step: 50 % by June; 50 % of 1,250,000 = 625,000
eq(50, p1.planned_pct, "P1 planned_pct")
eq("625000.00", p1.planned_amount, "P1 planned_amount")
-- variance 32 − 50 = −18 pp (< −15: seriously_behind); 400,000 − 625,000
eq(-18, p1.variance_pp, "P1 variance_pp")
eq("-225000.00", p1.variance_amount, "P1 variance_amount")
eq("seriously_behind", p1.status, "P1 status")
eq(66.67, p1.time_progress_pct, "P1 time_progress_pct")
-- remaining 1,250,000 − 400,000; to the October checkpoint 75 % × 1,250,000 − 400,000
eq("850000.00", p1.remaining, "P1 remaining")
eq("537500.00", p1.to_next_checkpoint, "P1 to_next_checkpoint")
-- the one rate rule: the cell function agrees with the report
eq(p1.execution_rate_pct, budget.execution_rate(p1.executed, p1.budget_adjusted), "rate agrees")
-- P2: a zero budget and no plan: no rate (absent), status no_plan
eq("P2", p2.code, "P2 code")
eq(nil, p2.execution_rate_pct, "P2 no rate")
eq(nil, p2.planned_pct, "P2 no planned_pct")
eq("no_plan", p2.status, "P2 status")

-- another date than the load's: 31 December adds the September payment
rows = book:report{as_of = "2024-12-31"}
-- 600,000 ÷ 1,250,000 = 48 %
eq("600000.00", rows[1].executed, "report at another as_of: executed")
eq(48, rows[1].execution_rate_pct, "report at another as_of: rate")
-- loaded at the year end (the default), reported at 31 August: the same rows
local book2 = assert(budget.load(small))
eq("400000.00", book2:report{as_of = "2024-08-31"}[1].executed, "load at year end, report earlier")
eq("600000.00", book2:report()[1].executed, "report at the load's date")
book2:close()
raises("report on a closed book", book2.report, book2, {})
eq("budget.Book (closed)", tostring(book2), "tostring closed")

-- roll-ups: the department row, keyed ALL, counts its projects
rows, columns = book:report{as_of = "2024-08-31", level = "department"}
eq(1, #rows, "department rows")
eq("department", columns[1], "department first column")
eq("ALL", rows[1].department, "department key")
eq(2, rows[1].n_projects, "department n_projects")
eq(32, rows[1].execution_rate_pct, "department rate (Σ executed ÷ Σ budget)")
-- money in 万元, exactly (as --money-unit 万元 writes it): 1,250,000 元 = 125 万元
eq("125.00", book:report{as_of = "2024-08-31", money_unit = "万元"}[1].budget_adjusted, "money_unit 万元")

failed("RANGE", "report bad as_of", book:report{as_of = "2024-02-30"})
raises("report bad level", book.report, book, {level = "county"})
raises("report bad option type", book.report, book, {as_of = 20240831})
raises("report on a string", book.report, "book", {})

-- data errors carry file, line, column, field: line 3, column 5 (budget)
local info = failed("PARSE", "load bad", budget.load(data .. "/bad"))
if info then
    eq("projects.csv", info.file, "load bad: file")
    eq(3, info.line, "load bad: line")
    eq(5, info.column, "load bad: column")
    eq("budget", info.field, "load bad: field")
end
-- lenient: the bad row is rejected, listed in problems(), the rest loads
local lenient = budget.load(data .. "/bad", {lenient = true, as_of = "2024-08-31"})
check(lenient ~= nil, "lenient load")
if lenient then
    local problems = lenient:problems()
    check(#problems >= 1, "lenient problems")
    eq(3, problems[1] and problems[1].line, "lenient problem line")
    eq(1, #lenient:report(), "lenient report keeps the good row")
end
failed("IO", "load missing folder", budget.load(data .. "/no-such-folder"))
raises("load with threads = -1", budget.load, small, {threads = -1})
raises("load encoding", budget.load, small, {encoding = "EBCDIC"})
raises("load lenient type", budget.load, small, {lenient = "yes"})

if _VERSION == "Lua 5.4" then
    -- to-be-closed: released at the end of the block
    local chunk = assert(load([[
        local budget, dir = ...
        local b <close> = budget.load(dir)
        return b
    ]]))
    eq("budget.Book (closed)", tostring(chunk(budget, small)), "__close")
end

-- Release the books before exiting, so that a leak checker sees only real
-- leaks; 5.2 and later also close the state (5.1 ignores the second argument).
book, lenient, rows = nil, nil, nil
collectgarbage()
collectgarbage()
io.write(checks, " checks, ", failures, " failed\n")
os.exit(failures == 0 and 0 or 1, true)
