package dev.maildoctor.testing;

import dev.maildoctor.testing.FakeReply.Fault;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * A DNS server inside the test JVM, on 127.0.0.1 with UDP and TCP on the same ephemeral port.
 * Tests give it zone data and faults; it logs every question it receives.
 *
 * <pre>{@code
 * try (FakeDnsServer dns = new FakeDnsServer()) {
 *     dns.add("2.0.0.127.zen.test", "A", "127.0.0.2").servfail("*.broken.test").delay(Duration.ofMillis(50));
 *     ... new DnsjavaDns(List.of(dns.address()), ...) ...
 * }
 * }</pre>
 *
 * <p>TXT rdata: text without quotes is one character-string (split every 255 octets), in which
 * {@code \DDD} stands for any octet; several strings are written in presentation form,
 * {@code "v=spf1 ip4:" "192.0.2.5 -all"}, and {@code ""} is one empty string.
 *
 * <p>Name patterns for faults and delays: {@code "a.example.test"} is that name only,
 * {@code "*.example.test"} is example.test and every name below it, {@code "*"} is every name.
 * Delays are scheduled, never slept, so any number of slow questions are outstanding at once.
 */
public final class FakeDnsServer implements AutoCloseable {
    /** One record returned by an {@link #answerUnder} function, e.g. {@code rr("A", "127.0.0.2")}. */
    public record Rr(String type, String rdata) {
    }

    /** A received question; {@code transport} is "udp" or "tcp". */
    public record Query(String name, String type, String transport, Instant time) {
    }

    private final FakeZone zone = new FakeZone();
    private final NameRules<Fault> faults = new NameRules<>();
    /** Faults for one record type only, by type name in upper case. */
    private final Map<String, NameRules<Fault>> typedFaults = new ConcurrentHashMap<>();
    private final NameRules<Duration> delays = new NameRules<>();
    private final QueryLog log = new QueryLog();
    private final DatagramSocket udp;
    private final InetSocketAddress address;
    private final ServerSocket tcp;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService connectionThreads;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    public FakeDnsServer() {
        DatagramSocket boundUdp = null;
        ServerSocket boundTcp = null;
        try {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            for (int attempt = 1; boundTcp == null; attempt++) {
                boundUdp = new DatagramSocket(new InetSocketAddress(loopback, 0));
                try {
                    boundTcp = new ServerSocket(boundUdp.getLocalPort(), 512, loopback);
                } catch (IOException e) {
                    boundUdp.close();
                    if (attempt == 50) {
                        throw e;
                    }
                }
            }
            boundUdp.setReceiveBufferSize(4 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake DNS server", e);
        }
        udp = boundUdp;
        tcp = boundTcp;
        address = (InetSocketAddress) boundUdp.getLocalSocketAddress();
        scheduler = Executors.newScheduledThreadPool(4, daemon("fake-dns-reply"));
        connectionThreads = Executors.newCachedThreadPool(daemon("fake-dns-tcp"));
        daemon("fake-dns-udp").newThread(this::receiveUdp).start();
        daemon("fake-dns-accept").newThread(this::acceptTcp).start();
    }

    public static Rr rr(String type, String rdata) {
        return new Rr(type, rdata);
    }

    /** Where the server listens (UDP and TCP). */
    public InetSocketAddress address() {
        return address;
    }

    /** Adds a record, rdata in presentation format; TXT text without quotes is one string. */
    public FakeDnsServer add(String name, String type, String rdata) {
        zone.add(name, type, rdata);
        return this;
    }

    /**
     * Answers every name at or below {@code suffix} that has no records of its own: the function
     * gets the name relative to the suffix ("" for the suffix itself) and returns the records the
     * name owns (an empty list for NODATA), or null for NXDOMAIN.
     */
    public FakeDnsServer answerUnder(String suffix, Function<String, List<Rr>> answers) {
        zone.answerUnder(suffix, answers);
        return this;
    }

    /** Never answers questions for the pattern. */
    public FakeDnsServer timeout(String pattern) {
        faults.put(pattern, Fault.TIMEOUT);
        return this;
    }

    /** Never answers questions of {@code type} (e.g. "TXT") for the pattern; other types are answered. */
    public FakeDnsServer timeout(String pattern, String type) {
        typedFaults.computeIfAbsent(type.toUpperCase(Locale.ROOT), t -> new NameRules<>()).put(pattern, Fault.TIMEOUT);
        return this;
    }

    /**
     * Answers like a recursive resolver for names that own a CNAME: a question of another type gets
     * the CNAME and the target's records of that type (chains followed; a loop gives SERVFAIL).
     * Off by default: then such a question gets NODATA, as from the name's authoritative server.
     */
    public FakeDnsServer followCnames() {
        zone.followCnames();
        return this;
    }

    public FakeDnsServer servfail(String pattern) {
        faults.put(pattern, Fault.SERVFAIL);
        return this;
    }

    public FakeDnsServer refused(String pattern) {
        faults.put(pattern, Fault.REFUSED);
        return this;
    }

    /** Answers over UDP with the TC bit and no records; the same question over TCP gets the full answer. */
    public FakeDnsServer truncate(String pattern) {
        faults.put(pattern, Fault.TRUNCATE);
        return this;
    }

    /** Delays every answer (and every dropped question) by {@code delay}. */
    public FakeDnsServer delay(Duration delay) {
        return delay("*", delay);
    }

    public FakeDnsServer delay(String pattern, Duration delay) {
        delays.put(pattern, delay);
        return this;
    }

    /** Removes all faults and delays; zone data stays. */
    public FakeDnsServer clearFaults() {
        faults.clear();
        typedFaults.clear();
        delays.clear();
        return this;
    }

    /** Every question received so far, in arrival order. */
    public List<Query> queries() {
        return log.under("").stream().map(e -> e.query).toList();
    }

    /** How many questions for {@code suffix} or names below it were received. */
    public int queryCount(String suffix) {
        return log.under(suffix).size();
    }

    /** The most questions at or below {@code suffix} that were received but not yet answered at one time. */
    public int peakConcurrency(String suffix) {
        return log.peakConcurrency(suffix);
    }

    private void receiveUdp() {
        byte[] buffer = new byte[65535];
        while (!udp.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
            } catch (IOException e) {
                continue; // closed (the loop ends) or a transient error
            }
            byte[] wire = Arrays.copyOf(packet.getData(), packet.getLength());
            SocketAddress client = packet.getSocketAddress();
            handle(wire, false, reply -> {
                try {
                    udp.send(new DatagramPacket(reply, reply.length, client));
                } catch (IOException e) {
                    // the client is gone; nothing to do
                }
            });
        }
    }

