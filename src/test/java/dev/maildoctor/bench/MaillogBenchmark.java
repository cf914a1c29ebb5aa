package dev.maildoctor.bench;

import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.maillog.MaillogAnalyzer;
import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.model.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mail-log analysis against Debian's {@code pflogsumm} on the same synthetic 1-million-line log
 * ({@link SyntheticMaillog}): our analyzer in-process after warm-up (median of several runs), the
 * same in a fresh JVM with a small heap (the whole {@code java} process, start-up included), and
 * {@code pflogsumm FILE} as a process (wall time, output discarded).
 *
 * <p>Usage: {@code MaillogBenchmark [LOG_FILE [LINES]]}: without arguments a fresh 1-million-line
 * log is generated in a temporary file (and deleted afterwards); a named file is generated when
 * missing and kept.
 */
public final class MaillogBenchmark {
    static final long LINES = 1_000_000;
    static final int WARM_UP = 3;
    static final int RUNS = 7;
    static final int PROCESS_RUNS = 3;
    /** The heap of the fresh-JVM run: far below the log's size, to show memory does not follow it. */
    static final String HEAP = "-Xmx64m";

    private MaillogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        if (args.length == 2 && args[0].equals("--once")) {
            long start = System.nanoTime();
            MaillogSummary s = analyze(Path.of(args[1]));
            out.printf("analysed %d lines in %d ms%n", s.lines(), (System.nanoTime() - start) / 1_000_000);
            return;
        }
        long lines = args.length > 1 ? Long.parseLong(args[1]) : LINES;
        boolean generated = args.length == 0 || !Files.exists(Path.of(args[0]));
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("maildoctor-bench-maillog", ".log");
        if (generated) {
            long g = System.nanoTime();
            SyntheticMaillog.write(file, lines);
            out.printf("Generated %s (%,d lines) in %d ms%n", file, lines, (System.nanoTime() - g) / 1_000_000);
        }
        try {
            run(out, file);
        } finally {
            if (args.length == 0) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void run(PrintStream out, Path file) throws IOException, InterruptedException {
        out.printf("Log: %s, %,d bytes; %d cores; Java %s; load average before: %s%n", file, Files.size(file),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"), loadAverage());

        MaillogSummary summary = null;
        for (int i = 0; i < WARM_UP; i++) {
            summary = analyze(file);
        }
        List<Long> inProcess = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            summary = analyze(file);
            inProcess.add((System.nanoTime() - start) / 1_000_000);
        }
        report(out, "MaillogAnalyzer in-process (after " + WARM_UP + " warm-up runs, " + RUNS + " runs)", inProcess,
                summary.lines());
        out.printf("  summary: %,d messages, sent %,d, deferred %,d (%,d deferrals), bounced %,d, expired %,d, "
                        + "%,d domains, %d incidents%n", summary.messages(), summary.count(DeliveryStatus.SENT),
                summary.count(DeliveryStatus.DEFERRED), summary.deferrals(), summary.count(DeliveryStatus.BOUNCED),
                summary.expired(), summary.recipientDomains().size(), summary.incidents().size());
        summary.incidents().forEach(i -> out.printf("  incident: %s %s %s .. %s, %d messages, ended %s%n",
                i.provider().json(), i.reason().json(), i.firstSeen(), i.lastSeen(), i.count(), i.endedAt()));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> jvm = time(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                MaillogBenchmark.class.getName(), "--once", file.toString()));
        report(out, "MaillogAnalyzer, whole fresh JVM with " + HEAP + " (java process wall time, "
                + PROCESS_RUNS + " runs)", jvm, summary.lines());

        List<Long> pflogsumm = time(List.of("pflogsumm", file.toString()));
        report(out, "pflogsumm " + file.getFileName() + " (process wall time, " + PROCESS_RUNS + " runs)", pflogsumm,
                summary.lines());
        out.printf("Speed-up over pflogsumm: %.1fx in-process, %.1fx whole JVM%n",
                (double) median(pflogsumm) / median(inProcess), (double) median(pflogsumm) / median(jvm));
    }

    /** The machine's 1-minute load average (Linux), since other work on the machine skews wall times. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static MaillogSummary analyze(Path file) throws IOException {
        return new MaillogAnalyzer().analyze(List.of(file), Progress.NONE, () -> false);
    }

    private static List<Long> time(List<String> command) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        Path output = Files.createTempFile("maillog-bench", ".out");
        try {
            for (int i = 0; i < PROCESS_RUNS; i++) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                        .start();
                if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IOException(command.get(0) + " failed: " + Files.readString(output,
                            StandardCharsets.UTF_8));
                }
                times.add((System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            Files.deleteIfExists(output);
        }
        return times;
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void report(PrintStream out, String what, List<Long> millis, long lines) {
        long median = median(millis);
        out.printf("%s: median %,d ms (min %,d, max %,d) = %,.0f lines/s%n", what, median, Collections.min(millis),
                Collections.max(millis), lines * 1000.0 / median);
    }
}
