package dev.maildoctor.core.tls;

import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * RFC 6125 reference-identity matching as mail clients and MTA-STS senders do it: subjectAltName
 * dNSName entries (a wildcard only as the whole left-most label, standing for exactly one label),
 * iPAddress entries for address literals, and the subject CN only when there is no dNSName at all.
 */
public final class HostnameMatcher {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private HostnameMatcher() {
    }

    public static boolean matches(String host, CertificateInfo cert) {
        String name = host.strip();
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (isAddressLiteral(name)) {
            return matchesAddress(name, cert.ipAddresses());
        }
        String reference = normalise(name);
        List<String> presented = !cert.dnsNames().isEmpty() ? cert.dnsNames()
                : cert.commonName().map(List::of).orElse(List.of());
        return presented.stream().anyMatch(p -> matchesName(normalise(p), reference));
    }

    static boolean matchesName(String pattern, String host) {
        if (pattern.isEmpty() || host.isEmpty()) {
            return false;
        }
        if (!pattern.startsWith("*.")) {
            return !pattern.contains("*") && pattern.equals(host);
        }
        String suffix = pattern.substring(1);
        // "*.com" would cover a whole top-level domain; a wildcard needs at least two labels under it.
        if (suffix.substring(1).indexOf('.') < 0 || suffix.indexOf('*') >= 0) {
            return false;
        }
        if (!host.endsWith(suffix)) {
            return false;
        }
        String label = host.substring(0, host.length() - suffix.length());
        return !label.isEmpty() && label.indexOf('.') < 0;
    }

    private static boolean matchesAddress(String literal, List<String> addresses) {
        try {
            InetAddress wanted = InetAddress.getByName(literal);
            for (String a : addresses) {
                if (isAddressLiteral(a) && InetAddress.getByName(a).equals(wanted)) {
                    return true;
                }
            }
        } catch (UnknownHostException e) {
            return false;
        }
        return false;
    }

    /** Literals only: getByName on anything else would start a DNS lookup. */
    static boolean isAddressLiteral(String s) {
        return IPV4.matcher(s).matches() || (s.contains(":") && s.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+"));
    }

    private static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        try {
            return IDN.toASCII(n, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return n;
        }
    }
}
