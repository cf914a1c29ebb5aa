package dev.maildoctor.core.recipients;

/**
 * A DKIM selector a provider sets up for its customers.
 *
 * @param selector looked up as {@code <selector>._domainkey.<domain>}
 * @param cname    host pattern the name must be a CNAME to; null: any TXT record at the name counts
 */
public record DkimSign(String selector, String cname) {
}
