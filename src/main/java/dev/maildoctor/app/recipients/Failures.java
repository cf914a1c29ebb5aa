package dev.maildoctor.app.recipients;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what went wrong in background work into a message for the page. */
final class Failures {
    private Failures() {
    }

    static Msg describe(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof InvalidInputException i) {
            return i.msg();
        }
        if (e instanceof CancellationException) {
            return Msg.of("ui.recipients.cancelled");
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return Msg.of("ui.recipients.error.log_unreadable", String.valueOf(e.getMessage()));
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return Msg.of("ui.recipients.error.unexpected", detail);
    }
}
