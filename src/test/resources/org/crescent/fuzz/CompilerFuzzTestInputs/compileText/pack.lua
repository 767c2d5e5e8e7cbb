local p = string.pack("<i4 d s1 z", -2, 0.5, "abc", "zero")
print(#p, string.unpack("<i4 d s1 z", p))
print(string.packsize("i8 h b"), pcall(string.pack, "i17", 1))
print(string.unpack(">I2", "\1\2"), string.pack("j", math.mininteger):byte(1, -1))
