package org.crescent.stdlib;

import org.crescent.interpreter.GlobalState;

/** Opens the standard libraries into a runtime's globals, in C Lua's order. */
public final class StandardLibraries {
    private StandardLibraries() {}

    public static void openAll(GlobalState global) {
        BaseLib.open(global);
        PackageLib.open(global);
        CoroutineLib.open(global);
        TableLib.open(global);
        IoLib.open(global);
        OsLib.open(global);
        StringLib.open(global);
        MathLib.open(global);
        Utf8Lib.open(global);
        DebugLib.open(global);
    }
}
