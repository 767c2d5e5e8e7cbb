package org.crescent.stdlib;

import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaStringBuilder;
import org.crescent.runtime.Tag;

/**
 * The engine of {@code string.format}, as lstrlib.c's str_format with glibc's printf
 * underneath: every conversion C Lua 5.4 accepts ({@code %d %i %u %c %x %X %o %e %E %f %g
 * %G %a %A %q %s %p %%}), C Lua's validation of each specification (flags allowed per
 * conversion, at most two digits of width and of precision) with its error messages, and
 * glibc's output byte for byte. Arguments are read through {@link Arguments}, which the
 * library implements over its value stack. An instance holds scratch buffers and keeps no
 * state between calls: keep one per Lua state. A call made while it is already formatting
 * (a {@code __tostring} reached through {@code %s} that formats again) runs on a fresh
 * instance, so reentrancy is safe.
 */
public final class StringFormat {
    /** C Lua's MAX_FORMAT: a specification of 22 or more characters is "too long". */
    private static final int MAX_SPECIFICATION = 32 - 10;
    private static final String FLAGS_FLOAT = "-+#0 ";
    private static final String FLAGS_HEX = "-#0";
    private static final String FLAGS_SIGNED = "-+0 ";
    private static final String FLAGS_UNSIGNED = "-0";
    private static final String FLAGS_CHARACTER = "-";
    /** getformat's span: every flag, the width and precision digits, and the point. */
    private static final String SPECIFICATION_CHARACTERS = FLAGS_FLOAT + "123456789.";

    /**
     * The arguments of one string.format call, numbered as in Lua: the format string is
     * argument 1, the first value argument 2. The check methods raise the library's usual
     * argument errors ("number expected, got string", "number has no integer
     * representation") themselves, with the function name the library chooses.
     */
    public interface Arguments {
        /** Index of the last argument ({@code lua_gettop}). */
        int top();

        /** The tag of an argument (see {@link Tag}); only called for indexes up to top(). */
        byte tag(int argument);

        /** {@code luaL_checkinteger}: an integer, a float with an integral value, or a numeral string. */
        long checkInteger(int argument);

        /** {@code luaL_checknumber}: a number or a numeral string, as a float. */
        double checkNumber(int argument);

        /** The integer of an argument whose tag is INTEGER. */
        long integerValue(int argument);

        /** The float of an argument whose tag is FLOAT. */
        double floatValue(int argument);

        /** The string of an argument whose tag is STRING. */
        LuaString stringValue(int argument);

        /** {@code luaL_tolstring}: any value as a string, honouring __tostring and __name. */
        LuaString toLuaString(int argument);

        /**
         * {@code lua_topointer} for {@code %p}: a nonzero identity for tables, functions,
         * threads, userdata and strings, 0 for other values (printed "(null)").
         */
        long pointer(int argument);
    }

    private final PrintfFloat floats = new PrintfFloat();
    private final byte[] digits = new byte[128];
    /** The current specification, with '%' first; read past its end as NUL, as C does. */
    private final byte[] specification = new byte[MAX_SPECIFICATION + 2];
    private int specificationLength;
    private int flags;
    private int width;
    private int precision;
    /** Set while a format call runs on this instance's scratch state. */
    private boolean busy;

    /** Formats as {@code string.format(format, ...)} and returns the result. */
    public LuaString format(LuaString format, Arguments arguments) {
        LuaStringBuilder out = new LuaStringBuilder(format.length() + 16);
        format(format, arguments, out);
        return out.toLuaString();
    }

    /** Formats as {@code string.format(format, ...)}, appending to {@code out}. */
    public void format(LuaString format, Arguments arguments, LuaStringBuilder out) {
        if (busy) {
            new StringFormat().format(format, arguments, out);
            return;
        }
        busy = true;
        try {
            formatItems(format, arguments, out);
        } finally {
            busy = false;
        }
    }

    private void formatItems(LuaString format, Arguments arguments, LuaStringBuilder out) {
        byte[] text = format.bytes();
        int end = format.length();
        int top = arguments.top();
        int argument = 1;
        int i = 0;
        while (i < end) {
            int c = text[i++];
            if (c != '%') {
                out.append(c);
            } else if (i < end && text[i] == '%') {
                out.append('%');
                i++;
            } else {
                if (++argument > top) throw LibraryError.argumentError(argument, "no value");
                i = readSpecification(text, i, end);
                convert(arguments, argument, out);
            }
        }
    }

