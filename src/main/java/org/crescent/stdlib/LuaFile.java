package org.crescent.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaUserdata;

/**
 * An open stream of the io library, the value inside a {@code FILE*} userdata: a byte stream
 * over a file channel, a process pipe, or one of the runtime's standard streams, with one
 * buffer as C's stdio has. Invariants: the buffer holds either unread input
 * ({@code [position, limit)}, read ahead of the logical position) or pending output
 * ({@code [0, pending)}, not yet written), never both; a file with pending output is listed
 * in its {@link IoState} so it gets flushed when its handle dies or the runtime ends.
 * {@code failure} is C's error indicator: set by a failed operation, cleared by each read.
 */
public final class LuaFile {
    static final int STANDARD = 0;
    static final int REGULAR = 1;
    static final int PROCESS = 2;

    static final int UNBUFFERED = 0;
    static final int FULLY_BUFFERED = 1;
    static final int LINE_BUFFERED = 2;

    private static final int DEFAULT_BUFFER = 16 * 1024;

    final IoState io;
    /** STANDARD (cannot be closed), REGULAR or PROCESS: what closing it means. */
    final int kind;
    private final FileChannel channel;
    private final InputStream input;
    /** Where buffered output goes for a stream without a channel (a pipe to a process). */
    private final OutputStream output;
    /**
     * 1 or 2 for the runtime's standard output or error, written through at once (looked up
     * at each write, so redirecting them redirects io.write with print); 0 otherwise.
     */
    private final int direct;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    ChildProcess process;
    /** The file a channel was opened on (absolute), or null for pipes and standard streams. */
    java.nio.file.Path path;
    /** The userdata of this file, to notice when Lua code can no longer reach it. */
    WeakReference<LuaUserdata> handle;

    private byte[] buffer;
    private int position;
    private int limit;
    private int pending;
    private int bufferMode = FULLY_BUFFERED;
    boolean closed;
    SystemError failure;
    /** Whether the file is in its IoState's list of files with pending output. */
    boolean listed;

    private LuaFile(IoState io, int kind, FileChannel channel, InputStream input, OutputStream output,
            int direct, boolean readable, boolean writable, boolean append) {
        this.io = io;
        this.kind = kind;
        this.channel = channel;
        this.input = input;
        this.output = output;
        this.direct = direct;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.buffer = direct != 0 ? new byte[0] : new byte[DEFAULT_BUFFER];
    }

    static LuaFile ofChannel(IoState io, FileChannel channel, boolean readable, boolean writable, boolean append) {
        return new LuaFile(io, REGULAR, channel, null, null, 0, readable, writable, append);
    }

    static LuaFile ofInput(IoState io, int kind, InputStream input) {
        return new LuaFile(io, kind, null, input, null, 0, true, false, false);
    }

    static LuaFile ofOutput(IoState io, int kind, OutputStream output) {
        return new LuaFile(io, kind, null, null, output, 0, false, true, false);
    }

    /** Standard output (1) or error (2), written through so that print and io.write interleave. */
    static LuaFile ofStandardOutput(IoState io, int stream, int bufferMode) {
        LuaFile file = new LuaFile(io, STANDARD, null, null, null, stream, false, true, false);
        file.bufferMode = bufferMode;
        return file;
    }

    // ---- reading

    /** The next byte (0-255), or -1 at end of file or on error. */
    int read() {
        if (position < limit) {
            return buffer[position++] & 0xFF;
        }
        return fill() ? buffer[position++] & 0xFF : -1;
    }

    /** Puts back the byte the last successful {@link #read} returned (C's ungetc of it). */
    void unread() {
        position--;
    }

    /** Whether the end of the file is reached (reading nothing). */
    boolean atEnd() {
        return position >= limit && !fill();
    }

    /** Refills the empty buffer; false at end of file or on error (then {@code failure} is set). */
    private boolean fill() {
        if (!readable) {
            failure = SystemError.of(SystemError.BAD_FILE_DESCRIPTOR);
            return false;
        }
        if (pending > 0 && !flushPending()) {
            return false;
        }
        position = 0;
        limit = 0;
        try {
            int count;
            if (channel != null) {
                count = channel.read(ByteBuffer.wrap(buffer));
            } else {
                if (kind == STANDARD) {
                    io.flushStandardOutput();
                }
                count = (kind == STANDARD ? io.global.standardInput : input).read(buffer, 0, buffer.length);
            }
            if (count > 0) {
                limit = count;
                return true;
            }
        } catch (IOException e) {
            failure = SystemError.of(e);
        }
        return false;
    }

