-- Generates, for each chunk below, the line of the runtime error lua5.4 raises when running
-- it, for the parser's line-attribution test (org.crescent.parser.LineAttributionTest).
-- Each chunk has exactly one node of the kind named by its selector, and the error comes
-- from that node, so its line attribute must equal the line C Lua reports. Regenerate with:
--   lua5.4 scripts/error-lines.lua > src/test/resources/org/crescent/parser/error-lines.txt
-- Output lines: selector TAB source (with \n escaped) TAB line.

local cases = {
  {"call", "a\n(\n23)\n"},
  {"call", "local a = {x = 13}\na\n.\nx\n(\n23\n)"},
  {"call", "local x = {}\nx\n:\ny\n(\n)"},
  {"call", "f\n'x'"},
  {"call", "f\n{\n}"},
  {"call", "local t = {}\nt\n.\nx\n[[\nlong]]"},
  {"methodname", "local t\nt\n:\nm\n()"},
  {"binary:+", "a = \na\n+\n{}"},
  {"binary:/", "a = \n3\n+\n(\n4\n/\nprint)"},
  {"binary:+", "a = \nprint\n+\n(\n4\n/\n7)"},
  {"binary:..", "x = 1\n..\n{}"},
  {"binary:&", "x = 1 &\n1.5"},
  {"binary:<<", "x = {}\n<<\n1"},
  {"binary:^", "x = 2\n^\n{}"},
  {"binary.end:<", "x = 1\n<\n{\n}"},
  {"binary.end:<=", "x = {} <=\n\n1"},
  {"binary.end:>", "x = 1\n>\n(\n{}\n)"},
  {"unary:-", "a\n=\n-\n\nprint\n;"},
  {"unary:#", "x = #\n\n5"},
  {"unary:~", "x = ~\n1.5"},
  {"numericfor.do", "local a\n for i=1,'a' do \n print(i) \n end"},
  {"numericfor.do", "for i=1,'a'\ndo\nend"},
  {"numericfor.do", "for i=1,\n2, 'x'\n\ndo\nend"},
  {"genericfor.values", "\n local a \n for k,v in 3 \n do \n print(k) \n end"},
  {"genericfor.values", "\n\n for k,v in \n 3 \n do \n print(k) \n end"},
  {"index", "local t\nx = t\n.\nfoo"},
  {"index", "local t\nx = t\n[\n1\n]"},
}

for _, case in ipairs(cases) do
  local ok, message = pcall(load(case[2]))
  assert(not ok, case[2])
  local line = assert(tonumber(message:match(":(%d+):")), message)
  io.write(case[1], "\t", (case[2]:gsub("\n", "\\n")), "\t", line, "\n")
end
