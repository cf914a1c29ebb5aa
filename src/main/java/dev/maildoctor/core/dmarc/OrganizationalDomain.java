package dev.maildoctor.core.dmarc;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The organisational domain of RFC 7489 §3.2: the public suffix plus one label, with the Public Suffix
 * List bundled in Guava (ICANN and private sections, as the RFC's reference to the whole list implies).
 *
 * <p>DMARCbis replaces this with a DNS tree walk (at most eight queries up from the author domain, where
 * a psd= tag marks the boundary). It is deliberately not implemented: receivers still widely use the
 * PSL, and for the ordinary domains this tool diagnoses both methods find the same record; see
 * PolicyDiscovery for where a walk would plug in.
 */
public final class OrganizationalDomain {
    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9_-]{1,63}(\\.[a-z0-9_-]{1,63})*");

    private OrganizationalDomain() {
    }

    /** The organisational domain of an A-label (punycode) or U-label domain, returned in A-labels. */
    public static String of(String domain) {
        String ascii = normalize(domain);
        InternetDomainName name = parseable(ascii);
        if (name == null) {
            return ascii;
        }
        if (name.isUnderPublicSuffix()) {
            return IDN.toASCII(name.topPrivateDomain().toString()).toLowerCase(Locale.ROOT);
        }
        if (name.hasPublicSuffix()) {
            return ascii; // the name is a public suffix itself
        }
        // No listed suffix (.test, .internal, ...): the list's default rule "*" makes the TLD the suffix.
        int lastDot = ascii.lastIndexOf('.');
        int secondLast = lastDot <= 0 ? -1 : ascii.lastIndexOf('.', lastDot - 1);
        return secondLast < 0 ? ascii : ascii.substring(secondLast + 1);
    }

    /**
     * Guava rejects labels such as "_dmarc" that are legal in DNS but not in host names; those are
     * always below the suffix, so dropping leftmost labels until the rest parses keeps the answer.
     */
    private static InternetDomainName parseable(String ascii) {
        String rest = ascii;
        while (true) {
            try {
                return InternetDomainName.from(IDN.toUnicode(rest));
            } catch (IllegalArgumentException e) {
                int dot = rest.indexOf('.');
                if (dot < 0) {
                    return null;
                }
                rest = rest.substring(dot + 1);
            }
        }
    }

    /** True when both domains have the same organisational domain (relaxed alignment). */
    public static boolean same(String a, String b) {
        return of(a).equals(of(b));
    }

    /** True for a name DNS can carry: 1-63 character labels of letters, digits, "-" and "_", 253 in all. */
    static boolean isDomainName(String ascii) {
        return ascii.length() <= 253 && DNS_NAME.matcher(ascii).matches();
    }

    static String normalize(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        try {
            return IDN.toASCII(d).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return d;
        }
    }
}
