package dev.maildoctor.core.kb;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.maildoctor.core.data.BundledData;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the knowledge base from the bundled YAML resource and validates it against the list
 * catalogue (entries and zone aliases name lists by catalogue id).
 */
public final class KnowledgeLoader {
    public static final String RESOURCE = "/dev/maildoctor/kb/smtp-replies.yaml";

    private KnowledgeLoader() {
    }

    public static Knowledge loadBundled(Catalogue catalogue) {
        return new Knowledge(readBundled(), catalogue);
    }

    /** Unknown keys fail with an IOException; broken content with an IllegalStateException. */
    public static Knowledge load(InputStream in, Catalogue catalogue) throws IOException {
        return new Knowledge(readYaml(in), catalogue);
    }

    /** The bundled file as written, not yet validated. */
    static KnowledgeData readBundled() {
        return BundledData.load(RESOURCE, KnowledgeData.class, KnowledgeLoader::readYaml);
    }

    /** The YAML form as written, not yet validated. */
    public static KnowledgeData readYaml(InputStream in) throws IOException {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
                .build();
        return yaml.readValue(in, KnowledgeData.class);
    }
}
