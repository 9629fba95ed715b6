-- Writes book:report() as `budget report --format csv` writes it, for the
-- agreement test (tests/test-lua-agree.sh), which compares the two byte for
-- byte. Usage: LUA report-csv.lua DIR AS_OF LEVEL [FLAGS]
-- FLAGS, comma-separated: lenient (lenient reading); year-end (load at the
-- end of the year, so that the report reads transactions.csv again at AS_OF);
-- one-thread (transactions.csv read in one pass: threads = 1; else 0, one
-- thread per core).
-- Rates come back as numbers rounded to 2 decimals: "%.2f" of the double
-- nearest to a 2-decimal value gives that value's text back exactly.
local budget = require "budget"

local dir, as_of, level, flags = arg[1], arg[2], arg[3], "," .. (arg[4] or "") .. ","
local lenient = flags:find(",lenient,", 1, true) ~= nil
local load_as_of = not flags:find(",year-end,", 1, true) and as_of or nil
local threads = flags:find(",one-thread,", 1, true) and 1 or 0
local book, message = budget.load(dir, {as_of = load_as_of, lenient = lenient, threads = threads})
if not book then
    io.stderr:write("load: ", message, "\n")
    os.exit(2)
end
local rows, columns = book:report{as_of = as_of, level = level}
if not rows then
    io.stderr:write("report: ", columns, "\n")
    os.exit(2)
end

-- The export's CSV quoting (libbudget/export-table.c): a cell with a comma,
-- a quote or a line break, or with a space or tab at either end, is quoted.
local function field(name, value)
    if value == nil then
        return ""
    elseif name == "n_projects" then
        return string.format("%d", value)
    elseif type(value) == "number" then
        return string.format("%.2f", value)
    end
    if value:find('[,"\r\n]') or value:find("^[ \t]") or value:find("[ \t]$") then
        return '"' .. value:gsub('"', '""') .. '"'
    end
    return value
end

local out = {}
out[#out + 1] = table.concat(columns, ",")
for _, row in ipairs(rows) do
    local cells = {}
    for i, name in ipairs(columns) do
        cells[i] = field(name, row[name])
    end
    out[#out + 1] = table.concat(cells, ",")
end
io.write(table.concat(out, "\n"), "\n")
book:close()
