package dev.maildoctor.core.maillog;

import dev.maildoctor.core.model.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Streams Postfix logs (plain or .gz, rotated sets in order) into a {@link MaillogSummary}. */
public final class MaillogAnalyzer {
    /**
     * Runs on the caller's thread (the app calls it from a background thread).
     *
     * @param progress  planned/finished units are bytes read
     * @param cancelled checked regularly; when true the analysis stops with a CancellationException
     */
    public MaillogSummary analyze(List<Path> files, Progress progress, BooleanSupplier cancelled) throws IOException {
        throw new UnsupportedOperationException("being written");
    }
}
