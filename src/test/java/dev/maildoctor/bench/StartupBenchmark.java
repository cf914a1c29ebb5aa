package dev.maildoctor.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GUI start-up: wall time from launching {@code java -jar maildoctor.jar} to its main window being
 * mapped and visible on the X display (xdotool waits for it). Starts Xvfb when DISPLAY is unset.
 * Usage: StartupBenchmark path/to/maildoctor.jar [runs]
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        String jar = args.length > 0 ? args[0] : "target/maildoctor.jar";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isBlank()) {
            display = ":97";
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x900x24").redirectErrorStream(true)
                    .redirectOutput(new File("/dev/null")).start();
            Thread.sleep(1000);
        }
        Path config = Files.createTempDirectory("maildoctor-bench");
        List<Long> times = new ArrayList<>();
        try {
            for (int i = 0; i < runs + 1; i++) {
                long ms = once(jar, display, config);
                if (i > 0) { // the first run warms the OS file cache
                    times.add(ms);
                }
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
        Collections.sort(times);
        out.printf("GUI start to visible main window (%d runs after 1 warm-up): median %d ms, min %d, max %d%n",
                times.size(), times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
    }

    private static long once(String jar, String display, Path config) throws IOException, InterruptedException {
        ProcessBuilder app = new ProcessBuilder("java", "-Dmaildoctor.configDir=" + config, "-jar", jar);
        app.environment().put("DISPLAY", display);
        app.redirectErrorStream(true).redirectOutput(new File("/dev/null"));
        long start = System.nanoTime();
        Process p = app.start();
        ProcessBuilder wait = new ProcessBuilder("xdotool", "search", "--sync", "--onlyvisible", "--name", "^MailDoctor");
        wait.environment().put("DISPLAY", display);
        Process w = wait.redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        if (!w.waitFor(60, TimeUnit.SECONDS)) {
            w.destroyForcibly();
            p.destroyForcibly();
            throw new IllegalStateException("the main window did not appear within 60 s");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return ms;
    }
}
