package com.complaintbook.localsystem;

import java.nio.file.Path;

/** The java executable of the JVM the launcher runs on, so every child runs on the same JDK. */
public final class JavaCommand {

    private JavaCommand() {
    }

    public static String path() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
