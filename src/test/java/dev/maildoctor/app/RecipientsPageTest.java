package dev.maildoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.app.recipients.RecipientsViewModel;
import dev.maildoctor.app.recipients.ResultRow;
import dev.maildoctor.app.recipients.SpfState;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.Verdicts;
import dev.maildoctor.testing.FakeDnsServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
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

/** Drives the Recipients & relay page the way an admin does after the relay offer, against the fake DNS server. */
@ExtendWith(ApplicationExtension.class)
class RecipientsPageTest {
    /** Pasted as an admin would: addresses and domains mixed, a duplicate, a comment, an IDN, one bad entry. */
    static final String PASTED = """
            # partners
            google.example.jp
            taro@smtpgoogle.example
            ms.example.co.jp, gw.example.com
            self.example.net
            GOOGLE.example.jp
            gone.example
            slow.example
            例え.jp
            bad!name.example
            """;
    static final String RELAY = "[relay.example.ne.jp]:587";

    @TempDir
    Path configDir;

    private GuiTestWorld world;

    @Start
    void start(Stage stage) throws Exception {
        world = new GuiTestWorld(configDir, stage);
        partners(world.dns);
    }

    @AfterEach
    void close() {
        world.close();
    }

    /** The partners' DNS: Google, Microsoft 365, a Proofpoint gateway, self-hosted, gone, and one that never answers. */
    static void partners(FakeDnsServer dns) {
        dns.add("google.example.jp", "MX", "1 aspmx.l.google.com.")
                .add("google.example.jp", "MX", "5 alt1.aspmx.l.google.com.")
                .add("smtpgoogle.example", "MX", "1 smtp.google.com.")
                .add("xn--r8jz45g.jp", "MX", "1 smtp.google.com.")
                .add("ms.example.co.jp", "MX", "0 ms-example-co-jp.mail.protection.outlook.com.")
                .add("gw.example.com", "MX", "10 mx0a-00123401.pphosted.com.")
                .add("gw.example.com", "MX", "10 mx0b-00123401.pphosted.com.")
                .add("gw.example.com", "TXT", "v=spf1 include:spf.protection.outlook.com -all")
                .add("self.example.net", "MX", "10 mail.self.example.net.")
                .add("mail.self.example.net", "A", "203.0.113.10")
                .add("slow.example", "SOA", "ns.slow.example. hostmaster.slow.example. 1 3600 600 86400 300")
                .add("sender.example.jp", "TXT", "v=spf1 mx -all")
                .add("sender.example.jp", "MX", "10 mail.sender.example.jp.")
                .add("relay.example.ne.jp", "A", "192.0.2.25")
                .timeout("slow.example");
    }

