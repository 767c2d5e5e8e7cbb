package org.crescent.parser;

import java.util.ArrayList;
import java.util.List;
import org.crescent.ast.BinaryOperator;
import org.crescent.ast.Block;
import org.crescent.ast.Expression;
import org.crescent.ast.FunctionBody;
import org.crescent.ast.LocalVariable;
import org.crescent.ast.TableItem;
import org.crescent.ast.UnaryOperator;
import org.crescent.lexer.Lexer;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.lexer.Token;
import org.crescent.runtime.LuaString;

/**
 * The expression half of the recursive-descent parser (C Lua's lparser.c rules from
 * {@code primaryexp} to {@code expr}, plus function bodies), and the token-matching helpers
 * both halves use. The statement rules are in {@link Parser}.
 *
 * <p>Invariant: the lexer's current token is the first token not yet consumed by a rule;
 * {@code depth} counts the nested rule activations C Lua counts towards its C stack limit.
 */
abstract class ExpressionParser {
    /** C Lua's LUAI_MAXCCALLS. */
    static final int MAX_C_CALLS = 200;
    /**
     * C calls already on C Lua's count when the parser starts ({@code load} and the protected
     * parser call, from a main chunk): nesting fails at 198 levels, as {@code lua5.4} does.
     */
    static final int BASE_C_CALLS = 2;

    final Lexer lexer;
    final Scopes scopes;
    private int depth = BASE_C_CALLS;

    ExpressionParser(Lexer lexer) {
        this.lexer = lexer;
        this.scopes = new Scopes(lexer);
    }

    /** Parses statements up to the end of a block into {@code block} ({@code statlist}). */
    abstract void statementList(Block block);

    // ---- helpers ---------------------------------------------------------------------

    /** Counts one more nested rule (C Lua's {@code enterlevel}). */
    final void enterLevel() {
        if (++depth >= MAX_C_CALLS) throw new LuaSyntaxError(LuaString.of("C stack overflow"));
    }

    final void leaveLevel() {
        depth--;
    }

    final int token() {
        return lexer.token();
    }

    final int line() {
        return lexer.lineNumber();
    }

    final boolean testNext(int kind) {
        if (lexer.token() == kind) {
            lexer.next();
            return true;
        }
        return false;
    }

    final LuaSyntaxError errorExpected(int kind) {
        return lexer.syntaxError(Token.describe(kind) + " expected");
    }

    final void check(int kind) {
        if (lexer.token() != kind) throw errorExpected(kind);
    }

    final void checkNext(int kind) {
        check(kind);
        lexer.next();
    }

    /**
     * Consumes {@code what}, which closes {@code who} opened at line {@code where}; the error
     * names the opener when it is on another line ({@code check_match}).
     */
    final void checkMatch(int what, int who, int where) {
        if (!testNext(what)) {
            if (where == lexer.lineNumber()) throw errorExpected(what);
            throw lexer.syntaxError(Token.describe(what) + " expected (to close " + Token.describe(who)
                    + " at line " + where + ")");
        }
    }

    /** NAME: consumes a name and returns it ({@code str_checkname}). */
    final LuaString checkName() {
        check(Token.NAME);
        LuaString name = lexer.stringValue();
        lexer.next();
        return name;
    }

    /** True if the current token ends a block; {@code until} only when withUntil. */
    final boolean blockFollow(boolean withUntil) {
        switch (lexer.token()) {
            case Token.ELSE: case Token.ELSEIF: case Token.END: case Token.EOF:
                return true;
            case Token.UNTIL:
                return withUntil;
            default:
                return false;
        }
    }

    // ---- function bodies -------------------------------------------------------------

    /**
     * body -> '(' parlist ')' block END. {@code line} is C Lua's linedefined for it; for a
     * method the implicit {@code self} is the first parameter.
     */
    final FunctionBody functionBody(boolean isMethod, int line) {
        FunctionBody body = new FunctionBody(line, isMethod, scopes.currentFunction());
        Block block = new Block(line);
        scopes.openFunction(body, block);
        checkNext('(');
        if (isMethod) {
            body.addParameter(scopes.declare(LuaString.of("self"), LocalVariable.Attribute.REGULAR, line));
            scopes.activate(1);
        }
        parameterList(body);
        checkNext(')');
        statementList(block);
        int lastLine = line();
        checkMatch(Token.END, Token.FUNCTION, line);
        body.finish(block, lastLine);
        scopes.closeFunction();
        return body;
    }

