/* The few Lua 5.2+ auxiliary functions lbudget.c uses, for Lua 5.1 and
 * LuaJIT, which lack some or all of them. Written for this module (STYLE.md
 * B11: no copied compat code); each macro names a static helper of our own so
 * that a header that already declares the 5.2 function (LuaJIT 2.1 has a few)
 * does not clash with it. */
#ifndef LBUDGET_COMPAT_H
#define LBUDGET_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM < 502

/* The functions of @funcs into the table on top of the stack (no upvalues:
 * this module uses none). */
static void lbudget_compat_setfuncs(lua_State *L, const luaL_Reg *funcs, int nup)
{
    (void)nup;
    for (; funcs->name != NULL; funcs++) {
        lua_pushcfunction(L, funcs->func);
        lua_setfield(L, -2, funcs->name);
    }
}

#undef luaL_setfuncs
#define luaL_setfuncs(L, funcs, nup) lbudget_compat_setfuncs((L), (funcs), (nup))
#undef luaL_setmetatable
#define luaL_setmetatable(L, name) (luaL_getmetatable((L), (name)), lua_setmetatable((L), -2))
#undef lua_rawlen
#define lua_rawlen(L, idx) lua_objlen((L), (idx))
#ifndef luaL_newlib
#define luaL_newlib(L, funcs) (lua_newtable(L), luaL_setfuncs((L), (funcs), 0))
#endif

#endif /* LUA_VERSION_NUM < 502 */

/* Integers are a subtype of numbers from 5.3 on; before, every number is a
 * lua_Number (a double). */
#if LUA_VERSION_NUM >= 503
#define lbudget_isinteger(L, idx) lua_isinteger((L), (idx))
#else
#define lbudget_isinteger(L, idx) 0
#endif

#endif /* LBUDGET_COMPAT_H */
