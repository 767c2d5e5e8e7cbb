package org.crescent.stdlib;

import org.crescent.runtime.LuaString;

/**
 * The state of one {@code string.gmatch} iterator (lstrlib.c's GMatchState): the subject,
 * the pattern (where '^' is an ordinary character, as in C Lua), the position to resume
 * from and the end of the last match, so that an empty match is never accepted where the
 * previous match ended. Each {@link #next()} finds the following match; its captures are
 * read from {@link #matcher()}.
 */
public final class LuaPatternIterator {
    private final LuaPattern matcher = new LuaPattern();
    private final LuaString subject;
    private final LuaString pattern;
    private int position;
    private int lastMatch = -1;

    /** {@code string.gmatch(subject, pattern, init)} with Lua's 1-based, possibly negative init. */
    public LuaPatternIterator(LuaString subject, LuaString pattern, long init) {
        this.subject = subject;
        this.pattern = pattern;
        int length = subject.length();
        long start = LuaPattern.startPosition(init, length) - 1;
        position = (int) Math.min(start, length + 1L);
    }

    /** Finds the next match; false when there is none (and on every later call). */
    public boolean next() {
        matcher.prepare(subject, pattern);
        for (int s = position; s <= matcher.sourceEnd; s++) {
            int end = matcher.matchAt(s, 0);
            if (end >= 0 && end != lastMatch) {
                position = lastMatch = end;
                matcher.setMatch(s, end);
                return true;
            }
        }
        return false;
    }

    /** The current match and its captures (see {@link LuaPattern#resultCount()}). */
    public LuaPattern matcher() {
        return matcher;
    }
}
