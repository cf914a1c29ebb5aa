package dev.maildoctor.core.dnsbl.catalogue;

/** The DNS zones of a list per target kind; {@code null} where the list does not cover that kind. */
public record Zones(String ipv4, String ipv6, String domain) {
}
