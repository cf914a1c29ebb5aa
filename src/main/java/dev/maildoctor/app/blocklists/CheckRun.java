package dev.maildoctor.app.blocklists;

import dev.maildoctor.core.dns.CancellableDns;
import dev.maildoctor.core.dns.Dns;

/**
 * One press of Check. The resolver is opened in the background, so Cancel can come before there
 * is anything to cancel; the run remembers it and cancels the resolver as soon as it exists.
 */
final class CheckRun {
    private CancellableDns dns;
    private boolean cancelled;

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
}
