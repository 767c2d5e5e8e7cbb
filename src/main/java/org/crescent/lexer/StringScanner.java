package org.crescent.lexer;

import java.util.Arrays;
import org.crescent.runtime.LuaString;

/**
 * Reads string literals and long brackets for the {@link Lexer}: short strings with every
 * escape of Lua 5.4, long strings and long comments of any level. It keeps C Lua's token
 * buffer discipline (the opening delimiter and not-yet-processed escape text are in the
 * buffer while reading) because error messages quote that buffer.
 *
 * <p>Invariant: {@code buffer[0, length)} is the text of the token being read, as C Lua's
 * {@code Mbuffer} would hold it.
 */
final class StringScanner {
    private static final int MAX_UTF8_VALUE = 0x7FFFFFFF;

    private final Lexer lexer;
    private byte[] buffer = new byte[64];
    private int length;

    StringScanner(Lexer lexer) {
        this.lexer = lexer;
    }

    private void save(int c) {
        if (length == buffer.length) buffer = Arrays.copyOf(buffer, length * 2);
        buffer[length++] = (byte) c;
    }

    private void saveAndAdvance() {
        save(lexer.current());
        lexer.advance();
    }

    /** Points the lexer's "near" text at the buffer, for an error or a later message. */
    private void exposeBuffer() {
        lexer.nearText = buffer;
        lexer.nearStart = 0;
        lexer.nearEnd = length;
    }

    private LuaSyntaxError error(String message, int nearToken) {
        exposeBuffer();
        return lexer.error(message, nearToken);
    }

    /**
     * At {@code [} or {@code ]}: consumes {@code [=*} (or {@code ]=*}) and returns the level
     * plus 2 if the same bracket follows (left current), 1 for a lone bracket, 0 for an
     * unfinished {@code [=...} ({@code skip_sep}). Starts a fresh buffer when at {@code [}.
     */
    int skipSeparator() {
        int bracket = lexer.current();
        if (bracket == '[') length = 0;
        int count = 0;
        saveAndAdvance();
        while (lexer.current() == '=') {
            saveAndAdvance();
            count++;
        }
        if (lexer.current() == bracket) return count + 2;
        return count == 0 ? 1 : 0;
    }

    /**
     * At the second {@code [} of a long bracket of the given separator: reads up to the
     * matching close bracket. The first line break right after the opening bracket is
     * skipped; every line break is stored as {@code \n}. Returns the string, or null for a
     * comment ({@code keep} false).
     */
    LuaString readLongString(int separator, boolean keep) {
        int startLine = lexer.lineNumber();
        saveAndAdvance();
        if (lexer.isNewline()) lexer.newline();
        for (;;) {
            switch (lexer.current()) {
                case Lexer.END_OF_INPUT: {
                    String what = keep ? "string" : "comment";
                    throw lexer.error("unfinished long " + what + " (starting at line " + startLine + ")",
                            Token.EOF);
                }
                case ']':
                    if (skipSeparator() == separator) {
                        saveAndAdvance();
                        if (!keep) return null;
                        exposeBuffer();
                        return LuaString.copyOf(buffer, separator, length - 2 * separator);
                    }
                    break;
                case '\n': case '\r':
                    save('\n');
                    lexer.newline();
                    if (!keep) length = 0;
                    break;
                default:
                    if (keep) {
                        saveAndAdvance();
                    } else {
                        lexer.advance();
                    }
            }
        }
    }

    /** At the opening quote {@code delimiter}: reads a short string ({@code read_string}). */
    LuaString readString(int delimiter) {
        length = 0;
        saveAndAdvance();
        while (lexer.current() != delimiter) {
            switch (lexer.current()) {
                case Lexer.END_OF_INPUT:
                    throw error("unfinished string", Token.EOF);
                case '\n': case '\r':
                    throw error("unfinished string", Token.STRING);
                case '\\':
                    readEscape();
                    break;
                default:
                    saveAndAdvance();
            }
        }
        saveAndAdvance();
        exposeBuffer();
        return LuaString.copyOf(buffer, 1, length - 2);
    }

