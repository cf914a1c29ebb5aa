package dev.maildoctor.core.recipients;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks {@code providers.yaml} beyond its shape, so that a typo fails the build (the compiler and
 * the tests load it) instead of classifying domains wrongly. Every message names the entry.
 * Host patterns are checked where they are compiled ({@link HostPatterns#add}).
 */
final class ProvidersValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    /** Verdicts that are not providers: a provider with one of these ids would be ambiguous. */
    private static final Set<String> RESERVED = Set.of(Verdicts.GATEWAY, Verdicts.SELF_HOSTED, Verdicts.NULL_MX,
            Verdicts.NO_MX, Verdicts.NXDOMAIN, Verdicts.UNKNOWN);
    /** Ids the code names (Verdicts, DomainClassification.isGoogle/isMicrosoft). */
    private static final List<String> REQUIRED = List.of(Verdicts.GOOGLE_WORKSPACE, Verdicts.GMAIL,
            Verdicts.MICROSOFT365, Verdicts.OUTLOOK_CONSUMER);

    private ProvidersValidator() {
    }

    static void validate(ProvidersFile file) {
        if (file == null || file.providers().isEmpty()) {
            throw new IllegalStateException("providers.yaml has no providers");
        }
        Set<String> ids = new HashSet<>();
        for (ProviderEntry p : file.providers()) {
            require(p != null, "providers contains an empty entry");
            String where = "provider '" + p.id() + "': ";
            require(p.id() != null && ID.matcher(p.id()).matches(), where + "id must be lower_snake_case");
            require(!RESERVED.contains(p.id()), where + "id is reserved for a verdict");
            require(ids.add(p.id()), where + "duplicate id");
            require(p.name() != null && !p.name().isBlank(), where + "name is missing");
            require(p.kind() != null, where + "kind is missing (mailbox or gateway)");
            require(!p.mx().isEmpty(), where + "needs at least one mx pattern");
        }
        for (String id : REQUIRED) {
            require(ids.contains(id), "provider '" + id + "' is missing");
        }
        for (HintEntry h : file.hints()) {
            require(h != null, "hints contains an empty entry");
            String where = "hints for '" + h.provider() + "': ";
            ProviderEntry owner = file.providers().stream().filter(p -> p.id().equals(h.provider())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(where + "no such provider"));
            require(owner.kind() == ProviderKind.MAILBOX, where + "hints point at mailbox providers only");
            require(!h.spf().isEmpty() || !h.dkim().isEmpty(), where + "needs spf or dkim");
            for (DkimSign d : h.dkim()) {
                require(d != null && d.selector() != null && HostPatterns.problem(d.selector() + ".x") == null
                        && !d.selector().startsWith("*"), where + "malformed dkim selector");
                if (d.cname() != null) {
                    String problem = HostPatterns.problem(d.cname());
                    require(problem == null, where + "dkim cname \"" + d.cname() + "\" " + problem);
                }
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
