package dev.miglint.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Fix;
import dev.miglint.rules.RelatedLocation;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A SARIF 2.1.0 log for code-scanning services. Locations are relative to {@code %SRCROOT%}, which is left
 * undefined: an absolute checkout path would make the log differ between machines.
 */
final class SarifReporter implements Reporter {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/miglint/miglint";
    static final String SRCROOT = "%SRCROOT%";
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?");

    private final ReportOptions options;

    SarifReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        SarifRules rules = new SarifRules(result.findings(), result.rules());
        SourceIndex sources = new SourceIndex(result.sources());
        List<Result> results = new ArrayList<>();
        for (Finding finding : result.findings()) {
            results.add(result(finding, rules.indexOf(finding.ruleId()), sources));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver(rules)))
                .withResults(results)
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        if (!result.problems().isEmpty()) {
            run.setInvocations(List.of(invocation(result.problems())));
        }
        SarifSchema210 log = new SarifSchema210()
                .with$schema(URI.create(SCHEMA_URI))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        out.append(SarifJson.write(log));
    }

    private ToolComponent driver(SarifRules rules) {
        ToolComponent driver = new ToolComponent()
                .withName("miglint")
                .withVersion(options.toolVersion())
                .withInformationUri(URI.create(INFORMATION_URI))
                .withRules(new LinkedHashSet<>(rules.descriptors()));
        if (SEMVER.matcher(options.toolVersion()).matches()) {
            driver.setSemanticVersion(options.toolVersion());
        }
        return driver;
    }

    private static Result result(Finding f, int ruleIndex, SourceIndex sources) {
        Region region = new Region()
                .withStartLine(f.startLine())
                .withStartColumn(f.startColumn())
                .withEndLine(f.endLine())
                .withEndColumn(f.endColumn());
        if (f.statement() != null && !f.statement().isEmpty()) {
            region.setSnippet(new ArtifactContent().withText(f.statement()));
        }
        Result result = new Result()
                .withRuleId(f.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(SarifLevels.ofResult(f.level()))
                .withMessage(new Message().withText(f.message()))
                .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(artifact(f.path()))
                        .withRegion(region))))
                .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(Fingerprints.KEY,
                        Fingerprints.of(f.ruleId(), f.path(), f.statement())));
        if (!f.related().isEmpty()) {
            Set<Location> related = new LinkedHashSet<>();
            for (RelatedLocation r : f.related()) {
                related.add(new Location().withId(related.size())
                        .withMessage(new Message().withText(r.message()))
                        .withPhysicalLocation(new PhysicalLocation()
                                .withArtifactLocation(artifact(r.path()))
                                .withRegion(new Region()
                                        .withStartLine(r.startLine())
                                        .withStartColumn(r.startColumn())
                                        .withEndLine(r.endLine())
                                        .withEndColumn(r.endColumn()))));
            }
            result.setRelatedLocations(related);
        }
        if (f.confirmed() || f.downStep()) {
            PropertyBag properties = new PropertyBag();
            if (f.confirmed()) {
                properties.withAdditionalProperty("confirmed", true).withAdditionalProperty("observed", f.observed());
            }
            if (f.downStep()) {
                properties.withAdditionalProperty("downStep", true);
            }
            result.setProperties(properties);
        }
        if (f.suppressed()) {
            Suppression suppression = new Suppression().withKind(Suppression.Kind.IN_SOURCE);
            String justification = f.suppression().justification();
            if (justification != null && !justification.isBlank()) {
                suppression.setJustification(justification);
            }
            result.setSuppressions(Set.of(suppression));
        }
        Set<com.contrastsecurity.sarif.Fix> fixes = new LinkedHashSet<>();
        for (Fix fix : f.fixes()) {
            sources.range(f.path(), fix.span()).ifPresent(range -> fixes.add(fix(f.path(), fix, range)));
        }
        if (!fixes.isEmpty()) {
            result.setFixes(fixes);
        }
        return result;
    }

    private static com.contrastsecurity.sarif.Fix fix(String path, Fix fix, TextRange range) {
        Replacement replacement = new Replacement()
                .withDeletedRegion(new Region()
                        .withStartLine(range.startLine())
                        .withStartColumn(range.startColumn())
                        .withEndLine(range.endLine())
                        .withEndColumn(range.endColumn()))
                .withInsertedContent(new ArtifactContent().withText(fix.replacement()));
        return new com.contrastsecurity.sarif.Fix()
                .withDescription(new Message().withText(fix.description()))
                .withArtifactChanges(Set.of(new ArtifactChange()
                        .withArtifactLocation(artifact(path))
                        .withReplacements(List.of(replacement))));
    }

    private static Invocation invocation(List<InputProblem> problems) {
        List<Notification> notifications = new ArrayList<>();
        for (InputProblem problem : problems) {
            Notification notification = new Notification()
                    .withLevel(Notification.Level.ERROR)
                    .withMessage(new Message().withText(problem.message()));
            Optional.of(problem.path()).filter(p -> !p.isEmpty()).ifPresent(p -> notification.setLocations(
                    Set.of(new Location().withPhysicalLocation(new PhysicalLocation()
                            .withArtifactLocation(artifact(p))))));
            notifications.add(notification);
        }
        return new Invocation().withExecutionSuccessful(false).withToolExecutionNotifications(notifications);
    }

    private static ArtifactLocation artifact(String path) {
        return new ArtifactLocation().withUri(UriPaths.toUri(path)).withUriBaseId(SRCROOT);
    }
}
