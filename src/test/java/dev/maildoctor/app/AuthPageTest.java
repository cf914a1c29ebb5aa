package dev.maildoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.app.auth.AuthViewModel;
import dev.maildoctor.core.auth.AuthReport;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.testing.FakeDnsServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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

/** Drives the Sender authentication page against the fake DNS server. */
@ExtendWith(ApplicationExtension.class)
class AuthPageTest {
    /** The 1024-bit public key of dkimpy's test corpus (corpora/dkim-dkimpy/1024_testkey_wo_markers.pub.txt). */
    static final String KEY_1024 = "v=DKIM1; g=*; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC6aakWzruYAKX9OdOdSHMemqVdGQurNYLC1H7O/T2LQIHVbkKF6KKjlgFM7lr8skfZMhJe/KRGMvVjCV5ZakZIGeP3Hi1qXCEvmjS4ElpMPMPyPrZigt95ipqywPYZJWHbRiJ085VdkSCtLUvo5sypA0nTJeynEouAN+/wBaCO6QIDAQAB";
    static final String SPF = "v=spf1 include:_spf.sender.example.jp ip4:192.0.2.1 -all";
    static final String DMARC = "v=DMARC1; p=quarantine; rua=mailto:dmarc@collector.example.net";

    @TempDir
    Path configDir;

    private GuiTestWorld world;

    @Start
    void start(Stage stage) throws Exception {
        world = new GuiTestWorld(configDir, stage);
        sender(world.dns);
    }

    @AfterEach
    void close() {
        world.close();
    }

    /** An SPF include tree two levels deep, a weak DKIM key, and a DMARC rua the collector does not accept. */
    static void sender(FakeDnsServer dns) {
        dns.add("sender.example.jp", "TXT", SPF)
                .add("_spf.sender.example.jp", "TXT", "v=spf1 include:_spf.mailer.example.net ip4:203.0.113.0/24 ~all")
                .add("_spf.mailer.example.net", "TXT", "v=spf1 ip4:198.51.100.0/24 ~all")
                .add("sender.example.jp", "MX", "10 mail.sender.example.jp.")
                .add("mail.sender.example.jp", "A", "192.0.2.1")
                .add("mds1._domainkey.sender.example.jp", "TXT", KEY_1024)
                .add("_dmarc.sender.example.jp", "TXT", DMARC)
                .add("collector.example.net", "MX", "10 mx.collector.example.net.");
    }

    @Test
    void checkShowsTheSpfTreeTheWeakKeyAndTheUnauthorisedDestination(FxRobot robot) throws Exception {
        openPage(robot);
        assertThat(robot.lookup("#auth-domain").query().isFocused()).isTrue();
        robot.write("sender.example.jp");
        robot.clickOn("#auth-selectors").write("mds1");
        robot.clickOn("#auth-domain");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        AuthReport report = awaitReport();

        assertThat(report.spf().tree().children()).hasSize(1);
        TreeView<?> tree = robot.lookup("#auth-spf-tree").queryAs(TreeView.class);
        List<String> nodes = new ArrayList<>();
        collect(tree.getRoot(), nodes);
        assertThat(nodes).hasSize(3);
        assertThat(nodes.get(0)).startsWith("sender.example.jp — " + SPF + " — ");
        assertThat(nodes.get(1)).startsWith("_spf.sender.example.jp — v=spf1 include:_spf.mailer.example.net");
        assertThat(nodes.get(2)).startsWith("_spf.mailer.example.net — ");
        assertThat(labelText(robot, "#auth-spf-lookups")).startsWith("2 of 10 lookups");
        assertThat(robot.lookup("#auth-spf-record").queryAs(TextField.class).getText()).isEqualTo(SPF);

        assertThat(report.dkim().status()).isEqualTo(Status.WARN);
        assertThat(texts(robot, "#auth-dkim-card .auth-dkim-key")).contains("Key: rsa, 1024 bits");
        assertThat(texts(robot, "#auth-dkim-card .auth-status-warn")).contains("Warning");
        assertThat(texts(robot, "#auth-dkim-card .auth-problem")).anyMatch(t -> t.contains("1024 bits"));

        assertThat(robot.lookup("#auth-dmarc-record").queryAs(TextField.class).getText()).isEqualTo(DMARC);
        assertThat(texts(robot, "#auth-dmarc-card .auth-destination .chip")).containsExactly("Not authorised");
        assertThat(texts(robot, "#auth-dmarc-card .auth-destination .label"))
                .contains("rua: mailto:dmarc@collector.example.net");
        assertThat(robot.lookup("#auth-checklist-card .auth-checklist-item").queryAll()).isNotEmpty();

        robot.interact(() -> {
            try {
                world.services.settings().save(world.services.settings().get().withLanguage("ja"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-auth .nav-title").queryAs(Label.class).getText()).isEqualTo("送信ドメイン認証");
        assertThat(robot.lookup("#auth-check-button").queryButton().getText()).isEqualTo("確認");
        assertThat(robot.lookup("#auth-domain").queryAs(TextField.class).getText()).isEqualTo("sender.example.jp");
        assertThat(texts(robot, "#auth-dmarc-card .auth-destination .chip")).containsExactly("承認されていません");
        assertThat(labelText(robot, "#auth-spf-lookups")).startsWith("ルックアップ 2 回 / 上限 10 回");
        assertThat(texts(robot, "#auth-dkim-card .auth-dkim-key")).contains("鍵: rsa、1024 ビット");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#language-choice").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#auth-spf-tree").tryQuery()).isPresent();
    }

    @Test
    void badInputIsExplainedAndNothingRuns(FxRobot robot) {
        openPage(robot);
        robot.write("sender.example.jp");
        robot.clickOn("#auth-ip").write("not-an-ip").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labelText(robot, "#auth-problem .notice-text")).startsWith("'not-an-ip' is not an IP address.");
        assertThat(vm().reportProperty().get()).isNull();
    }

    private AuthViewModel vm() {
        return world.window.auth();
    }

    private void openPage(FxRobot robot) {
        robot.clickOn("#nav-auth");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AuthReport awaitReport() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm().reportProperty().get() != null && !vm().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return vm().reportProperty().get();
    }

    private static void collect(TreeItem<?> item, List<String> into) {
        into.add(String.valueOf(item.getValue()));
        item.getChildren().forEach(child -> collect(child, into));
    }

    private static String labelText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        Set<Node> nodes = robot.lookup(query).queryAll();
        return nodes.stream().map(n -> n instanceof Label l ? l.getText() : n.toString()).toList();
    }
}
