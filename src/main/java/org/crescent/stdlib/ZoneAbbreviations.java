package org.crescent.stdlib;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The abbreviations glibc prints for {@code %Z} in local time ("EST", "CEST", "-03"), read
 * from the system's time zone file (TZif, the file TZ names, else /etc/localtime), keyed by
 * UTC offset and summer flag. Java's own names come from locale data and often differ, so
 * they are only the fallback. Invariant: the table is read once per process.
 */
final class ZoneAbbreviations {
    private static final String ZONE_DIRECTORY = "/usr/share/zoneinfo/";
    private static Map<Long, String> table;
    private static String tableSource;

    private ZoneAbbreviations() {}

    /** The abbreviation of local time at the given offset (seconds east of UTC) and summer flag. */
    static synchronized String of(int offset, boolean summer) {
        String source = System.getenv("TZ");
        if (table == null || !java.util.Objects.equals(source, tableSource)) {
            tableSource = source;
            table = read(zoneFile(source));
        }
        String name = table.get(key(offset, summer));
        return name != null ? name : TimeZone.getDefault().getDisplayName(summer, TimeZone.SHORT, Locale.US);
    }

    private static long key(int offset, boolean summer) {
        return (long) offset * 2 + (summer ? 1 : 0);
    }

    private static Path zoneFile(String variable) {
        if (variable == null) {
            return Paths.get("/etc/localtime");
        }
        String name = variable.startsWith(":") ? variable.substring(1) : variable;
        return name.startsWith("/") ? Paths.get(name) : Paths.get(ZONE_DIRECTORY + (name.isEmpty() ? "UTC" : name));
    }

    /** The (offset, summer) to abbreviation table of a TZif file; empty when it cannot be read. */
    static Map<Long, String> read(Path file) {
        Map<Long, String> result = new HashMap<>();
        try (InputStream stream = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream));
            int[] counts = header(in);
            if (counts == null) {
                return result;
            }
            int version = counts[6];
            if (version >= '2') {
                // Skip the 32-bit block; the 64-bit one that follows is complete.
                skipFully(in, dataLength(counts, 4));
                counts = header(in);
                if (counts == null) {
                    return result;
                }
                readTypes(in, counts, 8, result);
            } else {
                readTypes(in, counts, 4, result);
            }
        } catch (IOException | RuntimeException unreadable) {
            result.clear();
        }
        return result;
    }

    /** The six counts (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt) and the version. */
    private static int[] header(DataInputStream in) throws IOException {
        byte[] magic = new byte[4];
        in.readFully(magic);
        if (!new String(magic, StandardCharsets.ISO_8859_1).equals("TZif")) {
            return null;
        }
        int version = in.readUnsignedByte();
        skipFully(in, 15);
        int[] counts = new int[7];
        for (int i = 0; i < 6; i++) {
            counts[i] = in.readInt();
        }
        counts[6] = version;
        return counts;
    }

    private static long dataLength(int[] counts, int timeSize) {
        return (long) counts[3] * timeSize + counts[3] + counts[4] * 6L + counts[5]
                + (long) counts[2] * (timeSize + 4) + counts[1] + counts[0];
    }

    private static void readTypes(DataInputStream in, int[] counts, int timeSize, Map<Long, String> result) throws IOException {
        skipFully(in, (long) counts[3] * timeSize);
        byte[] transitionTypes = new byte[counts[3]];
        in.readFully(transitionTypes);
        int types = counts[4];
        int[] offsets = new int[types];
        boolean[] summer = new boolean[types];
        int[] nameIndexes = new int[types];
        for (int i = 0; i < types; i++) {
            offsets[i] = in.readInt();
            summer[i] = in.readUnsignedByte() != 0;
            nameIndexes[i] = in.readUnsignedByte();
        }
        byte[] names = new byte[counts[5]];
        in.readFully(names);
        for (int i = 0; i < types; i++) {
            put(result, offsets, summer, nameIndexes, names, i);
        }
        // Types in the order of their transitions: the most recent name for an offset wins.
        for (byte type : transitionTypes) {
            put(result, offsets, summer, nameIndexes, names, type & 0xFF);
        }
    }

    private static void put(Map<Long, String> result, int[] offsets, boolean[] summer, int[] nameIndexes, byte[] names, int type) {
        if (type >= offsets.length) {
            return;
        }
        int end = nameIndexes[type];
        while (end < names.length && names[end] != 0) {
            end++;
        }
        result.put(key(offsets[type], summer[type]),
                new String(names, nameIndexes[type], end - nameIndexes[type], StandardCharsets.ISO_8859_1));
    }

    private static void skipFully(DataInputStream in, long count) throws IOException {
        while (count > 0) {
            long skipped = in.skip(count);
            if (skipped <= 0) {
                in.readByte();
                skipped = 1;
            }
            count -= skipped;
        }
    }
}
