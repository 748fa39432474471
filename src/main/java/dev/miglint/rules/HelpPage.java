package dev.miglint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The help sections of a rule's page: {@code ## Why} and its variants {@code ## Why: <case>}, additions
 * {@code ## Note: <case>}, the recipe {@code ## Fix} and its variants {@code ## Fix: <case>}, each as the Markdown
 * between its heading and the next. {@code {include: <name>}} in a section stands for the shared fragment
 * {@code rules/shared/<name>.md} (a recipe several rules give, such as SQLite's table redefinition), so its words are
 * written once; its placeholders are the including rule's.
 */
final class HelpPage {
    private static final Map<String, HelpPage> CACHE = new ConcurrentHashMap<>();

    private final String id;
    private final Map<String, String> sections;
    private final Map<String, HelpTemplate> templates = new ConcurrentHashMap<>();

    private HelpPage(String id, Map<String, String> sections) {
        this.id = id;
        this.sections = sections;
    }

    static HelpPage of(String id) {
        return CACHE.computeIfAbsent(id, key -> parse(key, RulePages.page(key)
                .orElseThrow(() -> new IllegalStateException("rule " + key + " has no page rules/" + key + ".md"))));
    }

    static HelpPage parse(String id, String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("## ")) {
                put(sections, heading, body);
                heading = line.substring(3).strip();
                body = new ArrayList<>();
            } else if (line.startsWith("# ")) {
                put(sections, heading, body);
                heading = null;
            } else if (heading != null) {
                body.add(line);
            }
        }
        put(sections, heading, body);
        return new HelpPage(id, sections);
    }

    private static void put(Map<String, String> sections, String heading, List<String> body) {
        if (heading != null) {
            sections.putIfAbsent(heading, RulePages.expandIncludes(String.join("\n", body).strip()));
        }
    }

    String id() {
        return id;
    }

    Optional<String> section(String heading) {
        return Optional.ofNullable(sections.get(heading));
    }

    /** The section a rule names must exist: a misspelt case is a bug, found by the rule's snapshot. */
    String required(String heading) {
        return section(heading).orElseThrow(
                () -> new IllegalStateException("rules/" + id + ".md has no section \"## " + heading + "\""));
    }

    /** The compiled {@link #required} section. */
    HelpTemplate template(String heading) {
        return templates.computeIfAbsent(heading, key -> HelpTemplate.compile(required(key)));
    }

    /** The headings of the sections the help is made of: Why, Note and Fix sections. */
    List<String> helpHeadings() {
        return sections.keySet().stream().filter(HelpPage::isHelpHeading).toList();
    }

    static boolean isHelpHeading(String heading) {
        return heading.equals("Why") || heading.equals("Fix") || heading.startsWith("Why: ")
                || heading.startsWith("Note: ") || heading.startsWith("Fix: ");
    }
}
