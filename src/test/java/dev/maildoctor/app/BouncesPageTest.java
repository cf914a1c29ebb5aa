package dev.maildoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.app.bounces.Analysis;
import dev.maildoctor.app.bounces.FollowUp;
import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.app.settings.ResolverMode;
import dev.maildoctor.core.maillog.DomainTally;
import dev.maildoctor.core.maillog.Incident;
import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.message.bounce.BounceDecoder;
import dev.maildoctor.core.model.Progress;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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

/** Drives the Bounces & logs page the way a user does: paste, follow up on the blocklists, load logs, cancel. */
@ExtendWith(ApplicationExtension.class)
class BouncesPageTest {
    @TempDir
    Path configDir;

    @TempDir
    Path files;

    private BouncesTestWorld world;

    @Start
    void start(Stage stage) throws Exception {
        world = new BouncesTestWorld(configDir, stage);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void pastedIncidentBounceShowsTheRecipientWhyAndWhatToDo(FxRobot robot) throws Exception {
        pasteIncidentAndAnalyze(robot);

        assertThat(robot.lookup(".recipient-card").queryAll()).hasSize(1);
        assertThat(labelText(robot, ".recipient-address")).endsWith("@gmail.com");
        Label reason = robot.lookup(".reason-chip").queryAs(Label.class);
        assertThat(reason.getStyleClass()).contains("reason-badreputation");
        assertThat(reason.getText()).isEqualTo("Bad sender reputation");
        assertThat(labelText(robot, ".provider-chip")).isEqualTo("Gmail");
        assertThat(labelText(robot, ".outcome-badge")).isEqualTo("Permanent failure");
        assertThat(labelText(robot, ".diagnostic")).contains("very low reputation");
        assertThat(labelText(robot, ".explanation")).isNotBlank();
        assertThat(robot.lookup(".next-steps .step-text").queryAll()).isNotEmpty();
        click(robot, ".help-link");
        assertThat(world.openedLinks).containsExactly("https://support.google.com/mail/answer/188131");
        assertThat(robot.lookup(".followup-button").queryButton().getText()).contains(BouncesTestWorld.SENDING_IP);
        assertThat(world.dns.queries()).as("nothing is queried before the user asks").isEmpty();
    }

    @Test
    void followUpChecksTheSendingAddressAndCombinesBothIntoOneConclusion(FxRobot robot) throws Exception {
        pasteIncidentAndAnalyze(robot);

        click(robot, ".followup-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            FollowUp f = world.window.bounces().followUps().get(BouncesTestWorld.SENDING_IP);
            return f != null && f.state() != FollowUp.State.RUNNING;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(world.window.bounces().followUps().get(BouncesTestWorld.SENDING_IP).state())
                .isEqualTo(FollowUp.State.DONE);
        assertThat(robot.lookup(".followup-done").tryQuery()).isPresent();
        assertThat(labelText(robot, ".followup-conclusion")).isNotBlank();
        assertThat(texts(robot, ".followup-done .chip")).contains("1 listed");
        assertThat(world.dns.queries()).as("the receiver's address is never checked")
                .noneMatch(q -> q.name().contains("27.157.250.142"));

        click(robot, "#copy-bounces");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("Reason: Bad sender reputation (badreputation)")
                .contains("Blocklist check of " + BouncesTestWorld.SENDING_IP + ": Mail from");

        click(robot, ".followup-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#target-input").tryQuery()).isPresent();
        assertThat(world.window.blocklists().reportProperty().get().target().display())
                .isEqualTo(BouncesTestWorld.SENDING_IP);
        assertThat(robot.lookup("#verdict-banner").tryQuery()).isPresent();
    }

    @Test
    void followUpThatCannotRunSaysWhyAndOffersSettings(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                world.services.settings().save(new AppSettings("en", ResolverMode.CUSTOM, List.of("127.0.0.1:99999"),
                        "", 2));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        pasteIncidentAndAnalyze(robot);

        click(robot, ".followup-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            FollowUp f = world.window.bounces().followUps().get(BouncesTestWorld.SENDING_IP);
            return f != null && f.state() == FollowUp.State.FAILED;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(labelText(robot, ".followup-problem .notice-text")).contains("127.0.0.1:99999");
        assertThat(robot.lookup(".recipient-card").queryAll()).hasSize(1);
        click(robot, ".followup-settings");
        assertThat(robot.lookup("#resolvers-text").tryQuery()).isPresent();
    }

    @Test
    void logShowsTotalsChartsIncidentsAndDrillDown(FxRobot robot) throws Exception {
        openPage(robot);
        robot.interact(() -> world.window.bounces().open(List.of(BouncesTestWorld.sampleLog())));
        Analysis analysis = awaitAnalysis();
        MaillogSummary summary = analysis.log().orElseThrow();

        assertThat(robot.lookup("#log-totals").tryQuery()).isPresent();
        assertThat(robot.lookup("#day-chart .chart-bar").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#incident-timeline .incident-bar").queryAll()).hasSize(summary.incidents().size());
        TableView<Incident> incidents = robot.lookup("#incident-table").queryTableView();
        assertThat(incidents.getItems()).hasSizeGreaterThanOrEqualTo(1);
        assertThat(robot.lookup("#incident-example").queryAs(TextArea.class).getText()).contains("reputation");
        assertThat(texts(robot, ".incident-banner .verdict-title")).anyMatch(t -> t.startsWith("Gmail"));

        TableView<DomainTally> domains = robot.lookup("#domain-table").queryTableView();
        assertThat(domains.getItems().get(0).domain()).isEqualTo("gmail.com");
        assertThat(texts(robot, "#domain-responses .diagnostic")).anyMatch(t -> t.contains("reputation"));
        click(robot, "#domain-filter");
        robot.write("nifty");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(domains.getItems()).extracting(DomainTally::domain).containsExactly("nifty.com");

        click(robot, "#filter-sent");
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> chart = robot.lookup("#day-chart").queryAs(StackedBarChart.class);
        XYChart.Series<String, Number> sent = chart.getData().get(0);
        assertThat(sent.getData()).isEmpty();
        assertThat(chart.getData().get(2).getData()).isNotEmpty();
        assertThat(robot.lookup("#filter-sent").queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void slowLoadShowsProgressAndCancelKeepsTheText(FxRobot robot) throws Exception {
        AtomicBoolean started = new AtomicBoolean();
        world.services.withLogAnalysis((paths, progress, cancelled) -> slow(started, progress, cancelled));
        openPage(robot);
        robot.clickOn("#bounce-input").write("my notes");
        robot.interact(() -> world.window.bounces().open(List.of(BouncesTestWorld.sampleLog())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, started::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot.lookup("#load-progress").query())).isTrue();

        robot.clickOn("#cancel-load");

        assertThat(world.window.bounces().runningProperty().get()).isFalse();
        assertThat(robot.lookup("#cancel-load").query().isVisible()).isFalse();
        assertThat(labelText(robot, "#load-notice .notice-text")).startsWith("Loading cancelled.");
        assertThat(robot.lookup("#bounce-input").queryAs(TextArea.class).getText()).isEqualTo("my notes");
        assertThat(world.window.bounces().analysisProperty().get()).isNull();
        assertThat(robot.lookup("#bounces-empty-state").tryQuery()).isPresent();
    }

    @Test
    void junkInputIsExplainedInThePageAndTheTextStays(FxRobot robot) throws Exception {
        Path binary = files.resolve("photo.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path empty = Files.createFile(files.resolve("empty.eml"));
        Path huge = files.resolve("huge.eml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write("From: someone@example.com\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            file.setLength(BounceDecoder.MAX_INPUT_BYTES + 1);
        }
        openPage(robot);
        robot.interact(() -> world.window.bounces().open(List.of(binary, empty, huge)));
        awaitAnalysis();

        assertThat(texts(robot, ".load-problem .notice-text"))
                .anyMatch(t -> t.contains("photo.png") && t.contains("not a text file"))
                .anyMatch(t -> t.contains("empty.eml") && t.contains("empty"))
                .anyMatch(t -> t.contains("huge.eml") && t.contains("64 MB"));

        robot.clickOn("#bounce-input").write("Hello, lunch at noon?");
        robot.clickOn("#analyze-button");
        awaitAnalysis();
        assertThat(robot.lookup(".not-bounce").tryQuery()).isPresent();
        assertThat(robot.lookup("#bounce-input").queryAs(TextArea.class).getText()).isEqualTo("Hello, lunch at noon?");
        assertThat(robot.lookup(".recipient-card").tryQuery()).isEmpty();
    }

    @Test
    void pastedLogLinesAreSummarised(FxRobot robot) throws Exception {
        String lines = Files.readString(BouncesTestWorld.sampleLog());
        openPage(robot);
        robot.interact(() -> world.window.bounces().textProperty().set(lines));
        robot.clickOn("#analyze-button");
        Analysis analysis = awaitAnalysis();

        assertThat(analysis.log()).isPresent();
        assertThat(analysis.logFiles()).containsExactly("-");
        assertThat(robot.lookup("#log-summary .result-target").queryAs(Label.class).getText())
                .isEqualTo("Mail log: Pasted text");
        assertThat(robot.lookup("#bounce-input").queryAs(TextArea.class).getText()).isEqualTo(lines);
    }

    @Test
    void shortcutsFollowThePageOrderAndTheTextSurvivesALanguageSwitch(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bounce-input").query().isFocused()).isTrue();
        robot.write("5.7.1 notes");

        robot.interact(() -> {
            try {
                world.services.settings().save(world.services.settings().get().withLanguage("ja"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bounce-input").queryAs(TextArea.class).getText()).isEqualTo("5.7.1 notes");
        assertThat(robot.lookup("#analyze-button").queryButton().getText()).isEqualTo("解析");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#language-choice").tryQuery()).isPresent();
    }

    private static MaillogSummary slow(AtomicBoolean started, Progress progress, BooleanSupplier cancelled) {
        progress.plan(100);
        progress.finishOne();
        started.set(true);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }
        throw new IllegalStateException("the load was not cancelled");
    }

    /** Scrolls the results until the node is in view, as a user would, and clicks it. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).match(BouncesPageTest::shown).query();
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) robot.lookup(".bounces-page .page-scroll").query();
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    private void openPage(FxRobot robot) {
        robot.clickOn("#nav-bounces");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pasteIncidentAndAnalyze(FxRobot robot) throws Exception {
        openPage(robot);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(BouncesTestWorld.incidentBounce());
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#bounce-input");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bounce-input").queryAs(TextArea.class).getText()).contains("550-5.7.1");
        robot.clickOn("#analyze-button");
        awaitAnalysis();
    }

    private Analysis awaitAnalysis() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> world.window.bounces().analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return world.window.bounces().analysisProperty().get();
    }

    private static boolean shown(Node node) {
        return BlocklistsPageTest.shown(node);
    }

    private static String labelText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        Set<Node> nodes = robot.lookup(query).queryAll();
        return nodes.stream().filter(BouncesPageTest::shown).map(n -> n instanceof Label l ? l.getText()
                : n instanceof Button b ? b.getText() : n.toString()).toList();
    }
}
