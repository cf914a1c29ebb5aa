package dev.maildoctor.app.common;

import dev.maildoctor.core.dns.CancellableDns;
import dev.maildoctor.core.dns.Dns;

/**
 * One run of a page's DNS work (a check, a look-up). The resolver is opened in the background, so
 * Cancel can come before there is anything to cancel; the run remembers it and cancels the
 * resolver as soon as it exists, so no further questions are sent.
 */
public final class DnsRun {
    private CancellableDns dns;
    private volatile boolean cancelled;

    public synchronized Dns attach(Dns opened) {
        dns = new CancellableDns(opened);
        if (cancelled) {
            dns.cancel();
        }
        return dns;
    }

    public synchronized void cancel() {
        cancelled = true;
        if (dns != null) {
            dns.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
