package dev.maildoctor.core.kb;

import dev.maildoctor.core.message.bounce.FailedRecipient;
import java.util.Optional;

/** Explanations and next steps for SMTP replies, loaded from the kb/ resources. */
public final class Knowledge {
    public Optional<KnowledgeEntry> explain(FailedRecipient recipient) {
        throw new UnsupportedOperationException("being written");
    }
}
