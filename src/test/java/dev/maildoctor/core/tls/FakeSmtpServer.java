package dev.maildoctor.core.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Just enough of an SMTP server on 127.0.0.1 for the probe: a (multi-line) banner, EHLO with or
 * without STARTTLS, STARTTLS into TLS; or implicit TLS from the first byte; or total silence.
 */
final class FakeSmtpServer implements AutoCloseable {
    enum Behaviour { STARTTLS, NO_STARTTLS, IMPLICIT, SILENT }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final List<String> banner;
    private final SSLContext tls;
    private final String[] serverProtocols;
    final List<String> received = new CopyOnWriteArrayList<>();
    final CountDownLatch accepted = new CountDownLatch(1);
    final CountDownLatch clientGone = new CountDownLatch(1);

    private FakeSmtpServer(Behaviour behaviour, List<String> banner, SSLContext tls, String[] serverProtocols)
            throws IOException {
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.behaviour = behaviour;
        this.banner = banner;
        this.tls = tls;
        this.serverProtocols = serverProtocols;
        Thread t = new Thread(this::serve, "fake-smtp");
        t.setDaemon(true);
        t.start();
    }

    static FakeSmtpServer start(Behaviour behaviour, SSLContext tls) throws IOException {
        return new FakeSmtpServer(behaviour, List.of("fake.test ESMTP"), tls, null);
    }

    static FakeSmtpServer withBanner(List<String> banner, SSLContext tls) throws IOException {
        return new FakeSmtpServer(Behaviour.STARTTLS, banner, tls, null);
    }

    /** STARTTLS, but the TLS side only enables these protocols. */
    static FakeSmtpServer withProtocols(SSLContext tls, String... protocols) throws IOException {
        return new FakeSmtpServer(Behaviour.STARTTLS, List.of("fake.test ESMTP"), tls, protocols);
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                accepted.countDown();
                converse(s);
            } catch (IOException e) {
                // the client hung up or the handshake failed; both are what some tests want
            } finally {
                clientGone.countDown();
            }
        }
    }

    private void converse(Socket s) throws IOException {
        switch (behaviour) {
            case SILENT -> drain(s.getInputStream());
            case IMPLICIT -> smtp(upgrade(s), false);
            default -> smtp(s, true);
        }
    }

    private void smtp(Socket s, boolean plain) throws IOException {
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        for (int i = 0; i < banner.size(); i++) {
            write(out, "220" + (i < banner.size() - 1 ? "-" : " ") + banner.get(i));
        }
        String line;
        while ((line = readLine(in)) != null) {
            received.add(line);
            String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
            if (verb.equals("EHLO")) {
                write(out, "250-fake.test greets you");
                if (plain && behaviour == Behaviour.STARTTLS) {
                    write(out, "250-STARTTLS");
                }
                write(out, "250-PIPELINING");
                write(out, "250 8BITMIME");
            } else if (verb.equals("STARTTLS") && plain && behaviour == Behaviour.STARTTLS) {
                write(out, "220 2.0.0 Ready to start TLS");
                smtpAfterTls(upgrade(s));
                return;
            } else if (verb.equals("QUIT")) {
                write(out, "221 2.0.0 Bye");
                return;
            } else {
                write(out, "502 5.5.2 Error: command not recognized");
            }
        }
    }

    private void smtpAfterTls(SSLSocket s) throws IOException {
        drain(s.getInputStream());
    }

    private SSLSocket upgrade(Socket s) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(s, (InputStream) null, true);
        if (serverProtocols != null) {
            ssl.setEnabledProtocols(serverProtocols);
        }
        ssl.startHandshake();
        return ssl;
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[1024];
        while (in.read(buf) != -1) {
            // wait for the client to hang up
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Byte by byte, so no TLS bytes after STARTTLS are swallowed by a buffer. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return line.toString(StandardCharsets.US_ASCII).strip();
            }
            line.write(b);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
