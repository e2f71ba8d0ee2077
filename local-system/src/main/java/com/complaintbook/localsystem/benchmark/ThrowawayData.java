package com.complaintbook.localsystem.benchmark;

import com.complaintbook.localsystem.LocalSystemSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The end of a benchmark's run folder: the data goes, the logs stay for reading the run afterwards. */
final class ThrowawayData {

    private ThrowawayData() {
    }

    static void deleteKeepingLogs(LocalSystemSettings settings, PrintStream out) {
        Path logs = settings.logDirectory();
        try (Stream<Path> paths = Files.walk(settings.dataDirectory())) {
            paths.filter(path -> !path.startsWith(logs) && !path.equals(settings.dataDirectory()))
                    .sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException leftBehind) {
            out.println("Could not delete all of " + settings.dataDirectory() + ": " + leftBehind);
        }
        out.println("Stopped everything. Logs kept in " + logs);
    }
}
