package org.crescent.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crescent.ast.AstPrinter;
import org.crescent.ast.Chunk;
import org.crescent.ast.Expression;
import org.crescent.ast.FunctionBody;
import org.crescent.ast.Label;
import org.crescent.ast.LocalVariable;
import org.crescent.ast.Statement;
import org.crescent.ast.TableItem;
import org.crescent.ast.Upvalue;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.Test;

/** The shape of parsed trees, shown with {@link AstPrinter}, and the symbols they share. */
class ParserTreeTest {

    private static Chunk parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), LuaString.of("=test"));
    }

    private static String tree(String source) {
        return AstPrinter.print(parse(source));
    }

    private static Statement first(Chunk chunk) {
        return chunk.main().block().statements().get(0);
    }

    @Test
    void precedenceAndAssociativity() {
        assertEquals("G:x = (or (and (== (.. (+ (- (^ 2 2)) (^ 2 (- (^ 3 2)))) (.. G:a G:b)) G:c) (not G:d)) (< G:e G:f))\n",
                tree("x = -2^2 + 2^-3^2 .. a .. b == c and not d or e < f"));
        assertEquals("G:x = (| (- (+ 1 2) (% (// (/ (* 3 4) 5) 6) 7)) (~ 8 (& 9 (>> (<< 10 11) 12))))\n",
                tree("x = 1 + 2 - 3 * 4 / 5 // 6 % 7 | 8 ~ 9 & 10 << 11 >> 12"));
        assertEquals("G:x = (.. (# (index G:t 1)) (~ G:y))\n", tree("x = #t[1] .. ~y"));
        assertEquals("G:x = (- (- 1))\n", tree("x = - -1"));
        assertEquals("G:x = (not (paren (== 1 2)))\n", tree("x = not (1 == 2)"));
        assertEquals("G:x = (== (not 1) 2)\n", tree("x = not 1 == 2"));
    }

    @Test
    void callSugarAndTables() {
        assertEquals("(call G:f \"s\")\n(call G:f {1})\n(method G:o m \"s\")\n(method G:o m {1})\n(call G:f ...)\n",
                tree("f\"s\" f{1} o:m\"s\" o:m{1} f(...)"));
        assertEquals("local t = {1, 2, [\"x\"]=3, [4]=5, (call G:f), ...}\n",
                tree("local t = {1, 2; x = 3, [4] = 5, f(), ...}"));
        Expression.TableConstructor table = (Expression.TableConstructor)
                ((Statement.Local) first(parse("local t = {1, x = 2, [3] = 4}"))).values().get(0);
        assertInstanceOf(TableItem.Positional.class, table.items().get(0));
        assertInstanceOf(TableItem.Keyed.class, table.items().get(1));
        assertInstanceOf(TableItem.Keyed.class, table.items().get(2));
    }

    @Test
    void namesResolveToLocalsUpvaluesConstantsAndGlobals() {
        assertEquals("local a*, b = 1\nlocal function f() [a:local _ENV:up0]\n  return ^a#0, G:g\nend\na = b\n",
                tree("local a, b = 1; local function f() return a, g end; a = b"));
        assertEquals("local x<const> = 1\nlocal y<const> = (+ K:x 1)\nlocal z<const> = (call G:f)\nreturn K:x, K:y, z\n",
                tree("local x <const> = 1; local y <const> = x + 1; local z <const> = f(); return x, y, z"));
        assertEquals("local _ENV* = {}\nG[_ENV]:x = 1\nlocal function f() [_ENV:local]\n  return G[^_ENV#0]:y\nend\n",
                tree("local _ENV = {}; x = 1; local function f() return y end"));
        assertEquals("local x = G:x\n", tree("local x = x"));
    }

    @Test
    void tailCallsAreSingleUnparenthesizedCallsOutsideToBeClosedScopes() {
        assertEquals("return tail (call G:f)\n", tree("return f()"));
        assertEquals("return tail (method G:o m)\n", tree("return o:m()"));
        assertEquals("return (paren (call G:f))\n", tree("return (f())"));
        assertEquals("return (call G:f), (call G:g)\n", tree("return f(), g()"));
        assertEquals("do\n  local c<close> = nil\n  return (call G:f)\nend\n", tree("do local c <close> = nil; return f() end"));
        assertEquals("for k in (call G:pairs G:t) do\n  return (call G:f)\nend\n", tree("for k in pairs(t) do return f() end"));
        assertEquals("do\n  local c<close> = nil\nend\nreturn tail (call G:f)\n", tree("do local c <close> = nil end return f()"));
    }

    @Test
    void functionStatementsAndMethods() {
        Chunk chunk = parse("function a.b.c:m(x)\n  return self\nend");
        Statement.FunctionStatement statement = (Statement.FunctionStatement) first(chunk);
        FunctionBody body = statement.body();
        assertTrue(body.isMethod());
        assertEquals(2, body.parameters().size());
        assertEquals("self", body.parameters().get(0).name().toString());
        assertEquals(1, body.line());
        assertEquals(3, body.lastLine());
        assertSame(chunk.main(), body.parent());
        Expression.Index target = (Expression.Index) statement.target();
        assertEquals("\"m\"", AstPrinter.print(target.key()));
        assertEquals("(index (index (index G:a \"b\") \"c\") \"m\")", AstPrinter.print(target));
    }

    @Test
    void mainChunkIsVarargWithEnvironmentUpvalue() {
        Chunk chunk = parse("return ...");
        FunctionBody main = chunk.main();
        assertTrue(main.isVararg());
        assertTrue(main.isMain());
        assertEquals(0, main.line());
        assertEquals(0, main.lastLine());
        assertEquals(1, main.upvalues().size());
        Upvalue environment = main.upvalues().get(0);
        assertEquals("_ENV", environment.name().toString());
        assertSame(chunk.environment(), environment.variable());
        assertNull(chunk.environment().function());
    }

    @Test
    void upvalueChainsThroughIntermediateFunctions() {
        Chunk chunk = parse("local x\nlocal function f()\n  return function() return x end\nend");
        LocalVariable x = ((Statement.Local) first(chunk)).variables().get(0);
        assertTrue(x.isCaptured());
        FunctionBody f = ((Statement.LocalFunction) chunk.main().block().statements().get(1)).body();
        assertEquals(new Upvalue(LuaString.of("x"), x, true, -1), f.upvalues().get(0));
        Statement.Return ret = (Statement.Return) f.block().statements().get(0);
        FunctionBody inner = ((Expression.FunctionLiteral) ret.values().get(0)).body();
        assertEquals(new Upvalue(LuaString.of("x"), x, false, 0), inner.upvalues().get(0));
        Statement.Return innerReturn = (Statement.Return) inner.block().statements().get(0);
        Expression.UpvalueReference reference = (Expression.UpvalueReference) innerReturn.values().get(0);
        assertSame(x, reference.variable());
        assertEquals(0, reference.index());
    }

    @Test
    void constantsKeepTheirValue() {
        Chunk chunk = parse("local a <const> = 2^10 local b <const> = 'x' .. 'y' local c <const> = -0.0");
        LocalVariable a = ((Statement.Local) chunk.main().block().statements().get(0)).variables().get(0);
        LocalVariable b = ((Statement.Local) chunk.main().block().statements().get(1)).variables().get(0);
        LocalVariable c = ((Statement.Local) chunk.main().block().statements().get(2)).variables().get(0);
        assertEquals(1024.0, ((Expression.FloatLiteral) a.constantValue()).value());
        assertFalse(b.isCompileTimeConstant());
        assertFalse(c.isCompileTimeConstant());
        assertTrue(b.isReadOnly());
    }

    @Test
    void loopsOwnTheirBreakLabels() {
        Chunk chunk = parse("while true do if x then break end end");
        Statement.While loop = (Statement.While) first(chunk);
        Statement.If ifStatement = (Statement.If) loop.body().statements().get(0);
        Statement.Break breakStatement = (Statement.Break) ifStatement.clauses().get(0).body().statements().get(0);
        assertSame(loop.breakLabel(), breakStatement.target());
        assertTrue(loop.breakLabel().isBreakLabel());
        assertSame(chunk.main().block(), loop.breakLabel().block());
    }

    @Test
    void gotosKnowTheirLabels() {
        Chunk chunk = parse("goto done\ndo ::inner:: goto inner end\n::done::");
        Statement.Goto forward = (Statement.Goto) first(chunk);
        Statement.Do block = (Statement.Do) chunk.main().block().statements().get(1);
        Label inner = ((Statement.LabelStatement) block.body().statements().get(0)).label();
        Statement.Goto backward = (Statement.Goto) block.body().statements().get(1);
        Label done = ((Statement.LabelStatement) chunk.main().block().statements().get(2)).label();
        assertSame(done, forward.target());
        assertSame(inner, backward.target());
        assertTrue(done.isLastInBlock());
        assertFalse(inner.isLastInBlock());
        assertEquals(3, done.line());
        assertSame(block.body(), inner.block());
    }

    @Test
    void blocksListTheirVariables() {
        Chunk chunk = parse("local a, b\nlocal function f(p) local q end\nfor i = 1, 2 do local c end");
        assertEquals("[a@1, b@1, f@2]", chunk.main().block().variables().toString());
        Statement.NumericFor loop = (Statement.NumericFor) chunk.main().block().statements().get(2);
        assertEquals("[c@3]", loop.body().variables().toString());
        assertEquals(3, loop.stateVariables().size());
        assertEquals("(for state)", loop.stateVariables().get(0).name().toString());
        assertEquals("i", loop.variable().name().toString());
    }

    @Test
    void repeatConditionSeesTheBodyLocals() {
        Chunk chunk = parse("repeat local x = 1 until x");
        Statement.Repeat loop = (Statement.Repeat) first(chunk);
        LocalVariable x = loop.body().variables().get(0);
        assertSame(x, ((Expression.LocalReference) loop.condition()).variable());
    }

    @Test
    void linesOfCallsOperatorsAndBlocks() {
        Chunk chunk = parse("f(\n1\n)\nx = a\n+\nb\nif c\nthen\n  y = 1\nend");
        Expression.Call call = ((Statement.CallStatement) first(chunk)).call() instanceof Expression.Call c ? c : null;
        assertEquals(1, call.line());
        assertEquals(3, call.endLine());
        Statement.Assignment assignment = (Statement.Assignment) chunk.main().block().statements().get(1);
        Expression.Binary sum = (Expression.Binary) assignment.values().get(0);
        assertEquals(5, sum.line());
        assertEquals(6, sum.endLine());
        Statement.If ifStatement = (Statement.If) chunk.main().block().statements().get(2);
        assertEquals(7, ifStatement.clauses().get(0).line());
        assertEquals(8, ifStatement.clauses().get(0).thenLine());
        assertEquals(9, ifStatement.clauses().get(0).body().endLine());
        assertEquals(10, chunk.main().block().endLine());
        assertEquals(10, ifStatement.endLine());
    }

    @Test
    void statementEndLines() {
        Chunk chunk = parse("do\nx = 1\nend\nwhile x\ndo\nend\nfor i = 1, 2\ndo\n\nend\n"
                + "for k in x\ndo\nend\nrepeat\nuntil\nx\nlocal a,\nb = 1,\n2\nf(\n)\nreturn\n1;");
        List<Statement> statements = chunk.main().block().statements();
        int[] ends = {3, 6, 10, 13, 16, 19, 21, 23};
        for (int i = 0; i < ends.length; i++) {
            assertEquals(ends[i], statements.get(i).endLine(), statements.get(i).toString());
        }
        assertEquals(8, ((Statement.NumericFor) statements.get(2)).doLine());
        assertEquals(12, ((Statement.GenericFor) statements.get(3)).doLine());
    }
}
