package dev.maildoctor.cli;

import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import java.time.Clock;

/**
 * Wiring for the command line: the one place where the CLI's objects are built. Each piece is
 * built on first use, so a command pays start-up time only for what it needs.
 */
final class CliServices {
    private Catalogue catalogue;

    synchronized Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = CatalogueLoader.loadBundled();
        }
        return catalogue;
    }

    DnsblChecker dnsblChecker() {
        return new DnsblChecker(catalogue(), Clock.systemUTC());
    }
}
