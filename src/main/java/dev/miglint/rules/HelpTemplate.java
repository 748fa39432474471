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
 */
final class HelpTemplate {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+) ?(.+?) ?\\1");

    private HelpTemplate() {
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
        List<String> lines = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(page, paragraph, lines, values);
                inCode = !inCode;
            } else if (inCode) {
                // a value of several lines (e.g. one statement per index) stays indented as code
                fill(page, line, values).lines().forEach(code -> lines.add("    " + code));
            } else if (trimmed.isEmpty()) {
                flush(page, paragraph, lines, values);
            } else if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                flush(page, paragraph, lines, values);
                paragraph.append("- ").append(trimmed.substring(2));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        flush(page, paragraph, lines, values);
        return String.join("\n", lines);
    }

    private static void flush(String page, StringBuilder paragraph, List<String> lines, Map<String, String> values) {
        if (!paragraph.isEmpty()) {
            lines.add(fill(page, inline(paragraph.toString()), values));
            paragraph.setLength(0);
        }
    }

    private static String inline(String text) {
        return INLINE_CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }

    private static String fill(String page, String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("rules/" + page + ".md uses {" + m.group(1)
                        + "} but the rule gave no value for it");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
