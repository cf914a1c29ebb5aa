package dev.maildoctor.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The data files that ship inside the application (list catalogue, knowledge base). They are
 * written and reviewed as commented YAML; the build checks each one with its full loader and
 * stores a JSON copy next to it ({@link BundledDataCompiler}), which loads in a fraction of the
 * time. Where the copy is missing (classes compiled outside the Maven build) the YAML is read.
 */
public final class BundledData {
    private BundledData() {
    }

    /** Reads a YAML resource with the full loader. */
    @FunctionalInterface
    public interface YamlReader<T> {
        T read(InputStream yaml) throws IOException;
    }

    /**
     * @param yamlResource absolute resource path ending in {@code .yaml}
     * @param yamlReader   the full loader, used where no JSON copy exists
     */
    public static <T> T load(String yamlResource, Class<T> type, YamlReader<T> yamlReader) {
        try (InputStream json = BundledData.class.getResourceAsStream(jsonResource(yamlResource))) {
            if (json != null) {
                return RecordReader.read(JsonTree.read(json), type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream yaml = BundledData.class.getResourceAsStream(yamlResource)) {
            if (yaml == null) {
                throw new IllegalStateException("missing resource " + yamlResource);
            }
            return yamlReader.read(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jsonResource(String yamlResource) {
        if (!yamlResource.endsWith(".yaml")) {
            throw new IllegalArgumentException("not a .yaml resource: " + yamlResource);
        }
        return yamlResource.substring(0, yamlResource.length() - ".yaml".length()) + ".json";
    }
}
