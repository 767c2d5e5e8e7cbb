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

    /**
     * Comparisons rather than an opener per constant (a method reference cost ~0.7 ms of
     * start-up each) or a switch (which loads javac's SwitchMap class).
     */
    void open(GlobalState global) {
        if (this == BASE) {
            BaseLib.open(global);
        } else if (this == PACKAGE) {
            PackageLib.open(global);
        } else if (this == COROUTINE) {
            CoroutineLib.open(global);
        } else if (this == TABLE) {
            TableLib.open(global);
        } else if (this == IO) {
            IoLib.open(global);
        } else if (this == OS) {
            OsLib.open(global);
        } else if (this == STRING) {
            StringLib.open(global);
        } else if (this == MATH) {
            MathLib.open(global);
        } else if (this == UTF8) {
            Utf8Lib.open(global);
        } else if (this == DEBUG) {
            DebugLib.open(global);
        } else {
            throw new AssertionError(this);
        }
    }
}
