package org.crescent.api;

import org.crescent.interpreter.GlobalState;
import org.crescent.stdlib.BaseLib;
import org.crescent.stdlib.CoroutineLib;
import org.crescent.stdlib.DebugLib;
import org.crescent.stdlib.IoLib;
import org.crescent.stdlib.MathLib;
import org.crescent.stdlib.OsLib;
import org.crescent.stdlib.PackageLib;
import org.crescent.stdlib.StringLib;
import org.crescent.stdlib.TableLib;
import org.crescent.stdlib.Utf8Lib;

/**
 * The standard libraries a {@link Lua} runtime can be created with, in the order C Lua opens
 * them. A sandbox leaves out the ones that reach the system ({@code IO}, {@code OS},
 * {@code PACKAGE}, {@code DEBUG}).
 */
public enum StandardLibrary {
    /** The basic functions ({@code print}, {@code pairs}, {@code load}, {@code pcall}...), in {@code _G}. */
    BASE,
    /** {@code require} and {@code package}; also the hook for {@link Lua#registerModule}. */
    PACKAGE,
    COROUTINE,
    TABLE,
    IO,
    OS,
    /** {@code string}, and the string metatable (so {@code s:upper()} works). */
    STRING,
    MATH,
    UTF8,
    DEBUG;

    /** A switch rather than an opener per constant: a method reference costs ~0.7 ms of start-up. */
    void open(GlobalState global) {
        switch (this) {
            case BASE -> BaseLib.open(global);
            case PACKAGE -> PackageLib.open(global);
            case COROUTINE -> CoroutineLib.open(global);
            case TABLE -> TableLib.open(global);
            case IO -> IoLib.open(global);
            case OS -> OsLib.open(global);
            case STRING -> StringLib.open(global);
            case MATH -> MathLib.open(global);
            case UTF8 -> Utf8Lib.open(global);
            case DEBUG -> DebugLib.open(global);
            default -> throw new AssertionError(this);
        }
    }
}
