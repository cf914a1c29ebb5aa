package dev.maildoctor.app;

import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import javafx.application.Application;

/** Starts the JavaFX application (kept apart from Main so Main does not extend Application). */
public final class AppLauncher {
    private AppLauncher() {
    }

    public static void launch(String[] args) {
        // Reading the catalogue the first time costs about half a second of class loading (Jackson's
        // YAML reader). Do it once on another thread while the JavaFX toolkit starts, so the
        // window's own read takes a few milliseconds.
        Thread warmUp = new Thread(CatalogueLoader::loadBundled, "catalogue-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Application.launch(MailDoctorApp.class, args);
    }
}
