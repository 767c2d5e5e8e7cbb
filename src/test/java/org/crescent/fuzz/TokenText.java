package org.crescent.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Builds Lua-like text from a fuzzer's bytes, one token per choice: keywords, names, every
 * operator, numerals and strings in their odd forms, comments and line breaks, sometimes glued
 * to the previous token. Mostly near-valid programs, which is what reaches the parser's and
 * compiler's deeper states (scopes, gotos, register allocation, constant folding).
 */
final class TokenText {
    private static final String[] TOKENS = {
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
        "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
        "x", "y", "z", "_ENV", "self", "t", "f", "a", "b", "print",
        "+", "-", "*", "/", "//", "%", "^", "#", "&", "~", "|", "<<", ">>", "==", "~=", "<=", ">=",
        "<", ">", "=", "(", ")", "{", "}", "[", "]", "::", ";", ":", ",", ".", "..", "...",
        "0", "1", "3", "255", "0x10", "0xffffffffffffffff", "9223372036854775807", "9223372036854775808",
        "1e308", "1e309", "0.5", ".5", "3.", "0x1p4", "0x.8p-1", "1e", "0x", "2^53",
        "\"s\"", "'q'", "\"\\n\\t\\\\\"", "\"\\65\\x41\\u{41}\"", "\"\\z  \"", "[[long]]", "[==[x]]==]",
        "\"\\u{7FFFFFFF}\"", "\"\\300\"", "\"unfinished", "[[", "--c\n", "--[[ c ]]", "--[==[ c ]==]",
        "<const>", "<close>", "::l::", "goto l", "\n", "\r\n", "\t", "\0", "\u00ff", "@", "$", "\\",
    };

    private TokenText() {}

    static String build(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        int count = data.consumeInt(0, 400);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            if (data.consumeInt(0, 3) != 0) {
                text.append(' ');
            }
            text.append(TOKENS[data.consumeInt(0, TOKENS.length - 1)]);
        }
        return text.toString();
    }
}