    /** A line without (or with) its newline; null when nothing was read at end of file. */
    LuaString readLine(boolean keepNewline) {
        int start = position;
        for (int i = start; i < limit; i++) {
            if (buffer[i] == '\n') {
                position = i + 1;
                return LuaString.copyOf(buffer, start, (keepNewline ? i + 1 : i) - start);
            }
        }
        Accumulator line = new Accumulator(Math.max(64, (limit - start) * 2));
        for (;;) {
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            line.add(buffer, position, end - position);
            if (end < limit) {
                position = end + 1;
                if (keepNewline) {
                    line.add((byte) '\n');
                }
                return line.result();
            }
            position = limit;
            if (!fill()) {
                return line.length == 0 ? null : line.result();
            }
        }
    }

    /** Everything up to the end of the file (possibly empty). */
    LuaString readAll() {
        int expected = 64;
        if (channel != null && readable) {
            try {
                long remaining = channel.size() - channel.position();
                if (remaining > 0 && remaining < Integer.MAX_VALUE - 16) {
                    expected = (int) remaining + (limit - position) + 1;
                }
            } catch (IOException e) {
                // the size is only a hint
            }
        }
        Accumulator all = new Accumulator(expected);
        do {
            all.add(buffer, position, limit - position);
            position = limit;
        } while (fill());
        return all.result();
    }

    /** Up to {@code count} bytes; null when none could be read. */
    LuaString readBytes(long count) {
        if (position + count <= limit) {
            int start = position;
            position += (int) count;
            return LuaString.copyOf(buffer, start, (int) count);
        }
        Accumulator bytes = new Accumulator((int) Math.min(count, 1 << 16));
        long missing = count;
        do {
            int taken = (int) Math.min(missing, limit - position);
            bytes.add(buffer, position, taken);
            position += taken;
            missing -= taken;
        } while (missing > 0 && fill());
        return bytes.length == 0 ? null : bytes.result();
    }

    // ---- writing

    private PrintStream directStream() {
        return direct == 1 ? io.global.standardOutput : io.global.standardError;
    }

    /** Writes bytes; false (with {@code failure} set) if the stream refuses them. */
    boolean write(byte[] bytes, int offset, int length) {
        if (!writable) {
            failure = SystemError.of(SystemError.BAD_FILE_DESCRIPTOR);
            return false;
        }
        if (direct != 0) {
            PrintStream stream = directStream();
            stream.write(bytes, offset, length);
            if (bufferMode == UNBUFFERED || (bufferMode == LINE_BUFFERED && hasNewline(bytes, offset, length))) {
                stream.flush();
            }
            return true;
        }
        if (position < limit && !dropReadAhead()) {
            return false;
        }
        if (pending + length > buffer.length) {
            if (!flushPending()) {
                return false;
            }
            if (length >= buffer.length) {
                return writeOut(bytes, offset, length);
            }
        }
        System.arraycopy(bytes, offset, buffer, pending, length);
        pending += length;
        if (!listed) {
            io.listPending(this);
        }
        if (bufferMode == UNBUFFERED || (bufferMode == LINE_BUFFERED && hasNewline(bytes, offset, length))) {
            return flushPending();
        }
        return true;
    }

