package dev.maildoctor.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.kb.KnowledgeData;
import dev.maildoctor.core.kb.KnowledgeLoader;
import dev.maildoctor.core.model.LocalizedText;
import dev.maildoctor.core.recipients.ProvidersFile;
import dev.maildoctor.core.recipients.ProvidersLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledDataTest {

    @Test
    void theBuildStoresAJsonCopyOfEveryBundledYamlFile() {
        for (String yaml : List.of(CatalogueLoader.RESOURCE, KnowledgeLoader.RESOURCE, ProvidersLoader.RESOURCE)) {
            assertThat(getClass().getResource(BundledData.jsonResource(yaml))).as(yaml).isNotNull();
        }
    }

    @Test
    void theJsonCopyOfTheCatalogueReadsAsTheYamlDoes() throws IOException {
        Catalogue fromJson = BundledData.load(CatalogueLoader.RESOURCE, Catalogue.class, in -> {
            throw new AssertionError("the JSON copy was not used");
        });
        try (InputStream yaml = getClass().getResourceAsStream(CatalogueLoader.RESOURCE)) {
            assertThat(fromJson).isEqualTo(CatalogueLoader.load(yaml));
        }
        assertThat(fromJson.lists()).hasSizeGreaterThan(10);
    }

    @Test
    void theJsonCopyOfTheKnowledgeBaseReadsAsTheYamlDoes() throws IOException {
        KnowledgeData fromJson = BundledData.load(KnowledgeLoader.RESOURCE, KnowledgeData.class, in -> {
            throw new AssertionError("the JSON copy was not used");
        });
        assertThat(fromJson).isEqualTo(KnowledgeLoader.readYaml(getClass().getResourceAsStream(KnowledgeLoader.RESOURCE)));
        assertThat(fromJson.entries()).hasSizeGreaterThan(50);
    }

    @Test
    void theJsonCopyOfTheProviderRulesReadsAsTheYamlDoes() throws IOException {
        ProvidersFile fromJson = BundledData.load(ProvidersLoader.RESOURCE, ProvidersFile.class, in -> {
            throw new AssertionError("the JSON copy was not used");
        });
        try (InputStream yaml = getClass().getResourceAsStream(ProvidersLoader.RESOURCE)) {
            assertThat(fromJson).isEqualTo(ProvidersLoader.readYaml(yaml));
        }
        assertThat(fromJson.providers()).hasSizeGreaterThan(20);
        assertThat(fromJson.hints()).isNotEmpty();
    }

    @Test
    void withoutAJsonCopyTheYamlIsRead() {
        String read = BundledData.load("/dev/maildoctor/core/data/only-yaml.yaml", String.class,
                in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertThat(read).startsWith("only: yaml");
    }

    record Sample(String name, @JsonProperty("max_rate") Double maxRate, int count, boolean on, Kind kind,
                  List<Integer> codes, Map<String, String> aliases, LocalizedText text) {
    }

    enum Kind {
        @JsonProperty("scoring_only") SCORING_ONLY,
        PLAIN
    }

    @Test
    void recordsFollowTheJacksonAnnotations() throws IOException {
        Sample s = RecordReader.read(tree("""
                {"name": "x", "max_rate": 10, "kind": "scoring_only", "codes": [550, 554],
                 "aliases": {"a": "b"}, "text": {"en": "hi", "ja": "やあ"}}"""), Sample.class);
        assertThat(s).isEqualTo(new Sample("x", 10.0, 0, false, Kind.SCORING_ONLY, List.of(550, 554),
                Map.of("a", "b"), LocalizedText.of("hi", "やあ")));
        assertThat(RecordReader.read(tree("{\"kind\": \"PLAIN\", \"on\": true, \"count\": 3}"), Sample.class))
                .extracting(Sample::kind, Sample::on, Sample::count, Sample::maxRate)
                .containsExactly(Kind.PLAIN, true, 3, null);
    }

    @Test
    void unknownKeysAndWrongTypesFailNamingThePlace() {
        assertThatThrownBy(() -> RecordReader.read(tree("{\"name\": \"x\", \"nmae\": 1}"), Sample.class))
                .hasMessageContaining("$: unknown key \"nmae\"");
        assertThatThrownBy(() -> RecordReader.read(tree("{\"codes\": [550, \"x\"]}"), Sample.class))
                .hasMessageContaining("$.codes[1]");
        assertThatThrownBy(() -> RecordReader.read(tree("{\"kind\": \"scoring\"}"), Sample.class))
                .hasMessageContaining("$.kind").hasMessageContaining("not a Kind");
    }

    private static JsonNode tree(String json) throws IOException {
        return JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
