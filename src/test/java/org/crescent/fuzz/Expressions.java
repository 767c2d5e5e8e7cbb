package org.crescent.fuzz;

/**
 * Random Lua expressions for {@link ProgramGenerator}: numbers at the edges of the integer and
 * float ranges, numeric strings that coerce (or not), every operator, and the math and string
 * functions whose results are exactly defined. Expressions may raise errors (division by zero,
 * no integer representation, arithmetic on a string); the sections run them under pcall.
 */
final class Expressions {
    static final String[] INTEGERS = {
        "0", "1", "-1", "2", "3", "5", "7", "-7", "10", "16", "31", "63", "64", "100", "255", "1000",
        "123456789", "2147483647", "2147483648", "4294967296", "9007199254740993", "math.maxinteger",
        "math.mininteger", "0x7fffffffffffffff", "0xffffffffffffffff", "0x10", "-0x8000000000000000",
    };
    static final String[] FLOATS = {
        "0.0", "-0.0", "0.5", "1.5", "-2.5", "3.0", "0.1", "1e15", "1e16", "1e100", "-1e308", "2^53",
        "2^63", "-2^63", "1/0", "-1/0", "0/0", "math.huge", "math.pi", "1e-300", "5e-324", "123.456",
        "2.5e10", "0x1p4", "0x.8", "9223372036854775807.0", "9223372036854775808", "-9223372036854775808",
        "1e14", "100000000000000.0", "-7.25",
    };
    static final String[] NUMERIC_STRINGS = {
        "'10'", "'0x10'", "' 3.5 '", "'1e2'", "'-7'", "'abc'", "''", "'9223372036854775807'",
        "'9223372036854775808'", "'0x7fffffffffffffff'", "'1e'", "'  0x1p-2  '", "'inf'", "'nan'", "'2'",
    };
    static final String[] STRINGS = {
        "'hello'", "''", "'a,b,,c'", "'Hello World'", "'x\\0y'", "'\\xff\\xfe'", "'123'", "'  pad  '",
        "'%d'", "'abcabc'", "'line\\nbreak'", "'\\u{20AC}'", "'AbC'", "'a.b'", "'key=value'",
    };
    static final String[] PATTERNS = {
        "'%a+'", "'(%d+)'", "'^h'", "'o$'", "'[aeiou]'", "'%s*'", "'.-'", "'(.)%1'", "'[%w_]+'",
        "'%f[%w]%w+'", "'a*'", "'()'", "'(%a)(%a)'", "'[^,]*'", "'%.'", "'b'", "'%x+'", "'(h)(e)'",
    };
    static final String[] FORMATS = {
        "'%d'", "'%5d'", "'%-5d|'", "'%05d'", "'%x'", "'%X'", "'%o'", "'%5.2f'", "'%.3f'", "'%g'",
        "'%.14g'", "'%e'", "'%.0f'", "'%q'", "'%a'", "'%i'", "'%s'", "'%10.4s|'", "'%+d'", "'% d'",
        "'%#x'", "'%.20f'", "'%u'", "'%5.1s'", "'%c'", "'%%'", "'%.3g'", "'%#o'", "'%-8.3e|'",
    };
    private static final String[] BINARY = {
        "+", "-", "*", "/", "//", "%", "^", "&", "|", "~", "<<", ">>", "..", "==", "~=", "<", "<=",
        ">", ">=", "and", "or",
    };

    private final ProgramGenerator generator;
    /** Names of locals in scope that hold numbers or numeric strings. */
    String[] variables = {};

    Expressions(ProgramGenerator generator) {
        this.generator = generator;
    }

    /** A number literal, numeric string or (rarely) something else. */
    String literal() {
        switch (generator.below(12)) {
            case 0: case 1: case 2: case 3: case 4: return generator.pick(INTEGERS);
            case 5: case 6: case 7: case 8: return generator.pick(FLOATS);
            case 9: case 10: return generator.pick(NUMERIC_STRINGS);
            default: return generator.pick("nil", "true", "false", "'x'");
        }
    }

    /** A small integer, for counts, positions and shift amounts. */
    String small() {
        return generator.pick("0", "1", "2", "3", "-1", "-2", "4", "5", "10", "63", "64", "-64");
    }

    String numeric(int depth) {
        int choice = depth <= 0 ? generator.below(2) : generator.below(9);
        switch (choice) {
            case 0:
                return literal();
            case 1:
                return variables.length > 0 ? generator.pick(variables) : literal();
            case 2: case 3: case 4:
                return "(" + numeric(depth - 1) + " " + generator.pick(BINARY) + " " + numeric(depth - 1) + ")";
            case 5:
                return generator.pick("-", "~", "not ", "- -") + numeric(depth - 1);
            case 6:
                return call(depth - 1);
            case 7:
                return "#" + string(depth - 1);
            default:
                return "(" + numeric(depth - 1) + " " + generator.pick("+", "-", "*", "//", "%") + " " + generator.pick(INTEGERS) + ")";
        }
    }

