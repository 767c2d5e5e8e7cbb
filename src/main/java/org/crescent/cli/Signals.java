package org.crescent.cli;

import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.Interrupts;

/**
 * SIGINT while Lua code runs, as lua.c's laction: the first Ctrl-C asks the running code to
 * stop ("interrupted!") and puts back the default action, so that a second one ends a process
 * stuck where the interpreter does not look (a long library call). Uses the JVM's own signal
 * API (jdk.unsupported's sun.misc.Signal) directly: JLine's reflective wrapper over it cost
 * about 30 ms of every script's start-up.
 */
final class Signals {
    private static final String INTERRUPT = "INT";

    private Signals() {}

    /** Installs the handler; returns what was installed before, for {@link #restore}. */
    @SuppressWarnings("removal")
    static Object catchInterrupt(GlobalState global) {
        try {
            sun.misc.Signal signal = new sun.misc.Signal(INTERRUPT);
            // A class, not a lambda: the first lambda of a process costs milliseconds of start-up.
            return sun.misc.Signal.handle(signal, new sun.misc.SignalHandler() {
                @Override
                public void handle(sun.misc.Signal caught) {
                    Interrupts.request(global);
                    sun.misc.Signal.handle(signal, sun.misc.SignalHandler.SIG_DFL);
                }
            });
        } catch (RuntimeException | LinkageError unavailable) {
            return null; // no signal support here (or the JVM owns SIGINT, as with -Xrs)
        }
    }

    @SuppressWarnings("removal")
    static void restore(Object previous) {
        if (previous instanceof sun.misc.SignalHandler) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(INTERRUPT), (sun.misc.SignalHandler) previous);
            } catch (RuntimeException | LinkageError unavailable) {
                // nothing was installed either
            }
        }
    }
}