    /** parlist -> [ {NAME ','} (NAME | '...') ] */
    private void parameterList(FunctionBody body) {
        int count = 0;
        boolean vararg = false;
        if (token() != ')') {
            do {
                switch (token()) {
                    case Token.NAME: {
                        int nameLine = line();
                        LuaString name = checkName();
                        body.addParameter(scopes.declare(name, LocalVariable.Attribute.REGULAR, nameLine));
                        count++;
                        break;
                    }
                    case Token.DOTS:
                        lexer.next();
                        vararg = true;
                        break;
                    default:
                        throw lexer.syntaxError("<name> or '...' expected");
                }
            } while (!vararg && testNext(','));
        }
        scopes.activate(count);
        if (vararg) body.setVararg();
    }

    // ---- expressions -----------------------------------------------------------------

    /** explist -> expr { ',' expr } */
    final List<Expression> expressionList() {
        List<Expression> list = new ArrayList<>(2);
        list.add(expression());
        while (testNext(',')) list.add(expression());
        return List.copyOf(list);
    }

    /** expr -> subexpr with no priority limit */
    final Expression expression() {
        return subexpression(0);
    }

    /**
     * subexpr -> (simpleexp | unop subexpr) { binop subexpr }, taking only binary operators
     * whose left priority is above {@code limit}: this gives the precedences, right
     * associativity of {@code ..} and {@code ^}, and {@code -x^2 == -(x^2)}.
     */
    private Expression subexpression(int limit) {
        enterLevel();
        Expression left;
        UnaryOperator unary = unaryOperator(token());
        if (unary != null) {
            int operatorLine = line();
            lexer.next();
            Expression operand = subexpression(BinaryOperator.UNARY_PRIORITY);
            left = new Expression.Unary(operatorLine, unary, operand);
        } else {
            left = simpleExpression();
        }
        BinaryOperator operator = binaryOperator(token());
        while (operator != null && operator.leftPriority() > limit) {
            int operatorLine = line();
            lexer.next();
            Expression right = subexpression(operator.rightPriority());
            left = new Expression.Binary(operatorLine, operator, left, right);
            operator = binaryOperator(token());
        }
        leaveLevel();
        return left;
    }

    private static UnaryOperator unaryOperator(int kind) {
        switch (kind) {
            case Token.NOT: return UnaryOperator.NOT;
            case '-': return UnaryOperator.NEGATE;
            case '~': return UnaryOperator.BITWISE_NOT;
            case '#': return UnaryOperator.LENGTH;
            default: return null;
        }
    }

    private static BinaryOperator binaryOperator(int kind) {
        switch (kind) {
            case '+': return BinaryOperator.ADD;
            case '-': return BinaryOperator.SUBTRACT;
            case '*': return BinaryOperator.MULTIPLY;
            case '%': return BinaryOperator.MODULO;
            case '^': return BinaryOperator.POWER;
            case '/': return BinaryOperator.DIVIDE;
            case Token.FLOOR_DIVIDE: return BinaryOperator.FLOOR_DIVIDE;
            case '&': return BinaryOperator.BITWISE_AND;
            case '|': return BinaryOperator.BITWISE_OR;
            case '~': return BinaryOperator.BITWISE_XOR;
            case Token.SHIFT_LEFT: return BinaryOperator.SHIFT_LEFT;
            case Token.SHIFT_RIGHT: return BinaryOperator.SHIFT_RIGHT;
            case Token.CONCAT: return BinaryOperator.CONCAT;
            case Token.NOT_EQUAL: return BinaryOperator.NOT_EQUAL;
            case Token.EQUAL: return BinaryOperator.EQUAL;
            case '<': return BinaryOperator.LESS;
            case Token.LESS_EQUAL: return BinaryOperator.LESS_EQUAL;
            case '>': return BinaryOperator.GREATER;
            case Token.GREATER_EQUAL: return BinaryOperator.GREATER_EQUAL;
            case Token.AND: return BinaryOperator.AND;
            case Token.OR: return BinaryOperator.OR;
            default: return null;
        }
    }

