package org.crescent.api;

import java.util.function.Consumer;
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
    BASE(BaseLib::open),
    /** {@code require} and {@code package}; also the hook for {@link Lua#registerModule}. */
    PACKAGE(PackageLib::open),
    COROUTINE(CoroutineLib::open),
    TABLE(TableLib::open),
    IO(IoLib::open),
    OS(OsLib::open),
    /** {@code string}, and the string metatable (so {@code s:upper()} works). */
    STRING(StringLib::open),
    MATH(MathLib::open),
    UTF8(Utf8Lib::open),
    DEBUG(DebugLib::open);

    private final Consumer<GlobalState> opener;

    StandardLibrary(Consumer<GlobalState> opener) {
        this.opener = opener;
    }

    void open(GlobalState global) {
        opener.accept(global);
    }
}
