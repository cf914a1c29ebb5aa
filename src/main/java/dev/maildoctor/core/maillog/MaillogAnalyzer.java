package dev.maildoctor.core.maillog;

import dev.maildoctor.core.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Streams Postfix logs (plain or .gz, rotated sets in order) into a {@link MaillogSummary}.
 *
 * <p>Memory does not grow with the size of the logs: lines are read through one buffer and cut at
 * {@value LineReader#MAX_LINE} bytes, a queue id's state is dropped when Postfix logs "removed", and
 * the per-domain and per-response tallies are capped. Classic syslog stamps get their year from the
 * file's modification date (see {@link LogClock}).
 */
public final class MaillogAnalyzer {
    /** Progress is reported in blocks of this many file bytes. */
    public static final int PROGRESS_BLOCK = 64 * 1024;
    private static final int CANCEL_CHECK_LINES = 8192;

    private final ZoneId zone;

    public MaillogAnalyzer() {
        this(ZoneId.systemDefault());
    }

    /** @param zone where the logs were written, to turn file modification times into dates */
    public MaillogAnalyzer(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Runs on the caller's thread (the app calls it from a background thread).
     *
     * @param files     log files in any order; they are read oldest first (see {@link #readingOrder})
     * @param progress  planned/finished units are bytes read from the files (compressed bytes for
     *                  .gz), counted in blocks of {@value #PROGRESS_BLOCK} bytes since
     *                  {@link Progress} counts in int steps
     * @param cancelled checked regularly; when true the analysis stops with a CancellationException
     * @throws IOException when a file cannot be read, or is compressed with bzip2, xz or zstd (only gzip
     *                     is read; the message names the compression)
     */
    public MaillogSummary analyze(List<Path> files, Progress progress, BooleanSupplier cancelled) throws IOException {
        List<Path> ordered = readingOrder(files);
        long[] blocks = new long[ordered.size()];
        long planned = 0;
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = Math.max(1, (Files.size(ordered.get(i)) + PROGRESS_BLOCK - 1) / PROGRESS_BLOCK);
            planned += blocks[i];
        }
        progress.plan((int) Math.min(Integer.MAX_VALUE, planned));
        LogStory story = new LogStory(LocalDate.now(zone));
        for (int i = 0; i < blocks.length; i++) {
            Path file = ordered.get(i);
            story.lastWritten(LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone));
            try (InputStream raw = Files.newInputStream(file)) {
                LogFiles.Counting counting = new LogFiles.Counting(raw);
                long fileBlocks = blocks[i];
                long[] reported = {0};
                LineReader.RefillHook hook = () -> {
                    checkCancelled(cancelled);
                    long done = Math.min(fileBlocks, counting.count / PROGRESS_BLOCK);
                    for (; reported[0] < done; reported[0]++) {
                        progress.finishOne();
                    }
                };
                read(LogFiles.decoded(counting), story, hook, cancelled);
                for (; reported[0] < fileBlocks; reported[0]++) {
                    progress.finishOne();
                }
            }
        }
        return story.summary();
    }

    /**
     * One log as a stream (plain or gzip-compressed, recognised by its first bytes).
     *
     * @param lastWritten when the log was last written: classic syslog stamps later in the calendar
     *                    than this date belong to the year before
     */
    public MaillogSummary analyze(InputStream log, LocalDate lastWritten, BooleanSupplier cancelled)
            throws IOException {
        LogStory story = new LogStory(lastWritten);
        read(LogFiles.decoded(log), story, () -> checkCancelled(cancelled), cancelled);
        return story.summary();
    }

    /** The order {@link #analyze(List, Progress, BooleanSupplier)} reads files in: oldest first. */
    public static List<Path> readingOrder(List<Path> files) {
        return LogFiles.oldestFirst(files);
    }

    private static void read(InputStream in, LogStory story, LineReader.RefillHook hook, BooleanSupplier cancelled)
            throws IOException {
        LineReader reader = new LineReader(in, hook);
        int sinceCheck = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            story.accept(line);
            if (++sinceCheck == CANCEL_CHECK_LINES) {
                sinceCheck = 0;
                checkCancelled(cancelled);
            }
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }
}
