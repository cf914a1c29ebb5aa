package dev.maildoctor.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.maildoctor.core.dkim.SelectorsLoader;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.kb.KnowledgeLoader;
import dev.maildoctor.core.recipients.ProvidersLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven after compiling): loads every bundled YAML file with its full loader, so
 * that broken data fails the build, and writes the JSON copy that {@link BundledData} reads.
 * Argument: the classes directory that holds the resources.
 */
public final class BundledDataCompiler {
    private BundledDataCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledDataCompiler CLASSES_DIR");
        }
        Path classes = Path.of(args[0]);
        Catalogue catalogue;
        try (InputStream in = Files.newInputStream(resource(classes, CatalogueLoader.RESOURCE))) {
            catalogue = CatalogueLoader.load(in);
        }
        try (InputStream in = Files.newInputStream(resource(classes, KnowledgeLoader.RESOURCE))) {
            KnowledgeLoader.load(in, catalogue);
        }
        try (InputStream in = Files.newInputStream(resource(classes, ProvidersLoader.RESOURCE))) {
            ProvidersLoader.load(in);
        }
        try (InputStream in = Files.newInputStream(resource(classes, SelectorsLoader.RESOURCE))) {
            SelectorsLoader.load(in);
        }
        for (String yaml : new String[] {CatalogueLoader.RESOURCE, KnowledgeLoader.RESOURCE, ProvidersLoader.RESOURCE,
                SelectorsLoader.RESOURCE}) {
            writeJson(classes, yaml);
        }
    }

    private static void writeJson(Path classes, String yamlResource) throws IOException {
        JsonNode tree;
        try (InputStream in = Files.newInputStream(resource(classes, yamlResource))) {
            tree = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        Files.write(resource(classes, BundledData.jsonResource(yamlResource)), new ObjectMapper().writeValueAsBytes(tree));
    }

    private static Path resource(Path classes, String resource) {
        return classes.resolve(resource.substring(1));
    }
}
