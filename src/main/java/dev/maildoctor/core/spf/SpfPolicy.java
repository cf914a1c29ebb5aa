package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * A record checked as a whole before any term is evaluated (RFC 7208 section 4.6: a syntax error
 * anywhere makes the record a permerror): its mechanisms in order, redirect= and exp=.
 *
 * @param redirect the unexpanded domain-spec of redirect=, or null
 * @param exp      the unexpanded domain-spec of exp=, or null
 */
record SpfPolicy(SpfRecord record, List<SpfDirective> mechanisms, String redirect, String exp) {
    static SpfPolicy check(SpfRecord record) throws SpfMacros.SyntaxError {
        List<SpfDirective> mechanisms = new ArrayList<>();
        String redirect = null;
        String exp = null;
        for (SpfTerm term : record.terms()) {
            if (!term.isModifier()) {
                mechanisms.add(SpfDirective.parse(term));
                continue;
            }
            String value = term.argument().orElse("");
            switch (term.name()) {
                case "redirect" -> {
                    if (redirect != null) {
                        throw new SpfMacros.SyntaxError(Msg.of("spf.eval.duplicate_modifier", "redirect"));
                    }
                    redirect = SpfDirective.domainSpec(term, value);
                }
                case "exp" -> {
                    if (exp != null) {
                        throw new SpfMacros.SyntaxError(Msg.of("spf.eval.duplicate_modifier", "exp"));
                    }
                    exp = SpfDirective.domainSpec(term, value);
                }
                default -> SpfMacros.validate(value, false); // unknown modifiers are ignored, but must parse
            }
        }
        return new SpfPolicy(record, mechanisms, redirect, exp);
    }

    boolean hasAll() {
        return mechanisms.stream().anyMatch(d -> d.name().equals("all"));
    }
}
