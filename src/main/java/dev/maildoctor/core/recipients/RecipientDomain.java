package dev.maildoctor.core.recipients;

/**
 * A recipient domain as queried and as shown: internationalised names are queried in punycode
 * ({@code xn--...}) and shown in Unicode.
 *
 * @param ascii   lower-case ASCII form (punycode for IDNs), no trailing dot
 * @param unicode the same name in Unicode, for display
 */
public record RecipientDomain(String ascii, String unicode) {
}
