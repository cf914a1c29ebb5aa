package dev.maildoctor.app.bounces;

import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.message.bounce.BounceDecoder;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.report.BounceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The background part of loading: sorts inputs into messages and logs, refuses what cannot be
 * used (empty, not text, too large) with a one-line reason, decodes the messages and summarises the
 * logs. Runs on a background thread; checks {@code cancelled} between steps.
 */
final class LoadJob {
    /** The name pasted text goes by in results. */
    static final String PASTED = "-";
    private static final long MB = 1024 * 1024;

    private final BounceDecoder decoder;
    private final LogAnalysis logs;
    private final Progress progress;
    private final BooleanSupplier cancelled;

    LoadJob(BounceDecoder decoder, LogAnalysis logs, Progress progress, BooleanSupplier cancelled) {
        this.decoder = decoder;
        this.logs = logs;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    Analysis files(List<Path> files) throws IOException {
        List<BounceFile> bounces = new ArrayList<>();
        List<Path> logFiles = new ArrayList<>();
        List<Msg> problems = new ArrayList<>();
        progress.plan(files.size());
        for (Path file : files) {
            stopIfCancelled();
            String name = String.valueOf(file.getFileName());
            try {
                Optional<Msg> problem = sort(file, name, bounces, logFiles);
                problem.ifPresent(problems::add);
            } catch (IOException e) {
                problems.add(Msg.of("ui.bounces.error.unreadable", name, detail(e)));
            }
            progress.finishOne();
        }
        List<String> names = logFiles.stream().map(p -> String.valueOf(p.getFileName())).toList();
        return withLogs(bounces, logFiles, names, problems);
    }

    Analysis text(String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] head = Arrays.copyOf(data, Math.min(data.length, InputKind.HEAD_BYTES));
        switch (InputKind.of(null, head)) {
            case EMPTY:
                return problem(Msg.of("ui.bounces.error.empty_text"));
            case BINARY:
                return problem(Msg.of("ui.bounces.error.binary_text"));
            case LOG:
                Path temporary = Files.createTempFile("maildoctor-pasted", ".log");
                try {
                    Files.write(temporary, data);
                    return withLogs(List.of(), List.of(temporary), List.of(PASTED), List.of());
                } finally {
                    Files.deleteIfExists(temporary);
                }
            default:
                if (data.length > BounceDecoder.MAX_INPUT_BYTES) {
                    return problem(Msg.of("ui.bounces.error.text_too_large", BounceDecoder.MAX_INPUT_BYTES / MB));
                }
                return new Analysis(List.of(decode(data, PASTED)), Optional.empty(), List.of(), List.of());
        }
    }

    /** Adds a message file to {@code bounces} or a log to {@code logs}; or says why the file cannot be used. */
    private Optional<Msg> sort(Path file, String name, List<BounceFile> bounces, List<Path> logFiles)
            throws IOException {
        if (Files.isDirectory(file)) {
            return Optional.of(Msg.of("ui.bounces.error.folder", name));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(InputKind.HEAD_BYTES);
        }
        InputKind kind = InputKind.of(name, head);
        if (kind == InputKind.LOG) {
            logFiles.add(file);
            return Optional.empty();
        }
        // Size first: a huge file is refused as too large whatever its first bytes look like.
        if (Files.size(file) > BounceDecoder.MAX_INPUT_BYTES) {
            return Optional.of(Msg.of("ui.bounces.error.too_large", name, BounceDecoder.MAX_INPUT_BYTES / MB));
        }
        if (kind == InputKind.EMPTY) {
            return Optional.of(Msg.of("ui.bounces.error.empty_file", name));
        }
        if (kind == InputKind.BINARY) {
            return Optional.of(Msg.of("ui.bounces.error.binary_file", name));
        }
        bounces.add(decode(Files.readAllBytes(file), name));
        return Optional.empty();
    }

    private BounceFile decode(byte[] data, String name) {
        stopIfCancelled();
        return BounceFile.of(name, decoder.decode(data, name));
    }

    private Analysis withLogs(List<BounceFile> bounces, List<Path> logFiles, List<String> names, List<Msg> problems)
            throws IOException {
        stopIfCancelled();
        if (logFiles.isEmpty()) {
            return new Analysis(bounces, Optional.empty(), List.of(), problems);
        }
        MaillogSummary summary = logs.analyze(logFiles, progress, cancelled);
        stopIfCancelled();
        return new Analysis(bounces, Optional.of(summary), names, problems);
    }

    private static Analysis problem(Msg msg) {
        return new Analysis(List.of(), Optional.empty(), List.of(), List.of(msg));
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
