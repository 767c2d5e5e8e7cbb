package org.crescent.stdlib;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A broken-down time, C's {@code struct tm}: fields are C ints with C's meanings (year since
 * 1900, month 0-11, day of year from 0, weekday from Sunday = 0, isDst -1/0/1), plus the offset
 * from UTC and the zone's abbreviation. Conversions follow glibc: {@link #universal} is gmtime,
 * {@link #local} localtime, {@link #makeTime} mktime with its normalisation of out-of-range
 * fields. Invariant: a time whose year does not fit a C int has no broken-down form (null).
 */
final class CalendarTime {
    int year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
    int yearDay;
    int weekDay;
    int isDst;
    int offset;
    String zone;

    private static final long SECONDS_PER_DAY = 86400;
    private static final long MIN_INSTANT = Instant.MIN.getEpochSecond();
    private static final long MAX_INSTANT = Instant.MAX.getEpochSecond();

    /** gmtime: the UTC time of {@code time} (seconds since the epoch), or null. */
    static CalendarTime universal(long time) {
        CalendarTime result = split(time, 0);
        if (result != null) {
            result.isDst = 0;
            result.zone = "GMT";
        }
        return result;
    }

    /** localtime: the time in the default zone (the TZ variable or the system's), or null. */
    static CalendarTime local(long time) {
        ZoneRules rules = ZoneId.systemDefault().getRules();
        Instant instant = Instant.ofEpochSecond(clamp(time));
        ZoneOffset zoneOffset = rules.getOffset(instant);
        CalendarTime result = split(time, zoneOffset.getTotalSeconds());
        if (result != null) {
            boolean summer = rules.isDaylightSavings(instant);
            result.isDst = summer ? 1 : 0;
            result.zone = ZoneAbbreviations.of(zoneOffset.getTotalSeconds(), summer);
        }
        return result;
    }

    private static long clamp(long time) {
        return Math.max(MIN_INSTANT, Math.min(MAX_INSTANT, time));
    }

    private static CalendarTime split(long time, int offsetSeconds) {
        long wallClock;
        try {
            wallClock = Math.addExact(time, offsetSeconds);
        } catch (ArithmeticException overflow) {
            return null;
        }
        long days = Math.floorDiv(wallClock, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(wallClock, SECONDS_PER_DAY);
        long civilYear = civilYear(days);
        long yearSince1900 = civilYear - 1900;
        if (yearSince1900 < Integer.MIN_VALUE || yearSince1900 > Integer.MAX_VALUE) {
            return null;
        }
        CalendarTime result = new CalendarTime();
        long yearStart = daysFromCivil(civilYear, 1, 1);
        int yearDay = (int) (days - yearStart);
        boolean leap = isLeap(civilYear);
        int month = 0;
        int dayOfYear = yearDay;
        while (true) {
            int length = monthLength(month, leap);
            if (dayOfYear < length) {
                break;
            }
            dayOfYear -= length;
            month++;
        }
        result.year = (int) yearSince1900;
        result.month = month;
        result.day = dayOfYear + 1;
        result.hour = secondOfDay / 3600;
        result.minute = secondOfDay / 60 % 60;
        result.second = secondOfDay % 60;
        result.yearDay = yearDay;
        result.weekDay = (int) Math.floorMod(days + 4, 7);
        result.offset = offsetSeconds;
        return result;
    }

    private static int monthLength(int month, boolean leap) {
        switch (month) {
            case 1: return leap ? 29 : 28;
            case 3: case 5: case 8: case 10: return 30;
            default: return 31;
        }
    }

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days from 1970-01-01 to the given proleptic Gregorian date (month 1-12). */
    static long daysFromCivil(long year, int month, int day) {
        long shifted = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(shifted, 400);
        long yearOfEra = shifted - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /** The civil year containing the day {@code days} after 1970-01-01. */
    private static long civilYear(long days) {
        long shiftedDays = days + 719468;
        long era = Math.floorDiv(shiftedDays, 146097);
        long dayOfEra = shiftedDays - era * 146097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        long year = yearOfEra + era * 400;
        return shiftedMonth >= 10 ? year + 1 : year;
    }

    /**
     * mktime: the time the fields (in local time, or UTC if {@code universal}) denote, with
     * out-of-range fields carried over as glibc does. Returns the normalised broken-down time,
     * whose {@code seconds} holds the result, or null when it cannot be represented.
     */
    static Result makeTime(int year, int month, int day, int hour, int minute, int second, int isDst) {
        long fullYear = (long) year + Math.floorDiv(month, 12) + 1900;
        int monthInYear = Math.floorMod(month, 12);
        long days = daysFromCivil(fullYear, monthInYear + 1, 1) + (day - 1L);
        long wallClock = days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        long time = wallClock - offsetForWallClock(wallClock, isDst);
        CalendarTime normalised = local(time);
        return normalised == null ? null : new Result(time, normalised);
    }

    /** The UTC offset mktime applies to a local wall-clock time, honouring a requested isdst. */
    private static int offsetForWallClock(long wallClock, int isDst) {
        ZoneRules rules = ZoneId.systemDefault().getRules();
        if (wallClock <= MIN_INSTANT / 2 || wallClock >= MAX_INSTANT / 2) {
            return rules.getOffset(Instant.ofEpochSecond(clamp(wallClock))).getTotalSeconds();
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(wallClock, 0, ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (valid.size() == 2) {
            // An hour repeated when clocks go back: the earlier offset is the summer one;
            // glibc takes the later unless summer time is asked for.
            return (isDst > 0 ? valid.get(0) : valid.get(1)).getTotalSeconds();
        }
        if (valid.isEmpty()) {
            // An hour skipped when clocks go forward: read with the offset asked for, by
            // default the one before the change.
            ZoneOffsetTransition gap = rules.getTransition(local);
            return (isDst > 0 ? gap.getOffsetAfter() : gap.getOffsetBefore()).getTotalSeconds();
        }
        int offset = valid.get(0).getTotalSeconds();
        if (isDst >= 0) {
            Instant instant = Instant.ofEpochSecond(wallClock - offset);
            boolean summer = rules.isDaylightSavings(instant);
            if (summer != (isDst > 0)) {
                // glibc uses the offset of a neighbouring time with the requested isdst, or
                // assumes summer time is one hour ahead when the zone has none.
                long saving = summer ? rules.getDaylightSavings(instant).getSeconds() : 3600;
                offset += isDst > 0 ? (int) saving : -(int) saving;
            }
        }
        return offset;
    }

    /** What mktime returns: the time and the normalised fields. */
    static final class Result {
        final long seconds;
        final CalendarTime fields;

        Result(long seconds, CalendarTime fields) {
            this.seconds = seconds;
            this.fields = fields;
        }
    }
}
