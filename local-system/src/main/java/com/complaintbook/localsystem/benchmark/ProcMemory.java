package com.complaintbook.localsystem.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A process's memory as Linux accounts it: resident set now (VmRSS) and at its highest (VmHWM) from
 * {@code /proc/<pid>/status}, and the proportional set (Pss) from {@code /proc/<pid>/smaps_rollup},
 * which shares each shared page out among the processes that map it, so the Pss of a process
 * family (PostgreSQL's backends share its buffers) adds up without counting a page twice. Empty
 * where there is no {@code /proc} (macOS, Windows) or the process has gone.
 *
 * @param rssBytes VmRSS
 * @param hwmBytes VmHWM
 */
record ProcMemory(long rssBytes, long hwmBytes) {

    static Optional<ProcMemory> of(long pid) {
        String status = read(Path.of("/proc", String.valueOf(pid), "status"));
        if (status == null) {
            return Optional.empty();
        }
        OptionalLong rss = kilobytes(status, "VmRSS:");
        OptionalLong hwm = kilobytes(status, "VmHWM:");
        if (rss.isEmpty() || hwm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProcMemory(rss.getAsLong(), hwm.getAsLong()));
    }

    /** The process's Pss, or its VmRSS where the kernel has no smaps_rollup (before 4.14). */
    static OptionalLong proportionalBytes(long pid) {
        String rollup = read(Path.of("/proc", String.valueOf(pid), "smaps_rollup"));
        if (rollup != null) {
            OptionalLong pss = kilobytes(rollup, "Pss:");
            if (pss.isPresent()) {
                return pss;
            }
        }
        return of(pid).map(memory -> OptionalLong.of(memory.rssBytes())).orElse(OptionalLong.empty());
    }

    /** The value of a {@code Field:   1234 kB} line, in bytes. */
    static OptionalLong kilobytes(String text, String field) {
        for (String line : text.split("\n")) {
            if (line.startsWith(field)) {
                String[] parts = line.substring(field.length()).strip().split("\\s+");
                try {
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException | SecurityException gone) {
            return null;
        }
    }
}
