package org.crescent.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Object- and table-shaped code compiled (NEWTABLE, SELF, SETLIST, CONCAT, inserts of new keys,
 * __index chains, generic for loops) gives lua5.4's results, and every cache the compiled code
 * keeps (slot hints, the one-link __index path) stays right when the tables under it change in
 * the middle of a loop.
 */
class CompiledObjectsTest {
    private static JitRunner check(String source, String chunkName) {
        return JitRunner.checkBothWays(source, chunkName);
    }

    @Test
    void methodsThroughIndexChainsFollowEveryChange() {
        String source = String.join("\n",
                "local Base = {}; Base.__index = Base",
                "function Base:name() return 'base' end",
                "function Base:kind() return 'animal' end",
                "local Cat = setmetatable({}, {__index = Base}); Cat.__index = Cat",
                "function Cat:name() return 'cat' end",
                "local Dog = setmetatable({}, {__index = Base}); Dog.__index = Dog",
                "function Dog:name() return 'dog' end",
                "local out = {}",
                "local function put(x) out[#out + 1] = tostring(x) end",
                "local c, d = setmetatable({}, Cat), setmetatable({legs = 4}, Dog)",
                "for i = 1, 40 do",
                "  if c.name then put(c:name()) else put('none') end",
                "  if c.kind then put(c:kind()) end",
                "  if type(d) == 'table' and d.name then put(d:name()); put(d.legs) end",
                "  put(type(d) == 'string' and d:upper()); put(type(c.legs))",
                "  if i == 5 then rawset(Cat, 'name', function() return 'cat2' end) end",
                "  if i == 10 then Cat.name = nil end",
                "  if i == 12 then c.name = function() return 'own' end end",
                "  if i == 14 then c.name = nil end",
                "  if i == 16 then setmetatable(c, Dog) end",
                "  if i == 18 then setmetatable(c, {__index = function(t, k) return function() return 'fn ' .. k end end}) end",
                "  if i == 20 then setmetatable(c, Cat); Cat.__index = nil end",
                "  if i == 22 then Cat.__index = Cat; for k = 1, 40 do Cat['pad' .. k] = k end end",
                "  if i == 24 then setmetatable(Cat, {__index = Base, __mode = 'k'}) end",
                "  if i == 26 then setmetatable(c, setmetatable({__index = Cat}, {__mode = 'v'})) end",
                "  if i == 28 then setmetatable(c, Cat); setmetatable(d, nil) end",
                "  if i == 30 then d = 'text' end",
                "end",
                "print(table.concat(out, ' '))",
                "local s = 0",
                "for i = 1, 30 do local w = ('x'):rep(i); s = s + #w:upper() + w:len() end",
                "print(s, pcall(function() local n = 5; for i = 1, 3 do n:foo() end end))",
                "print(pcall(function() local t = {}; for i = 1, 3 do t:missing() end end))");
        JitRunner compiled = check(source, "methods.lua");
        assertTrue(compiled.exitedAt("SELF"), "no exit at SELF: " + compiled.exits);
    }

    @Test
    void insertsOfNewKeysRespectNewindex() {
        String source = String.join("\n",
                "local log = {}",
                "local meta = {}",
                "local t = setmetatable({}, meta)",
                "local plain, weak = {}, setmetatable({}, {__mode = 'k'})",
                "for i = 1, 60 do",
                "  t['k' .. (i % 7)] = i",
                "  t.fixed = i",
                "  plain['p' .. i] = i; plain[i * 3] = i; plain[#plain + 1] = -i",
                "  weak['w' .. (i % 5)] = i; weak[i] = i",
                "  if i == 20 then rawset(meta, '__newindex', function(tt, k, v) log[#log + 1] = k; rawset(tt, k, v * 2) end) end",
                "  if i == 40 then meta.__newindex = nil end",
                "  t['k' .. (i % 7)] = nil",
                "end",
                "local n, w = 0, 0",
                "for k, v in pairs(plain) do n = n + v end",
                "for k, v in pairs(weak) do w = w + v end",
                "print(n, w, #plain, t.fixed, table.concat(log, ','), t.k3, rawget(t, 'k1'))",
                "local nils = {}",
                "for i = 1, 20 do nils.a = nil; nils[i + 1000] = nil end",
                "print(next(nils))");
        check(source, "inserts.lua");
    }

