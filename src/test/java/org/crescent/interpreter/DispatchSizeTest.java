package org.crescent.interpreter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile methods with more than 8000 bytes of bytecode under its default
 * flags (DontCompileHugeMethods): the dispatch loop must stay below that, or every embedder
 * would run Lua in the bytecode interpreter. Reads the size from the class file.
 */
class DispatchSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void dispatchLoopIsCompilable() throws IOException {
        int size = codeLength(Interpreter.class, "dispatch");
        assertTrue(size > 0 && size < HUGE_METHOD_LIMIT, "dispatch has " + size + " bytes of bytecode");
    }

    /** The length of the Code attribute of the named method, by walking the class file format. */
    static int codeLength(Class<?> type, String methodName) throws IOException {
        try (InputStream stream = type.getResourceAsStream(type.getSimpleName() + ".class");
             DataInputStream in = new DataInputStream(stream)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int constantCount = in.readUnsignedShort();
            String[] utf8 = new String[constantCount];
            for (int i = 1; i < constantCount; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: utf8[i] = in.readUTF(); break;
                    case 3: case 4: in.readInt(); break;
                    case 5: case 6: in.readLong(); i++; break;
                    case 7: case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
                    case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                    case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                    default: throw new IOException("constant tag " + tag);
                }
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) in.readUnsignedShort();
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.readUnsignedShort(); in.readUnsignedShort(); in.readUnsignedShort();
                skipAttributes(in);
            }
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                in.readUnsignedShort();
                int attributes = in.readUnsignedShort();
                for (int j = 0; j < attributes; j++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (name.equals(methodName) && attribute.equals("Code")) {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        return in.readInt();
                    }
                    in.skipBytes(length);
                }
            }
            return -1;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int j = 0; j < attributes; j++) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
