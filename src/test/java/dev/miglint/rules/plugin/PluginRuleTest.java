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
}
