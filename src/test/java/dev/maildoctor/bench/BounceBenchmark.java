package dev.maildoctor.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decoding the sisimai corpus (maildir/bsd, 629 messages) as whole processes: MailDoctor's CLI
 * ({@code java -jar maildoctor.jar bounce --json FILES...}) against Debian's Perl sisimai
 * ({@code Sisimai->dump(DIR)}), each run several times; medians of wall time.
 * Usage: BounceBenchmark path/to/maildoctor.jar path/to/maildir/bsd [runs]
 */
public final class BounceBenchmark {
    private BounceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        String jar = args.length > 0 ? args[0] : "target/maildoctor.jar";
        Path dir = Path.of(args.length > 1 ? args[1] : "src/test/resources/corpora/bounces-sisimai/maildir/bsd");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".eml")).map(Path::toString).sorted().toList();
        }
        List<String> ours = new ArrayList<>(List.of("java", "-jar", jar, "bounce", "--json"));
        ours.addAll(files);
        List<String> sisimai = List.of("perl", "-MSisimai", "-e", "print Sisimai->dump($ARGV[0])", dir.toString());
        out.printf("%d messages in %s; %d runs each after one warm-up%n", files.size(), dir, runs);
        out.printf("MailDoctor CLI (whole JVM process): median %d ms%n", median(ours, runs));
        out.printf("sisimai %s (Perl, whole process):  median %d ms%n", sisimaiVersion(), median(sisimai, runs));
    }

    private static long median(List<String> command, int runs) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(new File("/dev/null")).start();
            p.waitFor();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (i > 0) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static String sisimaiVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("perl", "-MSisimai", "-e", "print $Sisimai::VERSION").start();
        String v = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return v;
    }
}
