package org.crescent.stdlib;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.crescent.interpreter.Coroutines;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Metatables;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.LuaArithmetic;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.Tag;

/**
 * The os library (manual section 6.9), after loslib.c: dates and times with glibc's
 * conversions ({@link CalendarTime}, {@link OsDate}), commands through {@code /bin/sh}, file
 * removal and renaming with C's errno results, and os.exit as a {@link ProcessExit}.
 */
public final class OsLib {
    private static final String[] LOCALE_CATEGORIES = {"all", "collate", "ctype", "monetary", "numeric", "time"};
    private static final LuaString STAR_T = LuaString.of("*t");

    /**
     * Made at first use: creating a SecureRandom (seeding) and the management beans costs
     * about 0.15 s of start-up, which every script would pay for two rarely used functions.
     */
    private static final class Lazily {
        static final SecureRandom RANDOM = new SecureRandom();
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    }

    private OsLib() {}

    public static void open(GlobalState global) {
        Locales locales = new Locales();
        Library.create(global, "os").registerAll(Function.values(), locales);
    }

    /** The registration table, in loslib.c's order; each function carries the runtime's {@link Locales}. */
    enum Function implements LibraryFunction {
        CLOCK, DATE, DIFFTIME, EXECUTE, EXIT, GETENV, REMOVE, RENAME, SETLOCALE, TIME, TMPNAME;

        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case CLOCK -> clock(thread, count);
                case DATE -> date(thread, count);
                case DIFFTIME -> difftime(thread, count);
                case EXECUTE -> execute(thread, count);
                case EXIT -> exit(thread, count);
                case GETENV -> getenv(thread, count);
                case REMOVE -> remove(thread, count);
                case RENAME -> rename(thread, count);
                case SETLOCALE -> setlocale((Locales) LibraryFunction.state(thread), thread);
                case TIME -> time(thread, count);
                case TMPNAME -> tmpname(thread, count);
            };
        }
    }

    /** CPU time of the running thread, in seconds (C's clock() counts the process). */
    static int clock(LuaThread thread, int argumentCount) {
        long nanos = Lazily.THREADS.isCurrentThreadCpuTimeSupported() ? Lazily.THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        thread.pushFloat(nanos / 1e9);
        return 1;
    }

    static int date(LuaThread thread, int argumentCount) {
        LuaString format = thread.optString(1, LuaString.of("%c"));
        long time = thread.isNoneOrNil(2) ? now() : thread.checkInteger(2);
        byte[] bytes = format.bytes();
        boolean universal = bytes.length > 0 && bytes[0] == '!';
        int start = universal ? 1 : 0;
        CalendarTime fields = universal ? CalendarTime.universal(time) : CalendarTime.local(time);
        if (fields == null) {
            throw thread.error("date result cannot be represented in this installation");
        }
        if (isStarT(bytes, start)) {
            LuaTable table = new LuaTable(0, 9);
            setAllFields(thread, table, fields);
            thread.pushTable(table);
        } else {
            thread.pushString(OsDate.format(thread, bytes, start, fields));
        }
        return 1;
    }

    /** strcmp(s, "*t") == 0 on the C string starting at {@code start}. */
    private static boolean isStarT(byte[] bytes, int start) {
        return bytes.length - start >= 2 && bytes[start] == '*' && bytes[start + 1] == 't'
                && (bytes.length - start == 2 || bytes[start + 2] == 0);
    }

    private static long now() {
        return Math.floorDiv(System.currentTimeMillis(), 1000);
    }

    static int time(LuaThread thread, int argumentCount) {
        if (thread.isNoneOrNil(1)) {
            thread.pushInteger(now());
            return 1;
        }
        LuaTable table = thread.checkTable(1);
        int year = field(thread, table, "year", -1, 1900);
        int month = field(thread, table, "month", -1, 1);
        int day = field(thread, table, "day", -1, 0);
        int hour = field(thread, table, "hour", 12, 0);
        int minute = field(thread, table, "min", 0, 0);
        int second = field(thread, table, "sec", 0, 0);
        int isDst = booleanField(thread, table, "isdst");
        CalendarTime.Result result = CalendarTime.makeTime(year, month, day, hour, minute, second, isDst);
        if (result != null) {
            setAllFields(thread, table, result.fields);
        }
        if (result == null || result.seconds == -1) {
            throw thread.error("time result cannot be represented in this installation");
        }
        thread.pushInteger(result.seconds);
        return 1;
    }

    /** loslib.c's getfield: an int field (minus {@code delta}), its default when absent, or an error. */
    private static int field(LuaThread thread, LuaTable table, String key, int defaultValue, int delta) {
        int slot = thread.top;
        thread.pushNil();
        Metatables.index(thread, Tag.TABLE, 0, table, Tag.STRING, 0, LuaString.of(key), slot, Integer.MIN_VALUE);
        byte tag = thread.tags[slot];
        long bits = thread.bits[slot];
        Object ref = thread.refs[slot];
        thread.top = slot;
        Long value = toInteger(tag, bits, ref);
        if (value == null) {
            if (tag != Tag.NIL) {
                throw thread.error("field '" + key + "' is not an integer");
            }
            if (defaultValue < 0) {
                throw thread.error("field '" + key + "' missing in date table");
            }
            return defaultValue;
        }
        long result = value;
        boolean inRange = result >= 0 ? result <= (long) Integer.MAX_VALUE + delta : (long) Integer.MIN_VALUE + delta <= result;
        if (!inRange) {
            throw thread.error("field '" + key + "' is out-of-bound");
        }
        return (int) (result - delta);
    }

    /** lua_tointegerx: integers, floats with an integral value, and strings that convert to one. */
    private static Long toInteger(byte tag, long bits, Object ref) {
        if (tag == Tag.STRING) {
            long[] number = new long[1];
            tag = LuaNumbers.parse((LuaString) ref, number, 0);
            bits = number[0];
        }
        if (tag == Tag.INTEGER) {
            return bits;
        }
        if (tag == Tag.FLOAT) {
            double value = Double.longBitsToDouble(bits);
            return LuaArithmetic.hasIntegerValue(value) ? (long) value : null;
        }
        return null;
    }

    private static int booleanField(LuaThread thread, LuaTable table, String key) {
        int slot = thread.top;
        thread.pushNil();
        Metatables.index(thread, Tag.TABLE, 0, table, Tag.STRING, 0, LuaString.of(key), slot, Integer.MIN_VALUE);
        byte tag = thread.tags[slot];
        thread.top = slot;
        return tag == Tag.NIL ? -1 : tag > Tag.FALSE ? 1 : 0;
    }

    /** setallfields, through __newindex as lua_setfield does. */
    private static void setAllFields(LuaThread thread, LuaTable table, CalendarTime time) {
        setField(thread, table, "year", (long) time.year + 1900);
        setField(thread, table, "month", time.month + 1L);
        setField(thread, table, "day", time.day);
        setField(thread, table, "hour", time.hour);
        setField(thread, table, "min", time.minute);
        setField(thread, table, "sec", time.second);
        setField(thread, table, "yday", time.yearDay + 1L);
        setField(thread, table, "wday", time.weekDay + 1L);
        if (time.isDst >= 0) {
            Metatables.newIndex(thread, Tag.TABLE, 0, table, Tag.STRING, 0, LuaString.of("isdst"),
                    time.isDst > 0 ? Tag.TRUE : Tag.FALSE, 0, null, Integer.MIN_VALUE);
        }
    }

    private static void setField(LuaThread thread, LuaTable table, String key, long value) {
        Metatables.newIndex(thread, Tag.TABLE, 0, table, Tag.STRING, 0, LuaString.of(key), Tag.INTEGER, value, null,
                Integer.MIN_VALUE);
    }

    static int difftime(LuaThread thread, int argumentCount) {
        long first = thread.checkInteger(1);
        long second = thread.checkInteger(2);
        long difference = first - second;
        boolean overflow = ((first ^ second) & (first ^ difference)) < 0;
        thread.pushFloat(overflow ? (double) first - (double) second : (double) difference);
        return 1;
    }

    static int execute(LuaThread thread, int argumentCount) {
        LuaString command = thread.optString(1, null);
        if (command == null) {
            thread.pushBoolean(Files.isExecutable(Paths.get(ChildProcess.SHELL)));
            return 1;
        }
        try {
            ChildProcess child = ChildProcess.start(thread.global, FileNames.toSystem(command), (char) 0);
            return ChildProcess.pushStatus(thread, child.waitForStatus());
        } catch (IOException e) {
            return SystemError.of(e).push(thread, null);
        }
    }

    /**
     * os.exit: ends the script with a {@link ProcessExit}. Files are flushed, as C's exit
     * flushes its streams. With a true second argument the state is closed first, as lua_close
     * does: the main thread's pending to-be-closed variables are closed, and the io library's
     * files closed (io.popen children waited for).
     */
    static int exit(LuaThread thread, int argumentCount) {
        int status;
        byte tag = thread.argumentTag(1);
        if (tag == Tag.TRUE || tag == Tag.FALSE) {
            status = tag == Tag.TRUE ? 0 : 1;
        } else {
            status = (int) thread.optInteger(1, 0);
        }
        boolean close = thread.toBoolean(2);
        GlobalState global = thread.global;
        if (close) {
            Coroutines.close(global.mainThread);
            IoLib.closeAll(global);
        } else {
            IoLib.flushAll(global);
        }
        throw new ProcessExit(status, close);
    }

    static int getenv(LuaThread thread, int argumentCount) {
        String value = System.getenv(FileNames.toSystem(thread.checkString(1)));
        if (value == null) {
            thread.pushNil();
        } else {
            thread.pushString(FileNames.toLua(value));
        }
        return 1;
    }

    static int remove(LuaThread thread, int argumentCount) {
        LuaString name = thread.checkString(1);
        String shownName = Errors.latin(LuaString.wrap(FileNames.cBytes(name)));
        reapFiles(thread.global);
        try {
            Path path = FileNames.resolve(thread.global, name);
            if (path == null) {
                throw new NoSuchFileException("");
            }
            Files.delete(path);
            thread.pushBoolean(true);
            return 1;
        } catch (IOException e) {
            return SystemError.of(e).push(thread, shownName);
        }
    }

    static int rename(LuaThread thread, int argumentCount) {
        LuaString from = thread.checkString(1);
        LuaString to = thread.checkString(2);
        reapFiles(thread.global);
        try {
            Path source = FileNames.resolve(thread.global, from);
            Path target = FileNames.resolve(thread.global, to);
            if (source == null || target == null) {
                throw new NoSuchFileException("");
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            thread.pushBoolean(true);
            return 1;
        } catch (AtomicMoveNotSupportedException e) {
            return SystemError.of(18).push(thread, null);
        } catch (IOException e) {
            return SystemError.of(e).push(thread, null);
        }
    }

    /** Files whose handles were collected are closed before the file system is changed. */
    private static void reapFiles(GlobalState global) {
        IoState io = IoState.of(global);
        if (io != null) {
            io.reapUnreachable();
        }
    }

    /** mkstemp("/tmp/lua_XXXXXX"), closing the file and returning its name. */
    static int tmpname(LuaThread thread, int argumentCount) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder name = new StringBuilder("/tmp/lua_");
            for (int i = 0; i < 6; i++) {
                name.append(letters.charAt(Lazily.RANDOM.nextInt(letters.length())));
            }
            try {
                Files.newByteChannel(Paths.get(name.toString()), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                thread.pushString(name.toString());
                return 1;
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                break;
            }
        }
        throw thread.error("unable to generate a unique filename");
    }

    private static int setlocale(Locales locales, LuaThread thread) {
        LuaString requested = thread.optString(1, null);
        int category = FileMethods.checkOption(thread, 2, "all", LOCALE_CATEGORIES);
        String result = requested == null ? locales.query(category) : locales.set(category, Errors.latin(requested));
        if (result == null) {
            thread.pushNil();
        } else {
            thread.pushString(result);
        }
        return 1;
    }
}
