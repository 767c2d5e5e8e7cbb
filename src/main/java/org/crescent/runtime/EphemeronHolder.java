package org.crescent.runtime;

/**
 * An object that weak-keyed tables can use as a key with ephemeron semantics: the value a
 * weak-keyed table associates with the key is stored on the key object itself (in the
 * opaque slot below), so the value stays reachable exactly as long as the key does and a
 * value that refers back to its own key does not keep the key alive. Invariant: only
 * {@link WeakTableStore} reads or writes the slot; it is null when the object is a key of
 * no weak-keyed table.
 */
public interface EphemeronHolder {
    /** The opaque slot; null until a weak-keyed table stores a value here. */
    Object ephemeronValues();

    void setEphemeronValues(Object values);
}
