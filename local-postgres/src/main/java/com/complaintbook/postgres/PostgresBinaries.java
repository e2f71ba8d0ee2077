package com.complaintbook.postgres;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The PostgreSQL installation for this OS and architecture, unpacked from the zonky binaries jar on
 * the classpath into a cache folder shared by every run on the machine. Unpacking takes a few
 * seconds, so it happens once per version; a half-finished unpack is never seen, because the
 * folder appears by an atomic rename.
 */
final class PostgresBinaries {

    private static final Set<PosixFilePermission> READ_AND_RUN = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READ = PosixFilePermissions.fromString("rw-r--r--");

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The installation for this platform, unpacked into {@code cache} if it is not there yet. */
    static PostgresBinaries forThisPlatform(Path cache) throws IOException {
        String archive = "postgres-" + osName() + "-" + archName() + ".txz";
        URL resource = PostgresBinaries.class.getResource("/" + archive);
        if (resource == null) {
            throw new IllegalStateException("No PostgreSQL binaries for " + System.getProperty("os.name") + " on "
                    + System.getProperty("os.arch") + " (looked for " + archive + "). The local run supports Linux, "
                    + "macOS and Windows on x86-64, and Linux and macOS on arm64; elsewhere point "
                    + "SPRING_DATASOURCE_URL at a PostgreSQL server of your own.");
        }
        // The jar's location names its version, so a new version unpacks beside the old one.
        Path home = cache.resolve(archive.replace(".txz", "") + "-" + digest(resource.toString()));
        if (!Files.isDirectory(home)) {
            unpack(resource, cache, home);
        }
        return new PostgresBinaries(home);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    Path home() {
        return home;
    }

    /** A program of the installation, e.g. {@code initdb}, with the platform's file suffix. */
    String program(String name) {
        return home.resolve("bin").resolve(isWindows() ? name + ".exe" : name).toString();
    }

    static boolean isWindows() {
        return osName().equals("windows");
    }

    private static void unpack(URL resource, Path cache, Path home) throws IOException {
        Files.createDirectories(cache);
        makeReadableByAll(cache, true);
        Path partial = Files.createTempDirectory(cache, "unpacking-");
        try {
            try (InputStream raw = resource.openStream();
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("Archive entry outside the installation: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        if (!isWindows()) {
                            boolean executable = (entry.getMode() & 0100) != 0;
                            Files.setPosixFilePermissions(target, executable ? READ_AND_RUN : READ);
                        }
                    }
                }
            }
            makeReadableByAll(partial, false);
            try {
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException other) {
                // Another run unpacked the same version meanwhile; theirs is as good as ours.
                if (!Files.isDirectory(home)) {
                    throw other;
                }
            }
        } finally {
            Folders.deleteQuietly(partial);
        }
    }

    /** The server may run as another account than the one that unpacked it (see {@link RunAs}). */
    private static void makeReadableByAll(Path root, boolean onlyRoot) throws IOException {
        if (isWindows()) {
            return;
        }
        if (onlyRoot) {
            Files.setPosixFilePermissions(root, READ_AND_RUN);
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(path -> Files.isDirectory(path) && !Files.isSymbolicLink(path)).forEach(directory -> {
                try {
                    Files.setPosixFilePermissions(directory, READ_AND_RUN);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String osName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "windows";
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return "darwin";
        }
        return os.contains("linux") ? "linux" : os.replace(' ', '-');
    }

    private static String archName() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
    }
}
