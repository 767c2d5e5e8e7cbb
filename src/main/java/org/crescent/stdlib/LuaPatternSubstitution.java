package org.crescent.stdlib;

import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaStringBuilder;

/**
 * {@code string.gsub}'s loop (lstrlib.c's str_gsub, add_s and add_value): replace up to n
 * matches, skipping a character after each failed position, never accepting an empty match
 * right where the previous match ended, and returning the subject itself when no
 * replacement changed anything. Stateless; the match state lives in the {@link LuaPattern}.
 */
final class LuaPatternSubstitution {
    private LuaPatternSubstitution() {}

    static LuaString run(LuaPattern matcher, LuaString subject, LuaString pattern, LuaString text,
                         LuaPattern.Replacement callback, long maxReplacements) {
        matcher.prepare(subject, pattern);
        byte[] source = matcher.source;
        int sourceEnd = matcher.sourceEnd;
        boolean anchor = matcher.patternEnd > 0 && matcher.pattern[0] == '^';
        int p = anchor ? 1 : 0;
        LuaStringBuilder out = new LuaStringBuilder(sourceEnd + 16);
        int s = 0;
        int lastMatch = -1;
        long count = 0;
        boolean changed = false;
        while (count < maxReplacements) {
            int end = matcher.matchAt(s, p);
            if (end >= 0 && end != lastMatch) {
                count++;
                matcher.setMatch(s, end);
                changed |= text != null ? addText(matcher, out, text) : addValue(matcher, out, callback);
                s = lastMatch = end;
            } else if (s < sourceEnd) {
                out.append(source[s++]);
            } else {
                break;
            }
            if (anchor) break;
        }
        matcher.setReplacementCount(count);
        if (!changed) return subject;
        out.append(source, s, sourceEnd - s);
        return out.toLuaString();
    }

    /** add_s: the replacement string with %0-%9 and %% expanded. Always a change. */
    private static boolean addText(LuaPattern matcher, LuaStringBuilder out, LuaString text) {
        byte[] bytes = text.bytes();
        int length = text.length();
        int i = 0;
        while (i < length) {
            byte c = bytes[i++];
            if (c != '%') {
                out.append(c);
                continue;
            }
            int escaped = i < length ? bytes[i] : 0;  // C reads the terminating '\0'
            i++;
            if (escaped == '%') {
                out.append('%');
            } else if (escaped >= '0' && escaped <= '9') {
                if (escaped == '0') {
                    out.append(matcher.subject(), matcher.matchStart(), matcher.matchEnd());
                } else {
                    int index = escaped - '1';
                    if (matcher.isPositionCapture(index)) {
                        StringFormat.appendInteger(out, matcher.capturePosition(index));
                    } else {
                        int start = matcher.captureStart(index);
                        out.append(matcher.source, start, matcher.captureLength(index));
                    }
                }
            } else {
                throw new PatternError("invalid use of '%' in replacement string");
            }
        }
        return true;
    }

    /** add_value for a function or table: its text, or the match kept when it gave nil/false. */
    private static boolean addValue(LuaPattern matcher, LuaStringBuilder out, LuaPattern.Replacement callback) {
        int start = matcher.matchStart();
        int end = matcher.matchEnd();
        LuaString replacement = callback.replace(matcher);
        if (replacement == null) {
            out.append(matcher.source, start, end - start);
            return false;
        }
        out.append(replacement);
        return true;
    }
}
