package dev.maildoctor.core.dkim;

import java.util.List;

/**
 * One selector to look up at one domain, with every source that suggested it.
 *
 * @param selector  as given (selectors are looked up case-insensitively by DNS)
 * @param domain    signing domain, lower-case ASCII
 * @param sources   distinct, strongest first
 * @param providers providers whose known selector this is (empty unless a source is PROVIDER)
 */
public record SelectorCandidate(String selector, String domain, List<SelectorSource> sources, List<String> providers) {
    public SelectorCandidate {
        sources = List.copyOf(sources);
        providers = List.copyOf(providers);
    }

    /** The strongest source, which decides how a missing key is judged. */
    public SelectorSource primarySource() {
        return sources.get(0);
    }

    public String queryName() {
        return Selectors.queryName(selector, domain);
    }
}
