-- require and package: searchers, package.loaded caching, package.path search,
-- preload, and error messages. Modules live next to this script as *.luamod files.
package.path = "./?.luamod"
package.cpath = "./?.so"   -- no C modules exist here; keeps messages independent of the installation
local m = require("golden_module")
print(m.loaded_as, m.path, m.increment(), m.increment())
local again, where = require("golden_module")
print(again == m, where, package.loaded.golden_module == m)
-- a module that returns nothing is stored as true; it runs only once
print(require("golden_module_nil"), require("golden_module_nil"), golden_module_nil_ran)
-- a module that errors is not stored
print(pcall(require, "golden_module_error"))
print(package.loaded.golden_module_error)
-- a missing module lists the places searched
local ok, msg = pcall(require, "golden_module_missing")
print(ok)
print(msg)
-- preload takes precedence
package.preload.virtual = function(name, extra) return { name = name, extra = extra } end
local v = require("virtual")
print(v.name, v.extra)
-- package.searchpath
print(package.searchpath("golden_module", package.path))
print(package.searchpath("nope", "./?.x;./?.y"))
print(package.searchpath("a.b.c", "./?.luamod"))
print(package.searchpath("a.b", "?", ".", "/"))
-- package fields
print(package.config:sub(1, 1), #package.searchers, type(package.cpath), type(package.loaded))
print(package.loaded.string == string, package.loaded._G == _G)
-- errors
print(pcall(require))
print(pcall(require, {}))
package.path = 42
print(pcall(require, "another_missing"))
