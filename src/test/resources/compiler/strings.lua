local a, b = ...
local r
r = a .. b
r = a .. b .. "c"
r = "x" .. a .. "y" .. b
r = (a .. b) .. a
r = a .. (b .. a)
r = a .. 1
r = 1 .. 2
r = "esc\n\t\r\a\b\f\v\\\"\0\1\127\200\255"
r = 'single'
r = [[long
string]]
r = a.short_key
r = a.this_is_a_rather_long_key_with_more_than_forty_characters
a.this_is_a_rather_long_key_with_more_than_forty_characters = 1
r = a:this_is_a_rather_long_key_with_more_than_forty_characters()
r = "" .. a
r = #"hello"
r = a .. b .. a .. b .. a
