package dev.maildoctor.core.recipients;

/**
 * The evidence behind a verdict: which MX host matched which rule of {@code providers.yaml}.
 *
 * @param mxHost  the MX host that matched
 * @param ruleId  the rule's provider id in the rules file (e.g. {@code google_workspace})
 * @param pattern the rule's host pattern as written (e.g. {@code aspmx.l.google.com})
 */
public record MatchedRule(String mxHost, String ruleId, String pattern) {
}
