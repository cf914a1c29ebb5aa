package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mechanism checked against the grammar of RFC 7208 section 5 and split into its parts.
 *
 * @param domainSpec the unexpanded domain-spec (include, a, mx, ptr, exists); null when absent
 * @param cidr4      the IPv4 prefix length for a and mx (32 when absent)
 * @param cidr6      the IPv6 prefix length for a and mx (128 when absent)
 * @param network    the network of ip4: and ip6:; null for the other mechanisms
 */
record SpfDirective(SpfTerm term, char qualifier, String name, String domainSpec, int cidr4, int cidr6,
                    Cidr network) {
    private static final Pattern MECHANISM = Pattern.compile("([+?~-]?)([A-Za-z0-9]+)(.*)", Pattern.DOTALL);
    private static final Pattern DUAL_CIDR = Pattern.compile("(.*?)(?:/([0-9]+))?(?://([0-9]+))?", Pattern.DOTALL);
    private static final Pattern CIDR = Pattern.compile("(.*?)(?:/([0-9]+))?", Pattern.DOTALL);
    private static final Pattern IP4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern TOPLABEL = Pattern.compile(
            ".*\\.([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])\\.?", Pattern.DOTALL);

    boolean isIn(String... names) {
        for (String n : names) {
            if (name.equals(n)) {
                return true;
            }
        }
        return false;
    }

    /** @throws SpfMacros.SyntaxError for a term that breaks the grammar */
    static SpfDirective parse(SpfTerm term) throws SpfMacros.SyntaxError {
        Matcher m = MECHANISM.matcher(term.text());
        if (!m.matches()) {
            throw bad(term);
        }
        char qualifier = m.group(1).isEmpty() ? '+' : m.group(1).charAt(0);
        String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
        String rest = m.group(3);
        return switch (name) {
            case "all" -> {
                if (!rest.isEmpty()) {
                    throw bad(term);
                }
                yield new SpfDirective(term, qualifier, name, null, 32, 128, null);
            }
            case "include", "exists" -> {
                if (!rest.startsWith(":")) {
                    throw bad(term);
                }
                yield new SpfDirective(term, qualifier, name, domainSpec(term, rest.substring(1)), 32, 128, null);
            }
            case "ptr" -> new SpfDirective(term, qualifier, name, optionalDomain(term, rest), 32, 128, null);
            case "a", "mx" -> dual(term, qualifier, name, rest);
            case "ip4", "ip6" -> network(term, qualifier, name, rest);
            default -> throw bad(term);
        };
    }

    private static SpfDirective dual(SpfTerm term, char qualifier, String name, String rest)
            throws SpfMacros.SyntaxError {
        Matcher m = DUAL_CIDR.matcher(rest);
        if (!m.matches()) {
            throw bad(term);
        }
        int cidr4 = prefix(term, m.group(2), 32);
        int cidr6 = prefix(term, m.group(3), 128);
        return new SpfDirective(term, qualifier, name, optionalDomain(term, m.group(1)), cidr4, cidr6, null);
    }

    private static SpfDirective network(SpfTerm term, char qualifier, String name, String rest)
            throws SpfMacros.SyntaxError {
        Matcher m = CIDR.matcher(rest);
        if (!rest.startsWith(":") || !m.matches()) {
            throw bad(term);
        }
        boolean v6 = name.equals("ip6");
        String address = m.group(1).substring(1);
        int prefix = prefix(term, m.group(2), v6 ? 128 : 32);
        if (!v6 && !IP4.matcher(address).matches()) {
            throw bad(term);
        }
        Optional<Cidr> cidr = v6 && address.indexOf(':') < 0 ? Optional.empty() : Cidr.parse(address, v6);
        if (cidr.isEmpty()) {
            throw bad(term);
        }
        return new SpfDirective(term, qualifier, name, null, 32, 128, new Cidr(cidr.get().network(), prefix));
    }

    private static String optionalDomain(SpfTerm term, String rest) throws SpfMacros.SyntaxError {
        if (rest.isEmpty()) {
            return null;
        }
        if (!rest.startsWith(":")) {
            throw bad(term);
        }
        return domainSpec(term, rest.substring(1));
    }

    /** A domain-spec: a macro string ending in a macro or in "." and a top label (checked before expansion). */
    static String domainSpec(SpfTerm term, String spec) throws SpfMacros.SyntaxError {
        SpfMacros.validate(spec, false);
        if (spec.isEmpty() || !(endsWithMacro(spec) || TOPLABEL.matcher(spec).matches())) {
            throw new SpfMacros.SyntaxError(Msg.of("spf.eval.bad_domain_spec", term.text()));
        }
        return spec;
    }

    private static boolean endsWithMacro(String spec) {
        if (spec.endsWith("}")) {
            int open = spec.lastIndexOf("%{");
            return open >= 0 && spec.indexOf('}', open) == spec.length() - 1;
        }
        // %% %_ %- are macro-expands too; an even run of '%' before the last char means a real one
        if (spec.length() >= 2 && "%_-".indexOf(spec.charAt(spec.length() - 1)) >= 0) {
            int run = 0;
            for (int i = spec.length() - 2; i >= 0 && spec.charAt(i) == '%'; i--) {
                run++;
            }
            return run % 2 == 1;
        }
        return false;
    }

    private static int prefix(SpfTerm term, String digits, int max) throws SpfMacros.SyntaxError {
        if (digits == null) {
            return max;
        }
        if ((digits.length() > 1 && digits.startsWith("0")) || digits.length() > 3 || Integer.parseInt(digits) > max) {
            throw bad(term);
        }
        return Integer.parseInt(digits);
    }

    private static SpfMacros.SyntaxError bad(SpfTerm term) {
        return new SpfMacros.SyntaxError(Msg.of("spf.eval.bad_term", term.text()));
    }
}
