package dev.maildoctor.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private final AppSettings defaults = AppSettings.defaults(Locale.ENGLISH);

    @Test
    void missingFileGivesTheDefaultsWithoutANotice() {
        SettingsLoad load = new SettingsStore(dir.resolve("none"), defaults).load();
        assertThat(load.settings()).isEqualTo(defaults);
        assertThat(load.notice()).isEmpty();
    }

    @Test
    void savedSettingsLoadAgainAndOnlyTheOwnerCanReadThem() throws Exception {
        Path config = dir.resolve("new").resolve("maildoctor");
        SettingsStore store = new SettingsStore(config, defaults);
        AppSettings settings = new AppSettings("ja", ResolverMode.CUSTOM, List.of("127.0.0.1:5353"), " key123 ", 5);
        store.save(settings);

        assertThat(store.load().settings()).isEqualTo(settings);
        assertThat(store.load().settings().dqsKey()).isEqualTo("key123");
        assertThat(Files.readString(store.file())).contains("\"spamhaus_dqs_key\" : \"key123\"")
                .contains("\"resolver_mode\" : \"custom\"").contains("\"timeout_seconds\" : 5");
        try (var files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("settings.json");
        }
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rwx------");
        }
    }

    @Test
    void corruptFileGivesDefaultsANoticeAndKeepsACopy() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"language\": ");
        SettingsLoad load = new SettingsStore(dir, defaults).load();

        assertThat(load.settings()).isEqualTo(defaults);
        assertThat(load.notice()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("ui.settings.notice.corrupt"));
        assertThat(Files.readString(dir.resolve("settings.json.corrupt"))).isEqualTo("{\"language\": ");
    }

    @Test
    void oddValuesAreNormalisedAndUnknownFieldsIgnored() throws Exception {
        Files.writeString(dir.resolve("settings.json"),
                "{\"language\":\"fr\",\"timeout_seconds\":-4,\"resolvers\":[\" 10.0.0.1 \",\"\"],\"future\":1}");
        AppSettings settings = new SettingsStore(dir, defaults).load().settings();

        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.timeoutSeconds()).isEqualTo(AppSettings.DEFAULT_TIMEOUT_SECONDS);
        assertThat(settings.resolvers()).containsExactly("10.0.0.1");
        assertThat(settings.resolverMode()).isEqualTo(ResolverMode.SYSTEM);
        assertThat(settings.effectiveResolvers()).isEmpty();
    }

    @Test
    void configDirectoryFollowsEachOperatingSystemsConvention() {
        Map<String, String> linux = Map.of("os.name", "Linux", "user.home", "/home/ann");
        assertThat(ConfigDirectory.resolve(linux::get, Map.<String, String>of()::get))
                .isEqualTo(Path.of("/home/ann/.config/maildoctor"));
        assertThat(ConfigDirectory.resolve(linux::get, Map.of("XDG_CONFIG_HOME", "/xdg")::get))
                .isEqualTo(Path.of("/xdg/maildoctor"));
        assertThat(ConfigDirectory.resolve(linux::get, Map.of("XDG_CONFIG_HOME", "relative")::get))
                .isEqualTo(Path.of("/home/ann/.config/maildoctor"));

        Map<String, String> mac = Map.of("os.name", "Mac OS X", "user.home", "/Users/ann");
        assertThat(ConfigDirectory.resolve(mac::get, Map.<String, String>of()::get))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/MailDoctor"));

        Map<String, String> windows = Map.of("os.name", "Windows 11", "user.home", "/Users/ann");
        assertThat(ConfigDirectory.resolve(windows::get, Map.of("APPDATA", "/AppData/Roaming")::get))
                .isEqualTo(Path.of("/AppData/Roaming/MailDoctor"));

        Map<String, String> overridden = Map.of("os.name", "Linux", "user.home", "/home/ann",
                ConfigDirectory.PROPERTY, "/tmp/md");
        assertThat(ConfigDirectory.resolve(overridden::get, Map.<String, String>of()::get))
                .isEqualTo(Path.of("/tmp/md"));
    }

    @Test
    void resolverEntriesAreSplitAndChecked() {
        assertThat(ResolverEntries.split("127.0.0.1\n 192.0.2.53:5353, [::1]:53 \n\n"))
                .containsExactly("127.0.0.1", "192.0.2.53:5353", "[::1]:53");
        assertThat(ResolverEntries.firstProblem(List.of("127.0.0.1", "[::1]:53"))).isEmpty();
        assertThat(ResolverEntries.firstProblem(List.of("127.0.0.1:0"))).hasValueSatisfying(
                m -> assertThat(m.args()).containsExactly("127.0.0.1:0"));
        assertThat(ResolverEntries.firstProblem(List.of())).hasValueSatisfying(
                m -> assertThat(m.key()).isEqualTo("ui.settings.resolvers.empty"));
    }
}
