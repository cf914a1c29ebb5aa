package dev.maildoctor.cli;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.spf.SpfBuilder;
import dev.maildoctor.report.JsonText;
import dev.maildoctor.report.SpfJson;
import dev.maildoctor.report.SpfTextReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code maildoctor spf-build [--domain D] [--current REC] [--add TERM]... [--remove TERM]... [--all Q]}:
 * an edited SPF record ready to publish. DNS is used only with --domain or --resolver. Exit code 2 over
 * 10 lookups, 1 at 8 to 10, 0 otherwise, 3 for bad input.
 */
@Command(name = "spf-build", mixinStandardHelpOptions = true,
        description = "Build or edit an SPF record: add or remove terms, count its DNS lookups, get the zone-file line.")
final class SpfBuildCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--domain", paramLabel = "DOMAIN",
            description = "The domain the record is for; its published record is the start unless --current is given.")
    String domain;

    @Option(names = "--current", paramLabel = "RECORD", description = "The record to start from, e.g. \"v=spf1 mx ~all\".")
    String current;

    @Option(names = "--add", paramLabel = "TERM", description = "A term to add (repeatable), e.g. ip4:192.0.2.0/24, include:_spf.example.net.")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "TERM", description = "A term to remove (repeatable).")
    List<String> remove = new ArrayList<>();

    @Option(names = "--all", paramLabel = "~all|-all", description = "The final term: ~all (soft fail) or -all (fail).")
    String all;

    @Spec
    CommandSpec spec;

    SpfBuildCommand(CliServices services) {
        // No shared services needed.
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpfBuilder.Result result;
        try {
            boolean online = domain != null || !global.resolvers.isEmpty();
            Optional<Dns> dns = online ? Optional.of(global.dnsSettings().open()) : Optional.empty();
            SpfBuilder.Request request = new SpfBuilder.Request(Optional.ofNullable(domain), Optional.ofNullable(current),
                    add, remove, Optional.ofNullable(all));
            result = new SpfBuilder(dns).build(request).toCompletableFuture().join();
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + messages.render(e.msg()));
            return ExitCode.UNKNOWN;
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                err.println("maildoctor: " + messages.render(invalid.msg()));
                return ExitCode.UNKNOWN;
            }
            throw e;
        } catch (IllegalArgumentException e) {
            err.println("maildoctor: " + e.getMessage());
            return ExitCode.UNKNOWN;
        }
        if (global.json) {
            out.println(JsonText.write(new SpfJson(messages).build(result)));
        } else {
            out.print(new SpfTextReport(messages).build(result));
        }
        out.flush();
        return ExitCode.of(result.status());
    }
}
