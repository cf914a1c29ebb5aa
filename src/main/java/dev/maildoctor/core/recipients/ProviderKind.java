package dev.maildoctor.core.recipients;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a provider holds the mailboxes or filters mail in front of another provider. */
public enum ProviderKind {
    @JsonProperty("mailbox") MAILBOX,
    /** Hides the mailbox provider; the verdict is {@code gateway} and hints are looked up. */
    @JsonProperty("gateway") GATEWAY
}
