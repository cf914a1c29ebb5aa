package dev.maildoctor.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.dnsbl.neighbourhood.Verdict;
import dev.maildoctor.core.model.Actor;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.Fcrdns;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both languages are first-class: every key exists in both bundles, is used, and is well-formed. */
class LocalizationConsistencyTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+\\.?)\"");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:\\bget|Msg\\.of|textColumn|column|apply|text|label|tr)\\(\\s*\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\"");
    /** Keys built at run time from an enum's json() name. */
    private static final Map<String, List<String>> DYNAMIC = Map.of(
            "zone.", names(ZoneStatus.values()),
            "status.", names(Status.values()),
            "actor.", names(Actor.values()),
            "verdict.", names(Verdict.values()),
            "fcrdns.", names(Fcrdns.values()),
            "category.", names(ListCategory.values()),
            "dnsbl.fix.cause.", names(ListCategory.values()));

    private static Properties en;
    private static Properties ja;
    private static String sources;

    @BeforeAll
    static void load() throws IOException {
        en = bundle("/dev/maildoctor/i18n/messages.properties");
        ja = bundle("/dev/maildoctor/i18n/messages_ja.properties");
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        sources = sb.toString();
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(ja.stringPropertyNames());
        Set<String> onlyJa = new TreeSet<>(ja.stringPropertyNames());
        onlyJa.removeAll(en.stringPropertyNames());
        assertThat(onlyEn).as("keys missing in messages_ja.properties").isEmpty();
        assertThat(onlyJa).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void everyKeyUsedInCodeExists() {
        Set<String> namespaces = new TreeSet<>();
        en.stringPropertyNames().forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        Matcher m = KEY_USE.matcher(sources);
        while (m.find()) {
            String namespace = m.group(1).substring(0, m.group(1).indexOf('.'));
            if (namespaces.contains(namespace) && !en.containsKey(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        DYNAMIC.forEach((prefix, suffixes) -> suffixes.stream().map(s -> prefix + s)
                .filter(k -> !en.containsKey(k)).forEach(missing::add));
        assertThat(missing).as("keys used in code but absent from the bundles").isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> literals = new TreeSet<>();
        Matcher m = LITERAL.matcher(sources);
        while (m.find()) {
            literals.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            boolean dynamic = DYNAMIC.keySet().stream().anyMatch(p -> key.startsWith(p)
                    && DYNAMIC.get(p).contains(key.substring(p.length())));
            boolean prefixed = literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l));
            if (!literals.contains(key) && !dynamic && !prefixed) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
    }

    @Test
    void quotesAreEscapedInMessagesWithArguments() {
        for (Properties p : List.of(en, ja)) {
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.matches("(?s).*\\{\\d.*")) {
                    assertThat(value.replace("''", "")).as(key + " has an unescaped single quote").doesNotContain("'");
                }
            }
        }
    }

    @Test
    void japaneseIsActuallyTranslated() {
        Set<String> untranslated = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            if (e.equals(ja.getProperty(key)) && e.matches("(?s).*[A-Za-z]{4,}\\s+[a-z]{2,}.*")) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("Japanese values identical to English prose").isEmpty();
    }

    @Test
    void rendersArgumentsInBothLanguages() {
        assertThat(Messages.forLanguage("en").get("report.summary", 1, 2, 3, 4, 10, 250))
                .isEqualTo("1 listed, 2 not listed, 3 refused, 4 errors (10 lists, 250 ms)");
        assertThat(Messages.forLanguage("ja").get("report.summary", 1, 2, 3, 4, 10, 250)).contains("掲載あり 1 件");
        assertThat(Messages.forLanguage("en").get("no.such.key")).isEqualTo("no.such.key");
    }
}
