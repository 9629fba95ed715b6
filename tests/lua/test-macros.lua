-- The spreadsheet macros of examples/budget-macros.lua with this Lua (the
-- sheet test runs them with lua-host's Lua only).
-- Usage: LUA test-macros.lua examples/budget-macros.lua
dofile(assert(arg[1], "usage: test-macros.lua MACROS.lua"))

local failures = 0
local function eq(expected, actual, what)
    if expected ~= actual then
        failures = failures + 1
        io.write("FAIL ", what, ": expected ", tostring(expected), ", got ", tostring(actual), "\n")
    end
end

-- 1,089,972.54 ÷ 1,150,000 = 94.78 %
eq(94.78, RATE("1089972.54", "1150000.00"), "RATE")
eq(nil, RATE("0", "0"), "RATE zero budget")
eq("#VALUE! ", RATE(0.1 + 0.2, 1):sub(1, 8), "RATE inexact")
-- 25/50/75/100 on 30 June: 50; 50,50 (incremental) by August: 100
eq(50, PLANNED("25", "50", "75", "100", "2024-06-30"), "PLANNED cumulative")
eq(100, PLANNED("50", "50", "", "", "2024-08-31"), "PLANNED incremental")
-- 182 of 366 days: 49.73
eq(49.73, PROGRESS("2024-06-30"), "PROGRESS")
eq("met", TARGET("≥95%", "96%"), "TARGET met")
eq("not_reported", TARGET("≥95%", ""), "TARGET blank")
eq("1912176.00", MONEY("191.2176万元"), "MONEY")
-- 1,150,000 元 = 115 万元
eq("115.00", WAN("1150000.00"), "WAN")
io.write(failures == 0 and "macros ok\n" or "macros failed\n")
os.exit(failures == 0 and 0 or 1)
