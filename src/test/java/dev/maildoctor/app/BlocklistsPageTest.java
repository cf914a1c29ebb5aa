package dev.maildoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.app.settings.ResolverMode;
import dev.maildoctor.core.dnsbl.ZoneResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
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

/** Drives the Blocklists page the way a user does, against the fake DNS server. */
@ExtendWith(ApplicationExtension.class)
class BlocklistsPageTest {
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
    void invalidTargetIsExplainedAndCannotBeChecked(FxRobot robot) {
        robot.clickOn("#target-input").write("300.1.2.3");

        assertThat(robot.lookup("#target-problem").queryAs(Label.class).getText())
                .isEqualTo("'300.1.2.3' is not a valid IPv4 address.");
        assertThat(robot.lookup("#check-button").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(world.window.blocklists().runningProperty().get()).isFalse();
        assertThat(world.dns.queries()).isEmpty();
        assertThat(robot.lookup("#empty-state").query().isVisible()).isTrue();
    }

    @Test
    void listedAddressShowsListingVerdictGridOwnerAndFixes(FxRobot robot) throws Exception {
        robot.clickOn("#target-input").write(GuiTestWorld.TARGET).type(KeyCode.ENTER);
        awaitReport();

        TableView<ZoneResult> table = robot.lookup("#zone-table").queryTableView();
        assertThat(table.getItems()).hasSize(3);
        assertThat(table.getItems().get(0).list().id()).isEqualTo("reptest");
        assertThat(texts(robot, "#zone-table .chip")).containsExactly("Listed", "Refused", "Not listed");
        assertThat(texts(robot, "#summary .chip")).containsExactly("1 listed", "1 not listed", "1 refused", "0 errors");

        assertThat(labelText(robot, "#verdict-banner .verdict-title")).isEqualTo("Provider range burned");
        assertThat(labelText(robot, "#verdict-banner .verdict-reason"))
                .contains("198.51.100.0/24").contains("Reputation Test List").contains("range is burned");

        Node target = robot.lookup("#cell-" + GuiTestWorld.TARGET_OCTET).query();
        assertThat(target.getStyleClass()).contains("grid-cell-listed", "grid-cell-target");
        assertThat(robot.lookup("#neighbour-grid .grid-cell").queryAll()).hasSize(256);
        assertThat(robot.lookup("#neighbour-grid .grid-cell-listed").queryAll()).hasSizeGreaterThan(15);
        assertThat(robot.lookup("#neighbour-grid .grid-cell-clean").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#neighbour-grid .grid-cell-not-sampled").queryAll()).hasSize(256 - 33);

        assertThat(labelText(robot, "#owner-ptr")).isEqualTo("198-51-100-7.example.net");
        assertThat(texts(robot, "#owner-panel .fact-value")).contains("AS64500", "EXAMPLE-NET Example Hosting, JP",
                "198.51.100.0/24");
        assertThat(texts(robot, "#fix-steps .step-text")).anyMatch(t -> t.contains("Delisting this one address"));

        robot.clickOn(robot.lookup("#zone-table .button").queryButton());
        assertThat(world.openedLinks).containsExactly("https://example.com/delist");

        robot.clickOn("#copy-button");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("Blocklist check for " + GuiTestWorld.TARGET)
                .contains("Reputation Test List").contains("Provider range burned");
        assertThat(robot.lookup("#copy-button").queryButton().getText()).isEqualTo("Copied");
    }

    @Test
    void cancelReturnsToIdleAtOnceAndKeepsTheInput(FxRobot robot) throws Exception {
        world.dns.delay(Duration.ofSeconds(5));
        robot.clickOn("#target-input").write(GuiTestWorld.TARGET).clickOn("#check-button");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> world.dns.queryCount("rep.test") > 0);
        assertThat(robot.lookup("#cancel-button").query().isVisible()).isTrue();
        assertThat(robot.lookup("#check-progress").query().isVisible()).isTrue();

        robot.clickOn("#cancel-button");

        assertThat(world.window.blocklists().runningProperty().get()).isFalse();
        assertThat(robot.lookup("#cancel-button").query().isVisible()).isFalse();
        assertThat(robot.lookup("#check-button").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#target-input").queryAs(TextField.class).getText()).isEqualTo(GuiTestWorld.TARGET);
        assertThat(labelText(robot, "#check-notice .notice-text")).startsWith("Check cancelled.");
        assertThat(world.window.blocklists().reportProperty().get()).isNull();
    }

    @Test
    void unusableResolverIsReportedAsAMessageWithAWayToSettings(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                world.services.settings().save(new AppSettings("en", ResolverMode.CUSTOM, List.of("127.0.0.1:99999"),
                        "", 2));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.clickOn("#target-input").write(GuiTestWorld.TARGET).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> world.window.blocklists().failureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(labelText(robot, "#check-failure .notice-text"))
                .isEqualTo("The resolver '127.0.0.1:99999' in Settings is not a valid address. "
                        + "Enter HOST or HOST:PORT, for example 127.0.0.1 or 192.0.2.53:5353.");
        robot.clickOn(robot.lookup("#check-failure .notice-action").queryButton());
        assertThat(robot.lookup("#resolvers-text").tryQuery()).isPresent();
    }

    @Test
    void keyboardShortcutsSwitchPagesAndFocusTheInput(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#language-choice").tryQuery()).isPresent();
        assertThat(robot.lookup("#target-input").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#target-input").query().isFocused()).isTrue();
        robot.write("192.0.2.1");
        assertThat(robot.lookup("#target-input").queryAs(TextField.class).getText()).isEqualTo("192.0.2.1");
    }

    @Test
    void sampleSizeTakesOnlyWholeNumbersWithinTheLimit(FxRobot robot) {
        Spinner<?> sample = robot.lookup("#sample-size").queryAs(Spinner.class);
        robot.interact(() -> {
            sample.getEditor().requestFocus();
            sample.getEditor().selectAll();
        });
        robot.write("x4y0").type(KeyCode.ENTER);
        assertThat(world.window.blocklists().sampleSizeProperty().get()).isEqualTo(40);
        robot.interact(() -> sample.getEditor().selectAll());
        robot.write("9999").type(KeyCode.ENTER);
        assertThat(world.window.blocklists().sampleSizeProperty().get()).isEqualTo(1024);
    }

    private void awaitReport() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> world.window.blocklists().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Visible itself and inside visible parents (virtual flows keep hidden spare cells). */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String labelText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        Set<Node> nodes = robot.lookup(query).queryAll();
        return nodes.stream().filter(BlocklistsPageTest::shown).map(n -> n instanceof Label l ? l.getText()
                : n instanceof Button b ? b.getText() : n.toString()).toList();
    }
}
