package dev.maildoctor.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Decoding the sisimai corpus (maildir/bsd, 629 messages) as whole processes: MailDoctor's CLI
 * ({@code maildoctor bounce --json FILES...}) against Debian's Perl sisimai
 * ({@code Sisimai->dump(DIR)}). MailDoctor runs twice over: as {@code java -jar}, and with the
 * options of an installed launcher (an AppCDS archive, trained beforehand on other bounces from
 * the corpus's mailbox/ and maildir/not/, and C1-only compilation). One message alone shows each
 * side's fixed start-up cost. Runs are interleaved so that a slow spell of the machine hits every
 * command alike; medians of wall time.
 * Usage: BounceBenchmark path/to/maildoctor.jar path/to/corpus [runs]
 */
public final class BounceBenchmark {
    private BounceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        String jar = args.length > 0 ? args[0] : "target/maildoctor.jar";
        Path corpus = Path.of(args.length > 1 ? args[1] : "src/test/resources/corpora/bounces-sisimai");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Path dir = corpus.resolve("maildir/bsd");
        List<String> files = list(dir);
        String one = files.get(0);
        Path archive = Files.createTempFile("maildoctor-bench", ".jsa");
        train(jar, archive, corpus);
        List<String> launcher = List.of("java", "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData", "-jar", jar, "bounce", "--json");
        List<String> plain = List.of("java", "-jar", jar, "bounce", "--json");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("MailDoctor, java -jar", plus(plain, files));
        commands.put("MailDoctor, launcher options (AppCDS, C1)", plus(launcher, files));
        commands.put("sisimai " + sisimaiVersion() + " (Perl)", List.of("perl", "-MSisimai", "-e",
                "print Sisimai->dump($ARGV[0])", dir.toString()));
        commands.put("one message: MailDoctor, launcher options", plus(launcher, List.of(one)));
        commands.put("one message: sisimai", List.of("perl", "-MSisimai", "-e", "print Sisimai->dump($ARGV[0])", one));
        out.printf("%d messages in %s; %d interleaved runs after one warm-up round%n", files.size(), dir, runs);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int round = 0; round <= runs; round++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                long ms = time(c.getValue());
                if (round > 0) {
                    times.get(c.getKey()).add(ms);
                }
            }
        }
        times.forEach((name, t) -> out.printf("%-45s median %5d ms  (%d-%d)%n", name, median(t),
                Collections.min(t), Collections.max(t)));
        Files.deleteIfExists(archive);
    }

    /** The launcher's class-data archive, from a run over bounces that are not the measured ones. */
    private static void train(String jar, Path archive, Path corpus) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        List<String> training = new ArrayList<>(list(corpus.resolve("mailbox")));
        training.addAll(list(corpus.resolve("maildir/not")));
        time(plus(List.of("java", "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar, "bounce", "--json"), training));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
    }

    private static List<String> plus(List<String> command, List<String> more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(more);
        return all;
    }

    private static long time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        p.waitFor();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String sisimaiVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("perl", "-MSisimai", "-e", "print $Sisimai::VERSION").start();
        String v = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return v;
    }
}
