package dev.maildoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.app.settings.ResolverMode;
import dev.maildoctor.app.settings.SettingsStore;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings page: language switch, validation, saving to the config directory and loading it again. */
@ExtendWith(ApplicationExtension.class)
class SettingsPageTest {
    @TempDir
    Path configDir;

    private GuiTestWorld world;

    @Start
    void start(Stage stage) throws Exception {
        world = new GuiTestWorld(configDir, stage);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void choosingJapaneseRebuildsTheWindowInJapaneseAndStoresIt(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#language-choice").clickOn("日本語");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "設定".equals(labelText(robot, ".page-title")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(labelText(robot, ".page-title")).isEqualTo("設定");
        assertThat(labelText(robot, "#nav-blocklists .nav-title")).isEqualTo("ブラックリスト");
        assertThat(robot.lookup("#save-settings").queryButton().getText()).isEqualTo("保存");
        assertThat(Files.readString(configDir.resolve(SettingsStore.FILE_NAME))).contains("\"language\" : \"ja\"");

        robot.clickOn("#nav-blocklists");
        assertThat(labelText(robot, ".page-title")).isEqualTo("ブラックリスト");
        assertThat(robot.lookup("#check-button").queryButton().getText()).isEqualTo("確認");
        robot.clickOn("#target-input").write("1.2.3");
        assertThat(labelText(robot, "#target-problem")).isEqualTo("「1.2.3」は正しい IPv4 アドレスではありません。");
    }

    @Test
    void savedSettingsArePersistedPrivatelyAndLoadedAgain(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings").clickOn("#resolvers-custom");
        TextArea resolvers = robot.lookup("#resolvers-text").queryAs(TextArea.class);
        robot.interact(resolvers::clear);
        robot.clickOn(resolvers).write("192.0.2.53:5353\n[2001:db8::53]");
        robot.clickOn("#dqs-key").write("abcdef123456");
        // The timeout field is below the fold of the test screen: focus it as Tab would.
        Spinner<?> timeout = robot.lookup("#timeout").queryAs(Spinner.class);
        robot.interact(() -> {
            timeout.getEditor().requestFocus();
            timeout.getEditor().selectAll();
        });
        robot.write("7").type(KeyCode.ENTER);
        Button save = robot.lookup("#save-settings").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !save.isDisabled());
        robot.clickOn("#save-settings");

        assertThat(labelText(robot, "#settings-feedback")).startsWith("Saved to ");
        AppSettings expected = new AppSettings("en", ResolverMode.CUSTOM, List.of("192.0.2.53:5353", "[2001:db8::53]"),
                "abcdef123456", 7);
        SettingsStore store = new SettingsStore(configDir, AppSettings.defaults(Locale.ENGLISH));
        assertThat(store.load().settings()).isEqualTo(expected);
        assertThat(store.load().notice()).isEmpty();
        if (Files.getFileStore(configDir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                    .isEqualTo("rw-------");
        }

        AtomicReference<MainWindow> again = new AtomicReference<>();
        robot.interact(() -> again.set(new MainWindow(TestApp.services(TestApp.testCatalogue(), configDir, u -> { }))));
        assertThat(again.get().settings().resolverModeProperty().get()).isEqualTo(ResolverMode.CUSTOM);
        assertThat(again.get().settings().resolversTextProperty().get()).isEqualTo("192.0.2.53:5353\n[2001:db8::53]");
        assertThat(again.get().settings().dqsKeyProperty().get()).isEqualTo("abcdef123456");
        assertThat(again.get().settings().timeoutSecondsProperty().get()).isEqualTo(7);
    }

    @Test
    void invalidResolverBlocksSavingAndRevertRestoresTheSavedValues(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        TextArea resolvers = robot.lookup("#resolvers-text").queryAs(TextArea.class);
        String saved = resolvers.getText();
        robot.interact(resolvers::clear);
        robot.clickOn(resolvers).write("127.0.0.1:70000");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#resolvers-problem").query().isVisible());

        assertThat(labelText(robot, "#resolvers-problem"))
                .isEqualTo("'127.0.0.1:70000' is not a valid resolver address (HOST or HOST:PORT).");
        assertThat(robot.lookup("#save-settings").queryButton().isDisabled()).isTrue();
        assertThat(labelText(robot, "#settings-feedback")).isEqualTo("Unsaved changes.");

        Button revert = robot.lookup("#revert-settings").queryButton();
        robot.clickOn(revert);
        assertThat(resolvers.getText()).isEqualTo(saved);
        assertThat(labelText(robot, "#settings-feedback")).isEqualTo("Changes reverted.");
    }

    @Test
    void corruptSettingsFileGivesDefaultsAndAVisibleNotice(FxRobot robot) throws Exception {
        Path other = Files.createDirectory(configDir.resolve("broken"));
        Files.writeString(other.resolve(SettingsStore.FILE_NAME), "{ \"language\": \"ja\", ");
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow w = new MainWindow(TestApp.services(CatalogueLoader.loadBundled(), other, u -> { }));
            window.set(w);
        });
        Label notice = robot.from(window.get().root()).lookup("#load-notice .notice-text").queryAs(Label.class);
        assertThat(notice.getText()).contains("could not be read").contains("defaults are in use");
        assertThat(window.get().settings().languageProperty().get()).isEqualTo("en");
        assertThat(Files.exists(other.resolve(SettingsStore.FILE_NAME + ".corrupt"))).isTrue();
    }

    private static String labelText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
