package dev.maildoctor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.DnsblRequest;
import dev.maildoctor.core.dnsbl.neighbourhood.Ipv4Range;
import dev.maildoctor.core.dnsbl.neighbourhood.NeighbourSample;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.Target;
import dev.maildoctor.core.network.TargetParser;
import dev.maildoctor.report.JsonText;
import dev.maildoctor.report.DnsblJson;
import dev.maildoctor.report.DnsblTextReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code maildoctor dnsbl TARGET...}: blocklist status of addresses or domains. */
@Command(name = "dnsbl", mixinStandardHelpOptions = true,
        description = "Check IP addresses or domains against DNS blocklists, optionally with their neighbours.")
final class DnsblCommand implements Callable<Integer> {
    private final CliServices services;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TARGET", description = "IPv4/IPv6 address or domain name.")
    List<String> targets;

    @Option(names = "--zones", split = ",", paramLabel = "ZONE",
            description = "Only these lists (catalogue ids or zone names; other zone names are queried as custom lists).")
    List<String> zones = new ArrayList<>();

    @Option(names = "--neighbours", description = "Also sample the target's neighbourhood (IPv4).")
    boolean neighbours;

    @Option(names = "--sample", paramLabel = "N", description = "Neighbours to sample (default 32, at most 1024).")
    Integer sample;

    @Option(names = "--range", paramLabel = "CIDR", description = "Range to sample instead of the target's /24.")
    String range;

    DnsblCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        PrintWriter err = spec.commandLine().getErr();
        List<DnsblRequest> requests = new ArrayList<>();
        try {
            Optional<Ipv4Range> cidr = Optional.ofNullable(range).map(Ipv4Range::parse);
            for (String t : targets) {
                requests.add(request(TargetParser.parse(t), cidr));
            }
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + messages.render(e.msg()));
            return ExitCode.UNKNOWN;
        }
        Dns dns;
        try {
            dns = global.dnsSettings().open();
        } catch (IllegalArgumentException e) {
            err.println("maildoctor: " + e.getMessage());
            return ExitCode.UNKNOWN;
        }
        DnsblChecker checker = services.dnsblChecker();
        List<DnsblReport> reports = new ArrayList<>();
        try {
            for (DnsblRequest request : requests) {
                reports.add(checker.check(dns, request, Progress.NONE).toCompletableFuture().join());
            }
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + messages.render(e.msg()));
            return ExitCode.UNKNOWN;
        }
        print(reports, messages);
        List<Status> statuses = reports.stream().map(DnsblReport::status).toList();
        return ExitCode.worst(statuses);
    }

    private DnsblRequest request(Target target, Optional<Ipv4Range> cidr) {
        DnsblRequest request = DnsblRequest.of(target).withZones(zones).withDqsKey(global.dqsKey);
        if (neighbours || sample != null || range != null) {
            int n = sample != null ? sample : NeighbourSample.DEFAULT_SIZE;
            if (n < 1 || n > NeighbourSample.MAX_SIZE) {
                throw new InvalidInputException(Msg.of("cli.error.sample", NeighbourSample.MAX_SIZE));
            }
            request = request.withNeighbours(new DnsblRequest.NeighbourRequest(cidr, n));
        }
        return request;
    }

    private void print(List<DnsblReport> reports, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        if (global.json) {
            DnsblJson json = new DnsblJson(messages);
            if (reports.size() == 1) {
                out.println(JsonText.write(json.toJson(reports.get(0))));
            } else {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                reports.forEach(r -> array.add(json.toJson(r)));
                out.println(JsonText.write(array));
            }
        } else {
            DnsblTextReport text = new DnsblTextReport(messages);
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                out.print(text.render(reports.get(i)));
            }
        }
        out.flush();
    }
}
