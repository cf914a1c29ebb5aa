package dev.maildoctor.app.recipients;

import dev.maildoctor.core.dns.CancellableDns;
import dev.maildoctor.core.dns.Dns;

/**
 * One lookup or import. Cancel can come before the resolver is open; the run remembers it and
 * cancels the resolver as soon as it exists, so no further questions are sent.
 */
final class Run {
    private CancellableDns dns;
    private volatile boolean cancelled;

    synchronized Dns attach(Dns opened) {
        dns = new CancellableDns(opened);
        if (cancelled) {
            dns.cancel();
        }
        return dns;
    }

    synchronized void cancel() {
        cancelled = true;
        if (dns != null) {
            dns.cancel();
        }
    }

    boolean isCancelled() {
        return cancelled;
    }
}
