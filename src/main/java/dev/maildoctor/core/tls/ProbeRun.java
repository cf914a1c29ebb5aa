package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * One blocking probe: resolve, connect, SMTP up to STARTTLS when needed, TLS handshake. Every
 * failure becomes a {@link ProbeException} naming the stage. {@link #abort()} closes the sockets
 * from another thread, which unblocks any read in progress.
 */
final class ProbeRun {
    private final TlsProbeRequest request;
    private final AddressResolver resolver;
    private final List<String> transcript = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> sockets = new ArrayList<>();
    private boolean aborted;

    ProbeRun(TlsProbeRequest request, AddressResolver resolver) {
        this.request = request;
        this.resolver = resolver;
    }

    List<String> transcript() {
        return List.copyOf(transcript);
    }

    Negotiated run() throws ProbeException {
        InetSocketAddress address = resolve();
        Socket plain = register(new Socket());
        try {
            connect(plain, address);
            plain.setSoTimeout(millis(request.readTimeout()));
            if (request.mode() == TlsMode.STARTTLS) {
                startTls(new SmtpChannel(plain, transcript));
            }
            SSLSocket tls = register(handshake(plain));
            transcript.add("* " + tls.getSession().getProtocol() + " " + tls.getSession().getCipherSuite());
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : tls.getSession().getPeerCertificates()) {
                chain.add((X509Certificate) c);
            }
            return new Negotiated(address.getAddress().getHostAddress(), tls.getSession().getProtocol(),
                    tls.getSession().getCipherSuite(), chain);
        } catch (IOException e) {
            throw new ProbeException(TlsFailure.IO_ERROR, Stage.CONNECT, describe(e), e);
        } finally {
            closeAll();
        }
    }

    void abort() {
        synchronized (sockets) {
            aborted = true;
        }
        closeAll();
    }

    private InetSocketAddress resolve() throws ProbeException {
        try {
            InetSocketAddress address = resolver.resolve(request.host(), request.port());
            if (address.isUnresolved()) {
                throw new UnknownHostException(request.host());
            }
            return address;
        } catch (UnknownHostException e) {
            throw new ProbeException(TlsFailure.DNS_FAILURE, Stage.CONNECT, describe(e), e);
        }
    }

    private void connect(Socket socket, InetSocketAddress address) throws ProbeException {
        try {
            socket.connect(address, millis(request.connectTimeout()));
            transcript.add("* connected " + address.getAddress().getHostAddress() + ":" + address.getPort());
        } catch (SocketTimeoutException e) {
            throw new ProbeException(TlsFailure.CONNECT_TIMEOUT, Stage.CONNECT, describe(e), e);
        } catch (NoRouteToHostException e) {
            throw new ProbeException(TlsFailure.UNREACHABLE, Stage.CONNECT, describe(e), e);
        } catch (ConnectException e) {
            // The kernel's own SYN retry limit surfaces as ConnectException("Connection timed out").
            boolean timedOut = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timed out");
            throw new ProbeException(timedOut ? TlsFailure.CONNECT_TIMEOUT : TlsFailure.REFUSED,
                    Stage.CONNECT, describe(e), e);
        } catch (IOException e) {
            throw new ProbeException(TlsFailure.IO_ERROR, Stage.CONNECT, describe(e), e);
        }
    }

    private void startTls(SmtpChannel smtp) throws ProbeException {
        SmtpReply greeting = exchange(smtp, null, Stage.GREETING);
        if (!greeting.is(220)) {
            throw new ProbeException(TlsFailure.GREETING_REJECTED, Stage.GREETING, greeting.text(), null);
        }
        SmtpReply ehlo = exchange(smtp, "EHLO " + request.ehloName(), Stage.EHLO);
        if (!ehlo.is(250)) {
            throw new ProbeException(TlsFailure.EHLO_REJECTED, Stage.EHLO, ehlo.text(), null);
        }
        if (!ehlo.offers("STARTTLS")) {
            quietly(smtp, "QUIT");
            throw new ProbeException(TlsFailure.NO_STARTTLS, Stage.EHLO, ehlo.text(), null);
        }
        SmtpReply starttls = exchange(smtp, "STARTTLS", Stage.STARTTLS);
        if (!starttls.is(220)) {
            throw new ProbeException(TlsFailure.STARTTLS_REJECTED, Stage.STARTTLS, starttls.text(), null);
        }
    }

    private SmtpReply exchange(SmtpChannel smtp, String command, Msg stage) throws ProbeException {
        try {
            return command == null ? smtp.read() : smtp.command(command);
        } catch (SocketTimeoutException e) {
            throw new ProbeException(TlsFailure.READ_TIMEOUT, stage, describe(e), e);
        } catch (IOException e) {
            throw new ProbeException(TlsFailure.PROTOCOL_ERROR, stage, describe(e), e);
        }
    }

    private SSLSocket handshake(Socket plain) throws ProbeException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new RecordingTrustManager()}, new SecureRandom());
            // Passing the host name makes the JDK send it as SNI (it leaves SNI out for address literals).
            SSLSocket tls = (SSLSocket) context.getSocketFactory()
                    .createSocket(plain, request.host(), request.port(), true);
            tls.setEnabledProtocols(tls.getSupportedProtocols());
            tls.setSoTimeout(millis(request.readTimeout()));
            tls.startHandshake();
            return tls;
        } catch (SocketTimeoutException e) {
            throw new ProbeException(TlsFailure.READ_TIMEOUT, Stage.HANDSHAKE, describe(e), e);
        } catch (IOException e) {
            throw new ProbeException(TlsFailure.HANDSHAKE_FAILED, Stage.HANDSHAKE, describe(e), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this runtime", e);
        }
    }

    private void quietly(SmtpChannel smtp, String command) {
        try {
            smtp.command(command);
        } catch (IOException e) {
            // the probe has its answer already; a rude goodbye does not change it
        }
    }

    private <S extends Socket> S register(S socket) throws ProbeException {
        synchronized (sockets) {
            sockets.add(socket);
            if (aborted) {
                closeAll();
                throw new ProbeException(TlsFailure.IO_ERROR, Stage.CONNECT, "cancelled", null);
            }
        }
        return socket;
    }

    private void closeAll() {
        List<Socket> open;
        synchronized (sockets) {
            open = List.copyOf(sockets);
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing is best effort; the probe's outcome is already decided
            }
        }
    }

    private static int millis(java.time.Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
