package org.crescent.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the string-handling libraries, where Java code indexes byte arrays: patterns
 * (find, match, gmatch, gsub), string.format, string.pack and unpack, tonumber, utf8, byte, sub
 * and rep, called with arbitrary byte strings and integers. Runs under {@link FuzzHarness}'s
 * budget and oracle; under {@code mvn test} it replays its committed inputs.
 */
class LibraryFuzzTest {
    private static final String[] CALLS = {
        "return string.find(s, p, n)",
        "return string.find(s, p, n, true)",
        "return string.match(s, p, n)",
        "local k = 0 for a, b in string.gmatch(s, p) do k = k + 1 end return k",
        "return string.gsub(s, p, r, m)",
        "return string.gsub(s, p, {a = 1, [s] = r, b = true})",
        "return string.gsub(s, p, function(...) return select('#', ...) > 1 and r or nil end)",
        "return string.format(p, s, n, n / 7, m)",
        "return string.format(p, n, s)",
        "return string.pack(p, n, s, m)",
        "return string.unpack(p, s, n)",
        "return string.packsize(p)",
        "return tonumber(s), tonumber(s, n)",
        "return s + 0, s // 1, s | 0",
        "return utf8.len(s, n, m)",
        "return utf8.codepoint(s, n, m)",
        "return utf8.offset(s, n, m)",
        "local k = 0 for a, b in utf8.codes(s) do k = k + b end return k",
        "return utf8.char(n, m)",
        "return s:byte(n, m)",
        "return s:sub(n, m), s:upper(), s:lower(), s:reverse()",
        "return s:rep(n % 64, p)",
        "return string.format('%q', s), string.format('%s', s)",
        "return load(s, p)",
        "return table.concat({s, p, r}, p, n, m)",
        "local t = {s:byte(1, -1)} table.sort(t, function(x, y) return x > y end) return #t",
        "return string.char(n % 256, m % 256)",
        "return select(n, s, p, r)",
        "return math.tointeger(s), math.floor(n / (m + 0.5)), math.fmod(n, m)",
    };

    @FuzzTest(maxDuration = "60s")
    void stringFunctions(FuzzedDataProvider data) {
        String call = CALLS[data.consumeInt(0, CALLS.length - 1)];
        long n = data.consumeBoolean() ? data.consumeInt(-20, 20) : data.consumeLong();
        long m = data.consumeBoolean() ? data.consumeInt(-20, 20) : data.consumeLong();
        byte[] pattern = data.consumeBytes(data.consumeInt(0, 40));
        byte[] replacement = data.consumeBytes(data.consumeInt(0, 20));
        byte[] subject = data.consumeRemainingAsBytes();
        String source = "local s, p, r, n, m = " + quote(subject) + ", " + quote(pattern) + ", " + quote(replacement)
                + ", " + integer(n) + ", " + integer(m) + "\n" + call + "\n";
        FuzzHarness.run(source.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A Lua literal for any bytes: every byte as a decimal escape. */
    private static String quote(byte[] bytes) {
        StringBuilder literal = new StringBuilder(bytes.length * 4 + 2).append('"');
        for (byte b : bytes) {
            literal.append('\\').append(String.format("%03d", b & 0xFF));
        }
        return literal.append('"').toString();
    }

    /** An integer literal, including math.mininteger (which has no literal of its own). */
    private static String integer(long value) {
        return value == Long.MIN_VALUE ? "math.mininteger" : Long.toString(value);
    }
}