    private static boolean hasNewline(byte[] bytes, int offset, int length) {
        for (int i = offset + length - 1; i >= offset; i--) {
            if (bytes[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Moves the channel back over bytes read ahead, so writing happens at the logical position. */
    private boolean dropReadAhead() {
        if (channel != null) {
            try {
                channel.position(channel.position() - (limit - position));
            } catch (IOException e) {
                failure = SystemError.of(e);
                return false;
            }
        }
        position = 0;
        limit = 0;
        return true;
    }

    private boolean flushPending() {
        int count = pending;
        pending = 0;
        return count == 0 || writeOut(buffer, 0, count);
    }

    private boolean writeOut(byte[] bytes, int offset, int length) {
        try {
            if (channel != null) {
                if (append) {
                    channel.position(channel.size());
                }
                ByteBuffer data = ByteBuffer.wrap(bytes, offset, length);
                while (data.hasRemaining()) {
                    channel.write(data);
                }
            } else {
                output.write(bytes, offset, length);
            }
            return true;
        } catch (IOException e) {
            failure = SystemError.of(e);
            return false;
        }
    }

    /** fflush: writes pending output through to the system. */
    boolean flush() {
        if (direct != 0) {
            directStream().flush();
            return true;
        }
        if (!flushPending()) {
            return false;
        }
        if (output != null) {
            try {
                output.flush();
            } catch (IOException e) {
                failure = SystemError.of(e);
                return false;
            }
        }
        return true;
    }

    // ---- positioning and buffering

    /** fseek and ftell: the new position, or -1 with {@code failure} set. */
    long seek(int whence, long offset) {
        if (channel == null) {
            failure = SystemError.of(SystemError.ILLEGAL_SEEK);
            return -1;
        }
        if (!flushPending()) {
            return -1;
        }
        try {
            long channelPosition = channel.position();
            long base = whence == 0 ? 0 : whence == 1 ? channelPosition - (limit - position) : channel.size();
            long target = base + offset;
            if (((base ^ target) & (offset ^ target)) < 0 || target < 0) {
                failure = SystemError.of(SystemError.INVALID_ARGUMENT);
                return -1;
            }
            long windowStart = channelPosition - limit;
            if (target >= windowStart && target <= channelPosition && limit > 0) {
                position = (int) (target - windowStart);
            } else {
                channel.position(target);
                position = 0;
                limit = 0;
            }
            return target;
        } catch (IOException e) {
            failure = SystemError.of(e);
            return -1;
        }
    }

    /** setvbuf: the buffering mode and, for buffered modes, the buffer size. */
    boolean setBuffering(int mode, long size) {
        bufferMode = mode;
        if (direct != 0) {
            return true;
        }
        if (!flushPending()) {
            return false;
        }
        int wanted = (int) Math.max(1, Math.min(size, 1 << 24));
        if (mode != UNBUFFERED && wanted != buffer.length) {
            int unread = limit - position;
            byte[] resized = new byte[Math.max(wanted, unread)];
            System.arraycopy(buffer, position, resized, 0, unread);
            buffer = resized;
            position = 0;
            limit = unread;
        }
        return true;
    }

    // ---- closing

    /** Flushes and releases the stream; the failure that happened, or null. */
    SystemError closeStream() {
        closed = true;
        boolean flushed = flush();
        SystemError result = flushed ? null : failure;
        try {
            if (channel != null) {
                channel.close();
            }
            if (output != null) {
                output.close();
            }
            if (input != null && kind == PROCESS) {
                input.close();
            }
        } catch (IOException e) {
            if (result == null) {
                result = SystemError.of(e);
            }
        }
        buffer = new byte[0];
        position = 0;
        limit = 0;
        return result;
    }

    /** Whether Lua code can no longer reach this file's handle. */
    boolean unreachable() {
        return handle != null && handle.get() == null;
    }

    /** A growing byte array for results whose length is not known in advance. */
    private static final class Accumulator {
        byte[] bytes;
        int length;

        Accumulator(int capacity) {
            bytes = new byte[Math.max(capacity, 16)];
        }

        void add(byte[] source, int offset, int count) {
            if (length + count > bytes.length) {
                grow((long) length + count);
            }
            System.arraycopy(source, offset, bytes, length, count);
            length += count;
        }

        void add(byte value) {
            if (length == bytes.length) {
                grow(length + 1L);
            }
            bytes[length++] = value;
        }

        /** Room for {@code needed} bytes; a Lua string cannot be longer than a Java array. */
        private void grow(long needed) {
            long largest = Integer.MAX_VALUE - 8;
            if (needed > largest) {
                throw new LuaError("not enough memory");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(largest, Math.max(needed, bytes.length * 2L)));
        }

        LuaString result() {
            return length == bytes.length ? LuaString.wrap(bytes) : LuaString.copyOf(bytes, 0, length);
        }
    }
}
