package org.crescent.interpreter;

import java.nio.charset.StandardCharsets;

/** Lua's warning system (lua_warning): messages to standard error while warnings are on. */
public final class Warnings {
    private Warnings() {}

    public static void warn(GlobalState global, String message) {
        if (global.warningsOn) {
            byte[] bytes = ("Lua warning: " + message + "\n").getBytes(StandardCharsets.ISO_8859_1);
            global.standardError.write(bytes, 0, bytes.length);
            global.standardError.flush();
        }
    }
}
