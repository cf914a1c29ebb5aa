package dev.maildoctor.core.policy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLContext;

/** An HTTPS server on 127.0.0.1 that serves one configurable response at the MTA-STS well-known path. */
final class LocalPolicyServer implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile int status = 200;
    private volatile String contentType = "text/plain";
    private volatile byte[] body = new byte[0];
    private volatile String location;

    LocalPolicyServer(SSLContext context) throws IOException {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.setExecutor(threads);
        server.createContext("/.well-known/mta-sts.txt", exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            if (location != null) {
                exchange.getResponseHeaders().set("Location", location);
            }
            byte[] b = body;
            exchange.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(b);
            } catch (IOException e) {
                // the client may stop reading an oversized body
            }
        });
        server.start();
    }

    LocalPolicyServer serve(int status, String contentType, String body) {
        return serve(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    LocalPolicyServer serve(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body.clone();
        this.location = null;
        return this;
    }

    LocalPolicyServer redirectTo(String target) {
        this.status = 301;
        this.body = new byte[0];
        this.location = target;
        return this;
    }

    URI policyUri() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/mta-sts.txt");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
