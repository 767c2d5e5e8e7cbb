package org.crescent.stdlib;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import org.crescent.interpreter.GlobalState;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.Tag;

/**
 * What the io library keeps per runtime: the {@code FILE*} metatable, the standard files, and
 * the files that still hold output in their buffers. C Lua's collector closes (so flushes) a
 * file whose handle becomes garbage, and exit flushes every stream; here the JVM collects the
 * handle, and this list lets the library flush what such a file still holds, when it notices
 * the handle is gone or when the runtime ends. Invariant: a file is listed iff it is
 * {@code listed}; files that were collected with an empty buffer need nothing, since the JVM
 * closes their channels itself.
 */
final class IoState {
    static final LuaString REGISTRY_KEY = LuaString.of("_CRESCENT_IO");
    static final LuaString INPUT_KEY = LuaString.of("_IO_input");
    static final LuaString OUTPUT_KEY = LuaString.of("_IO_output");
    static final LuaString FILE_HANDLE = LuaString.of("FILE*");

    final GlobalState global;
    final LuaTable metatable;
    LuaUserdata standardInput;
    LuaUserdata standardOutput;
    LuaUserdata standardError;
    /** Scratch space for the text of a number io.write writes, and for one read. */
    final byte[] digits = new byte[LuaNumbers.MAX_NUMBER_TEXT + 8];
    final long[] number = new long[1];
    private final ArrayList<LuaFile> pendingFiles = new ArrayList<>();
    private final ArrayList<LuaFile> processes = new ArrayList<>();

    IoState(GlobalState global, LuaTable metatable) {
        this.global = global;
        this.metatable = metatable;
    }

    /** The io library's state of a runtime, or null when the library is not open. */
    static IoState of(GlobalState global) {
        int slot = global.registry.findString(REGISTRY_KEY);
        if (slot >= 0 && global.registry.valueTags[slot] == Tag.USERDATA) {
            Object value = ((LuaUserdata) global.registry.valueRefs[slot]).value;
            if (value instanceof IoState) {
                return (IoState) value;
            }
        }
        return null;
    }

    /** A new handle for {@code file}, watched so its buffer is flushed if it becomes garbage. */
    LuaUserdata newHandle(LuaFile file) {
        LuaUserdata handle = new LuaUserdata(file, metatable);
        if (file.kind != LuaFile.STANDARD) {
            file.handle = new WeakReference<>(handle);
        }
        if (file.kind == LuaFile.PROCESS) {
            reapUnreachable();
            processes.add(file);
        }
        return handle;
    }

    /** The file inside a value if it is a FILE* handle (luaL_testudata), else null. */
    LuaFile fileOf(byte tag, Object ref) {
        if (tag == Tag.USERDATA) {
            LuaUserdata userdata = (LuaUserdata) ref;
            if (userdata.metatable == metatable && userdata.value instanceof LuaFile) {
                return (LuaFile) userdata.value;
            }
        }
        return null;
    }

    void listPending(LuaFile file) {
        file.listed = true;
        pendingFiles.add(file);
        if (pendingFiles.size() > 64 && pendingFiles.size() % 64 == 1) {
            reapUnreachable();
        }
    }

    /** Closes, as the collector's finalizer would, the files whose handles were collected. */
    void reapUnreachable() {
        int kept = 0;
        for (int i = 0; i < pendingFiles.size(); i++) {
            LuaFile file = pendingFiles.get(i);
            if (file.closed) {
                file.listed = false;
            } else if (file.unreachable()) {
                file.listed = false;
                closeQuietly(file);
            } else {
                pendingFiles.set(kept++, file);
            }
        }
        trim(pendingFiles, kept);
        kept = 0;
        for (int i = 0; i < processes.size(); i++) {
            LuaFile file = processes.get(i);
            if (!file.closed && file.unreachable()) {
                closeQuietly(file);
            } else if (!file.closed) {
                processes.set(kept++, file);
            }
        }
        trim(processes, kept);
    }

    private static void trim(ArrayList<LuaFile> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }

    /**
     * Flushes the pending output of open files on {@code path}, before that file is opened
     * again: a new handle then sees what the others wrote (C would show it only once they are
     * flushed, or closed by the collector, which is less predictable here since the JVM
     * collects later than Lua's collector).
     */
    void flushWritersOf(java.nio.file.Path path) {
        for (int i = 0; i < pendingFiles.size(); i++) {
            LuaFile file = pendingFiles.get(i);
            if (!file.closed && path.equals(file.path)) {
                file.flush();
            }
        }
    }

    /** Flushes every file with pending output (fflush(NULL)), pipes to processes included. */
    void flushAll() {
        for (int i = 0; i < pendingFiles.size(); i++) {
            LuaFile file = pendingFiles.get(i);
            if (!file.closed) {
                file.flush();
            }
        }
        flushStandardOutput();
    }

    /** What closing the runtime does: every open file and process is flushed and closed. */
    void closeAll() {
        for (LuaFile file : new ArrayList<>(pendingFiles)) {
            if (!file.closed) {
                closeQuietly(file);
            }
        }
        pendingFiles.clear();
        for (LuaFile file : new ArrayList<>(processes)) {
            if (!file.closed) {
                closeQuietly(file);
            }
        }
        processes.clear();
        flushStandardOutput();
    }

    private static void closeQuietly(LuaFile file) {
        file.closeStream();
        if (file.process != null) {
            file.process.waitForStatus();
        }
    }

    void flushStandardOutput() {
        global.standardOutput.flush();
        global.standardError.flush();
    }
}
