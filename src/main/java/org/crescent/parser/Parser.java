package org.crescent.parser;

import java.util.ArrayList;
import java.util.List;
import org.crescent.ast.Block;
import org.crescent.ast.Chunk;
import org.crescent.ast.ConstantFolding;
import org.crescent.ast.Expression;
import org.crescent.ast.FunctionBody;
import org.crescent.ast.Label;
import org.crescent.ast.LocalVariable;
import org.crescent.ast.Statement;
import org.crescent.ast.Upvalue;
import org.crescent.lexer.Lexer;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.lexer.Token;
import org.crescent.runtime.LuaString;

/**
 * The Lua 5.4 parser: a recursive-descent parser following C Lua's lparser.c rule for rule,
 * so that it accepts the same language and reports the same errors with the same messages
 * and lines. It resolves scopes while parsing (see {@link Scopes}) and builds the AST of
 * {@code org.crescent.ast}. This class holds the entry points and the statement rules; the
 * expression rules are in {@link ExpressionParser}.
 */
public final class Parser extends ExpressionParser {
    private static final LuaString FOR_STATE = LuaString.of("(for state)");

    private Parser(Lexer lexer) {
        super(lexer);
    }

    /**
     * Parses a whole chunk.
     *
     * @param source    the chunk's bytes (text; binary chunks are the loader's business)
     * @param chunkName the chunk name as for {@code load} ({@code =stdin}, {@code @file.lua},
     *                  or the source text itself)
     * @throws LuaSyntaxError with C Lua's message for any lexical, syntax or scope error
     */
    public static Chunk parse(byte[] source, LuaString chunkName) {
        return parse(source, 0, chunkName);
    }

    /**
     * Parses the chunk starting at {@code offset} of {@code source} (for files, pass
     * {@link Lexer#contentStart} to skip a {@code #} first line as {@code loadfile} does).
     */
    public static Chunk parse(byte[] source, int offset, LuaString chunkName) {
        return new Parser(new Lexer(source, offset, chunkName)).mainFunction(chunkName);
    }

    /** mainfunc -> statlist EOF, in a vararg function whose upvalue 0 is _ENV */
    private Chunk mainFunction(LuaString chunkName) {
        FunctionBody main = new FunctionBody(0, false, null);
        main.setVararg();
        LocalVariable environment = new LocalVariable(Scopes.ENVIRONMENT, LocalVariable.Attribute.REGULAR, null, 0);
        main.addUpvalue(new Upvalue(Scopes.ENVIRONMENT, environment, true, -1));
        Block block = new Block(1);
        scopes.openFunction(main, block);
        lexer.next();
        statementList(block);
        check(Token.EOF);
        main.finish(block, 0);
        scopes.closeFunction();
        return new Chunk(chunkName, main, environment);
    }

    /** statlist -> { stat [';'] }, where a return statement must be the last one */
    @Override
    void statementList(Block block) {
        while (!blockFollow(true)) {
            if (token() == Token.RETURN) {
                statement(block);
                break;
            }
            statement(block);
        }
        block.setEndLine(lexer.lastLine());
    }

    /** block -> statlist, in a new scope */
    private Block block() {
        Block block = new Block(line());
        scopes.enterBlock(block, null);
        statementList(block);
        scopes.leaveBlock();
        return block;
    }

    /**
     * stat -> ';' | ifstat | whilestat | DO block END | forstat | repeatstat | funcstat
     *       | localstat | LOCAL FUNCTION localfunc | label | retstat | breakstat
     *       | GOTO NAME | exprstat
     */
    private void statement(Block block) {
        int line = line();
        enterLevel();
        switch (token()) {
            case ';':
                lexer.next();
                break;
            case Token.IF:
                block.addStatement(ifStatement(line));
                break;
            case Token.WHILE:
                block.addStatement(whileStatement(line));
                break;
            case Token.DO: {
                lexer.next();
                Block body = block();
                int endLine = line();
                checkMatch(Token.END, Token.DO, line);
                block.addStatement(new Statement.Do(line, body, endLine));
                break;
            }
            case Token.FOR:
                block.addStatement(forStatement(line));
                break;
            case Token.REPEAT:
                block.addStatement(repeatStatement(line));
                break;
            case Token.FUNCTION:
                block.addStatement(functionStatement(line));
                break;
            case Token.LOCAL:
                lexer.next();
                if (testNext(Token.FUNCTION)) {
                    block.addStatement(localFunction(line, block));
                } else {
                    block.addStatement(localStatement(line, block));
                }
                break;
            case Token.DOUBLE_COLON: {
                lexer.next();
                labelStatement(checkName(), line, block);
                break;
            }
            case Token.RETURN:
                lexer.next();
                block.addStatement(returnStatement(line));
                break;
            case Token.BREAK: {
                lexer.next();
                block.addStatement(new Statement.Break(line, scopes.breakTarget(line)));
                break;
            }
            case Token.GOTO: {
                lexer.next();
                int nameLine = line();
                Statement.Goto node = new Statement.Goto(nameLine, checkName());
                scopes.addGoto(node);
                block.addStatement(node);
                break;
            }
            default:
                block.addStatement(expressionStatement(line));
                break;
        }
        leaveLevel();
    }

