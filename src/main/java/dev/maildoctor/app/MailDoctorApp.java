package dev.maildoctor.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application. */
public final class MailDoctorApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("MailDoctor");
        stage.setScene(new Scene(new BorderPane(), 1100, 760));
        stage.show();
    }
}