    private String call(int depth) {
        switch (generator.below(16)) {
            case 0: return "math.floor(" + numeric(depth) + ")";
            case 1: return "math.ceil(" + numeric(depth) + ")";
            case 2: return "math.abs(" + numeric(depth) + ")";
            case 3: return "math.tointeger(" + numeric(depth) + ")";
            case 4: return "math.type(" + numeric(depth) + ")";
            case 5: return "math.sqrt(" + numeric(depth) + ")";
            case 6: return "tostring(" + numeric(depth) + ")";
            case 7: return "tonumber(" + numeric(depth) + ")";
            case 8: return "math.ult(" + numeric(depth) + ", " + numeric(depth) + ")";
            case 9: return "math.fmod(" + numeric(depth) + ", " + numeric(depth) + ")";
            case 10: return "math.max(" + numeric(depth) + ", " + numeric(depth) + ")";
            case 11: return "math.min(" + numeric(depth) + ", " + numeric(depth) + ")";
            case 12: return "string.format(" + generator.pick(FORMATS) + ", " + numeric(depth) + ")";
            case 13: return "tonumber(" + generator.pick(NUMERIC_STRINGS) + ", " + generator.pick("2", "8", "10", "16", "36", "1", "37") + ")";
            case 14: return "select('#', " + numeric(depth) + ", " + numeric(depth) + ")";
            default: return "(" + numeric(depth) + ")";
        }
    }

    /** A string expression (possibly raising: wrong argument types, bad patterns). */
    String string(int depth) {
        int choice = depth <= 0 ? 0 : generator.below(14);
        String s = choice == 0 ? generator.pick(STRINGS) : string(depth - 1);
        switch (choice) {
            case 0: return s;
            case 1: return "(" + s + "):upper()";
            case 2: return "(" + s + "):lower()";
            case 3: return "(" + s + "):sub(" + small() + ", " + small() + ")";
            case 4: return "(" + s + "):rep(" + generator.pick("0", "1", "2", "3", "-1") + generator.pick("", ", '|'", ", ''") + ")";
            case 5: return "(" + s + "):reverse()";
            case 6: return "(" + s + " .. " + generator.pick(generator.pick(STRINGS), numeric(depth - 1)) + ")";
            case 7: return "string.char(" + generator.pick("72", "0", "255", "97, 98", "256", "-1", "65, 66, 67") + ")";
            case 8: return "(" + s + "):gsub(" + generator.pick(PATTERNS) + ", " + generator.pick("'%1%1'", "'<%0>'", "''", "'%%'", "{hello = 'HI', a = 1}", "string.upper", "function(c) return nil end") + ")";
            case 9: return "string.format(" + generator.pick("'%s|%s'", "'%q'", "'%-6s|'", "'%.2s'", "'[%5s]'") + ", " + s + ", " + generator.pick(STRINGS) + ")";
            case 10: return "table.concat({" + s + ", " + generator.pick(STRINGS) + ", " + generator.pick(INTEGERS) + "}, " + generator.pick("','", "''", "' - '") + ")";
            case 11: return "tostring(" + numeric(depth - 1) + ")";
            case 12: return "(" + s + "):match(" + generator.pick(PATTERNS) + ") or 'none'";
            default: return "(" + s + " .. " + s + ")";
        }
    }

    /** Expressions about a string: searches, bytes, lengths, comparisons. */
    String stringQuery(int depth) {
        String s = string(depth);
        switch (generator.below(9)) {
            case 0: return "(" + s + "):find(" + generator.pick(PATTERNS) + generator.pick("", ", 2", ", -3", ", 100") + ")";
            case 1: return "(" + s + "):find(" + generator.pick(STRINGS) + ", 1, true)";
            case 2: return "(" + s + "):byte(" + small() + ", " + small() + ")";
            case 3: return "#" + s + ", (" + s + "):len()";
            case 4: return s + " < " + string(depth) + ", " + s + " == " + string(depth);
            case 5: return "(" + s + "):match(" + generator.pick(PATTERNS) + ")";
            case 6: return "select('#', (" + s + "):gsub(" + generator.pick(PATTERNS) + ", '-'))";
            case 7: return "utf8.len(" + s + ")";
            default: return "string.format('%q', " + s + ")";
        }
    }
}
