package org.crescent.jit;

import static org.crescent.jit.MethodEmitter.*;
import static org.objectweb.asm.Opcodes.*;

import org.crescent.runtime.Tag;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * GETUPVAL and SETUPVAL, and the upvalue access GETTABUP/SETTABUP share. An upvalue is a
 * window on one slot of some value stack (open) or of its own arrays (closed); never on a
 * register of the running frame, whose locals compiled code holds, since a closure's
 * upvalues belong to the frames of enclosing functions.
 */
final class UpvalueEmitter {
    private UpvalueEmitter() {}

    /** UPVALUE_TEMP := upvalue {@code index}, INT_TEMP := its slot. */
    static void load(MethodEmitter e, int index) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ALOAD, UPVALUES);
        e.pushInt(index);
        m.visitInsn(AALOAD);
        m.visitVarInsn(ASTORE, UPVALUE_TEMP);
        m.visitVarInsn(ALOAD, UPVALUE_TEMP);
        m.visitFieldInsn(GETFIELD, UPVALUE_TYPE, "index", "I");
        m.visitVarInsn(ISTORE, INT_TEMP);
    }

    /** Pushes array {@code field} of the upvalue in UPVALUE_TEMP and its slot. */
    static void pushSlot(MethodEmitter e, String field, String descriptor) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ALOAD, UPVALUE_TEMP);
        m.visitFieldInsn(GETFIELD, UPVALUE_TYPE, field, descriptor);
        m.visitVarInsn(ILOAD, INT_TEMP);
    }

    /** GETUPVAL: R[a] := upvalue {@code index}. */
    static void get(MethodEmitter e, int a, int index) {
        MethodVisitor m = e.method;
        load(e, index);
        pushSlot(e, "tags", "[B");
        m.visitInsn(BALOAD);
        m.visitVarInsn(ISTORE, tagSlot(a));
        pushSlot(e, "bits", "[J");
        m.visitInsn(LALOAD);
        m.visitVarInsn(LSTORE, bitsSlot(a));
        e.storeRefIfReference(a, () -> m.visitVarInsn(ILOAD, tagSlot(a)), () -> {
            pushSlot(e, "refs", "[Ljava/lang/Object;");
            m.visitInsn(AALOAD);
        });
    }

    /** SETUPVAL: upvalue {@code index} := R[a], the reference only for reference types (as the interpreter). */
    static void set(MethodEmitter e, int a, int index) {
        MethodVisitor m = e.method;
        load(e, index);
        pushSlot(e, "tags", "[B");
        m.visitVarInsn(ILOAD, tagSlot(a));
        m.visitInsn(BASTORE);
        pushSlot(e, "bits", "[J");
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitInsn(LASTORE);
        Label skip = new Label();
        m.visitVarInsn(ILOAD, tagSlot(a));
        e.pushInt(Tag.STRING);
        m.visitJumpInsn(IF_ICMPLT, skip);
        pushSlot(e, "refs", "[Ljava/lang/Object;");
        e.pushRef(a);
        m.visitInsn(AASTORE);
        m.visitLabel(skip);
    }
}
