package dev.maildoctor.core.network;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises host names that were generated from the address ("153-122-40-105.example.net",
 * "p1234567-ipngn.example.jp" with hex or decimal forms, "dhcp", "pool" ...). Gmail and others treat
 * such names like no name at all: they say "end-user line", not "mail server".
 */
public final class GenericPtr {
    private static final Pattern KEYWORDS = Pattern.compile(
            "(^|[.-])(dyn|dynamic|dhcp|pool|dsl|adsl|vdsl|cable|ppp|pppoe|dialup|dial|client|customer|cust|"
                    + "broadband|user|host|ip|static|unassigned|nat|fttx|ftth|flets|mobile|vps)[0-9.-]");

    private GenericPtr() {
    }

    public static boolean looksGeneric(String ptr, InetAddress address) {
        String name = ptr.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int[] o = {b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff};
            String sep = "[.\\-_x]?";
            String forward = o[0] + sep + o[1] + sep + o[2] + sep + o[3];
            String reverse = o[3] + sep + o[2] + sep + o[1] + sep + o[0];
            String padded = String.format(Locale.ROOT, "%03d%s%03d%s%03d%s%03d", o[0], sep, o[1], sep, o[2], sep, o[3]);
            String hex = String.format(Locale.ROOT, "%02x%02x%02x%02x", o[0], o[1], o[2], o[3]);
            long decimal = ((long) o[0] << 24) | ((long) o[1] << 16) | ((long) o[2] << 8) | o[3];
            Pattern digits = Pattern.compile("(^|\\D)(" + forward + "|" + reverse + "|" + padded + ")(\\D|$)");
            if (digits.matcher(name).find() || name.contains(hex) || name.contains(Long.toString(decimal))) {
                return true;
            }
            // Last two octets plus a pool keyword ("ppp-40-105.example.net") is still generated.
            if (name.contains(o[2] + "-" + o[3]) && KEYWORDS.matcher(name).find()) {
                return true;
            }
        } else {
            String compact = AddressText.format(address).replace(":", "");
            if (compact.length() >= 8 && name.replace("-", "").replace(".", "").contains(compact)) {
                return true;
            }
        }
        return KEYWORDS.matcher(name).find() && name.chars().filter(Character::isDigit).count() >= 6;
    }
}
