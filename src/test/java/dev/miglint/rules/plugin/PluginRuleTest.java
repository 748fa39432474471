package dev.miglint.rules.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.settings.LintSettings;
import dev.miglint.lint.LintOptions;
import dev.miglint.lint.LintResult;
import dev.miglint.lint.Linter;
import dev.miglint.lint.RuleSelection;
import dev.miglint.model.Dialect;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.source.History;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar on the class path adds rules through its own META-INF/services entry, with no change to miglint. */
class PluginRuleTest {

    @Test
    void aServicesEntryOnTheClassPathAddsARule(@TempDir Path pluginJar) throws Exception {
        Path services = pluginJar.resolve("META-INF/services/dev.miglint.rules.Rule");
        Files.createDirectories(services.getParent());
        Files.writeString(services, NoSelectStar.class.getName() + "\n");
        assertFalse(RuleRegistry.load().contains("team-no-select-in-migrations"), "must not be built in");

        try (URLClassLoader withPlugin = new URLClassLoader(new URL[] {pluginJar.toUri().toURL()},
                PluginRuleTest.class.getClassLoader())) {
            RuleRegistry registry = RuleRegistry.load(withPlugin);
            assertTrue(registry.contains("team-no-select-in-migrations"));
            assertTrue(registry.contains("drop-table"), "the built-in rules stay");

            Path file = pluginJar.resolve("001.sql");
            SourceFile source = new SourceFile(file, "001.sql", "SELECT 1;\nCREATE TABLE t (id bigint);\n");
            LintResult result = new Linter(registry, new LintOptions(LintSettings.defaults(Dialect.POSTGRES), true,
                    RuleSelection.all())).lint(List.of(new History("db", "plain", Dialect.POSTGRES,
                    List.of(MigrationFile.plain(file, "001.sql")))), f -> source);
            assertEquals(List.of("team-no-select-in-migrations"),
                    result.findings().stream().map(f -> f.ruleId()).toList());
        }
    }

    /** {@code nestedStatements = false}: the linter never shows the rule a statement of a DO block or called routine. */
    @Test
    void aRuleWithoutNestedStatementsSeesTopLevelStatementsOnly(@TempDir Path pluginJar) throws Exception {
        Path services = pluginJar.resolve("META-INF/services/dev.miglint.rules.Rule");
        Files.createDirectories(services.getParent());
        Files.writeString(services, TopLevelSelect.class.getName() + "\n" + NoSelectStar.class.getName() + "\n");
        try (URLClassLoader withPlugin = new URLClassLoader(new URL[] {pluginJar.toUri().toURL()},
                PluginRuleTest.class.getClassLoader())) {
            RuleRegistry registry = RuleRegistry.load(withPlugin);
            Path file = pluginJar.resolve("001.sql");
            SourceFile source = new SourceFile(file, "001.sql", "SELECT 1;\n"
                    + "DO $$ BEGIN SELECT 2; END $$;\n"
                    + "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ SELECT 3 $$;\n"
                    + "SELECT f();\n");
            LintResult result = new Linter(registry, new LintOptions(LintSettings.defaults(Dialect.POSTGRES), true,
                    RuleSelection.all())).lint(List.of(new History("db", "plain", Dialect.POSTGRES,
                    List.of(MigrationFile.plain(file, "001.sql")))), f -> source);
            List<String> lines = result.findings().stream().filter(f -> f.ruleId().startsWith("team-"))
                    .map(f -> f.ruleId() + ":" + f.startLine()).toList();
            // the rule that takes nested statements also sees the DO block's and the called function's SELECTs
            assertTrue(lines.contains("team-no-select-in-migrations:2"), lines.toString());
            assertEquals(List.of("team-top-level-select:1", "team-top-level-select:4"),
                    lines.stream().filter(l -> l.startsWith("team-top-level-select")).toList());
        }
    }
}
