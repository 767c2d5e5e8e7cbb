package org.crescent.cli;

import java.util.List;
import java.util.TreeSet;
import org.crescent.interpreter.GlobalState;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion in the REPL: the name before the cursor ({@code pri}, {@code math.fl},
 * {@code s:up}) is completed from the globals and the fields of the tables it goes through,
 * following {@code __index} tables (so string methods complete after {@code :}). Reads tables
 * raw: completing never runs Lua code.
 */
final class NameCompleter implements Completer {
    private static final LuaString INDEX = LuaString.of("__index");
    private static final int MAX_INDEX_CHAIN = 8;

    private final GlobalState global;

    NameCompleter(GlobalState global) {
        this.global = global;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, line.wordCursor());
        int start = word.length();
        while (start > 0 && isNameChar(word.charAt(start - 1))) {
            start--;
        }
        String expression = word.substring(start);
        int separator = Math.max(expression.lastIndexOf('.'), expression.lastIndexOf(':'));
        String prefix = expression.substring(separator + 1);
        LuaTable table = global.globals;
        if (separator >= 0) {
            table = resolve(expression.substring(0, separator));
            if (table == null) {
                return;
            }
        }
        String head = word.substring(0, start) + expression.substring(0, separator + 1);
        TreeSet<String> names = new TreeSet<>();
        collect(table, prefix, names);
        for (String name : names) {
            candidates.add(new Candidate(head + name, name, null, null, null, null, false));
        }
    }

    private static boolean isNameChar(char c) {
        return c == '_' || c == '.' || c == ':' || Character.isLetterOrDigit(c) && c < 128;
    }

    /** The table a dotted path names, or null. */
    private LuaTable resolve(String path) {
        Object current = global.globals;
        byte tag = Tag.TABLE;
        for (String part : path.split("[.:]", -1)) {
            if (part.isEmpty()) {
                return null;
            }
            Object[] found = field(tag, current, LuaString.of(part));
            if (found == null) {
                return null;
            }
            tag = (Byte) found[0];
            current = found[1];
        }
        if (tag == Tag.TABLE) {
            return (LuaTable) current;
        }
        LuaTable metatable = global.metatable(tag, current);
        Object[] index = metatable == null ? null : field(Tag.TABLE, metatable, INDEX);
        return index != null && (Byte) index[0] == Tag.TABLE ? (LuaTable) index[1] : null;
    }

    /** The (tag, reference) of a field, following __index tables; null when absent. */
    private Object[] field(byte tag, Object object, LuaString key) {
        byte[] tags = new byte[1];
        long[] bits = new long[1];
        Object[] refs = new Object[1];
        for (int depth = 0; depth < MAX_INDEX_CHAIN; depth++) {
            LuaTable metatable;
            if (tag == Tag.TABLE) {
                ((LuaTable) object).getString(key, tags, bits, refs, 0);
                if (tags[0] != Tag.NIL) {
                    return new Object[] {tags[0], refs[0]};
                }
                metatable = ((LuaTable) object).metatable;
            } else {
                metatable = global.metatable(tag, object);
            }
            if (metatable == null) {
                return null;
            }
            metatable.getString(INDEX, tags, bits, refs, 0);
            if (tags[0] != Tag.TABLE) {
                return null;
            }
            tag = Tag.TABLE;
            object = refs[0];
        }
        return null;
    }

    /** String keys that are names and start with {@code prefix}, from the table and its __index tables. */
    private static void collect(LuaTable table, String prefix, TreeSet<String> names) {
        for (int depth = 0; table != null && depth < MAX_INDEX_CHAIN; depth++) {
            for (int position = table.nextPosition(Tag.NIL, 0, null); position >= 0;
                 position = table.nextPosition(table.keyTagAt(position), table.keyBitsAt(position), table.keyRefAt(position))) {
                if (table.keyTagAt(position) == Tag.STRING) {
                    String name = table.keyRefAt(position).toString();
                    if (name.startsWith(prefix) && name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                        names.add(name);
                    }
                }
            }
            LuaTable metatable = table.metatable;
            if (metatable == null) {
                return;
            }
            byte[] tags = new byte[1];
            Object[] refs = new Object[1];
            metatable.getString(INDEX, tags, new long[1], refs, 0);
            table = tags[0] == Tag.TABLE ? (LuaTable) refs[0] : null;
        }
    }
}
