package dev.maildoctor.core.dnsbl.catalogue;

/** Checks the catalogue's integrity at load time. */
final class CatalogueValidator {
    private CatalogueValidator() {
    }

    static void validate(Catalogue catalogue) {
        if (catalogue.lists().isEmpty()) {
            throw new IllegalStateException("catalogue has no lists");
        }
    }
}
