package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Matches the mechanisms that need no recursion (all but include) against the client address. */
final class SpfMatcher {
    /** @param error temperror or permerror, which ends the evaluation; null otherwise */
    record Verdict(boolean matched, SpfResult error, Optional<Msg> note) {
        static final Verdict MATCH = new Verdict(true, null, Optional.empty());
        static final Verdict NO_MATCH = new Verdict(false, null, Optional.empty());

        static Verdict noMatch(Msg note) {
            return new Verdict(false, null, Optional.of(note));
        }

        static Verdict error(SpfResult error, Msg note) {
            return new Verdict(false, error, Optional.of(note));
        }
    }

    private final SpfLookups lookups;
    private final InetAddress ip;

    SpfMatcher(SpfLookups lookups, InetAddress ip) {
        this.lookups = lookups;
        this.ip = ip;
    }

    private boolean v4() {
        return ip instanceof Inet4Address;
    }

    /** @param target the expanded domain-spec (or the current domain) for a, mx, ptr and exists */
    CompletionStage<Verdict> match(SpfDirective d, String target) {
        return switch (d.name()) {
            case "all" -> done(Verdict.MATCH);
            case "ip4", "ip6" -> done(d.network().contains(ip) ? Verdict.MATCH : Verdict.NO_MATCH);
            case "a" -> address(target, d);
            case "mx" -> mx(target, d);
            case "ptr" -> ptr(target);
            case "exists" -> exists(target);
            default -> throw new IllegalArgumentException("not matched here: " + d.name());
        };
    }

    private CompletionStage<Verdict> address(String target, SpfDirective d) {
        return lookups.query(target, v4() ? "A" : "AAAA").thenApply(answer -> switch (answer.kind()) {
            case ERROR -> dnsError(target, answer);
            case VOID -> voidLookup(target, answer);
            case FOUND -> covers(answer.records(), d) ? Verdict.MATCH : Verdict.NO_MATCH;
        });
    }

    private CompletionStage<Verdict> mx(String target, SpfDirective d) {
        return lookups.query(target, "MX").thenCompose(answer -> {
            if (answer.kind() != SpfLookups.Kind.FOUND) {
                return done(answer.kind() == SpfLookups.Kind.ERROR ? dnsError(target, answer)
                        : voidLookup(target, answer));
            }
            if (answer.records().size() > SpfLookups.NAME_LIMIT) {
                return done(Verdict.error(SpfResult.PERMERROR, Msg.of("spf.eval.too_many_mx", target,
                        answer.records().size(), SpfLookups.NAME_LIMIT)));
            }
            List<CompletableFuture<SpfLookups.Answer>> hosts = new ArrayList<>();
            for (String mx : answer.records()) {
                String host = name(mx.substring(mx.indexOf(' ') + 1));
                hosts.add(lookups.query(host, v4() ? "A" : "AAAA").toCompletableFuture());
            }
            return CompletableFuture.allOf(hosts.toArray(CompletableFuture[]::new)).thenApply(all -> {
                SpfLookups.Answer failed = null;
                for (CompletableFuture<SpfLookups.Answer> host : hosts) {
                    SpfLookups.Answer a = host.join();
                    if (a.kind() == SpfLookups.Kind.FOUND && covers(a.records(), d)) {
                        return Verdict.MATCH;
                    }
                    failed = a.kind() == SpfLookups.Kind.ERROR ? a : failed;
                }
                return failed == null ? Verdict.NO_MATCH : dnsError(target, failed);
            });
        });
    }

    private CompletionStage<Verdict> ptr(String target) {
        String reverse = SpfMacros.reverseName(ip);
        return lookups.query(reverse, "PTR").thenCompose(answer -> {
            if (answer.kind() == SpfLookups.Kind.ERROR) {
                return done(Verdict.noMatch(Msg.of("spf.eval.ptr_failed", reverse, answer.outcome())));
            }
            if (answer.kind() == SpfLookups.Kind.VOID) {
                return done(voidLookup(reverse, answer));
            }
            return validate(answer.records()).thenApply(names -> {
                for (String name : names) {
                    if (isAtOrBelow(name, target)) {
                        return Verdict.MATCH;
                    }
                }
                return Verdict.NO_MATCH;
            });
        });
    }

    private CompletionStage<Verdict> exists(String target) {
        return lookups.query(target, "A").thenApply(answer -> switch (answer.kind()) {
            case ERROR -> dnsError(target, answer);
            case VOID -> voidLookup(target, answer);
            case FOUND -> Verdict.MATCH;
        });
    }

    /**
     * The PTR names of the client address whose A/AAAA records lead back to it (RFC 7208 section
     * 5.5, for %{p}); empty when there are none or DNS failed. Not counted against any limit.
     */
    CompletionStage<List<String>> validatedNames() {
        return lookups.query(SpfMacros.reverseName(ip), "PTR").thenCompose(answer ->
                answer.kind() == SpfLookups.Kind.FOUND ? validate(answer.records()) : done(List.of()));
    }

    /** The first 10 PTR names whose addresses include the client's. */
    private CompletionStage<List<String>> validate(List<String> ptrRecords) {
        List<String> names = ptrRecords.stream().limit(SpfLookups.NAME_LIMIT).map(SpfMatcher::name).toList();
        List<CompletableFuture<SpfLookups.Answer>> checks = new ArrayList<>();
        for (String n : names) {
            checks.add(lookups.query(n, v4() ? "A" : "AAAA").toCompletableFuture());
        }
        return CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).thenApply(all -> {
            List<String> valid = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                SpfLookups.Answer a = checks.get(i).join();
                if (a.kind() == SpfLookups.Kind.FOUND && a.records().stream().anyMatch(this::sameAddress)) {
                    valid.add(names.get(i));
                }
            }
            return valid;
        });
    }

    private boolean covers(List<String> records, SpfDirective d) {
        for (String r : records) {
            Optional<InetAddress> address = parse(r);
            if (address.isPresent() && address.get().getAddress().length == ip.getAddress().length
                    && new Cidr(address.get().getAddress(), v4() ? d.cidr4() : d.cidr6()).contains(ip)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameAddress(String rdata) {
        return parse(rdata).map(ip::equals).orElse(false);
    }

    private static Optional<InetAddress> parse(String rdata) {
        if (!rdata.matches("[0-9a-fA-F:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(rdata)); // a literal: no DNS query
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private Verdict voidLookup(String target, SpfLookups.Answer answer) {
        if (!lookups.countVoid()) {
            return Verdict.error(SpfResult.PERMERROR, Msg.of("spf.eval.too_many_void", target, SpfLookups.VOID_LIMIT));
        }
        return Verdict.noMatch(Msg.of("spf.eval.void_lookup", target, answer.outcome()));
    }

    private static Verdict dnsError(String target, SpfLookups.Answer answer) {
        return Verdict.error(SpfResult.TEMPERROR, Msg.of("spf.eval.dns_error", target, answer.outcome()));
    }

    static boolean isAtOrBelow(String name, String domain) {
        String n = name(name).toLowerCase(Locale.ROOT);
        String d = name(domain).toLowerCase(Locale.ROOT);
        return n.equals(d) || n.endsWith("." + d);
    }

    /** Without the trailing dot. */
    static String name(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
