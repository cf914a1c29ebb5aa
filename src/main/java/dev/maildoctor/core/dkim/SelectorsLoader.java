package dev.maildoctor.core.dkim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.maildoctor.core.data.BundledData;
import java.io.IOException;
import java.io.InputStream;

/** Reads {@code selectors.yaml}: the bundled copy, or any stream (tests, the build step). */
public final class SelectorsLoader {
    public static final String RESOURCE = "/dev/maildoctor/dkim/selectors.yaml";

    private SelectorsLoader() {
    }

    /** The bundled provider-known selectors, validated. */
    public static KnownSelectors loadBundled() {
        return KnownSelectors.of(BundledData.load(RESOURCE, SelectorsFile.class, SelectorsLoader::readYaml));
    }

    /** Unknown keys fail with an IOException; broken content with an IllegalStateException. */
    public static KnownSelectors load(InputStream yaml) throws IOException {
        return KnownSelectors.of(readYaml(yaml));
    }

    /** The YAML form as written, not yet validated. */
    public static SelectorsFile readYaml(InputStream in) throws IOException {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .build();
        return yaml.readValue(in, SelectorsFile.class);
    }
}