    /** ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
    private Statement ifStatement(int line) {
        List<Statement.IfClause> clauses = new ArrayList<>();
        do {
            int clauseLine = line();
            lexer.next();
            Expression condition = expression();
            int thenLine = line();
            checkNext(Token.THEN);
            clauses.add(new Statement.IfClause(clauseLine, condition, block(), thenLine));
        } while (token() == Token.ELSEIF);
        Block elseBody = testNext(Token.ELSE) ? block() : null;
        int endLine = line();
        checkMatch(Token.END, Token.IF, line);
        return new Statement.If(line, List.copyOf(clauses), elseBody, endLine);
    }

    /** whilestat -> WHILE cond DO block END */
    private Statement whileStatement(int line) {
        lexer.next();
        Expression condition = expression();
        Label breakLabel = scopes.newBreakLabel();
        scopes.enterBlock(null, breakLabel);
        checkNext(Token.DO);
        Block body = block();
        int endLine = line();
        checkMatch(Token.END, Token.WHILE, line);
        scopes.leaveBlock();
        return new Statement.While(line, condition, body, breakLabel, endLine);
    }

    /** repeatstat -> REPEAT block UNTIL cond, the condition inside the block's scope */
    private Statement repeatStatement(int line) {
        Label breakLabel = scopes.newBreakLabel();
        scopes.enterBlock(null, breakLabel);
        lexer.next();
        Block body = new Block(line());
        scopes.enterBlock(body, null);
        statementList(body);
        checkMatch(Token.UNTIL, Token.REPEAT, line);
        Expression condition = expression();
        scopes.leaveBlock();
        scopes.leaveBlock();
        return new Statement.Repeat(line, body, condition, breakLabel);
    }

    /** forstat -> FOR (fornum | forlist) END */
    private Statement forStatement(int line) {
        Label breakLabel = scopes.newBreakLabel();
        scopes.enterBlock(null, breakLabel);
        lexer.next();
        int nameLine = line();
        LuaString name = checkName();
        Statement loop;
        switch (token()) {
            case '=':
                loop = numericFor(line, name, nameLine, breakLabel);
                break;
            case ',': case Token.IN:
                loop = genericFor(line, name, nameLine, breakLabel);
                break;
            default:
                throw lexer.syntaxError("'=' or 'in' expected");
        }
        checkMatch(Token.END, Token.FOR, line);
        scopes.leaveBlock();
        return loop;
    }

