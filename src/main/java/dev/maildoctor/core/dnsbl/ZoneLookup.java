package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.dnsbl.catalogue.ReturnCode;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.network.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Looks one target up in one zone: the test-point probe and the A query run together, and the TXT
 * record is fetched only for a listing, so a lookup takes at most two round trips.
 */
public final class ZoneLookup {
    private final Dns dns;
    private final TestPointProbe testPoints;

    public ZoneLookup(Dns dns, TestPointProbe testPoints) {
        this.dns = dns;
        this.testPoints = testPoints;
    }

    public CompletionStage<ZoneResult> lookup(ZoneQuery zq, Target target, boolean fetchTxt) {
        String label = target.dnsblLabel();
        CompletionStage<TestPointResult> probe = testPoints.probe(zq, target);
        CompletionStage<DnsAnswer> answer = dns.query(zq.nameFor(label), "A");
        return probe.thenCombine(answer, (tp, a) -> combine(zq, label, tp, a))
                .thenCompose(result -> result.status() == ZoneStatus.LISTED && fetchTxt
                        ? addTxt(result, zq.nameFor(label))
                        : CompletableFuture.completedFuture(result));
    }

    private static ZoneResult combine(ZoneQuery zq, String label, TestPointResult tp, DnsAnswer answer) {
        CodeReading reading = CodeReading.read(zq.list(), answer);
        List<DnsExchange> evidence = new ArrayList<>(tp.evidence());
        evidence.add(answer.exchange());
        ZoneStatus status = reading.status();
        Optional<Msg> reason = reading.reason();
        List<ReturnCode> known = reading.known();
        if (status != ZoneStatus.REFUSED && tp.refusal().isPresent()) {
            status = ZoneStatus.REFUSED;
            reason = tp.refusal().get().reason();
            known = tp.refusal().get().known();
        } else if (status != ZoneStatus.REFUSED && !tp.healthy()) {
            status = ZoneStatus.ERROR;
            reason = tp.problem();
        }
        DnsblList list = zq.list();
        // Codes are reported only when they are the verdict; after a failed test point they mean nothing.
        List<String> codes = status == ZoneStatus.ERROR ? List.of() : reading.codes();
        if (status == ZoneStatus.REFUSED && reading.status() != ZoneStatus.REFUSED) {
            codes = tp.refusal().get().codes();
        }
        return new ZoneResult(zq, zq.displayNameFor(label), status, codes, known,
                effectiveCategory(list, known), majorProvidersBlock(list, known), Optional.empty(), reason,
                List.of(), evidence);
    }

    private CompletionStage<ZoneResult> addTxt(ZoneResult result, String name) {
        return dns.query(name, "TXT").thenApply(txt -> result.withTxt(
                txt.records().isEmpty() ? Optional.empty() : Optional.of(String.join(" | ", txt.records())),
                txt.exchange()));
    }

    /** A combined list's codes may differ in kind; the most serious kind wins. */
    static ListCategory effectiveCategory(DnsblList list, List<ReturnCode> codes) {
        ListCategory best = null;
        for (ReturnCode code : codes) {
            ListCategory c = code.category() != null ? code.category() : list.category();
            if (best == null || severity(c) > severity(best)) {
                best = c;
            }
        }
        return best != null ? best : list.category();
    }

    static boolean majorProvidersBlock(DnsblList list, List<ReturnCode> codes) {
        if (codes.isEmpty()) {
            return list.majorProvidersBlock();
        }
        return codes.stream().anyMatch(c -> c.majorProvidersBlock() != null
                ? c.majorProvidersBlock()
                : list.majorProvidersBlock());
    }

    private static int severity(ListCategory c) {
        switch (c) {
            case REPUTATION: return 4;
            case RANGE: return 3;
            case ASN: return 2;
            case SCORING_ONLY: return 1;
            default: return 0;
        }
    }
}