    private void acceptTcp() {
        while (!tcp.isClosed()) {
            try {
                Socket socket = tcp.accept();
                connections.add(socket);
                connectionThreads.execute(() -> serveTcp(socket));
            } catch (IOException | RejectedExecutionException e) {
                // closed (the loop ends) or a transient error
            }
        }
    }

    /** Reads length-prefixed questions until the client closes; answers may go out in any order. */
    private void serveTcp(Socket socket) {
        try (socket; DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
            OutputStream out = socket.getOutputStream();
            while (true) {
                byte[] wire = new byte[in.readUnsignedShort()];
                in.readFully(wire);
                handle(wire, true, reply -> {
                    synchronized (out) {
                        try {
                            out.write(new byte[] {(byte) (reply.length >>> 8), (byte) reply.length});
                            out.write(reply);
                            out.flush();
                        } catch (IOException e) {
                            // the client closed the connection
                        }
                    }
                });
            }
        } catch (IOException e) {
            // end of stream or connection closed
        } finally {
            connections.remove(socket);
        }
    }

    private void handle(byte[] wire, boolean overTcp, Consumer<byte[]> send) {
        Message query;
        try {
            query = new Message(wire);
        } catch (IOException e) {
            return; // not a DNS message; a real server would drop it too
        }
        Record question = query.getQuestion();
        if (question == null || query.getHeader().getFlag(Flags.QR)) {
            return;
        }
        String name = FakeZone.normalize(question.getName().toString());
        QueryLog.Entry entry = log.received(name, Type.string(question.getType()), overTcp ? "tcp" : "udp");
        NameRules<Fault> typed = typedFaults.get(Type.string(question.getType()));
        Fault typedFault = typed == null ? null : typed.find(name);
        Fault fault = typedFault == null ? faults.find(name) : typedFault;
        Duration delay = delays.find(name);
        Runnable reply = () -> {
            byte[] out = null;
            try {
                out = fault == Fault.TIMEOUT ? null : FakeReply.build(zone, query, fault, overTcp);
            } finally {
                log.finished(entry);
            }
            if (out != null) {
                send.accept(out);
            }
        };
        try {
            scheduler.schedule(reply, delay == null ? 0 : delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.finished(entry); // shutting down
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        scheduler.shutdownNow();
        connectionThreads.shutdownNow();
    }
}
