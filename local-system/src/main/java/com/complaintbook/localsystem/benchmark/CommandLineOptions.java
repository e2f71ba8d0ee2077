package com.complaintbook.localsystem.benchmark;

import java.util.ArrayList;
import java.util.List;

/** The benchmarks' command lines: every option is {@code --name value} or {@code --name=value}. */
final class CommandLineOptions {

    /** One option as given, its value not yet read. */
    record Option(String name, String value) {
    }

    private CommandLineOptions() {
    }

    /** The options in the order given; one without a value, or a stray word, is refused. */
    static List<Option> read(List<String> arguments) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            int equals = argument.indexOf('=');
            if (equals > 0) {
                options.add(new Option(argument.substring(0, equals), argument.substring(equals + 1)));
            } else if (i + 1 < arguments.size()) {
                options.add(new Option(argument, arguments.get(++i)));
            } else {
                throw new IllegalArgumentException(argument.startsWith("--") ? argument + " needs a value"
                        : "Unknown argument: " + argument);
            }
        }
        return options;
    }
}
