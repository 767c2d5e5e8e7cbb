package org.crescent.stdlib;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.LuaThread;

/**
 * An operating-system error as C sees it: Linux's errno number and glibc's strerror text.
 * Java reports file errors as exceptions whose reason is that same strerror text (or whose
 * class names the errno), so the number is recovered from either. Invariant: {@code number}
 * and {@code message} agree with Linux's table.
 */
final class SystemError {
    /** Linux errno values and glibc messages, indexed by number. */
    private static final String[] MESSAGES = {
        "Success", "Operation not permitted", "No such file or directory", "No such process",
        "Interrupted system call", "Input/output error", "No such device or address",
        "Argument list too long", "Exec format error", "Bad file descriptor", "No child processes",
        "Resource temporarily unavailable", "Cannot allocate memory", "Permission denied",
        "Bad address", "Block device required", "Device or resource busy", "File exists",
        "Invalid cross-device link", "No such device", "Not a directory", "Is a directory",
        "Invalid argument", "Too many open files in system", "Too many open files",
        "Inappropriate ioctl for device", "Text file busy", "File too large",
        "No space left on device", "Illegal seek", "Read-only file system", "Too many links",
        "Broken pipe", "Numerical argument out of domain", "Numerical result out of range",
        "Resource deadlock avoided", "File name too long", "No locks available",
        "Function not implemented", "Directory not empty", "Too many levels of symbolic links",
    };

    static final int NO_SUCH_FILE = 2;
    static final int INPUT_OUTPUT = 5;
    static final int BAD_FILE_DESCRIPTOR = 9;
    static final int PERMISSION_DENIED = 13;
    static final int FILE_EXISTS = 17;
    static final int NOT_A_DIRECTORY = 20;
    static final int IS_A_DIRECTORY = 21;
    static final int INVALID_ARGUMENT = 22;
    static final int ILLEGAL_SEEK = 29;
    static final int DIRECTORY_NOT_EMPTY = 39;

    final int number;
    final String message;

    private SystemError(int number, String message) {
        this.number = number;
        this.message = message;
    }

    static SystemError of(int number) {
        return new SystemError(number, number < MESSAGES.length ? MESSAGES[number] : "Unknown error " + number);
    }

    /** The errno behind a Java I/O exception. */
    static SystemError of(IOException exception) {
        if (exception instanceof NoSuchFileException) {
            return of(NO_SUCH_FILE);
        }
        if (exception instanceof AccessDeniedException) {
            return of(PERMISSION_DENIED);
        }
        if (exception instanceof FileAlreadyExistsException) {
            return of(FILE_EXISTS);
        }
        if (exception instanceof DirectoryNotEmptyException) {
            return of(DIRECTORY_NOT_EMPTY);
        }
        if (exception instanceof NotDirectoryException) {
            return of(NOT_A_DIRECTORY);
        }
        String reason = exception instanceof FileSystemException
                ? ((FileSystemException) exception).getReason() : exception.getMessage();
        if (reason != null) {
            for (int number = 1; number < MESSAGES.length; number++) {
                if (reason.startsWith(MESSAGES[number])) {
                    return of(number);
                }
            }
            if (reason.contains("Stream closed") || reason.contains("closed")) {
                return of(BAD_FILE_DESCRIPTOR);
            }
        }
        return new SystemError(INPUT_OUTPUT, MESSAGES[INPUT_OUTPUT]);
    }

    /** luaL_fileresult's failure: pushes nil, "name: message" (or just the message), errno. */
    int push(LuaThread thread, String latinFileName) {
        thread.pushNil();
        thread.pushString(Errors.bytesOf(latinFileName == null ? message : latinFileName + ": " + message));
        thread.pushInteger(number);
        return 3;
    }
}
