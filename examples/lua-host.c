/* lua-host: a tiny spreadsheet that embeds Lua the way a real one does, with
 * the `budget` module linked in statically (no budget.so to find).
 *
 *   lua-host MACROS.lua SHEET.csv > COMPUTED.csv
 *
 * It runs MACROS.lua once (as sc-im runs its lua/init.lua), reads the sheet,
 * and computes every cell whose text starts with "=" as a Lua expression in
 * which A1-style names are the values of other cells (A1 is the first row's
 * first column) and every other name is a global of the macros, e.g.
 * =RATE(B2,C2). It writes the computed sheet as CSV: a plain cell as it is,
 * a formula cell as its value (a number with up to 14 significant digits,
 * text as is, nil as an empty cell) or "#ERROR: ..." when it raised.
 * Exit: 0, or 1 when the macros or the sheet cannot be read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

/* The module, compiled into this program (bindings/lua/lbudget.c). */
int luaopen_budget(lua_State *L);

#define MAX_ROWS 100
#define MAX_COLS 26 /* A .. Z */

typedef enum {
    CELL_NEW,
    CELL_BUSY,
    CELL_DONE
} CellState;

typedef struct {
    char *text[MAX_ROWS][MAX_COLS];  /* as read; NULL past a row's end */
    char *value[MAX_ROWS][MAX_COLS]; /* computed */
    CellState state[MAX_ROWS][MAX_COLS];
    int n_rows;
} Sheet;

/* ---- Reading and writing CSV (RFC 4180: quotes, "" inside them) ---------- */

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    long size;

    if (f == NULL)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        data = malloc((size_t)size + 1);
        if (data != NULL && fread(data, 1, (size_t)size, f) != (size_t)size) {
            free(data);
            data = NULL;
        }
        if (data != NULL)
            data[size] = '\0';
    }
    fclose(f);
    return data;
}

static int read_sheet(Sheet *sheet, const char *data)
{
    const char *p = data;
    char *field = malloc(strlen(data) + 1);
    int row = 0, col = 0;

    if (field == NULL)
        return -1;
    while (*p != '\0' && row < MAX_ROWS) {
        size_t n = 0;
        if (*p == '"') {
            for (p++; *p != '\0'; p++) {
                if (*p == '"' && p[1] == '"')
                    field[n++] = *p++;
                else if (*p == '"')
                    break;
                else
                    field[n++] = *p;
            }
            if (*p == '"')
                p++;
        }
        while (*p != '\0' && *p != ',' && *p != '\n' && *p != '\r')
            field[n++] = *p++;
        field[n] = '\0';
        if (col < MAX_COLS) {
            sheet->text[row][col] = malloc(n + 1);
            if (sheet->text[row][col] != NULL)
                memcpy(sheet->text[row][col], field, n + 1);
        }
        col++;
        if (*p == ',') {
            p++;
            continue;
        }
        if (*p == '\r')
            p++;
        if (*p == '\n')
            p++;
        row++;
        col = 0;
    }
    free(field);
    sheet->n_rows = row;
    return 0;
}

/* Quoted when it holds a comma, a quote or a line break, or starts or ends
 * with a space, as libbudget's CSV writer does. */
static void write_field(const char *value)
{
    size_t n = strlen(value);

    if (strpbrk(value, ",\"\r\n") == NULL && (n == 0 || (value[0] != ' ' && value[n - 1] != ' '))) {
        fputs(value, stdout);
        return;
    }
    putchar('"');
    for (; *value != '\0'; value++) {
        if (*value == '"')
            putchar('"');
        putchar(*value);
    }
    putchar('"');
}

/* ---- Computing cells ------------------------------------------------------- */

static char *dup_text(const char *text)
{
    char *copy = malloc(strlen(text) + 1);
    if (copy != NULL)
        strcpy(copy, text);
    return copy;
}

/* The value on top of the stack as a cell's text. Numbers are written
 * without the locale's help ("%.14g", as Lua 5.1 prints them). */
static char *value_text(lua_State *L)
{
    char buf[64];

    switch (lua_type(L, -1)) {
    case LUA_TNIL:
        return dup_text("");
    case LUA_TBOOLEAN:
        return dup_text(lua_toboolean(L, -1) ? "TRUE" : "FALSE");
    case LUA_TNUMBER:
        snprintf(buf, sizeof buf, "%.14g", (double)lua_tonumber(L, -1));
        return dup_text(buf);
    case LUA_TSTRING:
        return dup_text(lua_tostring(L, -1));
    default:
        return dup_text("#VALUE! not a cell value");
    }
}

static const char *cell_value(lua_State *L, Sheet *sheet, int row, int col);

