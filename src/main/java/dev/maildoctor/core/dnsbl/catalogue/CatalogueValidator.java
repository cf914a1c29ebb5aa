package dev.maildoctor.core.dnsbl.catalogue;

import dev.maildoctor.core.model.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the catalogue's integrity at load time, so that a typo in the YAML fails the build
 * (the catalogue test loads it) instead of producing wrong verdicts at run time.
 */
public final class CatalogueValidator {
    private static final List<String> LANGUAGES = List.of("en", "ja");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");

    private CatalogueValidator() {
    }

    public static void validate(Catalogue catalogue) {
        if (catalogue == null || catalogue.lists().isEmpty()) {
            throw new IllegalStateException("catalogue has no lists");
        }
        Set<String> ids = new HashSet<>();
        for (DnsblList list : catalogue.lists()) {
            if (list == null) {
                throw new IllegalStateException("catalogue contains an empty list entry");
            }
            String id = list.id();
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalStateException("list id '" + id + "' must be lowercase letters, digits and dashes");
            }
            if (!ids.add(id)) {
                throw new IllegalStateException("list '" + id + "': duplicate id");
            }
            new ListCheck(list).run();
        }
    }

    /** The checks for one list; every message names the list. */
    private record ListCheck(DnsblList list) {
        void run() {
            require(!blank(list.name()), "name is missing");
            require(list.category() != null, "category is missing");
            require(list.description() != null, "description is missing");
            text(list.description(), "description");
            text(list.defaultMeaning(), "default_meaning");
            zones();
            codes();
            if (list.retired()) {
                require(list.retiredNote() != null, "retired lists need a retired_note");
                text(list.retiredNote(), "retired_note");
                text(list.delisting() == null ? null : list.delisting().procedure(), "delisting.procedure");
                text(list.limits() == null ? null : list.limits().note(), "limits.note");
            } else {
                require(list.retiredNote() == null, "retired_note is only for retired lists");
                require(list.defaultMeaning() != null, "default_meaning is missing");
                delisting();
                limits();
            }
        }

        private void zones() {
            Zones zones = list.zones();
            boolean any = zones != null && (zones.ipv4() != null || zones.ipv6() != null || zones.domain() != null);
            require(any || list.retired(), "needs at least one zone");
            if (zones != null) {
                zone(zones.ipv4(), "zones.ipv4");
                zone(zones.ipv6(), "zones.ipv6");
                zone(zones.domain(), "zones.domain");
            }
            zone(list.dqsZone(), "dqs_zone");
            TestPoints points = list.testPoints();
            if (points != null) {
                require(zones != null && zones.domain() != null, "test_points are only for domain lists");
                require(!blank(points.domainListed()) && !blank(points.domainNotListed()),
                        "test_points need domain_listed and domain_not_listed");
            }
        }

        private void zone(String name, String field) {
            if (name != null) {
                require(isDnsName(name), field + " '" + name + "' is not a lowercase DNS name");
            }
        }

        private void codes() {
            Set<String> seen = new HashSet<>();
            for (ReturnCode code : list.codes()) {
                require(code != null, "contains an empty return code");
                String address = code.code();
                require(isLoopbackV4(address), "code '" + address + "' is not an IPv4 address in 127.0.0.0/8");
                require(seen.add(address), "code " + address + " appears twice");
                require(code.status() != null, "code " + address + " has no status");
                require(!blank(code.label()), "code " + address + " has no label");
                text(code.meaning(), "code " + address + " meaning");
                if (code.status() == CodeStatus.REFUSED) {
                    require(code.fix() != null, "refused code " + address + " needs a fix text");
                } else {
                    // RFC 5782 section 5: 127.0.0.1 must never mean "listed".
                    require(!"127.0.0.1".equals(address), "code 127.0.0.1 must not mean listed (RFC 5782)");
                }
                text(code.fix(), "code " + address + " fix");
            }
        }

        private void delisting() {
            Delisting delisting = list.delisting();
            require(delisting != null, "delisting is missing");
            require(delisting.url() != null && delisting.url().startsWith("https://"),
                    "delisting.url must be an https URL");
            require(delisting.actor() != null, "delisting.actor is missing");
            require(delisting.procedure() != null, "delisting.procedure is missing");
            text(delisting.procedure(), "delisting.procedure");
        }

        private void limits() {
            QueryLimits limits = list.limits();
            require(limits != null, "limits are missing");
            require(limits.maxConcurrent() >= 1, "limits.max_concurrent must be at least 1");
            require(limits.maxPerSecond() == null || limits.maxPerSecond() > 0,
                    "limits.max_per_second must be positive");
            require(limits.burst() == null || (limits.burst() >= 1 && limits.maxPerSecond() != null),
                    "limits.burst needs max_per_second and must be at least 1");
            text(limits.note(), "limits.note");
        }

        /** A present text must carry every supported language; absent texts are checked by callers. */
        private void text(LocalizedText text, String field) {
            if (text == null) {
                return;
            }
            for (String language : LANGUAGES) {
                require(!blank(text.byLanguage().get(language)), field + " has no '" + language + "' text");
            }
        }

        private void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalStateException("list '" + list.id() + "': " + problem);
            }
        }
    }

    static boolean isDnsName(String name) {
        if (name.length() > 253 || !name.contains(".")) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isLoopbackV4(String address) {
        if (address == null) {
            return false;
        }
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4 || !"127".equals(octets[0])) {
            return false;
        }
        for (String octet : octets) {
            if (!OCTET.matcher(octet).matches() || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
