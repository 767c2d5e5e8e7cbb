// Embedding Crescent in a Java program: values both ways, Java functions, tables, Java
// objects as userdata, errors, and the JSR-223 engine.
//
// Run it (Java 17 or newer runs a single source file directly):
//   bin/crescent -v                      # builds target/crescent.jar once
//   java -cp target/crescent.jar examples/Embedding.java

import java.util.List;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.crescent.api.Lua;
import org.crescent.api.LuaCallable;
import org.crescent.api.LuaCallback;
import org.crescent.api.LuaException;
import org.crescent.api.LuaTableView;

public class Embedding {
    /** A Java type that Lua code uses as an object. */
    record Account(String owner, long balance) {}

    public static void main(String[] arguments) throws Exception {
        try (Lua lua = Lua.create()) {
            // Globals and Java functions.
            lua.set("name", "Crescent");
            lua.register("add", args -> args.checkInteger(1) + args.checkInteger(2));
            System.out.println(lua.eval("return 'hello ' .. name .. ', ' .. add(40, 2)"));

            // Lua functions called from Java.
            LuaCallable square = (LuaCallable) lua.eval("return function(x) return x * x end");
            System.out.println("7 squared is " + square.call(7));

            // Tables: Java collections go in as tables, tables come out as live maps.
            lua.set("scores", Map.of("ada", 36, "alan", 41));
            lua.set("names", List.of("ada", "alan"));
            LuaTableView summary = (LuaTableView) lua.eval(
                    "local total = 0 for _, n in ipairs(names) do total = total + scores[n] end "
                    + "return {total = total, count = #names}");
            System.out.println("total " + summary.get("total") + " over " + summary.get("count"));

            // Java objects as userdata, with methods in their metatable.
            LuaTableView accountType = lua.registerType(Account.class, "Account");
            accountType.put("owner", (LuaCallback) args -> args.checkUserdata(1, Account.class).owner());
            accountType.put("balance", (LuaCallback) args -> args.checkUserdata(1, Account.class).balance());
            lua.set("account", new Account("ada", 120));
            System.out.println(lua.eval("return account:owner() .. ' has ' .. account:balance()"));

            // Errors arrive as LuaException, with Lua's message and traceback.
            try {
                lua.eval("local t = nil\nreturn t.field", "example");
            } catch (LuaException error) {
                System.out.println("error: " + error.getMessage());
            }
            try {
                lua.eval("return add('x', 1)", "example");
            } catch (LuaException error) {
                System.out.println("error: " + error.getMessage());
            }
        }

        // The same language through JSR-223.
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("lua");
        engine.put("x", 20);
        System.out.println("JSR-223: " + engine.eval("return x + 22"));
    }
}
