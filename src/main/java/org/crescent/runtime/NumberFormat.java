package org.crescent.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers to text as C Lua writes them: integers in decimal, floats with {@code "%.14g"} and a
 * ".0" suffix when the result would read as an integer. Invariant: output is byte-identical to
 * lua5.4's {@code tostring}.
 */
public final class NumberFormat {
    private static final LuaString[] SMALL_INTEGERS = new LuaString[256];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) {
            SMALL_INTEGERS[i] = LuaString.of(Integer.toString(i - 128));
        }
    }

    private NumberFormat() {}

    public static LuaString integerToString(long value) {
        if (value >= -128 && value < 128) {
            return SMALL_INTEGERS[(int) value + 128];
        }
        return LuaString.wrap(Long.toString(value).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    public static LuaString floatToString(double value) {
        String text = formatG(value, 14);
        if (looksLikeInteger(text)) {
            text = text + ".0";
        }
        return LuaString.wrap(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static boolean looksLikeInteger(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == '-' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** C's {@code %.<precision>g} for a double. */
    public static String formatG(double value, int precision) {
        if (Double.isNaN(value)) {
            return (Double.doubleToRawLongBits(value) < 0) ? "-nan" : "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        if (precision == 0) {
            precision = 1;
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String result;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String digits = stripZeros(mantissa.abs().setScale(precision - 1, RoundingMode.UNNECESSARY).toPlainString());
            String sign = rounded.signum() < 0 ? "-" : "";
            int absExponent = Math.abs(exponent);
            result = sign + digits + "e" + (exponent < 0 ? "-" : "+") + (absExponent < 10 ? "0" : "") + absExponent;
        } else {
            int scale = Math.max(precision - 1 - exponent, 0);
            result = stripZeros(rounded.setScale(scale, RoundingMode.UNNECESSARY).toPlainString());
        }
        return result;
    }

    private static String stripZeros(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }
}
