-- `luarocks make` in bindings/lua builds the `budget` module from this
-- folder (no download) against an installed libbudget (pkg-config libbudget;
-- LIBBUDGET_DIR=PREFIX when it is not under /usr/local or /usr).
rockspec_format = "3.0"
package = "budget"
version = "scm-1"
source = {
    url = "git+https://example.invalid/libbudget.git",
}
description = {
    summary = "libbudget for Lua: exact budget execution rates, plans and targets",
    detailed = [[
The Lua binding of libbudget (public budget execution): exact money as
strings, execution rate, planned percent, time progress and target
evaluation as cell-sized functions, and a department's CSV folder loaded
into a book whose report rows are keyed like `budget report --format csv`.
]],
    license = "see the libbudget source tree",
}
dependencies = {
    "lua >= 5.1, < 5.5",
}
external_dependencies = {
    LIBBUDGET = {
        header = "budget.h",
        library = "budget",
    },
}
build = {
    type = "builtin",
    modules = {
        budget = {
            sources = { "lbudget.c" },
            incdirs = { "$(LIBBUDGET_INCDIR)" },
            libdirs = { "$(LIBBUDGET_LIBDIR)" },
            libraries = { "budget" },
        },
    },
}
