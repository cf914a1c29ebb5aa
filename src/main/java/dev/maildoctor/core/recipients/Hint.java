package dev.maildoctor.core.recipients;

/**
 * A weak sign of the mailbox provider behind a gateway ("likely behind"), never the verdict.
 *
 * @param provider provider id the sign points at (e.g. {@code microsoft365})
 * @param source   where it was seen: {@code spf} or {@code dkim}
 * @param evidence what was seen, e.g. {@code include:spf.protection.outlook.com} or
 *                 {@code selector1._domainkey.example.com CNAME ...onmicrosoft.com}
 */
public record Hint(String provider, String source, String evidence) {
}
