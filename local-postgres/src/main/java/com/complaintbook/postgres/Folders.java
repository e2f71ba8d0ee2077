package com.complaintbook.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the temporary folders this module makes. */
final class Folders {

    private Folders() {
    }

    /** Deletes {@code root} and everything below it; a folder left in temporary space is harmless. */
    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException leftBehind) {
            // Nothing depends on its being gone.
        }
    }
}
