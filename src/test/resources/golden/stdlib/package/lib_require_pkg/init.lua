-- A module found through ./?/init.lua, for lib_require.lua.
print("loading package", ...)
return {name = "lib_require_pkg"}
