package dev.maildoctor.app;

import dev.maildoctor.app.bounces.BouncesViewModel;
import dev.maildoctor.app.bounces.FollowUp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.MapChangeListener;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;

/** Fills the Bounces & logs page of the demo window: the incident's bounce and log, the follow-up, a scroll position. */
final class BouncesDemo {
    private final MainWindow window;
    private final boolean bounce;
    private final boolean log;
    private final boolean followUp;
    private final double scroll;

    BouncesDemo(MainWindow window, boolean bounce, boolean log, boolean followUp, double scroll) {
        this.window = window;
        this.bounce = bounce;
        this.log = log;
        this.followUp = followUp;
        this.scroll = scroll;
    }

    void start() {
        if (!bounce && !log) {
            return;
        }
        BouncesViewModel vm = window.bounces();
        try {
            Path dir = Files.createTempDirectory("maildoctor-demo-bounces");
            List<Path> files = new ArrayList<>();
            if (bounce) {
                String text = resource("incident-bounce.txt");
                vm.textProperty().set(text);
                files.add(Files.writeString(dir.resolve("undelivered-mail-2019-05-31.txt"), text));
            }
            if (log) {
                files.add(Files.writeString(dir.resolve("maillog"), resource("sample-maillog.log")));
            }
            vm.analysisProperty().addListener((o, a, analysis) -> {
                if (analysis != null && followUp) {
                    analysis.bounces().stream().flatMap(f -> f.reports().stream())
                            .flatMap(r -> r.sendingIp().stream()).findFirst().ifPresent(vm::checkBlocklists);
                }
                if (analysis != null) {
                    settleThenScroll();
                }
            });
            vm.followUps().addListener((MapChangeListener<String, FollowUp>) c -> settleThenScroll());
            vm.open(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void settleThenScroll() {
        PauseTransition later = new PauseTransition(Duration.millis(300));
        later.setOnFinished(e -> window.root().lookupAll(".bounces-page .page-scroll").forEach(n -> {
            ((ScrollPane) n).setVvalue(scroll);
        }));
        later.play();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BouncesDemo.class.getResourceAsStream("/dev/maildoctor/app/bounces/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
