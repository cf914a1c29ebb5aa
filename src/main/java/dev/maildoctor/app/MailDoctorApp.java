package dev.maildoctor.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: wires the services and opens the main window. */
public final class MailDoctorApp extends Application {
    private AppServices services;

    @Override
    public void start(Stage stage) {
        services = AppServices.standard(getHostServices()::showDocument);
        MainWindow window = new MainWindow(services);
        StartupProbe.attach(window.root().getScene());
        window.show(stage);
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
