package dev.miglint.report;

import dev.miglint.text.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        List<String> known = Arrays.stream(values()).map(Format::id).toList();
        throw new IllegalArgumentException("unknown format '" + id + "'" + Suggestions.didYouMean(id, known)
                + " (expected one of: " + String.join(", ", known) + ")");
    }
}
