package dev.miglint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * The one JSON layout of the JSON and SARIF reports: 2-space indent, {@code "key": value}, one array element per
 * line, {@code []} and {@code {}} for empty containers, {@code \n} line ends on every platform, trailing newline.
 */
public final class JsonOutput {

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOutput() {
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * Writes what {@code body} generates to {@code out} as it is generated (a report of a large run is never held
     * whole in memory), followed by a newline.
     */
    public static void write(Appendable out, Body body) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(new AppendableWriter(out))) {
            generator.setPrettyPrinter(prettyPrinter());
            body.generate(generator);
        }
        out.append('\n');
    }

    @FunctionalInterface
    public interface Body {
        void generate(JsonGenerator generator) throws IOException;
    }
}
