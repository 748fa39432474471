package dev.miglint.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A help section of a page as plain text with the user's identifiers filled in: a paragraph's lines are joined (a
 * Markdown soft break), paragraphs and list items start new lines, a fenced code block is indented by four spaces,
 * and the backticks of inline code are dropped. {@code {name}} is a placeholder the rule must supply.
 *
 * <p>A section is compiled once into lines of literal text and placeholders: every finding renders its help, and
 * reading the Markdown again for each one was a fifth of a whole-corpus run.
 */
final class HelpTemplate {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+) ?(.+?) ?\\1");

    /** One output line; a code line's value may span several lines, each indented as code. */
    private record Line(boolean code, List<Part> parts) {
    }

    /** Literal text, or the name of a placeholder. */
    private record Part(String text, boolean placeholder) {
    }

    private final List<Line> lines;

    private HelpTemplate(List<Line> lines) {
        this.lines = lines;
    }

    /** The placeholders a section uses, in order of first use. */
    static Set<String> placeholders(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(markdown);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The plain text of {@code markdown} with every placeholder replaced; a placeholder without a value throws. */
    static String render(String page, String markdown, Map<String, String> values) {
        return compile(markdown).render(page, values);
    }

    static HelpTemplate compile(String markdown) {
        List<Line> lines = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(paragraph, lines);
                inCode = !inCode;
            } else if (inCode) {
                lines.add(new Line(true, parts(line)));
            } else if (trimmed.isEmpty()) {
                flush(paragraph, lines);
            } else if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                flush(paragraph, lines);
                paragraph.append("- ").append(trimmed.substring(2));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        flush(paragraph, lines);
        return new HelpTemplate(List.copyOf(lines));
    }

    String render(String page, Map<String, String> values) {
        List<String> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String filled = fill(page, line.parts(), values);
            if (line.code()) {
                // a value of several lines (e.g. one statement per index) stays indented as code
                filled.lines().forEach(code -> out.add("    " + code));
            } else {
                out.add(filled);
            }
        }
        return String.join("\n", out);
    }

    private static void flush(StringBuilder paragraph, List<Line> lines) {
        if (!paragraph.isEmpty()) {
            lines.add(new Line(false, parts(inline(paragraph.toString()))));
            paragraph.setLength(0);
        }
    }

    private static String inline(String text) {
        return INLINE_CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }

    private static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int literalStart = 0;
        while (m.find()) {
            parts.add(new Part(text.substring(literalStart, m.start()), false));
            parts.add(new Part(m.group(1), true));
            literalStart = m.end();
        }
        parts.add(new Part(text.substring(literalStart), false));
        return List.copyOf(parts);
    }

    private static String fill(String page, List<Part> parts, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (!part.placeholder()) {
                out.append(part.text());
                continue;
            }
            String value = values.get(part.text());
            if (value == null) {
                throw new IllegalStateException("rules/" + page + ".md uses {" + part.text()
                        + "} but the rule gave no value for it");
            }
            out.append(value);
        }
        return out.toString();
    }
}
