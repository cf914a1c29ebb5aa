package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.maildoctor.core.data.BundledData;
import java.io.IOException;
import java.io.InputStream;

/** Reads the list catalogue from the bundled YAML resource and validates it. */
public final class CatalogueLoader {
    public static final String RESOURCE = "/dev/maildoctor/dnsbl/catalogue.yaml";

    private CatalogueLoader() {
    }

    public static Catalogue loadBundled() {
        Catalogue catalogue = BundledData.load(RESOURCE, Catalogue.class, CatalogueLoader::read);
        CatalogueValidator.validate(catalogue);
        return catalogue;
    }

    public static Catalogue load(InputStream in) throws IOException {
        Catalogue catalogue = read(in);
        CatalogueValidator.validate(catalogue);
        return catalogue;
    }

    private static Catalogue read(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return yaml.readValue(in, Catalogue.class);
    }
}
