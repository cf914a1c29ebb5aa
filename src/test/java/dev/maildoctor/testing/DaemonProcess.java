package dev.maildoctor.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;

/**
 * One started daemon: its process, the address it serves on and its log ({@code <name>.log} in the
 * working directory, stdout and stderr together).
 */
final class DaemonProcess {
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(300);
    private static final int PORT_ATTEMPTS = 3;
    private static final String ADDRESS_IN_USE = "Address already in use";

    private final String name;
    private final Process process;
    private final InetSocketAddress address;
    private final Path log;

    private DaemonProcess(String name, Process process, InetSocketAddress address, Path log) {
        this.name = name;
        this.process = process;
        this.address = address;
        this.log = log;
    }

    /** Writes the config for a port and returns the command line that starts the daemon on it. */
    @FunctionalInterface
    interface PortCommand {
        List<String> apply(int port) throws IOException;
    }

    /**
     * Picks a free port, lets {@code commandForPort} write the config for it, starts the process and
     * waits until it answers every question with NOERROR; retries on a port taken in between.
     */
    static DaemonProcess launch(String name, Path dir, List<Record> questions, PortCommand commandForPort)
            throws IOException {
        Path log = dir.resolve(name + ".log");
        for (int attempt = 1; ; attempt++) {
            int port = FreePorts.pick();
            List<String> command = commandForPort.apply(port);
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            DaemonProcess daemon = new DaemonProcess(name, process, new InetSocketAddress(FreePorts.LOOPBACK, port), log);
            String problem = daemon.awaitAnswers(questions);
            if (problem == null) {
                return daemon;
            }
            daemon.stop();
            String output = daemon.logText();
            if (attempt < PORT_ATTEMPTS && output.contains(ADDRESS_IN_USE)) {
                continue;
            }
            throw new IllegalStateException(name + " " + problem + "\ncommand: " + String.join(" ", command)
                    + "\nlast lines of " + log + ":\n" + DaemonFiles.tail(output, 30) + daemon.appArmorHint(output));
        }
    }

    String name() {
        return name;
    }

    InetSocketAddress address() {
        return address;
    }

    Path log() {
        return log;
    }

    /** Everything the daemon printed so far. */
    String logText() {
        return DaemonFiles.read(log);
    }

    /** SIGTERM, then SIGKILL; nsd forks server and xfrd children, which are stopped too. */
    void stop() {
        List<ProcessHandle> children = process.descendants().collect(Collectors.toList());
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Null once every question is answered with NOERROR, else why not (timeout or exit). */
    private String awaitAnswers(List<Record> questions) {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        List<Record> pending = new ArrayList<>(questions);
        while (true) {
            pending.removeIf(this::answers);
            if (pending.isEmpty()) {
                return null;
            }
            if (!process.isAlive()) {
                return "exited with status " + process.exitValue() + " before answering";
            }
            if (Instant.now().isAfter(deadline)) {
                return "did not answer " + pending + " on " + address + " within "
                        + STARTUP_TIMEOUT.toSeconds() + " s";
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "start interrupted";
            }
        }
    }

    private boolean answers(Record question) {
        try {
            SimpleResolver resolver = new SimpleResolver(address);
            resolver.setTimeout(PROBE_TIMEOUT);
            Message response = resolver.send(Message.newQuery(question));
            return response.getRcode() == Rcode.NOERROR;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String appArmorHint(String output) {
        boolean denied = output.contains("Permission denied") || output.contains("could not open");
        return denied && "unbound".equals(name)
                ? "\n(if AppArmor enforces Debian's unbound profile, unbound cannot read configs outside "
                        + "/etc/unbound: apparmor_parser -R /etc/apparmor.d/usr.sbin.unbound, as .ci/run does)"
                : "";
    }
}
