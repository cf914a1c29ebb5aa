package dev.maildoctor.cli;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.DomainList;
import dev.maildoctor.core.recipients.ProviderRules;
import dev.maildoctor.core.recipients.RecipientDomain;
import dev.maildoctor.core.recipients.Verdicts;
import dev.maildoctor.core.relay.PostfixFiles;
import dev.maildoctor.core.relay.PostfixRelayConfig;
import dev.maildoctor.core.relay.RelayRequest;
import dev.maildoctor.core.relay.RelayTarget;
import dev.maildoctor.core.relay.TransportComparison;
import dev.maildoctor.core.spf.SpfChange;
import dev.maildoctor.core.spf.SpfPlanner;
import dev.maildoctor.report.JsonText;
import dev.maildoctor.report.ProviderLabels;
import dev.maildoctor.report.RelayConfigJson;
import dev.maildoctor.report.RelayConfigTextReport;
import dev.maildoctor.report.RelayPlan;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code maildoctor relay-config --relay HOST[:PORT] [--for google|google,microsoft|all] ...}: the
 * Postfix files that send mail for Google- (and Microsoft-) hosted recipients through a relay, and
 * the SPF change that lets that mail pass. Exit code 3 on bad input, 1 when some domains could not
 * be classified or none was selected (the files may be incomplete), 0 otherwise.
 */
@Command(name = "relay-config", mixinStandardHelpOptions = true,
        description = "Write the Postfix configuration (main.cf, transport, sasl_passwd) that sends mail for "
                + "Google- or Microsoft-hosted recipients through a relay, and the matching SPF change.")
final class RelayConfigCommand implements Callable<Integer> {
    /** A password file holds one line; anything bigger is not one. */
    private static final long MAX_PASSWORD_BYTES = 4096;

    private final CliServices services;

    @Mixin
    GlobalOptions global;

    @Mixin
    RecipientSources sources;

    @Spec
    CommandSpec spec;

    @Option(names = "--relay", required = true, paramLabel = "HOST[:PORT]",
            description = "The relay (smarthost) to send through; port 587 when not given.")
    String relay;

    @Option(names = "--for", split = ",", paramLabel = "google|microsoft|all",
            description = "Which recipients go through the relay: google (default), microsoft, or all listed domains "
                    + "(no MX lookup). Combine with commas: google,microsoft.")
    List<String> families = new ArrayList<>(List.of("google"));

    @Option(names = "--sasl-user", paramLabel = "USER", description = "The relay account (SMTP AUTH).")
    String saslUser;

    @Option(names = "--sasl-password-file", paramLabel = "FILE",
            description = "Put the password from this file (first line) into sasl_passwd instead of a placeholder.")
    String passwordFile;

    @Option(names = "--sender-domain", paramLabel = "DOMAIN",
            description = "Your sending domain: compute its SPF change for the relay.")
    String senderDomain;

    @Option(names = "--relay-include", paramLabel = "DOMAIN",
            description = "The SPF include the relay's operator publishes (else the relay's addresses are added).")
    String relayInclude;

    @Option(names = "--transport", paramLabel = "FILE",
            description = "Your current Postfix transport file: show what is missing, redundant or different.")
    String existingTransport;

    RelayConfigCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RelayTarget target = RelayTarget.parse(relay);
            Predicate<DomainClassification> wanted = selection();
            DomainList list = MxCommand.gather(sources, services);
            Optional<String> password = password();
            String existing = existingTransport == null ? null
                    : new String(InputFiles.read(existingTransport, services.stdin(), RecipientSources.MAX_FILE_BYTES),
                    StandardCharsets.UTF_8);
            Dns dns = global.dnsSettings().withMaxInFlight(DnsSettings.BULK_MAX_IN_FLIGHT).open();
            List<DomainClassification> results = families.contains("all")
                    ? list.domains().stream().map(RelayConfigCommand::unclassified).toList()
                    : MxCommand.classify(dns, list.domains());
            List<DomainClassification> selected = results.stream().filter(wanted).toList();
            List<DomainClassification> skipped = results.stream().filter(wanted.negate()).toList();
            List<RecipientDomain> domains = selected.stream().map(DomainClassification::domain).toList();
            if (domains.isEmpty()) {
                // Nothing to write: say which providers the domains are at instead.
                ProviderLabels labels = new ProviderLabels(messages, ProviderRules.bundled());
                err.println("maildoctor: " + messages.get("cli.error.none_selected", String.join(", ", families)));
                skipped.forEach(c -> err.println("  " + c.domain().unicode() + ": " + labels.of(c)));
                return ExitCode.WARNING;
            }
            RelayRequest request = new RelayRequest(target, domains, Optional.ofNullable(saslUser), password);
            PostfixFiles files = PostfixRelayConfig.generate(request);
            Optional<SpfChange> spf = senderDomain == null ? Optional.empty()
                    : Optional.of(new SpfPlanner(dns).forRelay(senderDomain, target, Optional.ofNullable(relayInclude))
                    .toCompletableFuture().join());
            Optional<TransportComparison> comparison = Optional.ofNullable(existing)
                    .map(text -> TransportComparison.compare(text, request));
            RelayPlan plan = new RelayPlan(target, files, selected, skipped, spf, comparison);
            print(plan, messages);
            list.rejected().forEach(r -> err.println("maildoctor: " + messages.get("mx.text.rejected", r.input(),
                    messages.render(r.reason()))));
            boolean unknown = results.stream().anyMatch(c -> c.status() == Status.UNKNOWN);
            return unknown ? ExitCode.WARNING : ExitCode.OK;
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + messages.render(e.msg()));
            return ExitCode.UNKNOWN;
        } catch (IllegalArgumentException e) {
            err.println("maildoctor: " + e.getMessage());
            return ExitCode.UNKNOWN;
        }
    }

    private Predicate<DomainClassification> selection() {
        Set<String> known = Set.of("google", "microsoft", "all");
        for (String f : families) {
            if (!known.contains(f)) {
                throw new InvalidInputException(Msg.of("cli.error.relay_for", f));
            }
        }
        if (families.contains("all")) {
            return c -> true;
        }
        return c -> families.contains("google") && c.isGoogle() || families.contains("microsoft") && c.isMicrosoft();
    }

    private Optional<String> password() {
        if (passwordFile == null) {
            return Optional.empty();
        }
        String text = new String(InputFiles.read(passwordFile, services.stdin(), MAX_PASSWORD_BYTES),
                StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            throw new InvalidInputException(Msg.of("cli.error.password_empty", passwordFile));
        }
        return Optional.of(first);
    }

    /** With --for all the domains are taken as given: no lookup, so no verdict either. */
    private static DomainClassification unclassified(RecipientDomain d) {
        return new DomainClassification(d, Verdicts.UNKNOWN, Optional.empty(), List.of(), Optional.empty(), List.of(),
                Status.INFO, Optional.of(Msg.of("relay.text.not_looked_up")));
    }

    private void print(RelayPlan plan, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        if (global.json) {
            out.println(JsonText.write(new RelayConfigJson(messages).toJson(plan)));
        } else {
            out.print(new RelayConfigTextReport(messages, ProviderRules.bundled()).render(plan));
        }
        out.flush();
    }
}
