package org.crescent.cli;

import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.Interrupts;

/**
 * SIGINT while Lua code runs, as lua.c's laction: the first Ctrl-C asks the running code to
 * stop ("interrupted!") and puts back the default action, so that a second one ends a process
 * stuck where the interpreter does not look (a long library call). Uses JLine's portable
 * wrapper over the JVM's signal API.
 */
final class Signals {
    private static final String INTERRUPT = "INT";

    private Signals() {}

    /** Installs the handler; returns what was installed before, for {@link #restore}. */
    static Object catchInterrupt(GlobalState global) {
        try {
            return org.jline.utils.Signals.register(INTERRUPT, () -> {
                Interrupts.request(global);
                org.jline.utils.Signals.registerDefault(INTERRUPT);
            });
        } catch (RuntimeException | LinkageError unavailable) {
            return null;
        }
    }

    static void restore(Object previous) {
        if (previous != null) {
            org.jline.utils.Signals.unregister(INTERRUPT, previous);
        }
    }
}
