package dev.maildoctor.core.maillog;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Rotated log sets in reading order, and opening plain or gzip-compressed logs alike. */
final class LogFiles {
    private static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d{1,4})");
    private static final Pattern DATED = Pattern.compile("(.+)-(\\d{8})");

    private LogFiles() {
    }

    /**
     * Oldest first, whatever order they were given in: maillog.3.gz, maillog.2.gz, maillog.1,
     * maillog (logrotate's numbering), or maillog-20261101.gz, maillog-20261108, maillog (dateext).
     * Files of different sets are kept apart, by name.
     */
    static List<Path> oldestFirst(List<Path> files) {
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(LogFiles::setName).thenComparing(Comparator.comparingLong(LogFiles::age)
                .reversed()).thenComparing(Path::toString));
        return sorted;
    }

    static String setName(Path file) {
        String name = stripGz(file.getFileName().toString());
        Matcher m = NUMBERED.matcher(name);
        if (m.matches()) {
            return m.group(1);
        }
        m = DATED.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    /** Larger is older: the rotation number, or how long before 9999-12-31 the date suffix is; 0 for the live file. */
    static long age(Path file) {
        String name = stripGz(file.getFileName().toString());
        Matcher m = NUMBERED.matcher(name);
        if (m.matches()) {
            return Long.parseLong(m.group(2));
        }
        m = DATED.matcher(name);
        return m.matches() ? 99_991_231L - Long.parseLong(m.group(2)) : 0;
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** Counts the bytes taken from the file (compressed bytes, for a gzip file). */
    static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }

    /**
     * Decompresses when the stream starts with gzip's magic bytes, whatever the file is called.
     * Other compressions that logrotate can be told to use are refused rather than read as junk.
     */
    static InputStream decoded(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        int a = in.read();
        int b = in.read();
        int c = in.read();
        int d = in.read();
        in.reset();
        if (a == 0x1f && b == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        String other = a == 'B' && b == 'Z' && c == 'h' ? "bzip2"
                : a == 0xfd && b == '7' && c == 'z' && d == 'X' ? "xz"
                : a == 0x28 && b == 0xb5 && c == 0x2f && d == 0xfd ? "zstd" : null;
        if (other != null) {
            throw new UnsupportedCompressionException(other);
        }
        return in;
    }

    /** A log compressed with something other than gzip; the message names the compression. */
    static final class UnsupportedCompressionException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedCompressionException(String compression) {
            super("unsupported compression: " + compression);
        }
    }
}
