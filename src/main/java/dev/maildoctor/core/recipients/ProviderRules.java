package dev.maildoctor.core.recipients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MX host patterns and weak hints of {@code recipients/providers.yaml}, compiled for lookup.
 * Immutable, so one instance serves any number of threads.
 */
public final class ProviderRules {
    private final Map<String, ProviderEntry> providers;
    private final HostPatterns mx = new HostPatterns();
    private final HostPatterns spf = new HostPatterns();
    private final List<DkimRule> dkim;

    /** A DKIM selector that points at a provider. */
    record DkimRule(String providerId, String selector, Optional<String> cname) {
    }

    private ProviderRules(ProvidersFile file) {
        ProvidersValidator.validate(file);
        Map<String, ProviderEntry> byId = new LinkedHashMap<>();
        List<DkimRule> selectors = new ArrayList<>();
        for (ProviderEntry p : file.providers()) {
            byId.put(p.id(), p);
            for (String pattern : p.mx()) {
                add(mx, pattern, p.id());
            }
        }
        for (HintEntry h : file.hints()) {
            for (String pattern : h.spf()) {
                add(spf, pattern, h.provider());
            }
            for (DkimSign d : h.dkim()) {
                selectors.add(new DkimRule(h.provider(), d.selector(), Optional.ofNullable(d.cname())));
            }
        }
        this.providers = byId;
        this.dkim = List.copyOf(selectors);
    }

    private static void add(HostPatterns patterns, String pattern, String providerId) {
        try {
            patterns.add(pattern, providerId);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("provider '" + providerId + "': " + e.getMessage(), e);
        }
    }

    /** Validates and compiles; throws IllegalStateException naming the broken entry. */
    public static ProviderRules of(ProvidersFile file) {
        return new ProviderRules(file);
    }

    /** The bundled rules, loaded once (on first use, from any thread) and shared. */
    public static ProviderRules bundled() {
        return Bundled.RULES;
    }

    /** Holder idiom: the JVM loads the rules once, thread-safely, when first asked. */
    private static final class Bundled {
        static final ProviderRules RULES = ProvidersLoader.loadBundled();
    }

    /** Display name of a provider id ("Google Workspace", "Proofpoint", ...). */
    public Optional<String> name(String providerId) {
        return Optional.ofNullable(providers.get(providerId)).map(ProviderEntry::name);
    }

    /** Every provider id in file order, for filters and legends. */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    /** True when the id names a filtering gateway (Proofpoint, Mimecast, ...). */
    public boolean isGateway(String providerId) {
        ProviderEntry p = providers.get(providerId);
        return p != null && p.kind() == ProviderKind.GATEWAY;
    }

    /**
     * The rule an MX host matches (any case, trailing dot allowed): an exact host beats a wildcard,
     * a longer suffix beats a shorter one. Useful to label every MX host, not only the deciding one.
     */
    public Optional<MatchedRule> match(String mxHost) {
        return mx.find(mxHost).map(o -> new MatchedRule(HostPatterns.normalise(mxHost), o.providerId(), o.pattern()));
    }

    /** The provider an SPF include/redirect target points at, as a rule matched it. */
    Optional<HostPatterns.Owner> spfTarget(String target) {
        return spf.find(target);
    }

    List<DkimRule> dkimRules() {
        return dkim;
    }
}
