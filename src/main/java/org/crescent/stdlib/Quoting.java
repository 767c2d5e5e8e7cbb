package org.crescent.stdlib;

import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaStringBuilder;
import org.crescent.runtime.Tag;

/**
 * {@code string.format("%q", v)}: a literal that reads back as the same value (lstrlib.c's
 * addliteral and addquoted). Strings are quoted with '"', '\\' and newline escaped by a
 * backslash and other control characters as decimal escapes (three digits when a digit
 * follows); integers in decimal (the minimum integer in hexadecimal, since its decimal form
 * would read back as a float); floats as hexadecimal floats; nil and booleans as their names.
 * Stateless.
 */
final class Quoting {
    private Quoting() {}

    static void addLiteral(StringFormat format, LuaStringBuilder out, StringFormat.Arguments arguments, int argument) {
        switch (arguments.tag(argument)) {
            case Tag.STRING:
                addQuoted(out, arguments.stringValue(argument));
                break;
            case Tag.INTEGER: {
                long value = arguments.integerValue(argument);
                if (value == Long.MIN_VALUE) {
                    out.appendAscii("0x8000000000000000");
                } else {
                    StringFormat.appendInteger(out, value);
                }
                break;
            }
            case Tag.FLOAT:
                format.appendQuotedFloat(out, arguments.floatValue(argument));
                break;
            case Tag.NIL: case Tag.FALSE: case Tag.TRUE:
                out.append(arguments.toLuaString(argument));
                break;
            default:
                throw LibraryError.argumentError(argument, "value has no literal form");
        }
    }

    /** A string between double quotes, escaped so that the Lua lexer reads back its bytes. */
    static void addQuoted(LuaStringBuilder out, LuaString text) {
        byte[] bytes = text.bytes();
        int length = text.length();
        out.append('"');
        for (int i = 0; i < length; i++) {
            int c = bytes[i] & 0xFF;
            if (c == '"' || c == '\\' || c == '\n') {
                out.append('\\').append(c);
            } else if (c < 32 || c == 127) {  // iscntrl in the "C" locale
                boolean digitFollows = i + 1 < length && bytes[i + 1] >= '0' && bytes[i + 1] <= '9';
                out.append('\\');
                if (digitFollows) {
                    out.append('0' + c / 100).append('0' + c / 10 % 10).append('0' + c % 10);
                } else {
                    StringFormat.appendInteger(out, c);
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
