-- Memory stays flat over N loads and reports (issue 8, part 5): each book
-- is released by the garbage collector (__gc) and every C object the calls
-- make is freed. The resident size (Linux /proc/self/statm) after N more
-- iterations may grow by at most 1 MiB: a leak of 100 bytes per iteration
-- would be 1 MB over 10,000. Usage: LUA test-memory.lua DIR N [leak-checker]
-- (under a leak checker, which measures better, the size is not compared).
local budget = require "budget"

local dir, n, checker = arg[1], tonumber(arg[2]), arg[3] == "leak-checker"

local function rss_kib()
    local f = io.open("/proc/self/statm")
    if not f then
        return nil
    end
    local line = f:read("*l")
    f:close()
    return tonumber(line:match("^%S+%s+(%S+)")) * 4
end

local function iterate(count)
    for i = 1, count do
        local book = assert(budget.load(dir))
        assert(#book:report{as_of = "2024-08-31"} > 0)
        assert(budget.load(dir .. "/no-such-folder") == nil)
        if i % 100 == 0 then
            collectgarbage()
        end
    end
    collectgarbage()
    collectgarbage()
end

iterate(math.min(n, 1000)) -- warm up: allocator pools, interned strings
local before = rss_kib()
iterate(n)
local after = rss_kib()
if checker then
    print(n .. " iterations under a leak checker")
    os.exit(0, true)
end
if not before then
    print(n .. " iterations; no /proc/self/statm: resident size not measured")
    os.exit(0, true)
end
print(string.format("%d iterations: resident %d KiB -> %d KiB", n, before, after))
os.exit(after - before <= 1024 and 0 or 1, true)