    /**
     * getformat: copies '%', the span of flag, digit and point characters, and the
     * conversion character after it (NUL past the end of the string) into
     * {@link #specification}; returns the index after the conversion character.
     */
    private int readSpecification(byte[] text, int start, int end) {
        int span = 0;
        while (start + span < end && SPECIFICATION_CHARACTERS.indexOf(text[start + span]) >= 0 && text[start + span] != 0) {
            span++;
        }
        span++;  // the conversion character
        if (span >= MAX_SPECIFICATION) throw LibraryError.error("invalid format (too long)");
        specification[0] = '%';
        for (int k = 0; k < span; k++) {
            specification[k + 1] = start + k < end ? text[start + k] : 0;
        }
        specificationLength = span + 1;
        specification[specificationLength] = 0;
        return start + span;
    }

    private int conversion() {
        return specification[specificationLength - 1];
    }

    private void convert(Arguments arguments, int argument, LuaStringBuilder out) {
        int conversion = conversion();
        switch (conversion) {
            case 'c': {
                checkSpecification(FLAGS_CHARACTER, false);
                long value = arguments.checkInteger(argument);
                padBefore(out, 1);
                out.append((int) value);
                padAfter(out, 1);
                break;
            }
            case 'd': case 'i':
                integer(out, arguments.checkInteger(argument), FLAGS_SIGNED, conversion);
                break;
            case 'u':
                integer(out, arguments.checkInteger(argument), FLAGS_UNSIGNED, conversion);
                break;
            case 'o': case 'x': case 'X':
                integer(out, arguments.checkInteger(argument), FLAGS_HEX, conversion);
                break;
            case 'a': case 'A':
                checkSpecification(FLAGS_FLOAT, true);
                floats.format(out, arguments.checkNumber(argument), conversion, flags, width, precision);
                break;
            case 'f': case 'e': case 'E': case 'g': case 'G': {
                double value = arguments.checkNumber(argument);
                checkSpecification(FLAGS_FLOAT, true);
                floats.format(out, value, conversion, flags, width, precision);
                break;
            }
            case 'p': {
                long pointer = arguments.pointer(argument);
                checkSpecification(FLAGS_CHARACTER, false);
                if (pointer == 0) {
                    string(out, LuaString.of("(null)"));
                } else {
                    int count = unsignedDigits(pointer, 16, false);
                    padBefore(out, count + 2);
                    out.append('0').append('x').append(digits, 0, count);
                    padAfter(out, count + 2);
                }
                break;
            }
            case 'q':
                if (specificationLength > 2) throw LibraryError.error("specifier '%q' cannot have modifiers");
                Quoting.addLiteral(this, out, arguments, argument);
                break;
            case 's': {
                LuaString value = arguments.toLuaString(argument);
                if (specificationLength == 2) {
                    out.append(value);
                } else {
                    if (containsZero(value)) throw LibraryError.argumentError(argument, "string contains zeros");
                    checkSpecification(FLAGS_CHARACTER, true);
                    if (precision < 0 && value.length() >= 100) {
                        out.append(value);
                    } else {
                        string(out, value);
                    }
                }
                break;
            }
            default:
                throw LibraryError.error("invalid conversion '" + specificationText() + "' to 'format'");
        }
    }

