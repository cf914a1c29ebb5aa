package dev.maildoctor.cli;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.recipients.BulkClassifier;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.DomainList;
import dev.maildoctor.core.recipients.ProviderRules;
import dev.maildoctor.core.recipients.RecipientDomain;
import dev.maildoctor.report.JsonText;
import dev.maildoctor.report.RecipientsJson;
import dev.maildoctor.report.RecipientsTextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code maildoctor mx DOMAIN... [--file F] [--from-maillog LOG...]}: which mailbox provider hosts
 * each recipient domain. Exit code 3 when a domain could not be classified (DNS failure) or the
 * input could not be read, 1 when a domain does not exist or takes no mail, 0 otherwise.
 */
@Command(name = "mx", mixinStandardHelpOptions = true,
        description = "Find out which recipient domains are hosted at Google, Microsoft or elsewhere (MX lookup).")
final class MxCommand implements Callable<Integer> {
    private final CliServices services;

    @Mixin
    GlobalOptions global;

    @Mixin
    RecipientSources sources;

    @Spec
    CommandSpec spec;

    MxCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        DomainList list;
        Dns dns;
        try {
            list = gather(sources, services);
            dns = global.dnsSettings().withMaxInFlight(DnsSettings.BULK_MAX_IN_FLIGHT).open();
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + messages.render(e.msg()));
            return ExitCode.UNKNOWN;
        } catch (IllegalArgumentException e) {
            err.println("maildoctor: " + e.getMessage());
            return ExitCode.UNKNOWN;
        }
        List<DomainClassification> results = classify(dns, list.domains());
        if (global.json) {
            out.println(JsonText.write(new RecipientsJson(messages).toJson(results, list.rejected(), dns.describe())));
        } else {
            out.print(new RecipientsTextReport(messages, ProviderRules.bundled())
                    .render(results, list.rejected(), dns.describe()));
        }
        out.flush();
        return ExitCode.worst(results.stream().map(DomainClassification::status).toList());
    }

    /** The named domains; InvalidInputException when none is left or an input cannot be read. */
    static DomainList gather(RecipientSources sources, CliServices services) {
        if (sources.isEmpty()) {
            throw new InvalidInputException(Msg.of("cli.error.no_domains"));
        }
        DomainList list;
        try {
            list = sources.gather(services);
        } catch (IOException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidInputException(Msg.of("input.error.log_unreadable", detail));
        }
        if (list.domains().isEmpty()) {
            throw new InvalidInputException(Msg.of("cli.error.no_domains"));
        }
        return list;
    }

    static List<DomainClassification> classify(Dns dns, List<RecipientDomain> domains) {
        return new BulkClassifier(dns, ProviderRules.bundled()).classifyAll(domains, Progress.NONE)
                .toCompletableFuture().join();
    }
}
