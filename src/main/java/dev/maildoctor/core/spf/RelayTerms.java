package dev.maildoctor.core.spf;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsOutcome;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.network.AddressText;
import dev.maildoctor.core.relay.RelayTarget;
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
 * The SPF terms that authorise a relay: the include its operator publishes, or else the relay
 * host's addresses as {@code ip4:}/{@code ip6:} terms.
 */
final class RelayTerms {
    /** @param terms the terms to add (without qualifier, i.e. pass) */
    record Found(List<String> terms, List<Msg> notes) {
    }

    private RelayTerms() {
    }

    static CompletionStage<Found> find(Dns dns, RelayTarget relay, Optional<String> include) {
        if (include.isPresent()) {
            return CompletableFuture.completedFuture(new Found(List.of("include:" + include.get()), List.of()));
        }
        if (relay.isAddressLiteral()) {
            return CompletableFuture.completedFuture(new Found(List.of(term(literal(relay.host()))), List.of()));
        }
        CompletionStage<DnsAnswer> a = dns.query(relay.host(), "A");
        CompletionStage<DnsAnswer> aaaa = dns.query(relay.host(), "AAAA");
        return a.thenCombine(aaaa, (v4, v6) -> {
            List<String> terms = new ArrayList<>();
            List<Msg> notes = new ArrayList<>();
            addresses(relay.host(), v4, terms, notes);
            addresses(relay.host(), v6, terms, notes);
            notes.add(Msg.of(terms.isEmpty() ? "spf.change.relay_unresolved" : "spf.change.prefer_include",
                    relay.host()));
            return new Found(terms, notes);
        });
    }

    /** True when {@code record} already authorises the term: the same include, or a network containing the address. */
    static boolean covered(SpfRecord record, String term) {
        int colon = term.indexOf(':');
        String name = term.substring(0, colon);
        String value = term.substring(colon + 1);
        for (SpfTerm t : record.terms()) {
            if (!t.isMechanism(name) || t.qualifier() != '+' || t.argument().isEmpty()) {
                continue;
            }
            String argument = t.argument().get();
            if (name.equals("include") && stripDot(argument).equalsIgnoreCase(stripDot(value))) {
                return true;
            }
            if (!name.equals("include")) {
                InetAddress address = literal(value);
                if (Cidr.parse(argument, name.equals("ip6")).map(c -> c.contains(address)).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addresses(String host, DnsAnswer answer, List<String> terms, List<Msg> notes) {
        if (answer.outcome() == DnsOutcome.ANSWER) {
            for (String rdata : answer.records()) {
                if (rdata.matches("[0-9a-fA-F:.]+")) {
                    String t = term(literal(rdata));
                    if (!terms.contains(t)) {
                        terms.add(t);
                    }
                }
            }
        } else if (!answer.isDefinite()) {
            notes.add(Msg.of("spf.change.relay_lookup_failed", host, answer.exchange().type(),
                    answer.outcome().name().toLowerCase(Locale.ROOT)));
        }
    }

    private static String term(InetAddress address) {
        return (address instanceof Inet6Address ? "ip6:" : "ip4:") + AddressText.format(address);
    }

    /** Parses an address literal (checked by the caller: only digits, hex, ':' and '.'; no DNS query). */
    private static InetAddress literal(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + text, e);
        }
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