    @Test
    void lengthOfObjectsFollowsLen() {
        String source = String.join("\n",
                "local meta = {}",
                "local obj = setmetatable({1, 2, 3}, meta)",
                "local out = {}",
                "for i = 1, 30 do",
                "  out[#out + 1] = #obj",
                "  if i == 10 then rawset(meta, '__len', function() return 42 end) end",
                "  if i == 15 then meta.__len = nil end",
                "  if i == 20 then meta.__len = function(t) return rawlen(t) * 10 end end",
                "  if i == 25 then setmetatable(obj, nil); obj[4] = 4 end",
                "end",
                "print(table.concat(out, ' '))");
        check(source, "length.lua");
    }

    @Test
    void constructorsConcatenationAndLists() {
        StringBuilder big = new StringBuilder("local big = {");
        for (int n = 1; n <= 600; n++) {
            big.append(n).append(n % 7 == 0 ? ", nil, " : ", ");
        }
        big.append("}");
        String source = String.join("\n",
                big.toString(),
                "local total = 0",
                "for round = 1, 30 do",
                "  local point = {x = round, y = -round, round * 2, round * 3, 'z'}",
                "  local nested = {{1, 2}, {3, {4, 5}}, name = 'n' .. round, [round + 0.5] = true}",
                "  total = total + point.x + point[1] + point[2] + #point + nested[2][2][2] + #nested",
                "  local s = 'a' .. round .. ':' .. 1.5 .. '|' .. -0.0 .. 2^63 .. math.mininteger .. 1e100",
                "  total = total + #s",
                "end",
                "print(total, #big, big[600 + 85], big[8])",
                "local mt = {__concat = function(a, b) return 'cat' end}",
                "local obj = setmetatable({}, mt)",
                "local r = {}",
                "for i = 1, 10 do r[#r + 1] = ('x' .. obj) .. (obj .. i) .. i end",
                "print(r[10], pcall(function() local x; for i = 1, 3 do x = 'a' .. {} end end))",
                "print(pcall(function() for i = 1, 3 do local y = i .. nil end end))");
        check(source, "constructors.lua");
    }

    @Test
    void genericForLoopsAndClosing() {
        String source = String.join("\n",
                "local t = {}",
                "for i = 1, 40 do t[i] = i; t['k' .. i] = i end",
                "local s = 0",
                "for round = 1, 5 do",
                "  for i, v in ipairs(t) do s = s + v end",
                "  for k, v in pairs(t) do s = s + v end",
                "  for k, v in next, t do s = s + v end",
                "  for w in string.gmatch('a bb ccc', '%a+') do s = s + #w end",
                "  local function range(n) local i = 0 return function() i = i + 1 if i <= n then return i end end end",
                "  for i in range(10) do s = s + i end",
                "  local fs = {}",
                "  for i = 1, 5 do fs[i] = function() return i + round end end",
                "  for i, f in ipairs(fs) do s = s + f() end",
                "  local callable = setmetatable({}, {__call = function(self, st, c) c = c + 1 if c <= 3 then return c end end})",
                "  for i in callable, nil, 0 do s = s + i end",
                "end",
                "local closed = {}",
                "do",
                "  local closer = setmetatable({}, {__close = function() closed[#closed + 1] = 'closed' end})",
                "  for i in function(_, c) c = c + 1 if c <= 3 then return c end end, nil, 0, closer do s = s + i end",
                "end",
                "print(s, table.concat(closed, ','))",
                "print(pcall(function() for i in next, t, 0, 42 do end end))",
                "local stack = 0",
                "local function deep(n) if n == 0 then return 0 end local a, b, c, d, e, f = n, n, n, n, n, n return deep(n - 1) + a end",
                "for i = 1, 3 do local x = {} stack = stack + deep(150) + #x end",
                "print(stack)");
        check(source, "generic.lua");
    }

