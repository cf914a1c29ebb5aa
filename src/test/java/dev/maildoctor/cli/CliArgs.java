package dev.maildoctor.cli;

import dev.maildoctor.testing.FakeDnsServer;
import java.util.ArrayList;
import java.util.List;

/** Command lines for tests that answer DNS from an in-process server. */
final class CliArgs {
    private CliArgs() {
    }

    /** The arguments, then {@code --resolver} pointing at the server and a short timeout. */
    static String[] withResolver(FakeDnsServer server, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--resolver", server.address().getHostString() + ":" + server.address().getPort(),
                "--timeout", "300ms"));
        return all.toArray(String[]::new);
    }
}
