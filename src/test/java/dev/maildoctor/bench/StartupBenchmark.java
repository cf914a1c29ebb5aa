package dev.maildoctor.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GUI start-up: wall time from launching {@code java -jar maildoctor.jar} to the first frame of its
 * main window (the app's start-up probe writes the time of the first pulse after the window is
 * shown, then quits). Starts Xvfb when DISPLAY is unset.
 * Usage: StartupBenchmark path/to/maildoctor.jar [runs] [extra JVM options...]
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        String jar = args.length > 0 ? args[0] : "target/maildoctor.jar";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        List<String> jvmOptions = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isBlank()) {
            display = ":97";
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x900x24")
                    .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
            Thread.sleep(1000);
        }
        Path config = Files.createTempDirectory("maildoctor-bench");
        List<Long> times = new ArrayList<>();
        try {
            for (int i = 0; i < runs + 1; i++) {
                long ms = once(jar, jvmOptions, display, config);
                if (i > 0) { // the first run warms the operating system's file cache
                    times.add(ms);
                }
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
        Collections.sort(times);
        out.printf("GUI start to first frame (%d runs after 1 warm-up%s): median %d ms, min %d, max %d%n",
                times.size(), jvmOptions.isEmpty() ? "" : ", " + String.join(" ", jvmOptions),
                times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
    }

    private static long once(String jar, List<String> jvmOptions, String display, Path config)
            throws IOException, InterruptedException {
        Path probe = Files.createTempFile("maildoctor-first-frame", ".txt");
        Files.delete(probe);
        List<String> command = new ArrayList<>(List.of("java", "-Dmaildoctor.configDir=" + config,
                "-Dmaildoctor.startupProbe=" + probe));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar));
        ProcessBuilder app = new ProcessBuilder(command);
        app.environment().put("DISPLAY", display);
        app.redirectErrorStream(true).redirectOutput(new File("/dev/null"));
        Instant launched = Instant.now();
        Process p = app.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the app did not show its first frame within 60 s");
        }
        if (!Files.exists(probe)) {
            throw new IllegalStateException("the app exited without reporting a first frame (exit " + p.exitValue() + ")");
        }
        Instant firstFrame = Instant.parse(Files.readString(probe, StandardCharsets.UTF_8).strip());
        Files.delete(probe);
        return Duration.between(launched, firstFrame).toMillis();
    }
}
