package org.crescent.stdlib;

import org.crescent.interpreter.ExecutionLimits;
import org.crescent.interpreter.GlobalState;
import org.crescent.runtime.LuaString;

/**
 * A Lua 5.4 pattern matcher over bytes with its match state: the subject, the pattern, the
 * captures of the current match. It follows lstrlib.c's backtracking matcher step for step,
 * including its limits (32 captures, a nesting depth of 200 before "pattern too complex")
 * and its error messages, so that every pattern matches, fails or errs exactly as in C Lua.
 * <p>
 * Use: call {@link #find}, {@link #match} or one of the {@code gsub} methods; after a
 * successful search, {@link #matchStart()}, {@link #matchEnd()} and the capture accessors
 * describe the match until the next search. Only gsub with a function or table replacement
 * runs Lua code (its callback) while the instance is in use, and that code may search
 * again: so a Lua state can keep one instance for find, match and gsub with a string
 * replacement, and use a new instance for each gsub with a callback. gmatch iterators
 * ({@link LuaPatternIterator}) own their instance. Errors are thrown as
 * {@link PatternError}; nothing here can overflow the Java stack (the matcher's recursion
 * is bounded by the depth limit).
 */
public final class LuaPattern {
    /** C Lua's LUA_MAXCAPTURES. */
    public static final int MAX_CAPTURES = 32;
    /** C Lua's MAXCCALLS: nesting depth of the matcher before "pattern too complex". */
    private static final int MAX_DEPTH = 200;
    private static final int UNFINISHED = -1;
    private static final int POSITION = -2;

    byte[] source;
    int sourceEnd;
    byte[] pattern;
    int patternEnd;
    private LuaString subject;
    private int depth;
    /** Number of captures, finished or not. */
    int level;
    private final int[] captureStart = new int[MAX_CAPTURES];
    private final int[] captureLength = new int[MAX_CAPTURES];
    private int matchStart;
    private int matchEnd;
    /**
     * The runtime whose stop requests and instruction budget long matches honour (null: none).
     * The runtime, not the calling thread: a matcher outlives the call and must not keep a
     * coroutine reachable.
     */
    GlobalState runtime;
    /** Matcher steps left before the next poll of {@link ExecutionLimits}. */
    private int stepsBeforePoll = ExecutionLimits.POLL_INTERVAL;

    /** Supplies the replacement for one match of {@code string.gsub} (a function or a table). */
    public interface Replacement {
        /**
         * Returns the replacement text for the current match of {@code match}, or null to
         * keep the matched text (the function or table gave nil or false). A number result
         * is returned as its string form; any other value raises
         * {@link LuaPattern#invalidReplacement(String)}.
         */
        LuaString replace(LuaPattern match);
    }

    /** The error for a replacement function or table that gave a non-string value. */
    public static PatternError invalidReplacement(String typeName) {
        return new PatternError("invalid replacement value (a " + typeName + ")");
    }

    // ---------------------------------------------------------------- setup and results

    void prepare(LuaString subject, LuaString pattern) {
        this.subject = subject;
        this.source = subject.bytes();
        this.sourceEnd = subject.length();
        this.pattern = pattern.bytes();
        this.patternEnd = pattern.length();
    }

    /** Runs the matcher at subject position s and pattern position p from a fresh state. */
    int matchAt(int s, int p) {
        level = 0;
        depth = MAX_DEPTH;
        return match(s, p);
    }

    void setMatch(int start, int end) {
        matchStart = start;
        matchEnd = end;
    }

    /** The subject of the last operation. */
    public LuaString subject() {
        return subject;
    }

    /** 0-based index of the first byte of the current match. */
    public int matchStart() {
        return matchStart;
    }

    /** 0-based index just past the current match. */
    public int matchEnd() {
        return matchEnd;
    }

    /** Number of captures in the pattern: the extra results of {@code string.find}. */
    public int captureCount() {
        return level;
    }

    /**
     * Number of values {@code string.match}, {@code gmatch} and a gsub function receive: the
     * captures, or 1 (the whole match) when the pattern has none.
     */
    public int resultCount() {
        return level == 0 ? 1 : level;
    }

