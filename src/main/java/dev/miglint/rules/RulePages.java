package dev.miglint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown documentation page of each rule. The build copies {@code rules/<id>.md} into the jar as
 * {@code dev/miglint/rules/pages/<id>.md}, so SARIF help and {@code miglint explain} work from the jar alone.
 */
public final class RulePages {

    static final String RESOURCE_DIR = "dev/miglint/rules/pages/";
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern INCLUDE = Pattern.compile("\\{include: ?([a-z0-9][a-z0-9-]*)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private RulePages() {
    }

    /** The page's Markdown with {@code \n} line ends, or empty when the rule has no page. */
    public static Optional<String> page(String id) {
        return read(id, "");
    }

    /**
     * The page as a reader sees it (SARIF help, {@code miglint explain}): shared fragments written in, and each
     * placeholder a finding fills with the user's identifiers shown as {@code <name>}.
     */
    public static Optional<String> readablePage(String id) {
        return page(id).map(markdown -> PLACEHOLDER.matcher(expandIncludes(markdown)).replaceAll("<$1>"));
    }

    /** {@code {include: <name>}} replaced by the shared fragment {@code rules/shared/<name>.md}. */
    static String expandIncludes(String markdown) {
        return INCLUDE.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(fragment(m.group(1))
                .orElseThrow(() -> new IllegalStateException("no shared fragment rules/shared/" + m.group(1) + ".md"))
                .strip()));
    }

    /** The Markdown of the shared help fragment {@code rules/shared/<name>.md}, or empty when there is none. */
    static Optional<String> fragment(String name) {
        return read(name, "shared/");
    }

    private static Optional<String> read(String id, String folder) {
        if (id == null || !RULE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try (InputStream in = RulePages.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + folder + id + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page of rule " + id, e);
        }
    }

    /**
     * The first paragraph after the {@code # title} line, its lines joined with single spaces (Markdown soft
     * breaks); empty when the rule has no page or the page has no paragraph.
     */
    public static String firstParagraph(String id) {
        return page(id).map(RulePages::firstParagraphOf).orElse("");
    }

    static String firstParagraphOf(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.startsWith("# ") || trimmed.equals("#")) {
                start = i + 1;
                break;
            }
        }
        List<String> paragraph = new ArrayList<>();
        for (int i = start; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            boolean heading = trimmed.startsWith("#");
            if (trimmed.startsWith("**Level:**")) {
                continue; // the metadata line, not the description
            }
            if (trimmed.isEmpty() || heading) {
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            paragraph.add(trimmed);
        }
        return String.join(" ", paragraph);
    }
}
