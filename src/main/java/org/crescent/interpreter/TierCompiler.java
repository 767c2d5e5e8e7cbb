package org.crescent.interpreter;

import org.crescent.bytecode.Prototype;

/**
 * The second execution tier as the interpreter sees it: turns a hot prototype into
 * {@link CompiledCode}. Implemented outside this package (org.crescent.jit) and found by
 * name at the first compilation (else through {@link java.util.ServiceLoader}), so
 * dependencies still flow one way.
 */
public interface TierCompiler {
    /** The compiled form of {@code prototype}, or null when it cannot be compiled. */
    CompiledCode compile(Prototype prototype);
}
