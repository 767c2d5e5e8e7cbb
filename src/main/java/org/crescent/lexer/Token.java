package org.crescent.lexer;

/**
 * Token kinds, as ints so the lexer allocates nothing per token. A single-byte token ({@code +},
 * {@code (}, and any stray byte such as {@code @}) is its byte value 0-255; reserved words and
 * multi-byte symbols and the literal kinds start at {@link #FIRST_RESERVED}, in C Lua's order
 * (which the message texts rely on).
 */
public final class Token {
    private Token() {
    }

    public static final int FIRST_RESERVED = 257;

    public static final int AND = 257;
    public static final int BREAK = 258;
    public static final int DO = 259;
    public static final int ELSE = 260;
    public static final int ELSEIF = 261;
    public static final int END = 262;
    public static final int FALSE = 263;
    public static final int FOR = 264;
    public static final int FUNCTION = 265;
    public static final int GOTO = 266;
    public static final int IF = 267;
    public static final int IN = 268;
    public static final int LOCAL = 269;
    public static final int NIL = 270;
    public static final int NOT = 271;
    public static final int OR = 272;
    public static final int REPEAT = 273;
    public static final int RETURN = 274;
    public static final int THEN = 275;
    public static final int TRUE = 276;
    public static final int UNTIL = 277;
    public static final int WHILE = 278;
    /** {@code //} */
    public static final int FLOOR_DIVIDE = 279;
    /** {@code ..} */
    public static final int CONCAT = 280;
    /** {@code ...} */
    public static final int DOTS = 281;
    /** {@code ==} */
    public static final int EQUAL = 282;
    /** {@code >=} */
    public static final int GREATER_EQUAL = 283;
    /** {@code <=} */
    public static final int LESS_EQUAL = 284;
    /** {@code ~=} */
    public static final int NOT_EQUAL = 285;
    /** {@code <<} */
    public static final int SHIFT_LEFT = 286;
    /** {@code >>} */
    public static final int SHIFT_RIGHT = 287;
    /** {@code ::} */
    public static final int DOUBLE_COLON = 288;
    /** End of the chunk. */
    public static final int EOF = 289;
    /** A float numeral. */
    public static final int FLOAT = 290;
    /** An integer numeral. */
    public static final int INTEGER = 291;
    public static final int NAME = 292;
    public static final int STRING = 293;

    /** Number of reserved words ({@code and} .. {@code while}). */
    public static final int RESERVED_WORD_COUNT = WHILE - FIRST_RESERVED + 1;

    private static final String[] TEXTS = {
        "and", "break", "do", "else", "elseif",
        "end", "false", "for", "function", "goto", "if",
        "in", "local", "nil", "not", "or", "repeat",
        "return", "then", "true", "until", "while",
        "//", "..", "...", "==", ">=", "<=", "~=",
        "<<", ">>", "::", "<eof>",
        "<number>", "<integer>", "<name>", "<string>"
    };

    /** The source text of a reserved word or multi-byte symbol, or the placeholder of a kind. */
    public static String text(int kind) {
        if (kind < FIRST_RESERVED) return String.valueOf((char) kind);
        return TEXTS[kind - FIRST_RESERVED];
    }

    /**
     * How C Lua names a token kind in messages ({@code luaX_token2str}): {@code 'x'} for a
     * printable byte, {@code '<\12>'} for a control byte, {@code 'end'} for reserved words
     * and symbols, and unquoted {@code <eof>}, {@code <name>}, {@code <string>}, ... .
     */
    public static String describe(int kind) {
        if (kind < FIRST_RESERVED) {
            if (kind >= 0x20 && kind < 0x7f) return "'" + (char) kind + "'";
            return "'<\\" + kind + ">'";
        }
        String text = TEXTS[kind - FIRST_RESERVED];
        return kind < EOF ? "'" + text + "'" : text;
    }
}
