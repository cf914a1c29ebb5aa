package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.util.Optional;

/**
 * One term of a record as the evaluator met it.
 *
 * @param term    the term as written
 * @param matched true when the mechanism matched (evaluation of the record stops there)
 * @param target  the domain the term queried after macro expansion, if it queried one
 * @param note    why it did not apply as written: a DNS error, a void lookup, a syntax error, ...
 */
public record SpfStep(String term, boolean matched, Optional<String> target, Optional<Msg> note) {
}
