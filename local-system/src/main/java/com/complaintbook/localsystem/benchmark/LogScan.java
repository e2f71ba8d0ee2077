package com.complaintbook.localsystem.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the processes' logs say went wrong during the run: lines at ERROR level (the services log
 * ECS JSON, {@code "log":{"level":"ERROR",...}}; Kafka and the reference endpoint plain
 * {@code <time> ERROR}) and any OutOfMemoryError, per log file, with the first such line to start
 * reading from.
 *
 * @param file     the log file
 * @param errors   lines at ERROR level
 * @param outOfMemory lines naming OutOfMemoryError
 * @param first    the first of those lines, shortened
 */
record LogScan(Path file, long errors, long outOfMemory, String first) {

    private static final int SHOWN = 400;
    /** Logback's plain lines: a time (one or two words), then the level. */
    private static final Pattern PLAIN_ERROR = Pattern.compile("(\\S+ ){1,2}ERROR ");

    static List<LogScan> scan(Path directory) {
        List<LogScan> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                LogScan scan = scanFile(file);
                if (scan.errors() > 0 || scan.outOfMemory() > 0) {
                    found.add(scan);
                }
            }
        } catch (IOException unreadable) {
            return found;
        }
        return found;
    }

    private static LogScan scanFile(Path file) throws IOException {
        long errors = 0;
        long outOfMemory = 0;
        String first = null;
        // A reader, unlike Files.newBufferedReader, replaces bytes that are not UTF-8 instead of failing.
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                boolean error = isError(line);
                boolean oom = line.contains("OutOfMemoryError");
                errors += error ? 1 : 0;
                outOfMemory += oom ? 1 : 0;
                if ((error || oom) && first == null) {
                    first = line.length() > SHOWN ? line.substring(0, SHOWN) + "..." : line;
                }
            }
        }
        return new LogScan(file, errors, outOfMemory, first);
    }

    static boolean isError(String line) {
        return line.contains("\"level\":\"ERROR\"") || PLAIN_ERROR.matcher(line).lookingAt();
    }
}
