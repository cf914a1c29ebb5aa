package dev.maildoctor.core.auth;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * What to check for a sender domain.
 *
 * @param domain    the From: domain
 * @param ip        the sending server's address; without it SPF is judged from the record alone and PTR is skipped
 * @param helo      the name the server gives in HELO/EHLO
 * @param selectors DKIM selectors the user named (provider-known ones are always tried too)
 * @param mxTls     also probe STARTTLS on the domain's primary MX (port 25, often blocked outbound)
 */
public record AuthRequest(String domain, Optional<InetAddress> ip, Optional<String> helo, List<String> selectors,
                          boolean mxTls) {
    public AuthRequest {
        selectors = List.copyOf(selectors);
    }
}
