package org.crescent.compiler;

import org.crescent.ast.Expression;
import org.crescent.ast.LocalVariable;

/**
 * A local variable as the code generator sees it (C Lua's {@code Vardesc}): its kind, the
 * register it lives in, and the index of its debug entry. A compile-time constant has no
 * register and no debug entry; it carries its value instead.
 */
final class VariableDescriptor {
    static final int REGULAR = 0;
    static final int CONST = 1;
    static final int TO_BE_CLOSED = 2;
    static final int COMPILE_TIME_CONSTANT = 3;

    final LocalVariable variable;
    int kind;
    int register;
    int debugIndex = -1;
    Expression constantValue;

    VariableDescriptor(LocalVariable variable) {
        this.variable = variable;
        this.kind = switch (variable.attribute()) {
            case REGULAR -> REGULAR;
            case CONST -> CONST;
            case CLOSE -> TO_BE_CLOSED;
        };
    }

    boolean isInRegister() {
        return kind != COMPILE_TIME_CONSTANT;
    }
}