    /**
     * simpleexp -> FLT | INT | STRING | NIL | TRUE | FALSE | '...' | constructor
     *            | FUNCTION body | suffixedexp
     */
    private Expression simpleExpression() {
        int line = line();
        Expression result;
        switch (token()) {
            case Token.FLOAT:
                result = new Expression.FloatLiteral(line, lexer.floatValue());
                break;
            case Token.INTEGER:
                result = new Expression.IntegerLiteral(line, lexer.integerValue());
                break;
            case Token.STRING:
                result = new Expression.StringLiteral(line, lexer.stringValue());
                break;
            case Token.NIL:
                result = new Expression.NilLiteral(line);
                break;
            case Token.TRUE:
                result = new Expression.TrueLiteral(line);
                break;
            case Token.FALSE:
                result = new Expression.FalseLiteral(line);
                break;
            case Token.DOTS:
                if (!scopes.currentFunction().isVararg()) {
                    throw lexer.syntaxError("cannot use '...' outside a vararg function");
                }
                result = new Expression.Vararg(line);
                break;
            case '{':
                return tableConstructor();
            case Token.FUNCTION: {
                lexer.next();
                FunctionBody body = functionBody(false, line());
                return new Expression.FunctionLiteral(body.line(), body);
            }
            default:
                return suffixedExpression();
        }
        lexer.next();
        return result;
    }

    /** primaryexp -> NAME | '(' expr ')' */
    private Expression primaryExpression() {
        switch (token()) {
            case '(': {
                int line = line();
                lexer.next();
                Expression inner = expression();
                int endLine = line();
                checkMatch(')', '(', line);
                return new Expression.Parenthesized(line, inner, endLine);
            }
            case Token.NAME:
                return singleVariable();
            default:
                throw lexer.syntaxError("unexpected symbol");
        }
    }

    /** NAME, resolved to a local, upvalue, constant or global ({@code singlevar}). */
    final Expression singleVariable() {
        int line = line();
        LuaString name = checkName();
        return scopes.resolveName(name, line);
    }

    /**
     * suffixedexp -> primaryexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs }.
     * Calls get the line where the whole expression starts, as in C Lua.
     */
    final Expression suffixedExpression() {
        int line = line();
        Expression expression = primaryExpression();
        for (;;) {
            switch (token()) {
                case '.':
                    expression = fieldSelector(expression);
                    break;
                case '[': {
                    lexer.next();
                    Expression key = expression();
                    int keyLine = line();
                    checkNext(']');
                    expression = new Expression.Index(keyLine, expression, key);
                    break;
                }
                case ':': {
                    lexer.next();
                    int nameLine = line();
                    LuaString name = checkName();
                    List<Expression> arguments = callArguments(line);
                    expression = new Expression.MethodCall(line, expression, name, arguments, nameLine,
                            lexer.lastLine());
                    break;
                }
                case '(': case Token.STRING: case '{':
                    List<Expression> arguments = callArguments(line);
                    expression = new Expression.Call(line, expression, arguments, lexer.lastLine());
                    break;
                default:
                    return expression;
            }
        }
    }

    /** fieldsel -> ['.' | ':'] NAME */
    final Expression fieldSelector(Expression table) {
        lexer.next();
        int nameLine = line();
        LuaString name = checkName();
        return new Expression.Index(nameLine, table, new Expression.StringLiteral(nameLine, name));
    }

    /** funcargs -> '(' [ explist ] ')' | constructor | STRING */
    private List<Expression> callArguments(int line) {
        switch (token()) {
            case '(': {
                lexer.next();
                List<Expression> arguments = token() == ')' ? List.of() : expressionList();
                checkMatch(')', '(', line);
                return arguments;
            }
            case '{':
                return List.of(tableConstructor());
            case Token.STRING: {
                Expression argument = new Expression.StringLiteral(line(), lexer.stringValue());
                lexer.next();
                return List.of(argument);
            }
            default:
                throw lexer.syntaxError("function arguments expected");
        }
    }

    /**
     * constructor -> '{' [ field { sep field } [sep] ] '}'
     * sep -> ',' | ';'
     */
    private Expression tableConstructor() {
        int line = line();
        List<TableItem> items = new ArrayList<>();
        checkNext('{');
        do {
            if (token() == '}') break;
            items.add(field());
        } while (testNext(',') || testNext(';'));
        int closeLine = line();
        checkMatch('}', '{', line);
        return new Expression.TableConstructor(line, List.copyOf(items), closeLine);
    }

    /** field -> listfield | recfield;  recfield -> (NAME | '[' exp ']') '=' exp */
    private TableItem field() {
        int line = line();
        switch (token()) {
            case Token.NAME: {
                if (lexer.lookahead() != '=') return new TableItem.Positional(line, expression());
                LuaString name = checkName();
                checkNext('=');
                return new TableItem.Keyed(line, new Expression.StringLiteral(line, name), expression());
            }
            case '[': {
                lexer.next();
                Expression key = expression();
                checkNext(']');
                checkNext('=');
                return new TableItem.Keyed(line, key, expression());
            }
            default:
                return new TableItem.Positional(line, expression());
        }
    }
}
