package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogScanTest {

    @Test
    void knowsAnErrorInTheServicesJsonAndInLogbacksPlainLines() {
        assertThat(LogScan.isError("{\"@timestamp\":\"2026-12-01T16:34:46Z\",\"log\":{\"level\":\"ERROR\",\"logger\":\"x\"},\"message\":\"boom\"}")).isTrue();
        assertThat(LogScan.isError("{\"@timestamp\":\"2026-12-01T16:34:46Z\",\"log\":{\"level\":\"INFO\",\"logger\":\"x\"},\"message\":\"ERROR in text\"}")).isFalse();
        assertThat(LogScan.isError("2026-12-01 16:34:46,123 ERROR [main] kafka.Kafka - down")).isTrue();
        assertThat(LogScan.isError("16:34:46.123 ERROR o.a.k.c.p.KafkaProducer - down")).isTrue();
        assertThat(LogScan.isError("16:34:46.123 INFO  o.a.k.c.p.KafkaProducer - no ERROR here")).isFalse();
    }

    @Test
    void listsOnlyTheLogsWithErrorsOrOutOfMemory(@TempDir Path logs) throws IOException {
        Files.writeString(logs.resolve("quiet.log"), "16:34:46.123 INFO  a - fine\n");
        Files.writeString(logs.resolve("intake-service.log"), String.join("\n",
                "{\"log\":{\"level\":\"INFO\"},\"message\":\"started\"}",
                "Terminating due to java.lang.OutOfMemoryError: Java heap space",
                "{\"log\":{\"level\":\"ERROR\"},\"message\":\"publisher stopped\"}", ""));

        assertThat(LogScan.scan(logs)).singleElement().satisfies(scan -> {
            assertThat(scan.file().getFileName()).hasToString("intake-service.log");
            assertThat(scan.errors()).isEqualTo(1);
            assertThat(scan.outOfMemory()).isEqualTo(1);
            assertThat(scan.first()).startsWith("Terminating due to java.lang.OutOfMemoryError");
        });
    }
}
