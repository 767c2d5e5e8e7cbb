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
    /**
     * Largest method made before cutting a function into regions. Well under HotSpot's limit:
     * compile time grows fast with method size and live registers (a 6000-byte method took C2
     * seconds and made C1 run out of registers), and the code runs in the JVM's interpreter
     * until compiled.
     */
    /** Largest innermost loop kept in one region even though that exceeds {@link #METHOD_SIZE}. */
    static final int LOOP_SIZE = Integer.getInteger("crescent.jit.loopSize", 6000);
    /**
     * How much larger than other regions the pieces of a loop cut into regions may be
     * ({@code -Dcrescent.jit.bigLoopFactor}; 1 until measured on a quiet machine: 2 gave
     * dispatch_ifelse 4 regions instead of 10, and costs C2 time on every cut loop).
     */
    static final int BIG_LOOP_FACTOR = Integer.getInteger("crescent.jit.bigLoopFactor", 1);
    static final int METHOD_SIZE = Math.min(Integer.getInteger("crescent.jit.methodSize", 2500), HUGE_METHOD_LIMIT - 1);
    private static final String SUPER_TYPE = "org/crescent/interpreter/CompiledCode";
    private static final String RUN_DESCRIPTOR = "(Lorg/crescent/interpreter/LuaThread;Lorg/crescent/interpreter/CallFrame;I)I";
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final boolean DEBUG = Boolean.getBoolean("crescent.jit.debug");
    /** {@code -Dcrescent.jit.dump=DIR}: writes each generated class file there (a debugging aid). */
    private static final String DUMP = System.getProperty("crescent.jit.dump");

    public BytecodeTier() {}

    @Override
    public CompiledCode compile(Prototype prototype) {
        byte[] bytes = generate(prototype);
        if (bytes == null) {
            return null;
        }
        try {
            Object[] constants = java.util.Arrays.copyOf(prototype.constantObjects, prototype.constantObjects.length + 1);
            constants[prototype.constantObjects.length] = prototype.lookupHints; // the field L, when used
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, constants, true);
            CompiledCode code = (CompiledCode) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
            return JitSupport.EXIT_STATISTICS ? new JitSupport.CountingCode(code, prototype) : code;
        } catch (RuntimeException | Error error) {
            throw error;
        } catch (Throwable error) {
            throw new IllegalStateException(error);
        }
    }

    /**
     * The class file for {@code prototype}. A function whose method would exceed HotSpot's
     * limit is cut into regions of consecutive instructions, preferably between innermost
     * loops, each a method of its own; {@code run} then calls the region that holds the pc
     * until one makes no progress. Null only if no cut fits (never expected).
     */
    static byte[] generate(Prototype prototype) {
        int length = prototype.code.length;
        String className = newClassName();
        ClassWriter writer = newClass(className);
        MethodEmitter whole = emitMethod(writer, className, prototype, 0, length, "run", ACC_PUBLIC | ACC_FINAL);
        if (whole.codeLength < METHOD_SIZE) {
            return finish(writer, className, whole.constantFields, whole.usesSlotHints ? 2 * length : 0,
                    whole.usesLookupHints ? prototype.constantObjects.length : -1);
        }
        int[] sizes = whole.instructionSizes;
        boolean[] goodCuts = RegisterUsage.goodCuts(prototype.code);
        boolean[] inLoops = RegisterUsage.loopBodies(prototype.code);
        for (int budget = METHOD_SIZE * 2 / 3; budget >= 200; budget = budget * 3 / 5) {
            java.util.List<int[]> regions = partition(sizes, goodCuts, inLoops, budget);
            className = newClassName();
            writer = newClass(className);
            java.util.BitSet constants = new java.util.BitSet();
            boolean fits = true;
            boolean hints = false;
            boolean lookupHints = false;
            for (int n = 0; n < regions.size() && fits; n++) {
                int[] region = regions.get(n);
                MethodEmitter emitter = emitMethod(writer, className, prototype, region[0], region[1], "region" + n, ACC_PRIVATE);
                constants.or(emitter.constantFields);
                hints |= emitter.usesSlotHints;
                lookupHints |= emitter.usesLookupHints;
                fits = emitter.codeLength < HUGE_METHOD_LIMIT;
            }
            if (fits) {
                emitTrampoline(writer, className, regions);
                if (DEBUG) {
                    System.err.println("crescent.jit: " + sourceName(prototype) + " in " + regions.size() + " regions");
                }
                return finish(writer, className, constants, hints ? 2 * length : 0,
                        lookupHints ? prototype.constantObjects.length : -1);
            }
        }
        return null;
    }

    /**
     * Consecutive ranges of about {@code budget} bytes of instruction code. Cuts fall between
     * innermost loops (a loop cut in two crosses regions every iteration); a loop is cut only
     * when it alone exceeds {@link #LOOP_SIZE}.
     */
    private static java.util.List<int[]> partition(int[] sizes, boolean[] goodCuts, boolean[] inLoops, int budget) {
        java.util.List<int[]> regions = new java.util.ArrayList<>();
        int start = 0;
        int size = 0;
        int pc = 0;
        while (pc < sizes.length) {
            // The segment up to the next good cut: one instruction, or a whole innermost loop.
            int end = pc + 1;
            int segment = sizes[pc];
            while (end < sizes.length && !goodCuts[end]) {
                segment += sizes[end++];
            }
            if (segment > LOOP_SIZE) {
                end = pc + 1; // too large to keep whole: take it instruction by instruction
                segment = sizes[pc];
            }
            // A loop cut in pieces crosses the cuts every iteration (a write-back, a return to
            // the trampoline and a load each): fewer, larger pieces there.
            int limit = inLoops[pc] ? budget * BIG_LOOP_FACTOR : budget;
            if (pc > start && size + segment > limit) {
                regions.add(new int[] {start, pc});
                start = pc;
                size = 0;
            }
            size += segment;
            pc = end;
        }
        regions.add(new int[] {start, sizes.length});
        return regions;
    }

    /** {@code run}: calls the region holding pc, then the one holding where it stopped, until one makes no progress. */
    private static void emitTrampoline(ClassWriter writer, String className, java.util.List<int[]> regions) {
        MethodVisitor run = writer.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", RUN_DESCRIPTOR, null, null);
        run.visitCode();
        org.objectweb.asm.Label loop = new org.objectweb.asm.Label();
        org.objectweb.asm.Label done = new org.objectweb.asm.Label();
        run.visitLabel(loop);
        for (int n = 0; n < regions.size(); n++) {
            org.objectweb.asm.Label next = new org.objectweb.asm.Label();
            if (n < regions.size() - 1) {
                run.visitVarInsn(ILOAD, 3);
                MethodEmitter.pushIntTo(run, regions.get(n)[1]);
                run.visitJumpInsn(IF_ICMPGE, next);
            }
            run.visitVarInsn(ALOAD, 0);
            run.visitVarInsn(ALOAD, 1);
            run.visitVarInsn(ALOAD, 2);
            run.visitVarInsn(ILOAD, 3);
            run.visitMethodInsn(INVOKEVIRTUAL, className, "region" + n, RUN_DESCRIPTOR, false);
            run.visitInsn(DUP);
            run.visitVarInsn(ILOAD, 3);
            run.visitJumpInsn(IF_ICMPEQ, done);
            run.visitVarInsn(ISTORE, 3);
            run.visitJumpInsn(GOTO, loop);
            run.visitLabel(next);
        }
        run.visitLabel(done);
        run.visitInsn(IRETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
    }

    private static String newClassName() {
        return "org/crescent/jit/Compiled" + COUNTER.incrementAndGet();
    }

    private static ClassWriter newClass(String className) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String first, String second) {
                return "java/lang/Object";
            }
        };
        writer.visit(V17, ACC_FINAL | ACC_SUPER, className, null, SUPER_TYPE, null);
        MethodVisitor constructor = writer.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        constructor.visitCode();
        constructor.visitVarInsn(ALOAD, 0);
        constructor.visitMethodInsn(INVOKESPECIAL, SUPER_TYPE, "<init>", "()V", false);
        constructor.visitInsn(RETURN);
        constructor.visitMaxs(0, 0);
        constructor.visitEnd();
        return writer;
    }

    private static MethodEmitter emitMethod(ClassWriter writer, String className, Prototype prototype, int from, int to,
                                            String name, int access) {
        RegisterUsage usage = new RegisterUsage(prototype, from, to);
        MethodVisitor method = writer.visitMethod(access, name, RUN_DESCRIPTOR, null, null);
        MethodEmitter emitter = new MethodEmitter(method, usage, className);
        emitter.emit();
        if (DEBUG) {
            System.err.println("crescent.jit: " + sourceName(prototype) + " [" + from + ", " + to + "): "
                    + emitter.codeLength + " bytes, " + usage.entries.length + " entries");
        }
        return emitter;
    }

    /**
     * Adds the static initializer: the string constants and the prototype's lookup hints (at
     * {@code lookupHintsIndex} of the class data, -1 when unused) become static final fields,
     * and {@code slotHints} > 0 makes the slot hint array.
     */
    private static byte[] finish(ClassWriter writer, String className, java.util.BitSet constantFields, int slotHints,
                                 int lookupHintsIndex) {
        MethodVisitor initializer = writer.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        initializer.visitCode();
        if (slotHints > 0) {
            writer.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, MethodEmitter.SLOT_HINTS_FIELD, "[I", null, null).visitEnd();
            MethodEmitter.pushIntTo(initializer, slotHints);
            initializer.visitIntInsn(NEWARRAY, T_INT);
            initializer.visitFieldInsn(PUTSTATIC, className, MethodEmitter.SLOT_HINTS_FIELD, "[I");
        }
        if (!constantFields.isEmpty() || lookupHintsIndex >= 0) {
            initializer.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                    "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
            initializer.visitLdcInsn("_");
            initializer.visitLdcInsn(org.objectweb.asm.Type.getType(Object[].class));
            initializer.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
            initializer.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
            for (int index = constantFields.nextSetBit(0); index >= 0; index = constantFields.nextSetBit(index + 1)) {
                String field = MethodEmitter.constantField(index);
                writer.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, field, "L" + MethodEmitter.STRING_TYPE + ";", null, null).visitEnd();
                initializer.visitInsn(DUP);
                MethodEmitter.pushIntTo(initializer, index);
                initializer.visitInsn(AALOAD);
                initializer.visitTypeInsn(CHECKCAST, MethodEmitter.STRING_TYPE);
                initializer.visitFieldInsn(PUTSTATIC, className, field, "L" + MethodEmitter.STRING_TYPE + ";");
            }
            if (lookupHintsIndex >= 0) {
                writer.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, MethodEmitter.LOOKUP_HINTS_FIELD, "[I", null, null).visitEnd();
                initializer.visitInsn(DUP);
                MethodEmitter.pushIntTo(initializer, lookupHintsIndex);
                initializer.visitInsn(AALOAD);
                initializer.visitTypeInsn(CHECKCAST, "[I");
                initializer.visitFieldInsn(PUTSTATIC, className, MethodEmitter.LOOKUP_HINTS_FIELD, "[I");
            }
            initializer.visitInsn(POP);
        }
        initializer.visitInsn(RETURN);
        initializer.visitMaxs(0, 0);
        initializer.visitEnd();
        writer.visitEnd();
        byte[] bytes = writer.toByteArray();
        if (DUMP != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(DUMP, className.replace('/', '_') + ".class"), bytes);
            } catch (java.io.IOException ignored) {
                // a debugging aid only
            }
        }
        return bytes;
    }

    private static String sourceName(Prototype prototype) {
        String source = prototype.source == null ? "?" : prototype.source.toString();
        if (source.length() > 60) {
            source = source.substring(0, 60);
        }
        return source + ":" + prototype.lineDefined;
    }
}
