package dev.maildoctor.core.spf;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One term of an SPF record (RFC 7208 section 4.6.1): a mechanism such as {@code -all} or
 * {@code include:_spf.example.net}, or a modifier such as {@code redirect=_spf.example.net}.
 * The text is kept exactly as written; the parts are derived from it.
 *
 * @param text   the term as written
 * @param offset where it starts in the record's text
 */
public record SpfTerm(String text, int offset) {
    private static final Pattern MODIFIER = Pattern.compile("([A-Za-z][A-Za-z0-9._-]*)=(.*)", Pattern.DOTALL);
    private static final Pattern MECHANISM = Pattern.compile("([+?~-]?)([A-Za-z][A-Za-z0-9._-]*)(.*)", Pattern.DOTALL);

    /** Mechanisms and modifiers whose evaluation queries DNS (RFC 7208 section 4.6.4). */
    private static final Set<String> DNS_QUERYING = Set.of(
            "include", "a", "mx", "ptr", "exists", "redirect");

    public boolean isModifier() {
        return MODIFIER.matcher(text).matches();
    }

    /** Lower-case mechanism or modifier name ({@code all}, {@code ip4}, {@code redirect}, ...). */
    public String name() {
        Matcher modifier = MODIFIER.matcher(text);
        if (modifier.matches()) {
            return modifier.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher mechanism = MECHANISM.matcher(text);
        return mechanism.matches() ? mechanism.group(2).toLowerCase(Locale.ROOT) : "";
    }

    /** The qualifier of a mechanism: {@code +} (also when omitted), {@code -}, {@code ~} or {@code ?}. */
    public char qualifier() {
        Matcher mechanism = MECHANISM.matcher(text);
        if (isModifier() || !mechanism.matches() || mechanism.group(1).isEmpty()) {
            return '+';
        }
        return mechanism.group(1).charAt(0);
    }

    /** True when the qualifier was written out ({@code +all}) rather than implied ({@code all}). */
    public boolean explicitQualifier() {
        return !text.isEmpty() && "+-~?".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * The argument: after ':' of a mechanism ({@code include:x} gives {@code x}, {@code ip4:192.0.2.0/24}
     * gives {@code 192.0.2.0/24}) or after '=' of a modifier; empty when there is none.
     */
    public Optional<String> argument() {
        Matcher modifier = MODIFIER.matcher(text);
        if (modifier.matches()) {
            return Optional.of(modifier.group(2));
        }
        Matcher mechanism = MECHANISM.matcher(text);
        if (mechanism.matches() && mechanism.group(3).startsWith(":")) {
            return Optional.of(mechanism.group(3).substring(1));
        }
        return Optional.empty();
    }

    public boolean isMechanism(String mechanismName) {
        return !isModifier() && name().equals(mechanismName);
    }

    public boolean isModifier(String modifierName) {
        return isModifier() && name().equals(modifierName);
    }

    /** Counts against the limit of 10 DNS-querying terms. */
    public boolean queriesDns() {
        return DNS_QUERYING.contains(name()) && (isModifier() == name().equals("redirect"));
    }
}
