package dev.maildoctor.cli;

import dev.maildoctor.core.auth.AuthAudit;
import dev.maildoctor.core.auth.AuthReport;
import dev.maildoctor.core.auth.AuthRequest;
import dev.maildoctor.core.dkim.SelectorsLoader;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.tls.TlsProber;
import dev.maildoctor.report.AuthJson;
import dev.maildoctor.report.AuthTextReport;
import dev.maildoctor.report.JsonText;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maildoctor auth DOMAIN [--ip IP] [--helo NAME] [--selector S]... [--mx-tls]}: SPF, DKIM, DMARC,
 * reverse DNS and optionally STARTTLS of a sender domain, and the 2024 bulk-sender checklist. The exit
 * code is the worst status of the checks that ran (FAIL 2, UNKNOWN 3, WARN 1); checklist items that only
 * a test message or an unrequested probe could settle do not count.
 */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = "Check a sender domain's SPF, DKIM, DMARC and reverse DNS against the Gmail/Yahoo bulk-sender rules.")
final class AuthCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "DOMAIN", description = "The sender (From:) domain.")
    String domain;

    @Option(names = "--ip", paramLabel = "IP", description = "The sending server's address: SPF is checked for it, and its PTR.")
    String ip;

    @Option(names = "--helo", paramLabel = "NAME", description = "The HELO/EHLO name of the sending server.")
    String helo;

    @Option(names = "--selector", paramLabel = "SELECTOR", description = "A DKIM selector (repeatable); provider-known ones are tried too.")
    List<String> selectors = new ArrayList<>();

    @Option(names = "--mx-tls", description = "Also test STARTTLS on the domain's primary MX, port 25 (often blocked outbound).")
    boolean mxTls;

    @Spec
    CommandSpec spec;

    AuthCommand(CliServices services) {
        // The selector list is bundled data, loaded only by this command.
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuthRequest request;
        Dns dns;
        try {
            String name = domain.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            if (!name.matches("[a-z0-9_.-]+") || !name.contains(".")) {
                throw new InvalidInputException(Msg.of("cli.error.bad_domain", domain));
            }
            Optional<InetAddress> address = ip == null ? Optional.empty() : Optional.of(AddressOption.parse(ip));
            request = new AuthRequest(name, address, Optional.ofNullable(helo).map(String::strip), selectors, mxTls);
            dns = global.dnsSettings().open();
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + messages.render(e.msg()));
            return ExitCode.UNKNOWN;
        } catch (IllegalArgumentException e) {
            err.println("maildoctor: " + e.getMessage());
            return ExitCode.UNKNOWN;
        }
        AuthReport report = new AuthAudit(dns, SelectorsLoader.loadBundled(), TlsProber.withDefaults()::probe)
                .audit(request).toCompletableFuture().join();
        if (global.json) {
            out.println(JsonText.write(new AuthJson(messages).toJson(report)));
        } else {
            out.print(new AuthTextReport(messages).render(report));
        }
        out.flush();
        return ExitCode.worst(report.statuses());
    }
}
