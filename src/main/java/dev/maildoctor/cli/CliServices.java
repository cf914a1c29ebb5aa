package dev.maildoctor.cli;

import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.kb.Knowledge;
import dev.maildoctor.core.kb.KnowledgeLoader;
import dev.maildoctor.core.maillog.MaillogAnalyzer;
import dev.maildoctor.core.message.bounce.BounceDecoder;
import java.io.InputStream;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Wiring for the command line: the one place where the CLI's objects are built. Each piece is
 * built on first use, so a command pays start-up time only for what it needs.
 */
final class CliServices {
    private Catalogue catalogue;
    private Knowledge knowledge;
    private CompletableFuture<Knowledge> knowledgeLoading;

    synchronized Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = CatalogueLoader.loadBundled();
        }
        return catalogue;
    }

    DnsblChecker dnsblChecker() {
        return new DnsblChecker(catalogue(), Clock.systemUTC());
    }

    synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeLoader.loadBundled(catalogue());
        }
        return knowledge;
    }

    /**
     * The knowledge base, loading on its own thread from the first call on, so that a command can
     * decode its inputs meanwhile.
     */
    synchronized CompletableFuture<Knowledge> knowledgeLoading() {
        if (knowledgeLoading == null) {
            knowledgeLoading = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    knowledgeLoading.complete(knowledge());
                } catch (RuntimeException | Error e) {
                    knowledgeLoading.completeExceptionally(e);
                }
            }, "knowledge-loader");
            loader.setDaemon(true);
            loader.start();
        }
        return knowledgeLoading;
    }

    /** Starts loading, while the command line is still being parsed, the data a subcommand will need. */
    void prepareFor(String subcommand) {
        if ("bounce".equals(subcommand)) {
            knowledgeLoading();
        }
    }

    BounceDecoder bounceDecoder() {
        return new BounceDecoder();
    }

    MaillogAnalyzer maillogAnalyzer() {
        return new MaillogAnalyzer();
    }

    /** What "-" reads. */
    InputStream stdin() {
        return System.in;
    }
}
