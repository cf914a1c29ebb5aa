package dev.maildoctor.core.diagnosis;

import dev.maildoctor.core.model.Msg;
import java.util.List;

/**
 * The bounce and the blocklist check read together.
 *
 * @param message  the conclusion in one paragraph: who refuses which address, why, and what the check shows
 * @param listedOn names of the lists that list the sending address
 */
public record ProofConclusion(ProofKind kind, Msg message, List<String> listedOn) {
    public ProofConclusion {
        listedOn = List.copyOf(listedOn);
    }
}
