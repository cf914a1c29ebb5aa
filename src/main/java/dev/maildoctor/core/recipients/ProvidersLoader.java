package dev.maildoctor.core.recipients;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.maildoctor.core.data.BundledData;
import java.io.IOException;
import java.io.InputStream;

/** Reads {@code providers.yaml}: the bundled copy, or any stream (tests, the build step). */
public final class ProvidersLoader {
    public static final String RESOURCE = "/dev/maildoctor/recipients/providers.yaml";

    private ProvidersLoader() {
    }

    /** The bundled rules, validated. Prefer {@link ProviderRules#bundled()}, which caches them. */
    public static ProviderRules loadBundled() {
        return ProviderRules.of(BundledData.load(RESOURCE, ProvidersFile.class, ProvidersLoader::readYaml));
    }

    /** Unknown keys fail with an IOException; broken content with an IllegalStateException. */
    public static ProviderRules load(InputStream yaml) throws IOException {
        return ProviderRules.of(readYaml(yaml));
    }

    /** The YAML form as written, not yet validated. */
    public static ProvidersFile readYaml(InputStream in) throws IOException {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .build();
        return yaml.readValue(in, ProvidersFile.class);
    }
}