    /**
     * Whether capture {@code index} (0-based) is a position capture {@code ()}. Index 0 of a
     * pattern without captures is the whole match. Raises "invalid capture index %n" for an
     * index beyond the captures and "unfinished capture" for a capture never closed, as C
     * Lua does when it pushes captures; call it before reading each capture.
     */
    public boolean isPositionCapture(int index) {
        if (index >= level) {
            if (index != 0) throw new PatternError("invalid capture index %" + (index + 1));
            return false;
        }
        if (captureLength[index] == UNFINISHED) throw new PatternError("unfinished capture");
        return captureLength[index] == POSITION;
    }

    /** The 1-based subject position of a position capture. */
    public long capturePosition(int index) {
        return captureStart[index] + 1L;
    }

    /** The text of a capture (or of the whole match, see {@link #isPositionCapture}). */
    public LuaString captureString(int index) {
        if (index >= level) return subject.substring(matchStart, matchEnd);
        return subject.substring(captureStart[index], captureStart[index] + captureLength[index]);
    }

    int captureStart(int index) {
        return index >= level ? matchStart : captureStart[index];
    }

    int captureLength(int index) {
        return index >= level ? matchEnd - matchStart : captureLength[index];
    }

    // ---------------------------------------------------------------- find and match

    /**
     * {@code string.find(subject, pattern, init, plain)}: {@code init} is Lua's 1-based,
     * possibly negative start. Returns whether it found a match; then matchStart/matchEnd
     * give the result positions (0-based start, exclusive end) and the captures follow.
     */
    public boolean find(LuaString subject, LuaString pattern, long init, boolean plain) {
        int length = subject.length();
        long start = startPosition(init, length) - 1;
        if (start > length) return false;
        if (plain || hasNoSpecials(pattern)) {
            this.subject = subject;
            level = 0;
            int found = runtime == null ? plainFind(subject.bytes(), (int) start, length, pattern.bytes(), pattern.length())
                    : plainFindPolling(subject.bytes(), (int) start, length, pattern.bytes(), pattern.length());
            if (found < 0) return false;
            setMatch(found, found + pattern.length());
            return true;
        }
        return search(subject, pattern, (int) start);
    }

    /** {@code string.match(subject, pattern, init)}; see {@link #find}. */
    public boolean match(LuaString subject, LuaString pattern, long init) {
        int length = subject.length();
        long start = startPosition(init, length) - 1;
        if (start > length) return false;
        return search(subject, pattern, (int) start);
    }

    private boolean search(LuaString subject, LuaString pattern, int start) {
        prepare(subject, pattern);
        boolean anchor = patternEnd > 0 && this.pattern[0] == '^';
        int p = anchor ? 1 : 0;
        int s = start;
        do {
            int end = matchAt(s, p);
            if (end >= 0) {
                setMatch(s, end);
                return true;
            }
        } while (s++ < sourceEnd && !anchor);
        return false;
    }

    /**
     * lstrlib.c's posrelatI: a 1-based start position from Lua's init argument, negative
     * counting from the end, clipped to 1 below.
     */
    public static long startPosition(long position, int length) {
        if (position > 0) return position;
        if (position == 0 || position < -(long) length) return 1;
        return length + position + 1;
    }

    /** Whether a pattern has none of the characters "^$*+?.([%-" (a plain search suffices). */
    static boolean hasNoSpecials(LuaString pattern) {
        byte[] bytes = pattern.bytes();
        for (int i = 0, n = pattern.length(); i < n; i++) {
            switch (bytes[i]) {
                case '^': case '$': case '*': case '+': case '?': case '.': case '(': case '[': case '%': case '-':
                    return false;
                default:
                    break;
            }
        }
        return true;
    }

    /** Index of the first occurrence of needle[0..needleLength) in haystack[from..end), or -1. */
    public static int plainFind(byte[] haystack, int from, int end, byte[] needle, int needleLength) {
        if (needleLength == 0) return from;
        byte first = needle[0];
        for (int i = from, last = end - needleLength; i <= last; i++) {
            if (haystack[i] != first) continue;
            int k = 1;
            while (k < needleLength && haystack[i + k] == needle[k]) k++;
            if (k == needleLength) return i;
        }
        return -1;
    }

    /**
     * {@link #plainFind} in windows of start positions small enough that each costs at most
     * about 64K byte comparisons, polling for a stop between them: the naive search is
     * quadratic in the worst case.
     */
    private int plainFindPolling(byte[] haystack, int from, int end, byte[] needle, int needleLength) {
        int window = Math.max(1, 65536 / Math.max(1, needleLength));
        for (long first = from; first <= end - needleLength; first += window) {
            int windowEnd = (int) Math.min(end, first + window - 1 + needleLength);
            int found = plainFind(haystack, (int) first, windowEnd, needle, needleLength);
            if (found >= 0) return found;
            ExecutionLimits.poll(runtime, 64);
        }
        return needleLength == 0 && from <= end ? from : -1;
    }

