-- require and the package library: searchers, paths, preload, loaded, errors.

print(type(package), package.loaded.package == package, package.loaded._G == _G)
print(package.loaded.io == io, package.loaded.os == os, package.loaded.coroutine == coroutine)
print(package.config)
print(type(package.path), type(package.cpath), #package.searchers)
print(type(package.preload), type(package.loadlib), type(package.searchpath))
print(debug == nil or debug.getregistry()._LOADED == package.loaded)

-- the default paths, in the message for a missing module
print(pcall(require, "lib_surely_missing_module"))

-- Lua modules along package.path ("./?.lua" and "./?/init.lua" by default)
local m, where = require("lib_require_mod")
print(type(m), m.greet("world"), where)
print(require("lib_require_mod") == m, select("#", require("lib_require_mod")))
print(package.loaded.lib_require_mod == m)
local pkg, where2 = require("lib_require_pkg")
print(pkg.name, where2)

-- other paths
package.path = "./lib_modules/?.luam"
print(require("plain"), package.loaded.plain)
print(require("sets_loaded"))
print(require("returns_false"), package.loaded.returns_false)
print(require("returns_false"))
print(require("nested.sub"))
print(package.searchpath("nested.sub", package.path))
print(package.searchpath("nested.sub", package.path, ""))
print(package.searchpath("nested_sub", package.path, "_", "."))
print(package.searchpath("nope", "a/?.x;b?c;;?"))
print(package.searchpath("a.b.c", "?;x/?/?"))
print(pcall(package.searchpath))
print(pcall(package.searchpath, "x"))
local r = require("recursive")
print(r.inner, package.loaded.recursive == r)

-- errors while loading
print(pcall(require, "syntax_error"))
print(package.loaded.syntax_error)
print(pcall(require, "runtime_error"))
print(package.loaded.runtime_error)
print(pcall(require))
print(pcall(require, {}))

-- not found: one line per searcher and file
package.path = "./lib_modules/?.luam;./lib_modules/?/init.luam"
package.cpath = "./lib_modules/?.so"
print(pcall(require, "missing"))
print(pcall(require, "missing.part"))
package.cpath = "./lib_modules/?.so;./lib_modules/lib?.so"
print(pcall(require, "missing.part"))

-- preload comes first
package.preload.special = function(...)
  print("preload loader", ...)
  return {preloaded = true}
end
package.path = "./?.lua"
print(require("special").preloaded, package.loaded.special.preloaded)
package.preload.lib_require_mod = function() return "preloaded instead" end
package.loaded.lib_require_mod = nil
print(require("lib_require_mod"))

-- package.loaded entries are what require returns
package.loaded.fake = "anything"
print(require("fake"))
package.loaded.fake = false
package.preload.fake = function() return "reloaded" end
print(require("fake"))

-- searchers can be replaced or extended
table = table or {}
local searchers = package.searchers
package.searchers = {
  function(name) return "\n\tno luck for " .. name end,
  function(name) return nil end,
  function(name)
    if name == "virtual" then
      return function(n, extra) return "virtual module " .. n .. " " .. extra end, "extra data"
    end
    return 42
  end,
}
print(require("virtual"))
print(pcall(require, "other"))
package.searchers = "broken"
print(pcall(require, "anything"))
package.searchers = searchers

-- paths must be strings
package.path = nil
print(pcall(require, "needs_path"))
package.path = 42
print(pcall(require, "needs_path"))
package.path = "./?.lua"
package.cpath = {}
print(pcall(require, "needs_cpath"))