    /** An empty constructor presized from its site's earlier tables still reads as empty, and borders, traversal and inserts are unchanged. */
    @Test
    void emptyConstructorsPresizedFromTheirSite() {
        String source = String.join("\n",
                "local function make(n, holes)",
                "  local t = {}",
                "  for i = 1, n do t[#t + 1] = i * 3 end",
                "  if holes then t[n + 2] = 'far'; t.name = 'x' end",
                "  return t",
                "end",
                "local out = {}",
                "for round = 1, 6 do",
                "  local big, empty, small = make(100), make(0), make(3, true)",
                "  local keys = 0",
                "  for k, v in pairs(small) do keys = keys + 1 end",
                "  out[#out + 1] = table.concat({#big, big[100], tostring(big[101]), #empty, tostring(next(empty)),",
                "    #small, keys, tostring(small[4]), small[5], ipairs(small) and select('#', table.unpack(small))}, ' ')",
                "  table.insert(empty, 1, 'a'); table.insert(empty, 'b'); table.remove(big, 1)",
                "  out[#out + 1] = #empty .. ' ' .. empty[1] .. empty[2] .. ' ' .. #big .. ' ' .. big[1]",
                "  local w = setmetatable(make(5), {__mode = 'v'})",
                "  w[6] = {}; collectgarbage()",
                "  local seen = 0 for k in pairs(w) do seen = seen + 1 end",
                "  local logged = {}",
                "  local p = setmetatable(make(0), {__newindex = function(t, k, v) logged[#logged + 1] = k; rawset(t, k, v) end})",
                "  p[1] = 1; p[1] = 2; p[2] = 3",
                "  out[#out + 1] = seen .. ' ' .. #logged .. ' ' .. #p .. ' ' .. tostring(collectgarbage('count') > 0)",
                "end",
                "print(table.concat(out, '\\n'))",
                "local huge = make(2000)",
                "print(#huge, huge[2000], #make(10), #make(0))");
        check(source, "presized.lua");
    }

    /** GETTABLE and SETTABLE with keys in registers, through their helpers: misses, __index and __newindex in every form, weak tables. */
    @Test
    void registerKeysOnEveryKindOfTable() {
        String source = String.join("\n",
                "local log = {}",
                "local plain = {a = 1, [1] = 'one', [100] = 'hundred'}",
                "local chained = setmetatable({own = 'own'}, {__index = {a = 'inherited', [7] = 'seven'}})",
                "local computed = setmetatable({}, {__index = function(t, k) return 'fn:' .. tostring(k) end})",
                "local guarded = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = tostring(k) .. '=' .. tostring(v) end})",
                "local weak = setmetatable({}, {__mode = 'k'})",
                "local keys = {'a', 'own', 'missing', 1, 7, 100, 1000}",
                "local out = {}",
                "for round = 1, 3 do",
                "  for _, k in ipairs(keys) do",
                "    out[#out + 1] = tostring(plain[k]) .. '/' .. tostring(chained[k]) .. '/' .. tostring(computed[k]) .. '/' .. tostring(weak[k])",
                "    guarded[k] = round",
                "    plain[k] = round",
                "    weak[k] = k",
                "    local s = 'k' .. round",
                "    plain[s] = k; plain[s] = nil; plain[s] = k",
                "  end",
                "  plain[1000] = nil; plain.a = nil",
                "  out[#out + 1] = tostring(rawget(guarded, 'a')) .. ' ' .. tostring(plain[1000]) .. ' ' .. tostring(plain.k1)",
                "end",
                "print(table.concat(out, ' '))",
                "print(table.concat(log, ' '))",
                "print(pcall(function() local t = {} for i = 1, 3 do local k = i == 3 and 0/0 or i; t[k] = i end end))",
                "print(pcall(function() local t = setmetatable({}, {__index = function(t, k) error('no ' .. k) end}); for i = 1, 3 do local k = 'x' .. i; local v = t[k] end end))");
        check(source, "registerkeys.lua");
    }
}
