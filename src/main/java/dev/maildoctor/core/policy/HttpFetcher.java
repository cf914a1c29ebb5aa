package dev.maildoctor.core.policy;

import java.net.URI;
import java.util.concurrent.CompletionStage;

/**
 * Fetches one HTTPS resource without following redirects. Implementations never fail the stage
 * for network or TLS problems: those are reported in {@link FetchResult#outcome()}.
 */
public interface HttpFetcher {
    CompletionStage<FetchResult> fetch(URI uri);
}