/* The environment's __index: "B2" is a cell's value, anything else a global. */
static int env_index(lua_State *L)
{
    Sheet *sheet = lua_touserdata(L, lua_upvalueindex(1));
    const char *name = lua_tostring(L, 2);
    int row;
    char letter;

    if (name != NULL && sscanf(name, "%c%d", &letter, &row) == 2 && letter >= 'A' && letter <= 'Z' &&
        row >= 1 && row <= sheet->n_rows) {
        char check[16];
        snprintf(check, sizeof check, "%c%d", letter, row);
        if (strcmp(check, name) == 0) {
            lua_pushstring(L, cell_value(L, sheet, row - 1, letter - 'A'));
            return 1;
        }
    }
    lua_pushvalue(L, 2);
#if LUA_VERSION_NUM >= 502
    lua_pushglobaltable(L);
    lua_insert(L, -2);
    lua_rawget(L, -2);
#else
    lua_rawget(L, LUA_GLOBALSINDEX);
#endif
    return 1;
}

/* Runs a formula ("=RATE(B2,C2)") with the cell environment (registry
 * field "sheet.env") and gives its value as text. */
static char *compute(lua_State *L, const char *formula, const char *name)
{
    char *value;
    size_t len = strlen(formula);
    char *chunk = malloc(len + 8);

    if (chunk == NULL)
        return NULL;
    memcpy(chunk, "return ", 7);
    memcpy(chunk + 7, formula + 1, len); /* after the "=", with its NUL */
    if (luaL_loadbuffer(L, chunk, strlen(chunk), name) != 0) {
        free(chunk);
        lua_pushfstring(L, "#ERROR: %s", lua_tostring(L, -1));
        value = value_text(L);
        lua_pop(L, 2);
        return value;
    }
    free(chunk);
    lua_getfield(L, LUA_REGISTRYINDEX, "sheet.env");
#if LUA_VERSION_NUM >= 502
    lua_setupvalue(L, -2, 1); /* the chunk's _ENV */
#else
    lua_setfenv(L, -2);
#endif
    if (lua_pcall(L, 0, 1, 0) != 0) {
        lua_pushfstring(L, "#ERROR: %s", lua_tostring(L, -1));
        value = value_text(L);
        lua_pop(L, 2);
        return value;
    }
    value = value_text(L);
    lua_pop(L, 1);
    return value;
}

static const char *cell_value(lua_State *L, Sheet *sheet, int row, int col)
{
    const char *text = sheet->text[row][col] != NULL ? sheet->text[row][col] : "";
    char name[16];

    if (sheet->state[row][col] == CELL_DONE)
        return sheet->value[row][col];
    if (sheet->state[row][col] == CELL_BUSY)
        return "#CYCLE!";
    sheet->state[row][col] = CELL_BUSY;
    snprintf(name, sizeof name, "=%c%d", 'A' + col, row + 1);
    sheet->value[row][col] = text[0] == '=' ? compute(L, text, name) : dup_text(text);
    sheet->state[row][col] = CELL_DONE;
    return sheet->value[row][col] != NULL ? sheet->value[row][col] : "";
}

int main(int argc, char **argv)
{
    static Sheet sheet;
    lua_State *L;
    char *data;
    int status = 0;

    if (argc != 3) {
        fprintf(stderr, "usage: %s MACROS.lua SHEET.csv\n", argv[0]);
        return 2;
    }
    L = luaL_newstate();
    luaL_openlibs(L);

    /* The statically linked module, found by require "budget" as a
     * spreadsheet registers it: in package.preload (luaL_requiref, 5.2 on,
     * would load it into package.loaded at once instead). */
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "preload");
    lua_pushcfunction(L, luaopen_budget);
    lua_setfield(L, -2, "budget");
    lua_pop(L, 2);

    /* The environment of formulas: cells and the macros' globals. */
    lua_newtable(L);
    lua_newtable(L);
    lua_pushlightuserdata(L, &sheet);
    lua_pushcclosure(L, env_index, 1);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, "sheet.env");

    if (luaL_loadfile(L, argv[1]) != 0 || lua_pcall(L, 0, 0, 0) != 0) {
        fprintf(stderr, "%s: %s\n", argv[1], lua_tostring(L, -1));
        lua_close(L);
        return 1;
    }
    data = read_file(argv[2]);
    if (data == NULL || read_sheet(&sheet, data) != 0) {
        fprintf(stderr, "%s: cannot read the sheet\n", argv[2]);
        status = 1;
    }
    free(data);

    for (int r = 0; status == 0 && r < sheet.n_rows; r++) {
        for (int c = 0; c < MAX_COLS && sheet.text[r][c] != NULL; c++) {
            if (c > 0)
                putchar(',');
            write_field(cell_value(L, &sheet, r, c));
        }
        putchar('\n');
    }
    for (int r = 0; r < sheet.n_rows; r++)
        for (int c = 0; c < MAX_COLS; c++) {
            free(sheet.text[r][c]);
            free(sheet.value[r][c]);
        }
    lua_close(L);
    return status;
}
