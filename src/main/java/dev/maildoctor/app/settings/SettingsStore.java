package dev.maildoctor.app.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Reads and writes {@code settings.json}. Writes are atomic (a temporary file in the same
 * directory, then a rename), so a crash never leaves half a file; on POSIX systems the file is
 * readable by its owner only, because it may hold the Spamhaus DQS key.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    static final String CORRUPT_SUFFIX = ".corrupt";

    private final Path directory;
    private final AppSettings defaults;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path directory, AppSettings defaults) {
        this.directory = directory;
        this.defaults = defaults;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    public AppSettings defaults() {
        return defaults;
    }

    /** Never throws: a missing file gives the defaults, an unusable one the defaults and a notice. */
    public SettingsLoad load() {
        Path file = file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new SettingsLoad(defaults, Optional.empty());
        } catch (IOException e) {
            return new SettingsLoad(defaults, Optional.of(Msg.of("ui.settings.notice.unreadable", file.toString(),
                    String.valueOf(e.getMessage()))));
        }
        try {
            AppSettings settings = json.readValue(bytes, AppSettings.class);
            if (settings == null) {
                throw new IOException("empty settings file");
            }
            return new SettingsLoad(settings, Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new SettingsLoad(defaults, Optional.of(Msg.of("ui.settings.notice.corrupt", file.toString(),
                    keepCorruptCopy(file))));
        }
    }

    /** Keeps the unusable file beside the new one, so nothing the user wrote by hand is lost on the next save. */
    private String keepCorruptCopy(Path file) {
        Path copy = file.resolveSibling(FILE_NAME + CORRUPT_SUFFIX);
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            restrictToOwner(copy);
            return copy.toString();
        } catch (IOException e) {
            return file.toString();
        }
    }

    public void save(AppSettings settings) throws IOException {
        createDirectory();
        Path temp = Files.createTempFile(directory, FILE_NAME, ".tmp", ownerOnly("rw-------"));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                out.write(json.writeValueAsBytes(settings));
                out.write('\n');
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
            restrictToOwner(file());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, ownerOnly("rwx------"));
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (!isPosix()) {
            return new FileAttribute<?>[0];
        }
        var posix = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
        return new FileAttribute<?>[] {posix};
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
