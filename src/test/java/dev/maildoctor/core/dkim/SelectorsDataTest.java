package dev.maildoctor.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.data.BundledData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SelectorsDataTest {

    @Test
    void theBundledListHasTheMajorProvidersSelectors() {
        KnownSelectors known = SelectorsLoader.loadBundled();
        assertThat(known.all()).contains(new KnownSelectors.Known("google", "Google Workspace"),
                new KnownSelectors.Known("selector1", "Microsoft 365"),
                new KnownSelectors.Known("selector2", "Microsoft 365"),
                new KnownSelectors.Known("k1", "Mailchimp"),
                new KnownSelectors.Known("s1", "SendGrid"),
                new KnownSelectors.Known("everlytickey1", "Everlytic"));
        assertThat(known.all()).hasSizeGreaterThan(30);
    }

    @Test
    void theBuildStoresAJsonCopyThatReadsAsTheYamlDoes() throws IOException {
        String json = SelectorsLoader.RESOURCE.replace(".yaml", ".json");
        assertThat(getClass().getResource(json)).as(json).isNotNull();
        SelectorsFile fromJson = BundledData.load(SelectorsLoader.RESOURCE, SelectorsFile.class, in -> {
            throw new AssertionError("the JSON copy was not used");
        });
        try (InputStream yaml = getClass().getResourceAsStream(SelectorsLoader.RESOURCE)) {
            assertThat(fromJson).isEqualTo(SelectorsLoader.readYaml(yaml));
        }
    }

    @Test
    void brokenDataFailsNamingTheGroup() {
        assertThatThrownBy(() -> load("groups:\n  - provider: A\n    selectors: [a, b]\n  - provider: B\n    selectors: [b]\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("group 'B'").hasMessageContaining("twice");
        assertThatThrownBy(() -> load("groups:\n  - provider: A\n    selectors: [\"bad name\"]\n"))
                .hasMessageContaining("malformed selector \"bad name\"");
        assertThatThrownBy(() -> load("groups:\n  - provider: A\n    selectors: [Upper]\n"))
                .hasMessageContaining("malformed selector");
        assertThatThrownBy(() -> load("groups:\n  - selectors: [a]\n")).hasMessageContaining("provider is missing");
        assertThatThrownBy(() -> load("groups:\n  - provider: A\n")).hasMessageContaining("at least one selector");
        assertThatThrownBy(() -> load("groups: []\n")).hasMessageContaining("no groups");
        assertThatThrownBy(() -> load("groups:\n  - provider: A\n    selector: [a]\n")).isInstanceOf(IOException.class);
    }

    private static KnownSelectors load(String yaml) throws IOException {
        return SelectorsLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
