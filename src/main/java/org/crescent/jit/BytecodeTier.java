package org.crescent.jit;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicLong;
import org.crescent.bytecode.Prototype;
import org.crescent.interpreter.CompiledCode;
import org.crescent.interpreter.TierCompiler;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * The second execution tier: compiles a prototype to one hidden class extending
 * {@link CompiledCode} (see docs/JIT.md). Hidden classes are defined without
 * {@code ClassOption.STRONG}, so a class unloads once its prototype is unreachable. Constants
 * the code needs as objects (strings) become static final fields, initialised from the class
 * data, so HotSpot treats them as constants.
 *
 * <p>A prototype whose method would exceed HotSpot's 8000-byte limit for JIT compilation is
 * not compiled (it would run in the JVM's own interpreter, slower than Crescent's).
 */
public final class BytecodeTier implements TierCompiler {
    /** HotSpot's default HugeMethodLimit: larger methods are never JIT-compiled. */
    static final int HUGE_METHOD_LIMIT = 8000;
    private static final String SUPER_TYPE = "org/crescent/interpreter/CompiledCode";
    private static final String RUN_DESCRIPTOR = "(Lorg/crescent/interpreter/LuaThread;Lorg/crescent/interpreter/CallFrame;I)I";
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final boolean DEBUG = Boolean.getBoolean("crescent.jit.debug");

    public BytecodeTier() {}

    @Override
    public CompiledCode compile(Prototype prototype) {
        byte[] bytes = generate(prototype);
        if (bytes == null) {
            return null;
        }
        try {
            Object[] constants = prototype.constantObjects.clone();
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, constants, true);
            return (CompiledCode) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (RuntimeException | Error error) {
            throw error;
        } catch (Throwable error) {
            throw new IllegalStateException(error);
        }
    }

    /**
     * The class file for {@code prototype}: the whole function, or when that method would be
     * too large to JIT-compile, only its loops, or only its innermost loops; null if even that
     * is too large.
     */
    static byte[] generate(Prototype prototype) {
        byte[] bytes = generate(prototype, RegisterUsage.Scope.WHOLE);
        if (bytes == null && RegisterUsage.hasLoops(prototype.code)) {
            bytes = generate(prototype, RegisterUsage.Scope.LOOPS);
            if (bytes == null) {
                bytes = generate(prototype, RegisterUsage.Scope.INNERMOST_LOOPS);
            }
        }
        return bytes;
    }

    static byte[] generate(Prototype prototype, RegisterUsage.Scope scope) {
        String className = "org/crescent/jit/Compiled" + COUNTER.incrementAndGet();
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String first, String second) {
                return "java/lang/Object";
            }
        };
        writer.visit(V17, ACC_FINAL | ACC_SUPER, className, null, SUPER_TYPE, null);
        writer.visitSource(sourceName(prototype), null);
        MethodVisitor constructor = writer.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        constructor.visitCode();
        constructor.visitVarInsn(ALOAD, 0);
        constructor.visitMethodInsn(INVOKESPECIAL, SUPER_TYPE, "<init>", "()V", false);
        constructor.visitInsn(RETURN);
        constructor.visitMaxs(0, 0);
        constructor.visitEnd();

        RegisterUsage usage = new RegisterUsage(prototype, scope);
        MethodVisitor run = writer.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", RUN_DESCRIPTOR, null, null);
        MethodEmitter emitter = new MethodEmitter(run, usage, className);
        emitter.emit();

        MethodVisitor initializer = writer.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        initializer.visitCode();
        if (!emitter.constantFields.isEmpty()) {
            initializer.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                    "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
            initializer.visitLdcInsn("_");
            initializer.visitLdcInsn(org.objectweb.asm.Type.getType(Object[].class));
            initializer.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
            initializer.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
            for (int index = emitter.constantFields.nextSetBit(0); index >= 0; index = emitter.constantFields.nextSetBit(index + 1)) {
                String field = MethodEmitter.constantField(index);
                writer.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, field, "L" + MethodEmitter.STRING_TYPE + ";", null, null).visitEnd();
                initializer.visitInsn(DUP);
                MethodEmitter.pushIntTo(initializer, index);
                initializer.visitInsn(AALOAD);
                initializer.visitTypeInsn(CHECKCAST, MethodEmitter.STRING_TYPE);
                initializer.visitFieldInsn(PUTSTATIC, className, field, "L" + MethodEmitter.STRING_TYPE + ";");
            }
            initializer.visitInsn(POP);
        }
        initializer.visitInsn(RETURN);
        initializer.visitMaxs(0, 0);
        initializer.visitEnd();
        writer.visitEnd();
        if (DEBUG) {
            System.err.println("crescent.jit: " + sourceName(prototype) + " " + scope + ": " + emitter.codeLength
                    + " bytes, " + usage.entries.length + " entries");
        }
        if (emitter.codeLength >= HUGE_METHOD_LIMIT) {
            return null;
        }
        return writer.toByteArray();
    }

    private static String sourceName(Prototype prototype) {
        String source = prototype.source == null ? "?" : prototype.source.toString();
        if (source.length() > 60) {
            source = source.substring(0, 60);
        }
        return source + ":" + prototype.lineDefined;
    }
}
