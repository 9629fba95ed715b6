-- Spreadsheet functions over the `budget` module: the macros a sheet's
-- formula cells call (=RATE(B2,C2)). Load this file once when the host
-- starts (examples/lua-host.c does; in sc-im it is lua/init.lua). Cells hold
-- money as text ("1089972.54", "191.2176万元") or as numbers with at most 2
-- decimals; a result that is an error is the text "#VALUE! <why>", as a
-- spreadsheet shows an error in the cell; an undefined rate is an empty cell.
budget = require "budget"

local function value_error(message)
    return "#VALUE! " .. message
end

-- A blank cell ("" or nil) is nil.
local function given(cell)
    if cell == "" then
        return nil
    end
    return cell
end

-- RATE(executed, budget): execution rate in percent, 2 decimals (四舍五入);
-- empty when the budget is zero or negative.
function RATE(executed, total)
    local rate, message = budget.execution_rate(executed, total)
    if message then
        return value_error(message)
    end
    return rate
end

-- PLANNED(p03, p06, p10, p12, as_of): the planned cumulative percent at
-- as_of of a plan written in the 3月底 / 6月底 / 10月底 / 12月底 columns of a
-- 绩效目标表 (cumulative or incremental, inferred; blanks allowed).
function PLANNED(p03, p06, p10, p12, as_of)
    local plan = {[3] = given(p03), [6] = given(p06), [10] = given(p10), [12] = given(p12)}
    local percent, message = budget.planned_percent(plan, as_of)
    if message then
        return value_error(message)
    end
    return percent
end

-- PROGRESS(as_of): time progress (序时进度) in percent, by days.
function PROGRESS(as_of)
    local percent, message = budget.time_progress(as_of)
    if message then
        return value_error(message)
    end
    return percent
end

-- TARGET(target, actual): met, partly_met, not_met, not_reported,
-- not_applicable or cannot_evaluate.
function TARGET(target, actual)
    local result, detail = budget.evaluate_target(target, given(actual))
    if not result then
        return value_error(detail)
    end
    return result
end

-- MONEY(text): the amount in yuan, exactly ("191.2176万元" → "1912176.00").
function MONEY(text)
    local yuan, message = budget.parse_money(text)
    if message then
        return value_error(message)
    end
    return yuan
end

-- WAN(money): the amount in 万元, exactly.
function WAN(money)
    local wan, message = budget.format_money(money, "万元")
    if message then
        return value_error(message)
    end
    return wan
end
