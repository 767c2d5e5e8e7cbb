-- A JSON encoder and decoder written in Lua: encode a document of records (strings with
-- escapes, numbers, booleans, nested arrays and objects with sorted keys) with string.format,
-- gsub and table.concat, decode it back by recursive descent with string.byte, string.find
-- and string.sub, and check that re-encoding gives the same text.
local n = tonumber(arg and arg[1]) or 200

local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t',
                  ['\b'] = '\\b', ['\f'] = '\\f' }

local function escape_character(character)
  return escapes[character] or string.format("\\u%04x", string.byte(character))
end

local encode_value

local function encode_table(value, out)
  if #value > 0 or next(value) == nil then
    out[#out + 1] = "["
    for i = 1, #value do
      if i > 1 then out[#out + 1] = "," end
      encode_value(value[i], out)
    end
    out[#out + 1] = "]"
    return
  end
  local keys = {}
  for key in pairs(value) do keys[#keys + 1] = key end
  table.sort(keys)
  out[#out + 1] = "{"
  for i = 1, #keys do
    if i > 1 then out[#out + 1] = "," end
    encode_value(keys[i], out)
    out[#out + 1] = ":"
    encode_value(value[keys[i]], out)
  end
  out[#out + 1] = "}"
end

function encode_value(value, out)
  local kind = type(value)
  if kind == "string" then
    out[#out + 1] = '"' .. (string.gsub(value, '[%c"\\]', escape_character)) .. '"'
  elseif kind == "number" then
    out[#out + 1] = string.format("%.14g", value)
  elseif kind == "boolean" then
    out[#out + 1] = value and "true" or "false"
  elseif kind == "table" then
    encode_table(value, out)
  else
    out[#out + 1] = "null"
  end
end

local function encode(value)
  local out = {}
  encode_value(value, out)
  return table.concat(out)
end

local QUOTE, BACKSLASH, OPEN_BRACKET, OPEN_BRACE = 34, 92, 91, 123
local COMMA, CLOSE_BRACKET, CLOSE_BRACE = 44, 93, 125
local unescapes = { b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ['\\'] = "\\", ['/'] = "/" }

local decode_value

local function skip_space(text, position)
  local _, last = string.find(text, "^[ \n\r\t]*", position)
  return last + 1
end

local function decode_string(text, position)
  local pieces, start = {}, position + 1
  while true do
    local special = string.find(text, '["\\]', start)
    if not special then error("unterminated string at " .. position) end
    pieces[#pieces + 1] = string.sub(text, start, special - 1)
    if string.byte(text, special) == QUOTE then
      return table.concat(pieces), special + 1
    end
    local letter = string.sub(text, special + 1, special + 1)
    if letter == "u" then
      pieces[#pieces + 1] = string.char(tonumber(string.sub(text, special + 2, special + 5), 16))
      start = special + 6
    else
      pieces[#pieces + 1] = unescapes[letter]
      start = special + 2
    end
  end
end

local function decode_array(text, position)
  local array = {}
  position = skip_space(text, position + 1)
  if string.byte(text, position) == CLOSE_BRACKET then return array, position + 1 end
  while true do
    local value
    value, position = decode_value(text, position)
    array[#array + 1] = value
    position = skip_space(text, position)
    local byte = string.byte(text, position)
    if byte == CLOSE_BRACKET then return array, position + 1 end
    if byte ~= COMMA then error("expected ',' or ']' at " .. position) end
    position = skip_space(text, position + 1)
  end
end

local function decode_object(text, position)
  local object = {}
  position = skip_space(text, position + 1)
  if string.byte(text, position) == CLOSE_BRACE then return object, position + 1 end
  while true do
    local key, value
    key, position = decode_string(text, position)
    position = skip_space(text, position)
    if string.sub(text, position, position) ~= ":" then error("expected ':' at " .. position) end
    value, position = decode_value(text, skip_space(text, position + 1))
    object[key] = value
    position = skip_space(text, position)
    local byte = string.byte(text, position)
    if byte == CLOSE_BRACE then return object, position + 1 end
    if byte ~= COMMA then error("expected ',' or '}' at " .. position) end
    position = skip_space(text, position + 1)
  end
end

function decode_value(text, position)
  local byte = string.byte(text, position)
  if byte == QUOTE then return decode_string(text, position) end
  if byte == OPEN_BRACE then return decode_object(text, position) end
  if byte == OPEN_BRACKET then return decode_array(text, position) end
  if string.sub(text, position, position + 3) == "true" then return true, position + 4 end
  if string.sub(text, position, position + 4) == "false" then return false, position + 5 end
  if string.sub(text, position, position + 3) == "null" then return nil, position + 4 end
  local first, last = string.find(text, "^-?%d+%.?%d*[eE]?[-+]?%d*", position)
  if not first then error("unexpected character at " .. position) end
  return tonumber(string.sub(text, first, last)), last + 1
end

local function decode(text)
  local value, position = decode_value(text, skip_space(text, 1))
  return value, position
end

local records = {}
for i = 1, 200 do
  records[i] = {
    id = i,
    name = "item " .. i,
    note = (i % 5 == 0) and 'line one\nline "two"\t\\ end' or "plain",
    price = i * 0.25,
    active = i % 2 == 0,
    tags = { "t" .. (i % 7), "t" .. (i % 11) },
    size = { width = i % 13, height = i % 17, depth = -i },
  }
end
local document = { version = 3, records = records, empty = {} }

local checksum = 0
for _ = 1, n do
  local text = encode(document)
  local decoded = decode(text)
  if encode(decoded) ~= text then error("round trip changed the text") end
  local ids, prices = 0, 0
  for _, record in ipairs(decoded.records) do
    ids = ids + record.id + #record.note + record.size.depth
    prices = prices + record.price
  end
  checksum = checksum + #text + ids + math.floor(prices * 4)
end
print(checksum)
