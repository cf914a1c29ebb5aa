package dev.maildoctor.core.policy;

import dev.maildoctor.core.policy.FetchResult.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * {@link HttpFetcher} on the JDK client: HTTP/1.1, redirects never followed (RFC 8461 section 3.3),
 * certificates validated against the given context (the platform's trust by default), a timeout
 * on connecting and on the whole exchange, and a bound on the body size.
 */
public final class JdkHttpFetcher implements HttpFetcher {
    /** RFC 8461 suggests senders cap the policy size; 64 KiB is far above any real policy. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    public JdkHttpFetcher(SSLContext trust, Duration timeout, int maxBytes) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(trust)
                .connectTimeout(timeout)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** Validates against the platform's default trust store. */
    public static JdkHttpFetcher withDefaultTrust(Duration timeout) {
        try {
            return new JdkHttpFetcher(SSLContext.getDefault(), timeout, DEFAULT_MAX_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    @Override
    public CompletionStage<FetchResult> fetch(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        return client.sendAsync(request, info -> new BoundedBody(maxBytes))
                .handle((response, error) -> error == null ? toResult(response) : failure(error));
    }

    private static FetchResult toResult(HttpResponse<BoundedBody.Bytes> response) {
        if (response.body().tooLarge()) {
            return FetchResult.failure(Outcome.TOO_LARGE, "");
        }
        return FetchResult.response(response.statusCode(), response.headers().firstValue("Content-Type"),
                response.headers().firstValue("Location"), response.body().data());
    }

    static FetchResult failure(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String detail = String.valueOf(e);
        if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            return FetchResult.failure(Outcome.TIMEOUT, detail);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return FetchResult.failure(Outcome.TLS_FAILURE, detail);
            }
            if (t instanceof ConnectException) {
                return FetchResult.failure(Outcome.NETWORK_ERROR, detail);
            }
        }
        if (e instanceof IOException) {
            return FetchResult.failure(Outcome.NETWORK_ERROR, detail);
        }
        return FetchResult.failure(Outcome.NETWORK_ERROR, detail);
    }
}