    /** Polls for a stop every POLL_INTERVAL matcher steps (backtracking can take forever). */
    private void countStep() {
        if (--stepsBeforePoll <= 0) {
            stepsBeforePoll = ExecutionLimits.POLL_INTERVAL;
            if (runtime != null) {
                ExecutionLimits.poll(runtime, ExecutionLimits.POLL_INTERVAL);
            }
        }
    }

    // ---------------------------------------------------------------- gsub

    private long replacements;

    /** Number of substitutions the last gsub made (its second result). */
    public long replacementCount() {
        return replacements;
    }

    /**
     * {@code string.gsub} with a string (or number, converted by the caller) replacement,
     * in which {@code %0}-{@code %9} stand for captures and {@code %%} for '%'. At most
     * {@code maxReplacements} substitutions (Lua's default is the subject length + 1).
     * Returns the subject itself when nothing changed.
     */
    public LuaString gsub(LuaString subject, LuaString pattern, LuaString replacement, long maxReplacements) {
        return LuaPatternSubstitution.run(this, subject, pattern, replacement, null, maxReplacements);
    }

    /** {@code string.gsub} with a function or table replacement. */
    public LuaString gsub(LuaString subject, LuaString pattern, Replacement replacement, long maxReplacements) {
        return LuaPatternSubstitution.run(this, subject, pattern, null, replacement, maxReplacements);
    }

    void setReplacementCount(long count) {
        replacements = count;
    }

    // ---------------------------------------------------------------- the matcher

    private int patternAt(int p) {
        return p < patternEnd ? pattern[p] & 0xFF : 0;  // C reads the terminating '\0'
    }

    /**
     * lstrlib.c's match: the end of a match of pattern[p..] at subject[s..], or -1. Tail
     * positions loop instead of recursing; recursion (captures, repetitions, '?') counts
     * against the depth limit.
     */
    private int match(int s, int p) {
        if (depth-- == 0) throw new PatternError("pattern too complex");
        countStep();
        while (p != patternEnd) {
            int c = pattern[p] & 0xFF;
            int next = patternAt(p + 1);
            if (c == '(') {
                s = next == ')' ? startCapture(s, p + 2, POSITION) : startCapture(s, p + 1, UNFINISHED);
                break;
            } else if (c == ')') {
                s = endCapture(s, p + 1);
                break;
            } else if (c == '$' && p + 1 == patternEnd) {
                s = s == sourceEnd ? s : -1;
                break;
            } else if (c == '%' && next == 'b') {
                s = matchBalance(s, p + 2);
                if (s < 0) break;
                p += 4;
            } else if (c == '%' && next == 'f') {
                p += 2;
                if (patternAt(p) != '[') throw new PatternError("missing '[' after '%f' in pattern");
                int classEnd = classEnd(p);
                int previous = s == 0 ? 0 : source[s - 1] & 0xFF;
                int current = s < sourceEnd ? source[s] & 0xFF : 0;
                if (matchBracketClass(previous, p, classEnd - 1) || !matchBracketClass(current, p, classEnd - 1)) {
                    s = -1;
                    break;
                }
                p = classEnd;
            } else if (c == '%' && next >= '0' && next <= '9') {
                s = matchCapture(s, next);
                if (s < 0) break;
                p += 2;
            } else {
                int classEnd = classEnd(p);
                int suffix = patternAt(classEnd);
                if (!singleMatch(s, p, classEnd)) {
                    if (suffix == '*' || suffix == '?' || suffix == '-') {
                        p = classEnd + 1;
                        continue;
                    }
                    s = -1;
                    break;
                }
                if (suffix == '?') {
                    int end = match(s + 1, classEnd + 1);
                    if (end >= 0) {
                        s = end;
                        break;
                    }
                    p = classEnd + 1;
                } else if (suffix == '+') {
                    s = maxExpand(s + 1, p, classEnd);
                    break;
                } else if (suffix == '*') {
                    s = maxExpand(s, p, classEnd);
                    break;
                } else if (suffix == '-') {
                    s = minExpand(s, p, classEnd);
                    break;
                } else {
                    s++;
                    p = classEnd;
                }
            }
        }
        depth++;
        return s;
    }

