package dev.maildoctor.app.recipients;

import dev.maildoctor.app.bounces.LogAnalysis;
import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The background part of reading files: lists of domains or addresses are read as text, Postfix
 * logs (plain or .gz) are summarised and give their recipient domains. Checks {@code cancelled}
 * between steps.
 */
final class ImportJob {
    /** Far more than any list of partner domains; a larger file is not a list. */
    static final long MAX_LIST_BYTES = 8L * 1024 * 1024;
    private static final int HEAD_BYTES = 16 * 1024;
    private static final Pattern LOG_LINE = Pattern.compile(
            "^(?:[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d\\S*) "
                    + "\\S+ [\\w/.-]+(?:\\[\\d+\\])?: .*");

    /** What the files gave: text to add to the paste area, and what could not be used. */
    record Result(String text, int fromLogs, List<String> logNames, List<Msg> problems) {
    }

    private final LogAnalysis logs;
    private final Progress progress;
    private final BooleanSupplier cancelled;

    ImportJob(LogAnalysis logs, Progress progress, BooleanSupplier cancelled) {
        this.logs = logs;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** @param allLogs true for "Import from mail log": every file is read as a log */
    Result read(List<Path> files, boolean allLogs) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Path> logFiles = new ArrayList<>();
        List<Msg> problems = new ArrayList<>();
        for (Path file : files) {
            stopIfCancelled();
            String name = String.valueOf(file.getFileName());
            try {
                if (Files.isDirectory(file)) {
                    problems.add(Msg.of("ui.recipients.error.folder", name));
                } else if (allLogs || isLog(file, name)) {
                    logFiles.add(file);
                } else if (Files.size(file) > MAX_LIST_BYTES) {
                    problems.add(Msg.of("ui.recipients.error.too_large", name, MAX_LIST_BYTES / 1024 / 1024));
                } else {
                    byte[] data = Files.readAllBytes(file);
                    if (!looksLikeText(data)) {
                        problems.add(Msg.of("ui.recipients.error.binary_file", name));
                    } else {
                        text.append(new String(data, StandardCharsets.UTF_8).strip()).append('\n');
                    }
                }
            } catch (IOException e) {
                problems.add(Msg.of("ui.recipients.error.unreadable", name, detail(e)));
            }
        }
        int fromLogs = 0;
        List<String> names = logFiles.stream().map(p -> String.valueOf(p.getFileName())).toList();
        if (!logFiles.isEmpty()) {
            MaillogSummary summary = logs.analyze(logFiles, progress, cancelled);
            stopIfCancelled();
            fromLogs = summary.recipientDomains().size();
            summary.recipientDomains().forEach(d -> text.append(d).append('\n'));
        }
        return new Result(text.toString(), fromLogs, names, problems);
    }

    private static boolean isLog(Path file, String name) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            return true;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        for (String line : new String(head, StandardCharsets.UTF_8).split("\r?\n", 20)) {
            if (!line.isBlank()) {
                return LOG_LINE.matcher(line.strip()).matches();
            }
        }
        return false;
    }

    private static boolean looksLikeText(byte[] data) {
        int n = Math.min(data.length, HEAD_BYTES);
        for (int i = 0; i < n; i++) {
            if (data[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private void stopIfCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    private static String detail(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
