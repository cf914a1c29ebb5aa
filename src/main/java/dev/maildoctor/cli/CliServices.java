package dev.maildoctor.cli;

import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import java.time.Clock;

/** Wiring for the command line: the one place where the CLI's objects are built. */
final class CliServices {
    private final Catalogue catalogue = CatalogueLoader.loadBundled();

    DnsblChecker dnsblChecker() {
        return new DnsblChecker(catalogue, Clock.systemUTC());
    }
}
