package dev.maildoctor.core.network;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dns.DnsOutcome;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** PTR, forward confirmation and origin AS / prefix / holder of an address, looked up concurrently. */
public final class NetworkOwnerLookup {
    private final Dns dns;

    public NetworkOwnerLookup(Dns dns) {
        this.dns = dns;
    }

    public CompletionStage<NetworkOwner> lookup(Target target) {
        InetAddress address = address(target);
        CompletionStage<PtrPart> ptr = dns.query(ReverseNames.ptrName(target), "PTR")
                .thenCompose(answer -> confirm(answer, address));
        String originZone = target instanceof Target.Ipv4 ? "origin.asn.cymru.com" : "origin6.asn.cymru.com";
        CompletionStage<OriginPart> origin = dns.query(target.dnsblLabel() + "." + originZone, "TXT")
                .thenCompose(this::describeAs);
        return ptr.thenCombine(origin, (p, o) -> {
            List<DnsExchange> evidence = new ArrayList<>(p.evidence());
            evidence.addAll(o.evidence());
            CymruOrigin co = o.origin().orElse(null);
            return new NetworkOwner(p.name(), p.name().map(n -> GenericPtr.looksGeneric(n, address)).orElse(false),
                    p.fcrdns(), Optional.ofNullable(co).map(CymruOrigin::asn),
                    Optional.ofNullable(co).map(CymruOrigin::prefix), Optional.ofNullable(co).map(CymruOrigin::country),
                    Optional.ofNullable(co).map(CymruOrigin::registry), o.holder(), p.complete() && o.complete(),
                    evidence);
        });
    }

    private record PtrPart(Optional<String> name, Fcrdns fcrdns, boolean complete, List<DnsExchange> evidence) {
    }

    private record OriginPart(Optional<CymruOrigin> origin, Optional<String> holder, boolean complete,
                              List<DnsExchange> evidence) {
    }

    private CompletionStage<PtrPart> confirm(DnsAnswer ptr, InetAddress address) {
        if (!ptr.isDefinite()) {
            return done(new PtrPart(Optional.empty(), Fcrdns.UNKNOWN, false, List.of(ptr.exchange())));
        }
        if (ptr.records().isEmpty()) {
            return done(new PtrPart(Optional.empty(), Fcrdns.NO_PTR, true, List.of(ptr.exchange())));
        }
        String name = stripDot(ptr.records().get(0));
        String type = address instanceof java.net.Inet4Address ? "A" : "AAAA";
        return dns.query(name, type).thenApply(forward -> {
            List<DnsExchange> evidence = List.of(ptr.exchange(), forward.exchange());
            if (!forward.isDefinite()) {
                return new PtrPart(Optional.of(name), Fcrdns.UNKNOWN, false, evidence);
            }
            boolean match = forward.records().stream().anyMatch(r -> sameAddress(r, address));
            return new PtrPart(Optional.of(name), match ? Fcrdns.CONFIRMED : Fcrdns.MISMATCH, true, evidence);
        });
    }

    private CompletionStage<OriginPart> describeAs(DnsAnswer origin) {
        if (!origin.isDefinite()) {
            return done(new OriginPart(Optional.empty(), Optional.empty(), false, List.of(origin.exchange())));
        }
        Optional<CymruOrigin> parsed = origin.records().stream().map(CymruOrigin::parse)
                .flatMap(Optional::stream).findFirst();
        if (parsed.isEmpty()) {
            return done(new OriginPart(Optional.empty(), Optional.empty(), origin.outcome() != DnsOutcome.ANSWER,
                    List.of(origin.exchange())));
        }
        return dns.query("AS" + parsed.get().asn() + ".asn.cymru.com", "TXT").thenApply(as -> new OriginPart(parsed,
                as.records().stream().map(CymruOrigin::holder).flatMap(Optional::stream).findFirst(),
                as.isDefinite(), List.of(origin.exchange(), as.exchange())));
    }

    private static boolean sameAddress(String text, InetAddress address) {
        try {
            return InetAddress.getByName(text).equals(address);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static InetAddress address(Target target) {
        if (target instanceof Target.Ipv4 v4) {
            return v4.address();
        }
        if (target instanceof Target.Ipv6 v6) {
            return v6.address();
        }
        throw new IllegalArgumentException("network owner needs an address");
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