    /** Index just past the single-character class at p: a character, %x or [set]. */
    private int classEnd(int p) {
        int c = pattern[p++] & 0xFF;
        if (c == '%') {
            if (p == patternEnd) throw new PatternError("malformed pattern (ends with '%')");
            return p + 1;
        }
        if (c == '[') {
            if (patternAt(p) == '^') p++;
            do {  // the first character after '[' or '[^' never closes the set
                if (p == patternEnd) throw new PatternError("malformed pattern (missing ']')");
                c = pattern[p++] & 0xFF;
                if (c == '%' && p < patternEnd) p++;  // skip escapes such as '%]'
            } while (patternAt(p) != ']');
            return p + 1;
        }
        return p;
    }

    private boolean singleMatch(int s, int p, int classEnd) {
        if (s >= sourceEnd) return false;
        int c = source[s] & 0xFF;
        switch (pattern[p]) {
            case '.': return true;
            case '%': return LuaPatternClasses.matches(c, pattern[p + 1] & 0xFF);
            case '[': return matchBracketClass(c, p, classEnd - 1);
            default: return (pattern[p] & 0xFF) == c;
        }
    }

    /** Whether c is in the set [...] spanning pattern[p] ('[') to pattern[close] (']'). */
    private boolean matchBracketClass(int c, int p, int close) {
        boolean inside = true;
        if (patternAt(p + 1) == '^') {
            inside = false;
            p++;
        }
        while (++p < close) {
            int item = pattern[p] & 0xFF;
            if (item == '%') {
                p++;
                if (LuaPatternClasses.matches(c, pattern[p] & 0xFF)) return inside;
            } else if (patternAt(p + 1) == '-' && p + 2 < close) {
                p += 2;
                if (item <= c && c <= (pattern[p] & 0xFF)) return inside;
            } else if (item == c) {
                return inside;
            }
        }
        return !inside;
    }

    private int matchBalance(int s, int p) {
        if (p >= patternEnd - 1) throw new PatternError("malformed pattern (missing arguments to '%b')");
        if (s >= sourceEnd || source[s] != pattern[p]) return -1;
        byte open = pattern[p];
        byte close = pattern[p + 1];
        int depthCount = 1;
        while (++s < sourceEnd) {
            byte c = source[s];
            if (c == close) {
                if (--depthCount == 0) return s + 1;
            } else if (c == open) {
                depthCount++;
            }
        }
        return -1;
    }

    private int maxExpand(int s, int p, int classEnd) {
        int count = 0;
        while (singleMatch(s + count, p, classEnd)) count++;
        while (count >= 0) {  // try the longest repetition first, then shorter ones
            countStep();
            int end = match(s + count, classEnd + 1);
            if (end >= 0) return end;
            count--;
        }
        return -1;
    }

    private int minExpand(int s, int p, int classEnd) {
        while (true) {
            countStep();
            int end = match(s, classEnd + 1);
            if (end >= 0) return end;
            if (!singleMatch(s, p, classEnd)) return -1;
            s++;
        }
    }

    private int startCapture(int s, int p, int kind) {
        if (level >= MAX_CAPTURES) throw new PatternError("too many captures");
        captureStart[level] = s;
        captureLength[level] = kind;
        level++;
        int end = match(s, p);
        if (end < 0) level--;
        return end;
    }

    private int endCapture(int s, int p) {
        int open = -1;
        for (int l = level - 1; l >= 0; l--) {
            if (captureLength[l] == UNFINISHED) {
                open = l;
                break;
            }
        }
        if (open < 0) throw new PatternError("invalid pattern capture");
        captureLength[open] = s - captureStart[open];
        int end = match(s, p);
        if (end < 0) captureLength[open] = UNFINISHED;
        return end;
    }

    /** A back reference %1-%9 (digit is the character): the text of a closed capture again. */
    private int matchCapture(int s, int digit) {
        int index = digit - '1';
        if (index < 0 || index >= level || captureLength[index] == UNFINISHED) {
            throw new PatternError("invalid capture index %" + (index + 1));
        }
        int length = captureLength[index];
        if (length < 0 || sourceEnd - s < length) return -1;  // a position capture never matches
        int start = captureStart[index];
        for (int k = 0; k < length; k++) {
            if (source[start + k] != source[s + k]) return -1;
        }
        return s + length;
    }
}
