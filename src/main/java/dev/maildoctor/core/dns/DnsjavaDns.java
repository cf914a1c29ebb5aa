package dev.maildoctor.core.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * {@link Dns} on dnsjava's asynchronous {@link SimpleResolver}: one UDP attempt per resolver with
 * a per-query timeout, TCP when the UDP answer is truncated, one retry (on the next resolver when
 * there are several) after a timeout or network error, and a global cap on queries in flight.
 */
public final class DnsjavaDns implements Dns {
    private final List<InetSocketAddress> resolvers;
    private final Duration timeout;
    private final AsyncLimiter inFlight;
    private final Clock clock;

    public DnsjavaDns(List<InetSocketAddress> resolvers, Duration timeout, int maxInFlight) {
        this(resolvers, timeout, maxInFlight, Clock.systemUTC());
    }

    DnsjavaDns(List<InetSocketAddress> resolvers, Duration timeout, int maxInFlight, Clock clock) {
        if (resolvers.isEmpty()) {
            throw new IllegalArgumentException("no DNS resolver configured");
        }
        this.resolvers = List.copyOf(resolvers);
        this.timeout = timeout;
        this.inFlight = new AsyncLimiter(maxInFlight);
        this.clock = clock;
    }

    /** The resolvers the operating system is configured with (resolv.conf, registry, ...). */
    public static List<InetSocketAddress> systemResolvers() {
        org.xbill.DNS.ResolverConfig.refresh();
        return org.xbill.DNS.ResolverConfig.getCurrentConfig().servers();
    }

    @Override
    public CompletionStage<DnsAnswer> query(String name, String type) {
        Record question;
        int typeCode = Type.value(type);
        if (typeCode < 0) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("unknown record type: " + type));
        }
        try {
            question = Record.newRecord(Name.fromString(name.endsWith(".") ? name : name + "."), typeCode, DClass.IN);
        } catch (TextParseException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("invalid DNS name: " + name, e));
        }
        return inFlight.submit(() -> attempt(Message.newQuery(question), 0, clock.instant()));
    }

    private CompletionStage<DnsAnswer> attempt(Message query, int attemptIndex, Instant started) {
        InetSocketAddress server = resolvers.get(attemptIndex % resolvers.size());
        return send(query, server, false)
                .thenCompose(response -> response.getHeader().getFlag(Flags.TC)
                        ? send(query, server, true).handle((r, e) -> {
                            if (e != null) {
                                throw new TcpRetryFailed(e);
                            }
                            return new Sent(r, "tcp");
                        })
                        : CompletableFuture.completedFuture(new Sent(response, "udp")))
                .handle((sent, error) -> {
                    if (error == null) {
                        return CompletableFuture.completedFuture(toAnswer(query, sent, server, started, attemptIndex + 1));
                    }
                    if (attemptIndex == 0) {
                        return attempt(query, 1, started);
                    }
                    return CompletableFuture.completedFuture(failure(query, error, server, started, attemptIndex + 1));
                })
                .thenCompose(stage -> stage);
    }

    private CompletableFuture<Message> send(Message query, InetSocketAddress server, boolean tcp) {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTCP(tcp);
        resolver.setIgnoreTruncation(true);
        resolver.setTimeout(timeout);
        // Our own timer as well: dnsjava checks its timeouts only when its selector is idle.
        return resolver.sendAsync(query).toCompletableFuture()
                .orTimeout(timeout.toMillis() + 50, TimeUnit.MILLISECONDS);
    }

    private record Sent(Message message, String transport) {
    }

    /** Marks a failure of the TCP retry after a truncated answer, so the evidence names TCP. */
    private static final class TcpRetryFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TcpRetryFailed(Throwable cause) {
            super(cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause);
        }
    }

    private DnsAnswer toAnswer(Message query, Sent sent, InetSocketAddress server, Instant started, int attempts) {
        Message response = sent.message();
        int rcode = response.getRcode();
        int type = query.getQuestion().getType();
        List<String> records = new ArrayList<>();
        for (Record rr : response.getSection(Section.ANSWER)) {
            if (rr.getType() == type) {
                records.add(rdata(rr));
            }
        }
        DnsOutcome outcome = switch (rcode) {
            case Rcode.NOERROR -> records.isEmpty() ? DnsOutcome.NO_DATA : DnsOutcome.ANSWER;
            case Rcode.NXDOMAIN -> DnsOutcome.NXDOMAIN;
            case Rcode.SERVFAIL -> DnsOutcome.SERVFAIL;
            case Rcode.REFUSED -> DnsOutcome.REFUSED;
            default -> DnsOutcome.OTHER_RCODE;
        };
        return new DnsAnswer(outcome, records,
                exchange(query, Rcode.string(rcode), records, server, sent.transport(), started, attempts));
    }

    private DnsAnswer failure(Message query, Throwable error, InetSocketAddress server, Instant started, int attempts) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String transport = "udp";
        if (cause instanceof TcpRetryFailed tcp) {
            transport = "tcp";
            cause = tcp.getCause();
        }
        boolean timedOut = cause instanceof SocketTimeoutException || cause instanceof TimeoutException;
        DnsOutcome outcome = timedOut ? DnsOutcome.TIMEOUT : DnsOutcome.NETWORK_ERROR;
        String rcode = timedOut ? "TIMEOUT" : "NETWORK_ERROR";
        if (!timedOut && !(cause instanceof IOException)) {
            rcode = "ERROR: " + cause.getClass().getSimpleName();
        }
        return new DnsAnswer(outcome, List.of(), exchange(query, rcode, List.of(), server, transport, started, attempts));
    }

    private DnsExchange exchange(Message query, String rcode, List<String> answers, InetSocketAddress server,
                                 String transport, Instant started, int attempts) {
        Record q = query.getQuestion();
        Instant now = clock.instant();
        return new DnsExchange(q.getName().toString(true), Type.string(q.getType()), rcode, answers,
                ResolverAddress.format(server), transport, Duration.between(started, now), started, attempts);
    }

    /** TXT strings are joined (as SPF and DNSBL TXT readers expect); other types in presentation form. */
    static String rdata(Record rr) {
        if (rr instanceof TXTRecord txt) {
            return String.join("", txt.getStrings());
        }
        return rr.rdataToString();
    }

    @Override
    public String describe() {
        List<String> names = new ArrayList<>();
        for (InetSocketAddress r : resolvers) {
            names.add(ResolverAddress.format(r));
        }
        return String.join(", ", names);
    }

    public int peakInFlight() {
        return inFlight.peakInFlight();
    }
}
