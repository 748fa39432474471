package dev.miglint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The help of a finding, written once on the rule's page: {@code "Why: "} and the page's {@code ## Why} (or the
 * variant {@code ## Why: <case>} the rule names) plus the {@code ## Note: <case>} additions that apply, then
 * {@code "Fix: "} and the recipe {@code ## Fix} (or its variant {@code ## Fix: <case>}), with the user's identifiers
 * filled in. A page without a Fix section gives the why alone.
 */
public final class RuleHelp {
    private final HelpPage page;
    private final Map<String, String> values = new HashMap<>();
    private final List<String> additions = new ArrayList<>();
    private final List<String> fixAdditions = new ArrayList<>();
    private String whyVariant;
    private String fixVariant;

    private RuleHelp(HelpPage page) {
        this.page = page;
    }

    public static RuleHelp of(Rule rule) {
        return of(rule.info().id());
    }

    public static RuleHelp of(String ruleId) {
        return new RuleHelp(HelpPage.of(ruleId));
    }

    /** The value of placeholder {@code {name}}. */
    public RuleHelp with(String name, Object value) {
        values.put(name, String.valueOf(value));
        return this;
    }

    /** Adds the page's {@code ## Note: <name>} to the why when {@code applies}. */
    public RuleHelp adding(boolean applies, String name) {
        if (applies) {
            additions.add(name);
        }
        return this;
    }

    /** Adds the recipe {@code ## Fix: <name>} on its own line after the fix when {@code applies}. */
    public RuleHelp addingFix(boolean applies, String name) {
        if (applies) {
            fixAdditions.add("Fix: " + name);
        }
        return this;
    }

    /** Uses {@code ## Why: <name>} instead of {@code ## Why}. */
    public RuleHelp why(String name) {
        whyVariant = name;
        return this;
    }

    /** Uses the recipe {@code ## Fix: <name>} instead of {@code ## Fix}. */
    public RuleHelp fix(String name) {
        fixVariant = name;
        return this;
    }

    /** {@code "Why: ..."}: the why and its additions, each on its own line when it has several paragraphs. */
    public String why() {
        StringBuilder why = new StringBuilder("Why: ").append(render(whyVariant == null ? "Why" : "Why: " + whyVariant));
        for (String addition : additions) {
            why.append(' ').append(render("Note: " + addition));
        }
        return why.toString();
    }

    /** The filled recipe (without a {@code "Fix: "} prefix). */
    public String fixText() {
        List<String> recipes = new ArrayList<>();
        if (fixVariant != null || page.section("Fix").isPresent()) {
            recipes.add(render(fixHeading()));
        }
        fixAdditions.forEach(heading -> recipes.add(render(heading)));
        return String.join("\n", recipes);
    }

    public String text() {
        String fix = fixText();
        return fix.isEmpty() ? why() : why() + "\nFix: " + fix;
    }

    private String fixHeading() {
        return fixVariant == null ? "Fix" : "Fix: " + fixVariant;
    }

    private String render(String heading) {
        return page.template(heading).render(page.id(), values);
    }
}