    private List<LocalVariable> declareForState(int count, int line) {
        List<LocalVariable> state = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            state.add(scopes.declare(FOR_STATE, LocalVariable.Attribute.REGULAR, line));
        }
        return List.copyOf(state);
    }

    /** fornum -> NAME '=' exp ',' exp [',' exp] forbody */
    private Statement numericFor(int line, LuaString name, int nameLine, Label breakLabel) {
        List<LocalVariable> state = declareForState(3, line);
        LocalVariable variable = scopes.declare(name, LocalVariable.Attribute.REGULAR, nameLine);
        checkNext('=');
        Expression start = expression();
        checkNext(',');
        Expression limit = expression();
        Expression step = testNext(',') ? expression() : null;
        scopes.activate(3);
        int doLine = line();
        Block body = forBody(1);
        return new Statement.NumericFor(line, state, variable, start, limit, step, body, breakLabel, doLine,
                line());
    }

    /** forlist -> NAME {',' NAME} IN explist forbody */
    private Statement genericFor(int line, LuaString name, int nameLine, Label breakLabel) {
        List<LocalVariable> state = declareForState(4, line);
        List<LocalVariable> variables = new ArrayList<>();
        variables.add(scopes.declare(name, LocalVariable.Attribute.REGULAR, nameLine));
        while (testNext(',')) {
            int variableLine = line();
            variables.add(scopes.declare(checkName(), LocalVariable.Attribute.REGULAR, variableLine));
        }
        checkNext(Token.IN);
        int valuesLine = line();
        List<Expression> values = expressionList();
        scopes.activate(4);
        scopes.markToBeClosed();
        int doLine = line();
        Block body = forBody(variables.size());
        return new Statement.GenericFor(line, valuesLine, state, List.copyOf(variables), values, body,
                breakLabel, doLine, line());
    }

    /** forbody -> DO block, with the loop's declared variables in scope */
    private Block forBody(int variableCount) {
        checkNext(Token.DO);
        scopes.enterBlock(null, null);
        scopes.activate(variableCount);
        Block body = block();
        scopes.leaveBlock();
        return body;
    }

    /** funcstat -> FUNCTION funcname body;  funcname -> NAME {fieldsel} [':' NAME] */
    private Statement functionStatement(int line) {
        lexer.next();
        Expression target = singleVariable();
        while (token() == '.') target = fieldSelector(target);
        boolean isMethod = false;
        if (token() == ':') {
            isMethod = true;
            target = fieldSelector(target);
        }
        FunctionBody body = functionBody(isMethod, line);
        checkReadOnly(target);
        return new Statement.FunctionStatement(line, (Expression.Assignable) target, body);
    }

    /** localfunc -> NAME body, the name in scope inside the body */
    private Statement localFunction(int line, Block block) {
        int nameLine = line();
        LocalVariable variable = scopes.declare(checkName(), LocalVariable.Attribute.REGULAR, nameLine);
        scopes.activate(1);
        block.addVariable(variable);
        FunctionBody body = functionBody(false, line());
        return new Statement.LocalFunction(line, variable, body);
    }

    /** localstat -> LOCAL NAME attrib { ',' NAME attrib } ['=' explist] */
    private Statement localStatement(int line, Block block) {
        List<LocalVariable> variables = new ArrayList<>();
        boolean hasToBeClosed = false;
        do {
            int nameLine = line();
            LuaString name = checkName();
            scopes.checkVariableLimit();
            LocalVariable.Attribute attribute = attribute();
            if (attribute == LocalVariable.Attribute.CLOSE) {
                if (hasToBeClosed) {
                    throw lexer.semanticError(LuaString.of("multiple to-be-closed variables in local list"));
                }
                hasToBeClosed = true;
            }
            variables.add(scopes.declare(name, attribute, nameLine));
        } while (testNext(','));
        List<Expression> values = testNext('=') ? expressionList() : List.of();
        LocalVariable last = variables.get(variables.size() - 1);
        if (variables.size() == values.size() && last.attribute() == LocalVariable.Attribute.CONST) {
            Expression constant = ConstantFolding.valueOf(values.get(values.size() - 1));
            if (constant != null) last.setConstantValue(constant);
        }
        scopes.activate(variables.size());
        if (hasToBeClosed) scopes.markToBeClosed();
        for (LocalVariable variable : variables) block.addVariable(variable);
        return new Statement.Local(line, List.copyOf(variables), values);
    }

    /** attrib -> ['<' NAME '>'] */
    private LocalVariable.Attribute attribute() {
        if (!testNext('<')) return LocalVariable.Attribute.REGULAR;
        LuaString name = checkName();
        checkNext('>');
        String text = name.toString();
        if (text.equals("const")) return LocalVariable.Attribute.CONST;
        if (text.equals("close")) return LocalVariable.Attribute.CLOSE;
        throw lexer.semanticError(Scopes.message("unknown attribute '", name, "'"));
    }

    /**
     * label -> '::' NAME '::', followed by any void statements (';' and labels), which are
     * parsed first so that the label knows whether it ends its block.
     */
    private void labelStatement(LuaString name, int line, Block block) {
        checkNext(Token.DOUBLE_COLON);
        while (token() == ';' || token() == Token.DOUBLE_COLON) statement(block);
        Label label = scopes.createLabel(name, line, blockFollow(false));
        block.addStatement(new Statement.LabelStatement(line, label));
    }

    /** retstat -> RETURN [explist] [';'] */
    private Statement returnStatement(int line) {
        List<Expression> values = blockFollow(true) || token() == ';' ? List.of() : expressionList();
        boolean tailCall = values.size() == 1 && values.get(0) instanceof Expression.Invocation
                && !scopes.insideToBeClosed();
        testNext(';');
        return new Statement.Return(line, values, tailCall);
    }

    /**
     * exprstat -> func | assignment
     * assignment -> suffixedexp restassign
     * restassign -> ',' suffixedexp restassign | '=' explist
     */
    private Statement expressionStatement(int line) {
        Expression first = suffixedExpression();
        if (token() != '=' && token() != ',') {
            if (!(first instanceof Expression.Invocation call)) throw lexer.syntaxError("syntax error");
            return new Statement.CallStatement(line, call);
        }
        List<Expression.Assignable> targets = new ArrayList<>();
        Expression target = first;
        int levels = 0;
        try {
            for (;;) {
                if (!(target instanceof Expression.Assignable) && !(target instanceof Expression.ConstantReference)) {
                    throw lexer.syntaxError("syntax error");
                }
                checkReadOnly(target);
                targets.add((Expression.Assignable) target);
                if (!testNext(',')) break;
                target = suffixedExpression();
                enterLevel();
                levels++;
            }
            checkNext('=');
            List<Expression> values = expressionList();
            return new Statement.Assignment(line, List.copyOf(targets), values);
        } finally {
            while (levels-- > 0) leaveLevel();
        }
    }

    /** Rejects assignment to a {@code <const>} or {@code <close>} variable ({@code check_readonly}). */
    private void checkReadOnly(Expression target) {
        LocalVariable variable = null;
        if (target instanceof Expression.LocalReference local) variable = local.variable();
        else if (target instanceof Expression.UpvalueReference upvalue) variable = upvalue.variable();
        else if (target instanceof Expression.ConstantReference constant) variable = constant.variable();
        if (variable != null && variable.isReadOnly()) {
            throw lexer.semanticError(Scopes.message("attempt to assign to const variable '", variable.name(), "'"));
        }
    }
}
