package dev.maildoctor.cli;

import dev.maildoctor.core.diagnosis.BounceProof;
import dev.maildoctor.core.diagnosis.ProofConclusion;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.DnsblRequest;
import dev.maildoctor.core.dnsbl.neighbourhood.NeighbourSample;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.network.Target;
import dev.maildoctor.core.network.TargetParser;
import dev.maildoctor.report.BounceFile;
import dev.maildoctor.report.BounceFollowUp;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * {@code bounce --check}: runs the Blocklists check (with neighbours) on each sending address a
 * reputation bounce names, once per address however many files name it, and attaches the
 * conclusion that combines bounce and check to each recipient concerned.
 */
final class BounceCheck {
    private final CliServices services;
    private final GlobalOptions global;
    private final List<String> zones;
    private final Integer sample;
    private final Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge;
    private final Map<String, DnsblReport> done = new HashMap<>();
    private Dns dns;
    private boolean dnsFailed;

    BounceCheck(CliServices services, GlobalOptions global, List<String> zones, Integer sample,
                Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge) {
        this.services = services;
        this.global = global;
        this.zones = zones;
        this.sample = sample;
        this.knowledge = knowledge;
    }

    BounceFile apply(BounceFile file, PrintWriter err, Messages m) {
        Set<String> addresses = BounceFollowUp.addresses(file.reports(), knowledge);
        if (addresses.isEmpty() || !open(err)) {
            return file;
        }
        Map<String, DnsblReport> checks = new LinkedHashMap<>();
        for (String ip : addresses) {
            DnsblReport report = done.computeIfAbsent(ip, a -> check(a, err, m));
            if (report != null) {
                checks.put(ip, report);
            }
        }
        Map<FailedRecipient, ProofConclusion> conclusions = new HashMap<>();
        BounceProof proof = new BounceProof(knowledge);
        for (BounceReport report : file.reports()) {
            for (FailedRecipient r : report.recipients()) {
                Optional<String> ip = BounceFollowUp.address(report, r, knowledge.apply(r));
                DnsblReport check = ip.map(checks::get).orElse(null);
                if (check != null) {
                    conclusions.put(r, proof.conclude(r, ip.get(), check));
                }
            }
        }
        return new BounceFile(file.file(), file.reports(), checks, conclusions);
    }

    private boolean open(PrintWriter err) {
        if (dns == null && !dnsFailed) {
            try {
                dns = global.dnsSettings().open();
            } catch (IllegalArgumentException | IllegalStateException e) {
                dnsFailed = true;
                err.println("maildoctor: " + e.getMessage());
            }
        }
        return dns != null;
    }

    /** The report, or null (after a one-line error) when the address cannot be checked. */
    private DnsblReport check(String ip, PrintWriter err, Messages m) {
        try {
            Target target = TargetParser.parse(ip);
            DnsblRequest request = DnsblRequest.of(target).withZones(zones).withDqsKey(global.dqsKey);
            if (target instanceof Target.Ipv4) {
                int n = sample == null ? NeighbourSample.DEFAULT_SIZE
                        : Math.max(1, Math.min(sample, NeighbourSample.MAX_SIZE));
                request = request.withNeighbours(new DnsblRequest.NeighbourRequest(Optional.empty(), n));
            }
            return services.dnsblChecker().check(dns, request, Progress.NONE).toCompletableFuture().join();
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + m.render(e.msg()));
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InvalidInputException i) {
                err.println("maildoctor: " + m.render(i.msg()));
            } else {
                String detail = String.valueOf(cause.getMessage());
                err.println("maildoctor: " + m.get("bounce.error.check_failed", ip, detail));
            }
        }
        return null;
    }
}
