package dev.maildoctor.app;

import javafx.application.Application;

/** Starts the JavaFX application (kept apart from Main so Main does not extend Application). */
public final class AppLauncher {
    private AppLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(MailDoctorApp.class, args);
    }
}
