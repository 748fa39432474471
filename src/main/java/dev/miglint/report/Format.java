package dev.miglint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats, by the id the CLI's {@code --format} option takes. */
public enum Format {
    TEXT, JSON, SARIF, GITHUB, MARKDOWN, GITLAB;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.id().equals(wanted)) {
                return format;
            }
        }
        String known = Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown format '" + id + "' (expected one of: " + known + ")");
    }
}
