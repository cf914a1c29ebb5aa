package dev.maildoctor.core.auth;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsOutcome;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.Fcrdns;
import dev.maildoctor.core.network.GenericPtr;
import dev.maildoctor.core.network.ReverseNames;
import dev.maildoctor.core.network.Target;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * All PTR names of the sending address, each confirmed forward (A or AAAA back to the address),
 * as Gmail and Yahoo require of bulk senders. Failed lookups give UNKNOWN, never "missing".
 */
public final class PtrCheck {
    /** Names followed forward at most, as receivers do (RFC 7208 section 4.6.4 uses the same limit). */
    static final int MAX_NAMES = 10;

    private final Dns dns;

    public PtrCheck(Dns dns) {
        this.dns = dns;
    }

    /** @param helo the HELO/EHLO name the server uses, or empty */
    public CompletionStage<PtrFindings> check(InetAddress address, Optional<String> helo) {
        Target target = address instanceof Inet4Address v4 ? new Target.Ipv4(v4) : new Target.Ipv6((Inet6Address) address);
        return dns.query(ReverseNames.ptrName(target), "PTR").thenCompose(ptr -> {
            if (!ptr.isDefinite()) {
                return CompletableFuture.completedFuture(judge(address, helo, List.of(), Fcrdns.UNKNOWN));
            }
            List<String> names = ptr.records().stream().map(PtrCheck::plain).distinct().limit(MAX_NAMES).toList();
            if (names.isEmpty()) {
                return CompletableFuture.completedFuture(judge(address, helo, names, Fcrdns.NO_PTR));
            }
            String type = address instanceof Inet4Address ? "A" : "AAAA";
            List<CompletableFuture<DnsAnswer>> forward = names.stream()
                    .map(n -> dns.query(n, type).toCompletableFuture()).toList();
            return CompletableFuture.allOf(forward.toArray(CompletableFuture[]::new)).thenApply(done -> {
                boolean failed = false;
                for (CompletableFuture<DnsAnswer> f : forward) {
                    DnsAnswer answer = f.join();
                    if (answer.outcome() == DnsOutcome.ANSWER
                            && answer.records().stream().anyMatch(r -> same(r, address))) {
                        return judge(address, helo, names, Fcrdns.CONFIRMED);
                    }
                    failed |= !answer.isDefinite();
                }
                return judge(address, helo, names, failed ? Fcrdns.UNKNOWN : Fcrdns.MISMATCH);
            });
        });
    }

    private static PtrFindings judge(InetAddress address, Optional<String> helo, List<String> names, Fcrdns fcrdns) {
        boolean generic = names.stream().anyMatch(n -> GenericPtr.looksGeneric(n, address));
        Optional<Boolean> heloMatches = helo.filter(h -> !h.isBlank()).map(h -> names.contains(plain(h)));
        List<Msg> problems = new ArrayList<>();
        Status status = switch (fcrdns) {
            case CONFIRMED -> Status.PASS;
            case UNKNOWN -> Status.UNKNOWN;
            default -> Status.FAIL;
        };
        String shown = address.getHostAddress();
        switch (fcrdns) {
            case NO_PTR -> problems.add(Msg.of("auth.ptr.none", shown));
            case MISMATCH -> problems.add(Msg.of("auth.ptr.mismatch", shown, String.join(", ", names)));
            case UNKNOWN -> problems.add(Msg.of("auth.ptr.unknown", shown));
            default -> { }
        }
        if (generic) {
            problems.add(Msg.of("auth.ptr.generic", String.join(", ", names)));
            status = status == Status.PASS ? Status.WARN : status;
        }
        if (heloMatches.isPresent() && !heloMatches.get() && !names.isEmpty()) {
            problems.add(Msg.of("auth.ptr.helo_mismatch", plain(helo.get()), String.join(", ", names)));
            status = status == Status.PASS ? Status.WARN : status;
        }
        return new PtrFindings(shown, names, fcrdns, generic, heloMatches, status, problems);
    }

    private static boolean same(String literal, InetAddress address) {
        try {
            // A record's text is an address literal: no DNS query happens here.
            return InetAddress.getByName(literal.strip()).equals(address);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String plain(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
