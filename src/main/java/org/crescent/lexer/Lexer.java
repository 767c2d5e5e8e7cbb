package org.crescent.lexer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.crescent.runtime.ChunkNames;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * The Lua 5.4 lexical analyser: turns the bytes of a chunk into tokens on demand, one current
 * token plus at most one token of look-ahead, like C Lua's {@code LexState}. The current
 * token's kind is {@link #token()}; its value is in {@link #stringValue()} (names and strings),
 * {@link #integerValue()} or {@link #floatValue()}. Errors are {@link LuaSyntaxError}s worded
 * as C Lua's.
 *
 * <p>Invariant: {@code current} is the byte at {@code position} (or {@link #END_OF_INPUT}),
 * the first byte not yet consumed; {@code lineNumber} counts the line breaks consumed so far,
 * so while the parser looks at a token it is the line where that token (or the look-ahead
 * token, if one was read) ends, which is what C Lua reports in messages.
 */
public final class Lexer {
    static final int END_OF_INPUT = -1;
    private static final int NO_TOKEN = -1;

    private final byte[] source;
    private final int end;
    private final LuaString chunkName;
    private final java.util.HashMap<LuaString, LuaString> interned = seededInterned();

    /**
     * The chunk's string table starts with the VM's own metamethod names, so that a script's
     * "__index" is the very object the interpreter looks up (an identity match, not a byte
     * comparison, on every metamethod lookup).
     */
    private static java.util.HashMap<LuaString, LuaString> seededInterned() {
        java.util.HashMap<LuaString, LuaString> table = new java.util.HashMap<>();
        for (org.crescent.runtime.Metamethod event : org.crescent.runtime.Metamethod.values()) {
            table.put(event.key, event.key);
        }
        return table;
    }
    /** Where the numeral being scanned is converted (luaO_str2num). */
    private final long[] numeral = new long[1];
    private final StringScanner strings;
    private int position;
    private int current;
    private int lineNumber = 1;
    private int lastLine = 1;

    private int token = NO_TOKEN;
    private LuaString stringValue;
    private long integerValue;
    private double floatValue;

    // The values of the token scan() just read, before next() or lookahead() takes them.
    private LuaString scannedString;
    private long scannedInteger;
    private double scannedFloat;

    private int aheadToken = NO_TOKEN;
    private LuaString aheadString;
    private long aheadInteger;
    private double aheadFloat;

    /** Where the text of the last scanned token lies, for "near 'token'" in messages. */
    byte[] nearText;
    int nearStart;
    int nearEnd;

    /** Scans {@code source} from its first byte. */
    public Lexer(byte[] source, LuaString chunkName) {
        this(source, 0, chunkName);
    }

    /** Scans {@code source} from {@code offset} (see {@link #contentStart}). */
    public Lexer(byte[] source, int offset, LuaString chunkName) {
        this.source = source;
        this.end = source.length;
        this.chunkName = chunkName;
        this.position = offset;
        this.current = offset < end ? source[offset] & 0xFF : END_OF_INPUT;
        this.strings = new StringScanner(this);
    }

    /**
     * Where the Lua text of a file's contents starts, skipping what C Lua's {@code loadfile}
     * skips: a UTF-8 byte-order mark, then a first line starting with {@code #} (up to but not
     * including its line break, so line numbers stay right).
     */
    public static int contentStart(byte[] contents) {
        int start = 0;
        if (contents.length >= 3 && (contents[0] & 0xFF) == 0xEF && (contents[1] & 0xFF) == 0xBB
                && (contents[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (start < contents.length && contents[start] == '#') {
            while (start < contents.length && contents[start] != '\n') start++;
        }
        return start;
    }

    public LuaString chunkName() {
        return chunkName;
    }

    /** The current token's kind (a {@link Token} constant or a byte value). */
    public int token() {
        return token;
    }

    /** The name or string of the current NAME or STRING token. */
    public LuaString stringValue() {
        return stringValue;
    }

    public long integerValue() {
        return integerValue;
    }

    public double floatValue() {
        return floatValue;
    }

    /** The line the scanner is on (C Lua's {@code linenumber}): the current token's line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The line of the previous token's end (C Lua's {@code lastline}). */
    public int lastLine() {
        return lastLine;
    }

    /** Moves to the next token ({@code luaX_next}). */
    public void next() {
        lastLine = lineNumber;
        if (aheadToken != NO_TOKEN) {
            token = aheadToken;
            stringValue = aheadString;
            integerValue = aheadInteger;
            floatValue = aheadFloat;
            aheadToken = NO_TOKEN;
        } else {
            token = scan();
            stringValue = scannedString;
            integerValue = scannedInteger;
            floatValue = scannedFloat;
        }
    }

    /** Reads the token after the current one without moving ({@code luaX_lookahead}). */
    public int lookahead() {
        aheadToken = scan();
        aheadString = scannedString;
        aheadInteger = scannedInteger;
        aheadFloat = scannedFloat;
        return aheadToken;
    }

    // ---- character level -------------------------------------------------------------

    int current() {
        return current;
    }

    int position() {
        return position;
    }

    byte[] source() {
        return source;
    }

    void advance() {
        position++;
        current = position < end ? source[position] & 0xFF : END_OF_INPUT;
    }

    boolean isNewline() {
        return current == '\n' || current == '\r';
    }

    /** Skips a line break ({@code \n}, {@code \r}, {@code \n\r} or {@code \r\n}) and counts it. */
    void newline() {
        int first = current;
        advance();
        if (isNewline() && current != first) advance();
        lineNumber++;
    }

    static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlphanumeric(int c) {
        return isAlpha(c) || isDigit(c);
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    // ---- token level -----------------------------------------------------------------

    private void nearSource(int start) {
        nearText = source;
        nearStart = start;
        nearEnd = position;
    }

    /** Scans one token ({@code llex}) and returns its kind; values go to the scanned* fields. */
    private int scan() {
        nearText = source;
        nearStart = nearEnd = position;
        for (;;) {
            switch (current) {
                case '\n': case '\r':
                    newline();
                    break;
                case ' ': case '\f': case '\t': case 0x0B:
                    advance();
                    break;
                case '-':
                    advance();
                    if (current != '-') return '-';
                    advance();
                    skipComment();
                    break;
                case '[': {
                    int start = position;
                    int separator = strings.skipSeparator();
                    if (separator >= 2) {
                        scannedString = intern(strings.readLongString(separator, true));
                        return Token.STRING;
                    }
                    if (separator == 0) {
                        nearSource(start);
                        throw error("invalid long string delimiter", Token.STRING);
                    }
                    return '[';
                }
                case '=':
                    advance();
                    return accept('=') ? Token.EQUAL : '=';
                case '<':
                    advance();
                    if (accept('=')) return Token.LESS_EQUAL;
                    return accept('<') ? Token.SHIFT_LEFT : '<';
                case '>':
                    advance();
                    if (accept('=')) return Token.GREATER_EQUAL;
                    return accept('>') ? Token.SHIFT_RIGHT : '>';
                case '/':
                    advance();
                    return accept('/') ? Token.FLOOR_DIVIDE : '/';
                case '~':
                    advance();
                    return accept('=') ? Token.NOT_EQUAL : '~';
                case ':':
                    advance();
                    return accept(':') ? Token.DOUBLE_COLON : ':';
                case '"': case '\'':
                    scannedString = intern(strings.readString(current));
                    return Token.STRING;
                case '.': {
                    int start = position;
                    advance();
                    if (accept('.')) {
                        return accept('.') ? Token.DOTS : Token.CONCAT;
                    }
                    if (!isDigit(current)) return '.';
                    return readNumeral(start);
                }
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    return readNumeral(position);
                case END_OF_INPUT:
                    return Token.EOF;
                default: {
                    if (isAlpha(current)) {
                        int start = position;
                        do {
                            advance();
                        } while (isAlphanumeric(current));
                        nearSource(start);
                        int reserved = Keywords.lookup(source, start, position - start);
                        if (reserved != 0) return reserved;
                        scannedString = intern(LuaString.copyOf(source, start, position - start));
                        return Token.NAME;
                    }
                    int c = current;
                    advance();
                    return c;
                }
            }
        }
    }

    private boolean accept(int c) {
        if (current == c) {
            advance();
            return true;
        }
        return false;
    }

    /** After {@code --}: a long comment {@code --[==[ ... ]==]} or a comment to end of line. */
    private void skipComment() {
        if (current == '[') {
            int separator = strings.skipSeparator();
            if (separator >= 2) {
                strings.readLongString(separator, false);
                return;
            }
        }
        while (!isNewline() && current != END_OF_INPUT) advance();
    }

    /**
     * Reads a numeral liberally (digits, hex digits, dots, exponent marks with signs, and one
     * touching letter to force an error), then converts it, as C Lua's {@code read_numeral}.
     * {@code start} is where the numeral began: at the current digit, or at a dot already
     * consumed.
     */
    private int readNumeral(int start) {
        boolean hex = false;
        int first = current;
        advance();
        if (first == '0' && (current == 'x' || current == 'X')) {
            hex = true;
            advance();
        }
        for (;;) {
            if (hex ? (current == 'p' || current == 'P') : (current == 'e' || current == 'E')) {
                advance();
                if (current == '-' || current == '+') advance();
            } else if (hexValue(current) >= 0 || current == '.') {
                advance();
            } else {
                break;
            }
        }
        if (isAlpha(current)) advance();
        nearSource(start);
        switch (LuaNumbers.parse(source, start, position, numeral, 0)) {
            case Tag.INTEGER:
                scannedInteger = numeral[0];
                return Token.INTEGER;
            case Tag.FLOAT:
                scannedFloat = Double.longBitsToDouble(numeral[0]);
                return Token.FLOAT;
            default:
                throw error("malformed number", Token.FLOAT);
        }
    }

    // ---- errors ----------------------------------------------------------------------

    /**
     * A syntax error about the current token: {@code chunk:line: message near 'token'}
     * ({@code luaX_syntaxerror}).
     */
    public LuaSyntaxError syntaxError(String message) {
        return error(LuaString.of(message), token);
    }

    /** As {@link #syntaxError(String)} with a message holding source bytes. */
    public LuaSyntaxError syntaxError(LuaString message) {
        return error(message, token);
    }

    /**
     * An error without the "near" part ({@code luaK_semerror}), for scope and limit errors
     * reported at the current line.
     */
    public LuaSyntaxError semanticError(LuaString message) {
        return error(message, 0);
    }

    LuaSyntaxError error(String message, int nearToken) {
        return error(LuaString.of(message), nearToken);
    }

    /**
     * {@code chunk:line: message}, plus {@code near <token text>} unless nearToken is 0
     * ({@code lexerror}). Names, strings and numerals are quoted from the scanned text, cut
     * at a zero byte as C's string formatting does.
     */
    LuaSyntaxError error(LuaString message, int nearToken) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ChunkNames.display(chunkName).bytes());
        out.writeBytes((":" + lineNumber + ": ").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(message.bytes());
        if (nearToken != 0) {
            out.writeBytes(" near ".getBytes(StandardCharsets.ISO_8859_1));
            switch (nearToken) {
                case Token.NAME: case Token.STRING: case Token.FLOAT: case Token.INTEGER: {
                    out.write('\'');
                    for (int i = nearStart; i < nearEnd && nearText[i] != 0; i++) out.write(nearText[i]);
                    out.write('\'');
                    break;
                }
                default:
                    out.writeBytes(Token.describe(nearToken).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return new LuaSyntaxError(LuaString.wrap(out.toByteArray()));
    }

    /**
     * One string object per distinct name or literal in the chunk, as C Lua's lexer anchors
     * them: equal constants share an identity (visible through string.format("%p")) and memory.
     */
    private LuaString intern(LuaString text) {
        LuaString existing = interned.putIfAbsent(text, text);
        return existing != null ? existing : text;
    }

    /** The value of a hexadecimal digit, or -1. */
    static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        int lower = c | 0x20;
        if (lower >= 'a' && lower <= 'f') return lower - 'a' + 10;
        return -1;
    }
}
