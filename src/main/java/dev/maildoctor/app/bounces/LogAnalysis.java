package dev.maildoctor.app.bounces;

import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.model.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Summarises mail logs ({@code new MaillogAnalyzer()::analyze} in the app). */
@FunctionalInterface
public interface LogAnalysis {
    MaillogSummary analyze(List<Path> files, Progress progress, BooleanSupplier cancelled) throws IOException;
}
