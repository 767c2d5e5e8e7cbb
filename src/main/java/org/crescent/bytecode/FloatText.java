package org.crescent.bytecode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's {@code printf("%.14g")} for doubles (Lua's LUA_NUMBER_FMT), as luac prints float
 * constants. Rounds the exact binary value to 14 significant digits, half to even, as glibc
 * does, then picks fixed or exponent notation and drops trailing zeros by %g's rules.
 */
final class FloatText {
    private static final int PRECISION = 14;
    private static final MathContext ROUNDING = new MathContext(PRECISION, RoundingMode.HALF_EVEN);

    private FloatText() {}

    static String format(double value) {
        if (Double.isNaN(value)) {
            return (Double.doubleToRawLongBits(value) < 0) ? "-nan" : "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING);
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        digits = stripTrailingZeros(digits);
        StringBuilder text = new StringBuilder();
        if (value < 0) text.append('-');
        if (exponent < -4 || exponent >= PRECISION) {
            text.append(digits.charAt(0));
            if (digits.length() > 1) text.append('.').append(digits, 1, digits.length());
            text.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) text.append('0');
            text.append(magnitude);
        } else if (exponent < 0) {
            text.append("0.");
            for (int i = -1; i > exponent; i--) text.append('0');
            text.append(digits);
        } else if (digits.length() <= exponent + 1) {
            text.append(digits);
            for (int i = digits.length(); i <= exponent; i++) text.append('0');
        } else {
            text.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
        }
        return text.toString();
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        return digits.substring(0, end);
    }
}