    /** The specification as C prints it with %s: up to its first NUL. */
    private String specificationText() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < specificationLength && specification[k] != 0; k++) {
            text.append((char) (specification[k] & 0xFF));
        }
        return text.toString();
    }

    /**
     * checkformat: after '%', any of the allowed flags, then (unless a '0' follows) up to two
     * width digits and, if allowed, a point and up to two precision digits, then the
     * conversion letter. Records the parsed flags, width and precision.
     */
    private void checkSpecification(String allowedFlags, boolean allowPrecision) {
        int k = 1;
        flags = 0;
        width = -1;
        precision = -1;
        while (allowedFlags.indexOf(specification[k]) >= 0 && specification[k] != 0) {
            switch (specification[k]) {
                case '-': flags |= PrintfFloat.MINUS; break;
                case '+': flags |= PrintfFloat.PLUS; break;
                case ' ': flags |= PrintfFloat.SPACE; break;
                case '#': flags |= PrintfFloat.HASH; break;
                default: flags |= PrintfFloat.ZERO; break;
            }
            k++;
        }
        if (specification[k] != '0') {
            int start = k;
            k = skipTwoDigits(k);
            if (k > start) width = number(start, k);
            if (specification[k] == '.' && allowPrecision) {
                k++;
                start = k;
                k = skipTwoDigits(k);
                precision = k > start ? number(start, k) : 0;
            }
        }
        int letter = specification[k];
        if (!((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z'))) {
            throw LibraryError.error("invalid conversion specification: '" + specificationText() + "'");
        }
    }

    private int skipTwoDigits(int k) {
        if (isDigit(specification[k])) {
            k++;
            if (isDigit(specification[k])) k++;
        }
        return k;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private int number(int from, int to) {
        int value = 0;
        for (int k = from; k < to; k++) value = value * 10 + (specification[k] - '0');
        return value;
    }

    /** %d %i %u %o %x %X of a 64-bit integer, as glibc prints a long long. */
    private void integer(LuaStringBuilder out, long value, String allowedFlags, int conversion) {
        checkSpecification(allowedFlags, true);
        boolean signed = conversion == 'd' || conversion == 'i';
        boolean negative = signed && value < 0;
        int sign = negative ? '-' : !signed ? 0 : (flags & PrintfFloat.PLUS) != 0 ? '+'
                : (flags & PrintfFloat.SPACE) != 0 ? ' ' : 0;
        int base = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X') ? 16 : 10;
        int count = (precision == 0 && value == 0) ? 0
                : unsignedDigits(negative ? -value : value, base, conversion == 'X');
        int zeros = Math.max(precision - count, 0);
        if (conversion == 'o' && (flags & PrintfFloat.HASH) != 0 && zeros == 0 && (count == 0 || digits[0] != '0')) {
            zeros = 1;  // '#' makes the first octal digit a zero
        }
        boolean prefix = base == 16 && (flags & PrintfFloat.HASH) != 0 && value != 0;
        int length = (sign != 0 ? 1 : 0) + (prefix ? 2 : 0) + zeros + count;
        int padding = width - length;
        boolean zeroPad = (flags & PrintfFloat.ZERO) != 0 && (flags & PrintfFloat.MINUS) == 0 && precision < 0;
        if (padding > 0 && !zeroPad && (flags & PrintfFloat.MINUS) == 0) out.repeat(' ', padding);
        if (sign != 0) out.append(sign);
        if (prefix) out.append('0').append(conversion);
        if (padding > 0 && zeroPad) out.repeat('0', padding);
        out.repeat('0', zeros);
        out.append(digits, 0, count);
        if (padding > 0 && (flags & PrintfFloat.MINUS) != 0) out.repeat(' ', padding);
    }

    /** Writes the digits of {@code value} read as unsigned into {@link #digits}; returns their count. */
    private int unsignedDigits(long value, int base, boolean upper) {
        int count = 0;
        do {
            int digit = (int) Long.remainderUnsigned(value, base);
            digits[count++] = (byte) (digit < 10 ? '0' + digit : (upper ? 'A' : 'a') + digit - 10);
            value = Long.divideUnsigned(value, base);
        } while (value != 0);
        for (int a = 0, b = count - 1; a < b; a++, b--) {
            byte swap = digits[a];
            digits[a] = digits[b];
            digits[b] = swap;
        }
        return count;
    }

    /** %s with width and precision (bytes). */
    private void string(LuaStringBuilder out, LuaString value) {
        int count = precision >= 0 ? Math.min(precision, value.length()) : value.length();
        padBefore(out, count);
        out.append(value, 0, count);
        padAfter(out, count);
    }

    /** Spaces before {@code count} bytes of content right-aligned in the width. */
    private void padBefore(LuaStringBuilder out, int count) {
        if (width > count && (flags & PrintfFloat.MINUS) == 0) out.repeat(' ', width - count);
    }

    /** Spaces after {@code count} bytes of content left-aligned ('-') in the width. */
    private void padAfter(LuaStringBuilder out, int count) {
        if (width > count && (flags & PrintfFloat.MINUS) != 0) out.repeat(' ', width - count);
    }

    private static boolean containsZero(LuaString value) {
        byte[] bytes = value.bytes();
        for (int k = 0, n = value.length(); k < n; k++) {
            if (bytes[k] == 0) return true;
        }
        return false;
    }

    /** {@code %q} of a float: glibc's %a, or the fixed spellings of infinities and NaN. */
    void appendQuotedFloat(LuaStringBuilder out, double value) {
        if (value == Double.POSITIVE_INFINITY) {
            out.appendAscii("1e9999");
        } else if (value == Double.NEGATIVE_INFINITY) {
            out.appendAscii("-1e9999");
        } else if (value != value) {
            out.appendAscii("(0/0)");
        } else {
            floats.format(out, value, 'a', 0, -1, -1);
        }
    }

    /** {@code tostring} of an integer written straight into the builder. */
    static void appendInteger(LuaStringBuilder out, long value) {
        byte[] buffer = out.reserve(LuaNumbers.MAX_NUMBER_TEXT);
        int end = LuaNumbers.writeInteger(value, buffer, out.length());
        out.advance(end - out.length());
    }
}
