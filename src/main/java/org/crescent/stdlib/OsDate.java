package org.crescent.stdlib;

import java.io.ByteArrayOutputStream;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaString;

/**
 * os.date's formatting: C Lua 5.4.4's check of conversion specifiers (the C99 list of
 * loslib.c) and glibc's strftime in the C locale for each of them, including glibc's
 * arithmetic on int fields for years near the ends of the int range. The E and O modifiers
 * select no alternative forms in the C locale.
 */
final class OsDate {
    /** loslib.c's L_STRFTIMEC99: one-character options, then two-character ones. */
    private static final String SINGLE_OPTIONS = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";
    private static final String[] DOUBLE_OPTIONS = {
        "Ec", "EC", "Ex", "EX", "Ey", "EY",
        "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy",
    };
    private static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private OsDate() {}

    /**
     * Formats {@code format[start, format.length)}: plain bytes are copied, each conversion is
     * checked (a bad one raises C Lua's argument error) and expanded.
     */
    static LuaString format(LuaThread thread, byte[] format, int start, CalendarTime time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(16, format.length * 2));
        int index = start;
        while (index < format.length) {
            byte b = format[index];
            if (b != '%') {
                out.write(b);
                index++;
                continue;
            }
            index++;
            int length = optionLength(format, index);
            if (length == 0) {
                throw thread.argumentError(1, "invalid conversion specifier '%" + cText(format, index) + "'");
            }
            char conversion = (char) format[index + length - 1];
            expand(out, conversion, time);
            index += length;
        }
        return LuaString.wrap(out.toByteArray());
    }

    /** checkoption: the length of the valid specifier at {@code index}, or 0. */
    private static int optionLength(byte[] format, int index) {
        int available = format.length - index;
        if (available >= 1 && SINGLE_OPTIONS.indexOf(format[index]) >= 0 && format[index] != 0) {
            return 1;
        }
        if (available >= 2) {
            for (String option : DOUBLE_OPTIONS) {
                if (format[index] == option.charAt(0) && format[index + 1] == option.charAt(1)) {
                    return 2;
                }
            }
        }
        return 0;
    }

    /** The bytes from {@code index} to the first zero, as C's "%s" prints the rest of the format. */
    private static String cText(byte[] format, int index) {
        int end = index;
        while (end < format.length && format[end] != 0) {
            end++;
        }
        return Errors.latin(LuaString.copyOf(format, index, end - index));
    }

    private static void expand(ByteArrayOutputStream out, char conversion, CalendarTime time) {
        switch (conversion) {
            case 'a': text(out, name(WEEKDAYS, time.weekDay, true)); break;
            case 'A': text(out, name(WEEKDAYS, time.weekDay, false)); break;
            case 'b': case 'h': text(out, name(MONTHS, time.month, true)); break;
            case 'B': text(out, name(MONTHS, time.month, false)); break;
            case 'c': subformat(out, "a b e H:M:S Y", time); break;
            case 'C': {
                int year = time.year + 1900;
                number(out, 1, year / 100 - (year % 100 < 0 ? 1 : 0), '0');
                break;
            }
            case 'd': number(out, 2, time.day, '0'); break;
            case 'D': case 'x': subformat(out, "m/d/y", time); break;
            case 'e': number(out, 2, time.day, ' '); break;
            case 'F': subformat(out, "Y-m-d", time); break;
            case 'g': case 'G': case 'V': isoWeek(out, conversion, time); break;
            case 'H': number(out, 2, time.hour, '0'); break;
            case 'I': number(out, 2, hour12(time), '0'); break;
            case 'j': number(out, 3, time.yearDay + 1, '0'); break;
            case 'm': number(out, 2, time.month + 1, '0'); break;
            case 'M': number(out, 2, time.minute, '0'); break;
            case 'n': out.write('\n'); break;
            case 'p': text(out, time.hour > 11 ? "PM" : "AM"); break;
            case 'r': subformat(out, "I:M:S p", time); break;
            case 'R': subformat(out, "H:M", time); break;
            case 'S': number(out, 2, time.second, '0'); break;
            case 't': out.write('\t'); break;
            case 'T': case 'X': subformat(out, "H:M:S", time); break;
            case 'u': number(out, 1, (time.weekDay - 1 + 7) % 7 + 1, '0'); break;
            case 'U': number(out, 2, (time.yearDay - time.weekDay + 7) / 7, '0'); break;
            case 'w': number(out, 1, time.weekDay, '0'); break;
            case 'W': number(out, 2, (time.yearDay - (time.weekDay - 1 + 7) % 7 + 7) / 7, '0'); break;
            case 'y': number(out, 2, (time.year % 100 + 100) % 100, '0'); break;
            case 'Y': number(out, 1, time.year + 1900, '0'); break;
            case 'z': zoneOffset(out, time); break;
            case 'Z': text(out, time.zone == null ? "" : time.zone); break;
            default: out.write('%'); break;
        }
    }

    /** A C-locale composite format, written without '%': each letter is a conversion, other characters literal. */
    private static void subformat(ByteArrayOutputStream out, String pattern, CalendarTime time) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.isLetter(c)) {
                expand(out, c, time);
            } else {
                out.write(c);
            }
        }
    }

    private static int hour12(CalendarTime time) {
        int hour = time.hour;
        return hour > 12 ? hour - 12 : hour == 0 ? 12 : hour;
    }

    private static String name(String[] names, int index, boolean abbreviated) {
        if (index < 0 || index >= names.length) {
            return "?";
        }
        return abbreviated ? names[index].substring(0, 3) : names[index];
    }

    private static void text(ByteArrayOutputStream out, String text) {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }

    /** glibc's DO_NUMBER: at least {@code digits} characters, padded with zeros after the sign, or spaces. */
    private static void number(ByteArrayOutputStream out, int digits, int value, char pad) {
        boolean negative = value < 0;
        String magnitude = Long.toString(Math.abs((long) value));
        int padding = digits - magnitude.length() - (negative ? 1 : 0);
        if (pad == ' ') {
            for (int i = 0; i < padding; i++) {
                out.write(' ');
            }
        }
        if (negative) {
            out.write('-');
        }
        if (pad == '0') {
            for (int i = 0; i < padding; i++) {
                out.write('0');
            }
        }
        text(out, magnitude);
    }

    /** %G, %g, %V: the ISO 8601 week-based year and week, computed on C ints as glibc does. */
    private static void isoWeek(ByteArrayOutputStream out, char conversion, CalendarTime time) {
        int year = time.year + 1900;
        int days = isoWeekDays(time.yearDay, time.weekDay);
        if (days < 0) {
            year--;
            days = isoWeekDays(time.yearDay + (365 + (isLeap(year) ? 1 : 0)), time.weekDay);
        } else {
            int next = isoWeekDays(time.yearDay - (365 + (isLeap(year) ? 1 : 0)), time.weekDay);
            if (next >= 0) {
                year++;
                days = next;
            }
        }
        if (conversion == 'g') {
            number(out, 2, (year % 100 + 100) % 100, '0');
        } else if (conversion == 'G') {
            number(out, 1, year, '0');
        } else {
            number(out, 2, days / 7 + 1, '0');
        }
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * Days since the Monday starting the ISO week-based year that contains the day
     * {@code yearDay} (weekday {@code weekDay}); negative when the day belongs to the previous year.
     */
    private static int isoWeekDays(int yearDay, int weekDay) {
        final int thursday = 4;
        final int monday = 1;
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yearDay - (yearDay - weekDay + thursday + bigEnoughMultipleOf7) % 7 + thursday - monday;
    }

    private static void zoneOffset(ByteArrayOutputStream out, CalendarTime time) {
        if (time.isDst < 0) {
            return;
        }
        int difference = time.offset;
        if (difference < 0) {
            out.write('-');
            difference = -difference;
        } else {
            out.write('+');
        }
        difference /= 60;
        number(out, 4, difference / 60 * 100 + difference % 60, '0');
    }
}
