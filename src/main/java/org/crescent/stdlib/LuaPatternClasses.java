package org.crescent.stdlib;

/**
 * The pattern character classes {@code %a %c %d %g %l %p %s %u %w %x} (and the deprecated
 * {@code %z}) in the "C" locale, as ctype.h defines them over bytes 0-255; an upper-case
 * letter is the complement. Any other escaped character stands for itself. Invariant: the
 * table marks exactly the ASCII members of each class.
 */
final class LuaPatternClasses {
    private static final int ALPHA = 1;
    private static final int CONTROL = 2;
    private static final int DIGIT = 4;
    private static final int GRAPHIC = 8;
    private static final int LOWER = 16;
    private static final int PUNCTUATION = 32;
    private static final int SPACE = 64;
    private static final int UPPER = 128;
    private static final int HEX = 256;
    private static final int[] FLAGS = new int[256];

    static {
        for (int c = 0; c < 256; c++) {
            int flags = 0;
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            if (upper || lower) flags |= ALPHA;
            if (upper) flags |= UPPER;
            if (lower) flags |= LOWER;
            if (digit) flags |= DIGIT;
            if (c < 32 || c == 127) flags |= CONTROL;
            if (c > 32 && c < 127) flags |= GRAPHIC;
            if (c > 32 && c < 127 && !upper && !lower && !digit) flags |= PUNCTUATION;
            if (c == ' ' || (c >= '\t' && c <= '\r')) flags |= SPACE;
            if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) flags |= HEX;
            FLAGS[c] = flags;
        }
    }

    private LuaPatternClasses() {}

    /** Whether byte c matches the escape %classLetter. */
    static boolean matches(int c, int classLetter) {
        int flag;
        boolean upper = classLetter >= 'A' && classLetter <= 'Z';
        switch (upper ? classLetter + ('a' - 'A') : classLetter) {
            case 'a': flag = ALPHA; break;
            case 'c': flag = CONTROL; break;
            case 'd': flag = DIGIT; break;
            case 'g': flag = GRAPHIC; break;
            case 'l': flag = LOWER; break;
            case 'p': flag = PUNCTUATION; break;
            case 's': flag = SPACE; break;
            case 'u': flag = UPPER; break;
            case 'w': flag = ALPHA | DIGIT; break;
            case 'x': flag = HEX; break;
            case 'z': return (c == 0) != upper;
            default: return classLetter == c;
        }
        return ((FLAGS[c] & flag) != 0) != upper;
    }
}
