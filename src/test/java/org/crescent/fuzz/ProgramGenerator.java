package org.crescent.fuzz;

import java.util.SplittableRandom;

/**
 * Generates valid Lua 5.4 programs whose output is fully defined by the language (no table
 * addresses, no traversal order, no borders of tables with holes), for running on Crescent and
 * lua5.4 and comparing what they print. The program is a fixed prelude of printing helpers
 * followed by sections, each a {@code do ... end} block exercising one area: arithmetic,
 * strings, tables, closures, varargs, metatables, goto, errors, coroutines, loops, number
 * conversions, string.format, string.pack and utf8, syntax errors, error messages naming
 * variables. Everything that
 * may raise runs under {@code pcall} and prints its error message, so messages are compared too.
 *
 * <p>Deterministic: the same sequence of choices gives the same program. A choice of 0 always
 * means the smallest option, so a run of zeros (an exhausted fuzzer input) ends the program.
 */
final class ProgramGenerator {
    /** Where the generator's decisions come from: a seeded random source or a fuzzer's bytes. */
    interface Choices {
        /** A number in [0, bound). */
        int below(int bound);
    }

    /**
     * Prints values unambiguously: numbers with their subtype ("i3", "f3.0"), strings quoted,
     * reference values by type only (their addresses differ between implementations).
     */
    static final String PRELUDE = String.join("\n",
            "local function fmt(v)",
            "  local kind = math.type(v)",
            "  if kind then return kind:sub(1, 1) .. tostring(v) end",
            "  if type(v) == 'string' then return string.format('%q', v) end",
            "  if type(v) == 'nil' or type(v) == 'boolean' then return tostring(v) end",
            "  return type(v)",
            "end",
            "local function show(...)",
            "  local parts = {}",
            "  for i = 1, select('#', ...) do parts[i] = fmt((select(i, ...))) end",
            "  print(select('#', ...) .. ': ' .. table.concat(parts, ' '))",
            "end",
            "local function check(f, ...) show(pcall(f, ...)) end",
            "local function dump(t)",
            "  local keys = {}",
            "  for k in pairs(t) do keys[#keys + 1] = k end",
            "  table.sort(keys, function(x, y)",
            "    local tx, ty = type(x), type(y)",
            "    if tx ~= ty then return tx < ty end",
            "    if tx == 'number' or tx == 'string' then return x < y end",
            "    return tostring(x) < tostring(y) and tx == 'boolean'",
            "  end)",
            "  local parts = {}",
            "  for i, k in ipairs(keys) do",
            "    local key = (type(k) == 'number' or type(k) == 'string' or type(k) == 'boolean') and fmt(k) or type(k)",
            "    parts[i] = key .. '=' .. fmt(t[k])",
            "  end",
            "  return '{' .. table.concat(parts, ',') .. '}'",
            "end",
            "");

    private final Choices choices;
    private final StringBuilder out = new StringBuilder();
    final Expressions expressions;
    private int nameCounter;

    private ProgramGenerator(Choices choices) {
        this.choices = choices;
        this.expressions = new Expressions(this);
    }

    /** The program for {@code seed}, the same on every JVM. */
    static String generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return generate(random::nextInt);
    }

    static String generate(Choices choices) {
        ProgramGenerator generator = new ProgramGenerator(choices);
        generator.out.append(PRELUDE);
        int sections = 1 + generator.below(8);
        for (int i = 0; i < sections; i++) {
            generator.section();
        }
        return generator.out.toString();
    }

    int below(int bound) {
        int choice = choices.below(bound);
        return choice < 0 || choice >= bound ? 0 : choice;
    }

    String pick(String... options) {
        return options[below(options.length)];
    }

    boolean chance(int inBound) {
        return below(inBound) == 0;
    }

    /** A fresh name, so sections never clash. */
    String fresh(String stem) {
        return stem + (++nameCounter);
    }

    ProgramGenerator line(String text) {
        out.append(text).append('\n');
        return this;
    }

    private void section() {
        line("do");
        Sections sections = new Sections(this);
        TextSections text = new TextSections(this);
        switch (below(15)) {
            case 0: sections.arithmetic(); break;
            case 1: sections.strings(); break;
            case 2: sections.tables(); break;
            case 3: sections.closures(); break;
            case 4: sections.varargs(); break;
            case 5: sections.metatables(); break;
            case 6: sections.gotos(); break;
            case 7: sections.errors(); break;
            case 8: sections.coroutines(); break;
            case 9: text.conversions(); break;
            case 10: text.formatting(); break;
            case 11: text.binary(); break;
            case 12: text.syntaxErrors(); break;
            case 13: text.names(); break;
            default: sections.loops(); break;
        }
        line("end");
    }
}
