package dev.maildoctor.core.dkim;

/** The s= and d= tags of one DKIM-Signature: where its key must be published. */
public record SignedSelector(String selector, String domain) {
}
