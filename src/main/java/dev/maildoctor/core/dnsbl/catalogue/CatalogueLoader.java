package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the list catalogue from the bundled YAML resource and validates it. */
public final class CatalogueLoader {
    public static final String RESOURCE = "/dev/maildoctor/dnsbl/catalogue.yaml";

    private CatalogueLoader() {
    }

    public static Catalogue loadBundled() {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalogue load(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Catalogue catalogue = yaml.readValue(in, Catalogue.class);
        CatalogueValidator.validate(catalogue);
        return catalogue;
    }
}