    @Test
    void lookupShowsProvidersBadgesCountsAndFilters(FxRobot robot) throws Exception {
        openPage(robot);
        paste(robot, PASTED);

        assertThat(vm().parsedProperty().get().list().domains()).hasSize(8);
        assertThat(vm().parsedProperty().get().list().rejected()).hasSize(1);
        assertThat(vm().parsedProperty().get().duplicates()).isEqualTo(1);
        assertThat(labelText(robot, "#input-counts")).isEqualTo("Domains: 8 · duplicates removed: 1 · rejected: 1");
        robot.clickOn("#show-rejected");
        assertThat(labelText(robot, "#rejected-list")).startsWith("bad!name.example: ");

        robot.clickOn("#look-up-button");
        awaitRows(8);

        Map<String, DomainClassification> byDomain = vm().rows().stream().map(ResultRow::classification)
                .collect(Collectors.toMap(c -> c.domain().ascii(), Function.identity()));
        assertThat(byDomain.get("google.example.jp").isGoogle()).isTrue();
        assertThat(byDomain.get("smtpgoogle.example").isGoogle()).isTrue();
        assertThat(byDomain.get("xn--r8jz45g.jp").isGoogle()).isTrue();
        assertThat(byDomain.get("ms.example.co.jp").isMicrosoft()).isTrue();
        assertThat(byDomain.get("gw.example.com").provider()).isEqualTo(Verdicts.GATEWAY);
        assertThat(byDomain.get("self.example.net").provider()).isEqualTo(Verdicts.SELF_HOSTED);
        assertThat(byDomain.get("gone.example").provider()).isEqualTo(Verdicts.NXDOMAIN);
        assertThat(byDomain.get("slow.example").provider()).isEqualTo(Verdicts.UNKNOWN);

        TableView<?> table = robot.lookup("#recipients-table").queryTableView();
        assertThat(table.getItems()).hasSize(8);
        assertThat(texts(robot, "#recipients-table .provider-badge"))
                .contains("Microsoft 365", "Self-hosted", "No such domain", "Unknown")
                .anyMatch(t -> t.startsWith("Gateway: "))
                .anyMatch(t -> t.startsWith("Google"));
        assertThat(texts(robot, "#recipients-table .cell-text")).contains("例え.jp");
        assertThat(texts(robot, "#recipients-table .punycode")).contains("xn--r8jz45g.jp");
        assertThat(robot.lookup("#recipients-table .family-nxdomain").queryAll()).isNotEmpty();

        assertThat(toggleText(robot, "#family-all")).isEqualTo("All 8");
        assertThat(toggleText(robot, "#family-google")).isEqualTo("Google 3");
        assertThat(toggleText(robot, "#family-microsoft")).isEqualTo("Microsoft 1");
        assertThat(toggleText(robot, "#family-gateway")).isEqualTo("Gateway 1");
        assertThat(toggleText(robot, "#family-unknown")).isEqualTo("Unknown 1");
        assertThat(robot.lookup("#family-yahoo").query().isVisible()).isFalse();

        robot.clickOn("#family-google");
        assertThat(table.getItems()).hasSize(3);
        robot.clickOn("#family-google");
        assertThat(table.getItems()).hasSize(8);
        assertThat(robot.lookup("#family-all").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#recipients-filter").write("outlook");
        assertThat(table.getItems()).hasSize(1);

        robot.clickOn("#copy-table-csv");
        String csv = clipboard(robot);
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).startsWith("Domain,Punycode,Mail provider,MX hosts").contains("ms.example.co.jp,,Microsoft 365");
    }

    @Test
    void generatesThePostfixFilesAndTheSpfChangeForTheGoogleDomains(FxRobot robot) throws Exception {
        openPage(robot);
        paste(robot, PASTED);
        robot.clickOn("#recipients-input").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitRows(8);

        click(robot, "#relay-host");
        robot.write("relay.example.ne.jp:99999");
        assertThat(robot.lookup("#relay-problem").query().isVisible()).isTrue();
        assertThat(robot.lookup("#generate-button").queryButton().isDisabled()).isTrue();
        robot.interact(() -> vm().relay().relayTextProperty().set(""));
        click(robot, "#relay-host");
        robot.write(RELAY);
        assertThat(robot.lookup("#relay-problem").query().isVisible()).isFalse();
        click(robot, "#sasl-user");
        robot.write("partner-user");
        click(robot, "#sender-domain");
        robot.write("sender.example.jp");
        assertThat(robot.lookup("#mode-google").queryAs(javafx.scene.control.RadioButton.class).getText())
                .isEqualTo("Domains hosted at Google (3)");
        click(robot, "#generate-button");

        String transport = textArea(robot, "#output-transport");
        assertThat(transport).contains("google.example.jp", "smtpgoogle.example", "xn--r8jz45g.jp",
                "smtp:[relay.example.ne.jp]:587");
        assertThat(transport).doesNotContain("ms.example.co.jp", "gw.example.com", "self.example.net");
        assertThat(transport.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count()).isEqualTo(3);
        assertThat(textArea(robot, "#output-main-cf")).contains("transport_maps");
        assertThat(textArea(robot, "#output-sasl-passwd")).contains("partner-user");
        assertThat(robot.lookup("#placeholder-note").tryQuery()).isPresent();
        assertThat(robot.lookup("#password-warning").tryQuery()).isEmpty();
        assertThat(labelText(robot, "#generate-summary .notice-text")).isEqualTo("3 domains via " + RELAY + ".");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> vm().relay().spfProperty().get().kind() == SpfState.Kind.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().relay().spfProperty().get().change().current()).contains("v=spf1 mx -all");
        assertThat(vm().relay().spfProperty().get().change().proposed()).contains("192.0.2.25");

