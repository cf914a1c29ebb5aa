package dev.maildoctor;

import dev.maildoctor.app.AppLauncher;
import dev.maildoctor.cli.Cli;

/**
 * {@code java -jar maildoctor.jar}: without arguments the desktop app opens, with a subcommand the
 * same engine runs headless. (Not a JavaFX Application subclass, so the fat jar starts on a plain JVM.)
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            AppLauncher.launch(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
