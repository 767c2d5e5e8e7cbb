-- Writes the benchmark table from run.sh's raw measurements: RESULTS.md (median seconds,
-- ratios to C Lua 5.4, geometric means, Crescent in-process figures, peak memory, failures,
-- method) and an SVG chart of the ratios. Runs under lua5.4.
-- Usage: lua5.4 report.lua raw.tsv meta.txt RESULTS.md ratios.svg chart_link workloads.list
local raw_path, meta_path, results_path, svg_path, chart_link, list_path = table.unpack(arg, 1, 6)

local REFERENCE = "lua5.4"
local INPROCESS = "crescent-jdk25-inprocess"
local COLORS = {
  ["crescent-jdk25"] = "#1f77b4", ["crescent-jdk17"] = "#7fb3e0", ["luajit-joff"] = "#ff7f0e",
  ["luajit"] = "#d62728", ["luaj"] = "#2ca02c",
}

local function split(line, separator)
  local fields, start = {}, 1
  while true do
    local position = string.find(line, separator, start, true)
    if not position then fields[#fields + 1] = string.sub(line, start); return fields end
    fields[#fields + 1] = string.sub(line, start, position - 1)
    start = position + 1
  end
end

local function lines_of(path)
  local file = assert(io.open(path, "r"))
  local lines = {}
  for line in file:lines() do lines[#lines + 1] = line end
  file:close()
  return lines
end

local function median(values)
  if #values == 0 then return nil end
  local sorted = {}
  for i, value in ipairs(values) do sorted[i] = value end
  table.sort(sorted)
  local middle = (#sorted + 1) // 2
  if #sorted % 2 == 1 then return sorted[middle] end
  return (sorted[middle] + sorted[middle + 1]) / 2
end

-- Metadata, workloads and measurements ----------------------------------------------------
local meta = {}
for _, line in ipairs(lines_of(meta_path)) do
  local key, value = string.match(line, "^([^=]+)=(.*)$")
  if key then meta[key] = value end
end
local vms = split(meta.vms, " ")
local others = {}
for _, vm in ipairs(vms) do if vm ~= REFERENCE then others[#others + 1] = vm end end

local workloads, listed = {}, {}
local bench_dir = string.match(list_path, "^(.*)/[^/]*$") or "."
for _, line in ipairs(lines_of(list_path)) do
  local name, script, full, quick = string.match(line, "^(%S+)%s+(%S+)%s+(%S+)%s+(%S+)")
  if name and string.sub(name, 1, 1) ~= "#" then
    local size = meta.mode == "quick" and quick or full
    local description = ""
    local file = io.open(bench_dir .. "/" .. script, "r")
    if file then
      local first = file:read("l") or ""
      file:close()
      description = string.match(first, "^%-%-%s*(.-)%s*$") or ""
      description = string.match(description, "^(.-[%.:])%s") or description
    end
    listed[name] = { name = name, script = script, size = size, description = description }
  end
end

-- results[workload][vm] = { status, message, wall = {}, cpu = {}, rss = {}, allocated = {} }
local results, order = {}, {}
local raw = lines_of(raw_path)
for i = 2, #raw do
  local f = split(raw[i], "\t")
  local workload, vm, status = f[1], f[2], f[4]
  if not results[workload] then
    results[workload] = {}
    order[#order + 1] = workload
  end
  local entry = results[workload][vm]
  if not entry then
    entry = { status = "ok", wall = {}, cpu = {}, rss = {}, allocated = {} }
    results[workload][vm] = entry
  end
  if status ~= "ok" then
    entry.status, entry.message = status, f[9]
  else
    entry.wall[#entry.wall + 1] = tonumber(f[5])
    entry.cpu[#entry.cpu + 1] = tonumber(f[6])
    if tonumber(f[7]) then entry.rss[#entry.rss + 1] = tonumber(f[7]) end
    if tonumber(f[8]) then entry.allocated[#entry.allocated + 1] = tonumber(f[8]) end
  end
end
for _, name in ipairs(order) do workloads[#workloads + 1] = listed[name] or { name = name, size = "?", description = "" } end

local function entry_of(workload, vm) return results[workload] and results[workload][vm] end

-- Why a run has no time: a short label for the tables, the message for the notes.
local function failure_label(entry)
  local message = entry.message or ""
  if entry.status == "timeout" then return "timeout" end
  if entry.status == "wrong" then return "wrong answer" end
  if string.find(message, "unexpected symbol", 1, true) or string.find(message, "syntax error", 1, true)
      or string.find(message, "expected near", 1, true) or string.find(message, "'=' expected", 1, true) then
    return "unsupported syntax"
  end
  local library = string.match(message, "global '(%a+)'")
  if library and (library == "string" or library == "io" or library == "os" or library == "utf8") then
    return "no " .. library .. " library"
  end
  local field = string.match(message, "field '([%w_]+)'")
  if field and string.find(message, "nil value", 1, true) then return "lacks " .. field end
  return "error"
end

local function seconds_of(workload, vm)
  local entry = entry_of(workload, vm)
  if entry and entry.status == "ok" then return median(entry.wall) end
  return nil
end

local function ratio_of(workload, vm)
  local base, time = seconds_of(workload, REFERENCE), seconds_of(workload, vm)
  if base and time and base > 0 then return time / base end
  return nil
end

local function geometric_mean(vm)
  local sum, count = 0, 0
  for _, workload in ipairs(workloads) do
    local ratio = ratio_of(workload.name, vm)
    if ratio and ratio > 0 then sum, count = sum + math.log(ratio), count + 1 end
  end
  if count == 0 then return nil, 0 end
  return math.exp(sum / count), count
end

local function cell(workload, vm, value, format)
  if value then return string.format(format, value) end
  local entry = entry_of(workload, vm)
  if not entry or entry.status == "ok" then return "–" end
  return failure_label(entry)
end

-- RESULTS.md ---------------------------------------------------------------------------------
local out = {}
local function emit(...) out[#out + 1] = table.concat({ ... }) end
local quick = meta.mode == "quick"
local precision = quick and "%.3f" or "%.2f"

emit("# Benchmark results", quick and " (quick mode: tiny sizes, one run — not a measurement)" or "")
emit("")
emit("Measured ", meta.date, " at commit `", meta.commit, "` by `bench/run.sh", quick and " --quick" or "",
  "`, ", meta.rounds, " run(s) per workload and VM. Machine: ", meta.cpu,
  ". Load average (1, 5, 15 min) at the start: ", meta.load_start, "; at the end: ", meta.load_end, ".")
emit("")
emit("| VM | version |")
emit("| --- | --- |")
for _, vm in ipairs(vms) do emit("| ", vm, " | ", meta["vm." .. vm] or "", " |") end
emit("")
emit("## Summary")
emit("")
emit("Geometric mean of the time ratios to C Lua 5.4 (below 1 is faster than C Lua), over the")
emit("workloads each VM ran correctly:")
emit("")
emit("| VM | geometric mean ratio | workloads |")
emit("| --- | ---: | ---: |")
for _, vm in ipairs(others) do
  local mean, count = geometric_mean(vm)
  emit("| ", vm, " | ", mean and string.format("%.2f", mean) or "–", " | ", count, " of ", #workloads, " |")
end
emit("")
emit("![Time ratio to C Lua 5.4 per workload, log scale](", chart_link, ")")
emit("")

emit("## Seconds")
emit("")
emit("Median wall-clock time of the whole process (start-up included), in seconds.")
emit("")
local header, rule = { "| workload | size |" }, { "| --- | ---: |" }
for _, vm in ipairs(vms) do header[#header + 1] = " " .. vm .. " |"; rule[#rule + 1] = " ---: |" end
emit(table.concat(header)); emit(table.concat(rule))
for _, workload in ipairs(workloads) do
  local row = { "| ", workload.name, " | ", workload.size, " |" }
  for _, vm in ipairs(vms) do row[#row + 1] = " " .. cell(workload.name, vm, seconds_of(workload.name, vm), precision) .. " |" end
  emit(table.concat(row))
end
emit("")

emit("## Ratio to C Lua 5.4")
emit("")
emit("Median time divided by lua5.4's median time on the same workload: below 1 is faster.")
emit("")
header, rule = { "| workload |" }, { "| --- |" }
for _, vm in ipairs(others) do header[#header + 1] = " " .. vm .. " |"; rule[#rule + 1] = " ---: |" end
emit(table.concat(header)); emit(table.concat(rule))
for _, workload in ipairs(workloads) do
  local row = { "| ", workload.name, " |" }
  for _, vm in ipairs(others) do row[#row + 1] = " " .. cell(workload.name, vm, ratio_of(workload.name, vm), "%.2f") .. " |" end
  emit(table.concat(row))
end
local row = { "| **geometric mean** |" }
for _, vm in ipairs(others) do
  local mean = geometric_mean(vm)
  row[#row + 1] = " **" .. (mean and string.format("%.2f", mean) or "–") .. "** |"
end
emit(table.concat(row))
emit("")

local has_inprocess = false
for _, workload in ipairs(workloads) do if entry_of(workload.name, INPROCESS) then has_inprocess = true end end
if has_inprocess then
  emit("## Crescent in-process, after warm-up (JDK 25)")
  emit("")
  emit("The same script run ", meta.warmups, " time(s) unmeasured and then ", meta.rounds,
    " time(s) measured inside one JVM,")
  emit("each run in a fresh Lua state: the median CPU time of the running thread, its ratio to lua5.4's CPU time (user + system) for the whole process,")
  emit("the difference from Crescent's whole-process wall time (JVM start-up, class loading and")
  emit("JIT warm-up, plus GC and compiler threads' work), and the heap bytes the thread allocated")
  emit("per run (ThreadMXBean).")
  emit("")
  emit("| workload | in-process CPU s | ratio to lua5.4 CPU | whole process s | difference s | allocated per run |")
  emit("| --- | ---: | ---: | ---: | ---: | ---: |")
  for _, workload in ipairs(workloads) do
    local entry = entry_of(workload.name, INPROCESS)
    if entry then
      if entry.status == "ok" then
        local cpu = median(entry.cpu)
        local reference = entry_of(workload.name, REFERENCE)
        local lua_cpu = reference and reference.status == "ok" and median(reference.cpu)
        local whole = seconds_of(workload.name, "crescent-jdk25")
        local allocated = median(entry.allocated) or 0
        local allocated_text
        if allocated >= 1e9 then allocated_text = string.format("%.2f GB", allocated / 1e9)
        elseif allocated >= 1e6 then allocated_text = string.format("%.1f MB", allocated / 1e6)
        else allocated_text = string.format("%.0f kB", allocated / 1e3) end
        emit("| ", workload.name, " | ", string.format(precision, cpu), " | ",
          lua_cpu and lua_cpu > 0 and string.format("%.2f", cpu / lua_cpu) or "–", " | ",
          whole and string.format(precision, whole) or "–", " | ",
          whole and string.format(precision, whole - cpu) or "–", " | ", allocated_text, " |")
      else
        emit("| ", workload.name, " | ", failure_label(entry), " | | | | |")
      end
    end
  end
  emit("")
end

emit("## Peak resident memory")
emit("")
emit("Maximum resident set size of the whole process (`/usr/bin/time -f %M`), median over runs, in MB.")
emit("")
header, rule = { "| workload |" }, { "| --- |" }
for _, vm in ipairs(vms) do header[#header + 1] = " " .. vm .. " |"; rule[#rule + 1] = " ---: |" end
emit(table.concat(header)); emit(table.concat(rule))
for _, workload in ipairs(workloads) do
  row = { "| ", workload.name, " |" }
  for _, vm in ipairs(vms) do
    local entry = entry_of(workload.name, vm)
    local rss = entry and entry.status == "ok" and median(entry.rss)
    row[#row + 1] = " " .. cell(workload.name, vm, rss and rss / 1024, "%.0f") .. " |"
  end
  emit(table.concat(row))
end
emit("")

local failures = {}
for _, workload in ipairs(workloads) do
  for _, vm in ipairs(vms) do
    local entry = entry_of(workload.name, vm)
    if entry and entry.status ~= "ok" then
      failures[#failures + 1] = string.format("- %s on %s: %s — `%s`", workload.name, vm, failure_label(entry),
        (string.gsub(entry.message or "", "`", "'")))
    end
  end
end
emit("## Runs without a time")
emit("")
if #failures == 0 then
  emit("None: every VM printed C Lua's output on every workload.")
else
  emit("A run whose output differs from lua5.4's is not timed. The first line of each error:")
  emit("")
  for _, line in ipairs(failures) do emit(line) end
end
emit("")

emit("## How the times were taken")
emit("")
emit("- Each workload is a Lua script in `bench/` that prints a checksum; `bench/workloads.list` gives")
emit("  its size (`arg[1]`). lua5.4 runs first and its output is the expected output: every other VM")
emit("  must print exactly the same bytes, or its run is reported (wrong answer, error, missing")
emit("  feature, timeout) and not timed.")
emit("- Whole-process times: `/usr/bin/time` around each command, wall clock (`%e`), so JVM start-up")
emit("  and JIT warm-up are included for Crescent and LuaJ. In each round every VM runs once, in turn,")
emit("  so that changes in the machine's load spread over all of them; the table shows the median.")
emit("- Crescent runs as `java -Xss16m -jar crescent.jar script size` with the JVM's default flags")
emit("  (G1, heap sized by the JVM); LuaJ as `java -cp luaj-jse-3.0.1.jar lua script size` on the")
emit("  same JDK 25, default flags; LuaJIT as `luajit` and `luajit -joff`.")
emit("- In-process (Crescent only): `org.crescent.bench.InProcessTimer` (test sources) runs the script")
emit("  in a fresh Lua state per run inside one JVM, after the warm-up runs.")
emit("- The machine has ", string.match(meta.cpu or "", "%((%d+) cores%)") or "?",
  " cores; other work on it disturbs wall-clock times: see the load averages above.")
emit("")

emit("## Workloads")
emit("")
emit("| workload | size | what it exercises |")
emit("| --- | ---: | --- |")
for _, workload in ipairs(workloads) do
  emit("| ", workload.name, " | ", workload.size, " | ", workload.description, " |")
end
emit("")

local file = assert(io.open(results_path, "w"))
file:write(table.concat(out, "\n"))
file:close()

-- SVG chart: per workload, one bar per VM from 1x to its ratio, on a log2 scale ---------------
local series = {}
for _, vm in ipairs(others) do series[#series + 1] = vm end
local rows = { { name = "geometric mean", mean = true } }
for _, workload in ipairs(workloads) do rows[#rows + 1] = { name = workload.name } end

local smallest, largest = 1, 1
local function ratio_for(row, vm)
  if row.mean then return (geometric_mean(vm)) end
  return ratio_of(row.name, vm)
end
for _, row_entry in ipairs(rows) do
  for _, vm in ipairs(series) do
    local ratio = ratio_for(row_entry, vm)
    if ratio then smallest, largest = math.min(smallest, ratio), math.max(largest, ratio) end
  end
end
local low = math.max(-7, math.floor(math.log(smallest, 2)))
local high = math.min(7, math.ceil(math.log(largest, 2)))
if high - low < 2 then low, high = low - 1, high + 1 end

local label_width, plot_width, margin = 170, 620, 20
local bar_height, gap = 7, 10
local group_height = #series * bar_height + gap
local top = 70
local height = top + #rows * group_height + 40
local width = label_width + plot_width + margin * 2
local function x_of(ratio)
  local exponent = math.log(ratio, 2)
  exponent = math.max(low, math.min(high, exponent))
  return label_width + margin + (exponent - low) / (high - low) * plot_width
end

local svg = {}
local function draw(...) svg[#svg + 1] = table.concat({ ... }) end
local function escape(text) return (string.gsub(text, "[<>&]", { ["<"] = "&lt;", [">"] = "&gt;", ["&"] = "&amp;" })) end
draw('<svg xmlns="http://www.w3.org/2000/svg" width="', width, '" height="', height,
  '" font-family="sans-serif" font-size="11">')
draw('<rect width="100%" height="100%" fill="white"/>')
draw('<text x="', margin, '" y="18" font-size="14" font-weight="bold">Time relative to C Lua 5.4 (log scale; left of 1× is faster)</text>')
draw('<text x="', margin, '" y="34" fill="#555">', escape(meta.date or ""), ", commit ", escape(meta.commit or ""),
  quick and " — quick mode, not a measurement" or "", '</text>')
local legend_x = margin
for _, vm in ipairs(series) do
  draw('<rect x="', legend_x, '" y="44" width="12" height="10" fill="', COLORS[vm] or "#888", '"/>')
  draw('<text x="', legend_x + 16, '" y="53">', escape(vm), '</text>')
  legend_x = legend_x + 30 + #vm * 7
end
for exponent = low, high do
  local x = x_of(2 ^ exponent)
  local text = exponent >= 0 and string.format("%d×", math.floor(2 ^ exponent)) or string.format("1/%d×", math.floor(2 ^ -exponent))
  draw('<line x1="', x, '" y1="', top - 6, '" x2="', x, '" y2="', height - 30, '" stroke="', exponent == 0 and "#000" or "#ddd", '"/>')
  draw('<text x="', x, '" y="', height - 16, '" text-anchor="middle">', text, '</text>')
end
for index, row_entry in ipairs(rows) do
  local y = top + (index - 1) * group_height
  draw('<text x="', label_width + margin - 6, '" y="', y + group_height / 2, '" text-anchor="end"',
    row_entry.mean and ' font-weight="bold"' or "", '>', escape(row_entry.name), '</text>')
  for position, vm in ipairs(series) do
    local bar_y = y + (position - 1) * bar_height
    local ratio = ratio_for(row_entry, vm)
    if ratio then
      local x1, x2 = x_of(1), x_of(ratio)
      draw('<rect x="', string.format("%.1f", math.min(x1, x2)), '" y="', bar_y, '" width="',
        string.format("%.1f", math.max(1, math.abs(x2 - x1))), '" height="', bar_height - 1, '" fill="',
        COLORS[vm] or "#888", '"><title>', escape(vm), ": ", string.format("%.2f", ratio), '</title></rect>')
    elseif not row_entry.mean then
      local entry = entry_of(row_entry.name, vm)
      if entry and entry.status ~= "ok" then
        draw('<text x="', x_of(1) + 3, '" y="', bar_y + bar_height - 1, '" font-size="7" fill="#999">',
          escape(vm), ': ', escape(failure_label(entry)), '</text>')
      end
    end
  end
end
draw('</svg>')
file = assert(io.open(svg_path, "w"))
file:write(table.concat(svg, "\n"), "\n")
file:close()