        robot.interact(() -> {
            vm().relay().existingTransportProperty().set("google.example.jp smtp:" + RELAY + "\n");
            vm().relay().compare();
        });
        assertThat(vm().relay().comparisonProperty().get().missing()).contains("smtpgoogle.example")
                .doesNotContain("google.example.jp");

        // Google + Microsoft, then a hand-picked selection.
        robot.interact(() -> vm().relay().modeProperty().set(dev.maildoctor.app.recipients.SelectionMode.GOOGLE_MICROSOFT));
        click(robot, "#generate-button");
        assertThat(textArea(robot, "#output-transport")).contains("ms.example.co.jp");
        click(robot, "#recipients-filter");
        robot.write("gw.example");
        click(robot, "#recipients-table .check-box-table-cell .check-box");
        assertThat(robot.lookup("#mode-picked").queryAs(javafx.scene.control.RadioButton.class).getText())
                .isEqualTo("Ticked in the table (1)");
        assertThat(robot.lookup("#mode-picked").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();

        click(robot, "#generate-button");
        assertThat(textArea(robot, "#output-transport")).contains("gw.example.com").doesNotContain("google.example.jp");
    }

    @Test
    void aRealPasswordIsWarnedAbout(FxRobot robot) throws Exception {
        openPage(robot);
        paste(robot, "google.example.jp\n");
        robot.clickOn("#look-up-button");
        awaitRows(1);
        robot.interact(() -> {
            vm().relay().relayTextProperty().set(RELAY);
            vm().relay().saslUserProperty().set("partner-user");
            vm().relay().passwordProperty().set("s3cret");
        });
        click(robot, "#generate-button");
        assertThat(robot.lookup("#password-warning").tryQuery()).isPresent();
        assertThat(textArea(robot, "#output-sasl-passwd")).contains("s3cret");
        assertThat(robot.lookup("#copy-sasl-passwd").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#copy-transport").queryButton().isDisabled()).isFalse();
    }

    @Test
    void recipientDomainsOfAMailLogAreAddedToTheList(FxRobot robot) throws Exception {
        openPage(robot);
        robot.clickOn("#recipients-input").write("own-list.example\n");
        robot.interact(() -> vm().importLogs(List.of(BouncesTestWorld.sampleLog())));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm().noticeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        String text = robot.lookup("#recipients-input").queryAs(TextArea.class).getText();
        assertThat(text).startsWith("own-list.example\n").contains("gmail.com", "yahoo.co.jp", "nifty.com");
        assertThat(labelText(robot, "#recipients-notice .notice-text")).contains("sample-maillog.log");
        assertThat(vm().parsedProperty().get().list().domains()).extracting(d -> d.ascii())
                .contains("own-list.example", "gmail.com", "partner.co.jp");
    }

    @Test
    void aThousandAndMoreDomainsAreCountedAndLookedUp(FxRobot robot) throws Exception {
        world.dns.answerUnder("bulk.example", name -> name.startsWith("g")
                ? List.of(dev.maildoctor.testing.FakeDnsServer.rr("MX", "1 smtp.google.com.")) : null);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            many.append(i % 2 == 0 ? "g" : "n").append(i).append(".bulk.example\n");
        }
        openPage(robot);
        robot.interact(() -> vm().textProperty().set(many.toString()));
        assertThat(labelText(robot, "#input-counts")).startsWith("Domains: 1,500 ·");

        robot.clickOn("#look-up-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> vm().runningProperty().get() || vm().rows().size() == 1500);
        awaitRows(1500);
        assertThat(toggleText(robot, "#family-google")).isEqualTo("Google 750");
        assertThat(toggleText(robot, "#family-nxdomain")).isEqualTo("No such domain 750");
        robot.clickOn("#family-google");
        assertThat(robot.lookup("#recipients-table").queryTableView().getItems()).hasSize(750);
        // Only the visible rows are built, whatever the number of results.
        assertThat(robot.lookup("#recipients-table .provider-badge").queryAll().size()).isLessThan(100);
    }

    @Test
    void cancelStopsAtOnceAndKeepsTheList(FxRobot robot) throws Exception {
        world.dns.delay(Duration.ofSeconds(5));
        openPage(robot);
        paste(robot, PASTED);
        robot.clickOn("#look-up-button");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> world.dns.queryCount("google.example.jp") > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cancel-lookup").query().isVisible()).isTrue();
        assertThat(robot.lookup("#lookup-progress").query().isVisible()).isTrue();
        assertThat(labelText(robot, "#lookup-progress-text")).isEqualTo("0 / 8 domains");

        robot.clickOn("#cancel-lookup");

        assertThat(vm().runningProperty().get()).isFalse();
        assertThat(robot.lookup("#cancel-lookup").query().isVisible()).isFalse();
        assertThat(robot.lookup("#look-up-button").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#recipients-input").queryAs(TextArea.class).getText()).isEqualTo(PASTED);
        assertThat(labelText(robot, "#recipients-notice .notice-text")).startsWith("Stopped.");
        assertThat(vm().rows()).isEmpty();
    }

    @Test
    void ctrl3OpensThePageAndEverythingSurvivesASwitchToJapanese(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recipients-input").query().isFocused()).isTrue();
        robot.write("google.example.jp ms.example.co.jp");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitRows(2);
        click(robot, "#relay-host");
        robot.write(RELAY);

        robot.interact(() -> {
            try {
                world.services.settings().save(world.services.settings().get().withLanguage("ja"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#recipients-input").queryAs(TextArea.class).getText())
                .isEqualTo("google.example.jp ms.example.co.jp");
        assertThat(robot.lookup("#look-up-button").queryButton().getText()).isEqualTo("調べる");
        assertThat(labelText(robot, "#input-counts")).isEqualTo("ドメイン 2 件 · 重複除外 0 件 · 読み取れない入力 0 件");
        assertThat(toggleText(robot, "#family-all")).isEqualTo("すべて 2");
        assertThat(robot.lookup("#nav-recipients .nav-title").queryAs(Label.class).getText()).isEqualTo("宛先とリレー");
        assertThat(robot.lookup("#recipients-table").queryTableView().getItems()).hasSize(2);
        assertThat(robot.lookup("#relay-host").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(RELAY);
        click(robot, "#generate-button");
        assertThat(labelText(robot, "#generate-summary .notice-text")).isEqualTo("1 件のドメインを " + RELAY + " 経由で送ります。");
        assertThat(robot.lookup("#output-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs())
                .extracting(javafx.scene.control.Tab::getText).contains("SPF の変更", "現在の transport と比較");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#language-choice").tryQuery()).isPresent();
    }

    private RecipientsViewModel vm() {
        return world.window.recipients();
    }

    private void openPage(FxRobot robot) {
        robot.clickOn("#nav-recipients");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void paste(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#recipients-input");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitRows(int n) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().rows().size() == n && !vm().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String clipboard(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<String> copied = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        return copied.get();
    }

    /** Scrolls the page until the node is in view, as a user would, and clicks it. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).match(BlocklistsPageTest::shown).query();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll =
                    (javafx.scene.control.ScrollPane) robot.lookup(".recipients-page .page-scroll").query();
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String textArea(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextArea.class).getText();
    }

    private static String toggleText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class).getText();
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
