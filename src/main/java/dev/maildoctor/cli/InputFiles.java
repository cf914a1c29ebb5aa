package dev.maildoctor.cli;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input file, or standard input for "-", refusing anything larger than a bound. */
final class InputFiles {
    static final String STDIN = "-";

    private InputFiles() {
    }

    /** @throws InvalidInputException with a one-line message when the input is missing, unreadable or too large */
    static byte[] read(String name, InputStream stdin, long maxBytes) {
        if (STDIN.equals(name)) {
            try {
                byte[] data = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (data.length > maxBytes) {
                    throw tooLarge(name, maxBytes);
                }
                return data;
            } catch (IOException e) {
                throw unreadable(name, e);
            }
        }
        Path path = existing(name);
        try {
            if (Files.size(path) > maxBytes) {
                throw tooLarge(name, maxBytes);
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The path of an existing, readable regular file. */
    static Path existing(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (RuntimeException e) {
            throw new InvalidInputException(Msg.of("input.error.not_found", name));
        }
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(Msg.of("input.error.directory", name));
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException(Msg.of("input.error.not_found", name));
        }
        if (!Files.isReadable(path)) {
            throw new InvalidInputException(Msg.of("input.error.permission", name));
        }
        return path;
    }

    private static InvalidInputException tooLarge(String name, long maxBytes) {
        return new InvalidInputException(Msg.of("input.error.too_large", name, maxBytes / (1024 * 1024)));
    }

    private static InvalidInputException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InvalidInputException(Msg.of("input.error.not_found", name));
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InvalidInputException(Msg.of("input.error.unreadable", name, detail));
    }
}
