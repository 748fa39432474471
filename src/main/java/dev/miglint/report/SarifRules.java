package dev.miglint.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.miglint.rules.Concern;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.rules.RuleInfo;
import dev.miglint.rules.RulePages;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The driver's rules: every rule with at least one result, sorted by id, and each rule's index among them. */
final class SarifRules {

    static final String PAGE_URI = "https://github.com/miglint/miglint/blob/main/rules/";

    private final List<ReportingDescriptor> descriptors = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();

    SarifRules(List<Finding> findings, List<RuleInfo> rules) {
        Map<String, RuleInfo> known = new HashMap<>();
        rules.forEach(rule -> known.put(rule.id(), rule));
        Map<String, Level> used = new TreeMap<>();
        // A finding of a rule missing from the result's rule list still needs a descriptor to point at.
        findings.forEach(f -> used.putIfAbsent(f.ruleId(), f.level()));
        used.forEach((id, findingLevel) -> {
            RuleInfo info = known.get(id);
            indexes.put(id, descriptors.size());
            ReportingDescriptor d = descriptor(id, info == null ? id : info.summary(),
                    info == null ? findingLevel : info.level());
            if (info != null && info.concern() == Concern.SECURITY) { // GitHub files these under security alerts
                d.setProperties(new PropertyBag().withTags(new LinkedHashSet<>(List.of("security"))));
            }
            descriptors.add(d);
        });
    }

    List<ReportingDescriptor> descriptors() {
        return descriptors;
    }

    int indexOf(String ruleId) {
        return indexes.get(ruleId);
    }

    private static ReportingDescriptor descriptor(String id, String summary, Level level) {
        ReportingDescriptor d = new ReportingDescriptor()
                .withId(id)
                .withName(pascalCase(id))
                .withShortDescription(new MultiformatMessageString().withText(summary))
                .withHelpUri(URI.create(PAGE_URI + id + ".md"))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(SarifLevels.of(level)));
        Optional<String> page = RulePages.readablePage(id);
        page.ifPresent(markdown -> d.setHelp(new MultiformatMessageString().withText(markdown)
                .withMarkdown(markdown)));
        String firstParagraph = page.map(p -> RulePages.firstParagraph(id)).orElse("");
        if (!firstParagraph.isEmpty()) {
            d.setFullDescription(new MultiformatMessageString().withText(firstParagraph));
        }
        return d;
    }

    /** {@code add-column-default} becomes {@code AddColumnDefault}. */
    static String pascalCase(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
