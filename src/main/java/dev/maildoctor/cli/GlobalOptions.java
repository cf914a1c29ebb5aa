package dev.maildoctor.cli;

import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.i18n.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every subcommand accepts (see the command-line contract in DESIGN.md). */
public final class GlobalOptions {
    @Option(names = "--resolver", paramLabel = "HOST[:PORT]",
            description = "DNS resolver to use (repeatable). Default: the system's resolvers.")
    List<String> resolvers = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Per-query timeout, e.g. 3s, 1500ms, PT2S. Default: 3s.")
    Duration timeout = DnsSettings.DEFAULT_TIMEOUT;

    @Option(names = "--json", description = "Print a machine-readable JSON result on stdout, nothing else.")
    boolean json;

    @Option(names = "--lang", paramLabel = "en|ja", description = "Language of messages. Default: the system's.")
    String lang;

    @Option(names = "--spamhaus-dqs-key", paramLabel = "KEY",
            description = "Spamhaus Data Query Service key: query Spamhaus through DQS instead of the public mirrors.")
    String dqsKey;

    DnsSettings dnsSettings() {
        return new DnsSettings(resolvers, timeout, DnsSettings.DEFAULT_MAX_IN_FLIGHT);
    }

    Messages messages() {
        String language = lang != null ? lang : Locale.getDefault().getLanguage();
        return Messages.forLanguage("ja".equals(language) ? "ja" : "en");
    }
}