    /** At a backslash: replaces the escape sequence by the bytes it denotes. */
    private void readEscape() {
        saveAndAdvance();
        int c;
        switch (lexer.current()) {
            case 'a': c = 0x07; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'v': c = 0x0B; break;
            case '\\': case '"': case '\'': c = lexer.current(); break;
            case 'x': {
                int value = readHexEscape();
                lexer.advance();
                length -= 1;
                save(value);
                return;
            }
            case 'u':
                readUtf8Escape();
                return;
            case '\n': case '\r':
                lexer.newline();
                length -= 1;
                save('\n');
                return;
            case Lexer.END_OF_INPUT:
                return;
            case 'z': {
                length -= 1;
                lexer.advance();
                while (Lexer.isSpace(lexer.current())) {
                    if (lexer.isNewline()) {
                        lexer.newline();
                    } else {
                        lexer.advance();
                    }
                }
                return;
            }
            default: {
                check(Lexer.isDigit(lexer.current()), "invalid escape sequence");
                int value = readDecimalEscape();
                length -= 1;
                save(value);
                return;
            }
        }
        lexer.advance();
        length -= 1;
        save(c);
    }

    /** Raises {@code message} (quoting the buffer plus the offending byte) unless ok. */
    private void check(boolean ok, String message) {
        if (!ok) {
            if (lexer.current() != Lexer.END_OF_INPUT) saveAndAdvance();
            throw error(message, Token.STRING);
        }
    }

    private int hexDigit() {
        saveAndAdvance();
        check(Lexer.hexValue(lexer.current()) >= 0, "hexadecimal digit expected");
        return Lexer.hexValue(lexer.current());
    }

    /** {@code \xXX}: leaves the second digit current; removes "x" and the first digit. */
    private int readHexEscape() {
        int value = hexDigit();
        value = (value << 4) + hexDigit();
        length -= 2;
        return value;
    }

    /** {@code \ddd}: up to three decimal digits, at most 255. */
    private int readDecimalEscape() {
        int value = 0;
        int digits = 0;
        for (; digits < 3 && Lexer.isDigit(lexer.current()); digits++) {
            value = 10 * value + lexer.current() - '0';
            saveAndAdvance();
        }
        check(value <= 255, "decimal escape too large");
        length -= digits;
        return value;
    }

    /** The escape backslash-u{XXX}: a code point up to 2^31-1, stored in (extended) UTF-8. */
    private void readUtf8Escape() {
        int removed = 4;
        saveAndAdvance();
        check(lexer.current() == '{', "missing '{'");
        long value = hexDigit();
        for (;;) {
            saveAndAdvance();
            if (Lexer.hexValue(lexer.current()) < 0) break;
            removed++;
            check(value <= (MAX_UTF8_VALUE >>> 4), "UTF-8 value too large");
            value = (value << 4) + Lexer.hexValue(lexer.current());
        }
        check(lexer.current() == '}', "missing '}'");
        lexer.advance();
        length -= removed;
        encodeUtf8((int) value);
    }

    /** Appends {@code value} as UTF-8 extended to 6 bytes, as {@code luaO_utf8esc}. */
    private void encodeUtf8(int value) {
        if (value < 0x80) {
            save(value);
            return;
        }
        byte[] bytes = new byte[6];
        int count = 0;
        int maxFirst = 0x3f;
        do {
            bytes[count++] = (byte) (0x80 | (value & 0x3f));
            value >>>= 6;
            maxFirst >>>= 1;
        } while (value > maxFirst);
        bytes[count++] = (byte) ((~maxFirst << 1) | value);
        for (int i = count - 1; i >= 0; i--) save(bytes[i]);
    }
}
