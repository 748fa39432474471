package dev.miglint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key of miglint.toml, and every way to get one wrong: the error names the file, line and key. */
class ConfigLoaderTest {
    private static final Path FILE = Path.of("miglint.toml");
    private static final Set<String> RULES = Set.of("drop-column", "missing-lock-timeout", "prefer-jsonb");

    private static Config parse(String toml) throws ConfigException {
        return ConfigLoader.parse(FILE, toml, RULES::contains);
    }

    private static String error(String toml) {
        return assertThrows(ConfigException.class, () -> parse(toml)).getMessage();
    }

    @Test
    void readsEveryKey() throws ConfigException {
        Config c = parse(String.join("\n",
                "dialect = \"mysql\"", "pg_version = 12", "sqlite_version = \"3.31\"", "fail_on = \"error\"",
                "assume_in_transaction = true", "exclude = [\"legacy/**\", \"tmp/*.sql\"]",
                "[rules]", "prefer-jsonb = \"off\"", "drop-column = \"warning\"",
                "missing-lock-timeout = { enabled = true, level = \"error\" }", ""));
        assertEquals(Dialect.MYSQL, c.dialect());
        assertEquals(12, c.pgVersion());
        assertEquals("3.31", c.sqliteVersion());
        assertEquals(Level.ERROR, c.failOn());
        assertFalse(c.failNever());
        assertTrue(c.assumeInTransaction());
        assertEquals(List.of("legacy/**", "tmp/*.sql"), c.exclude());
        assertEquals(new RuleConfig(false, null), c.rules().get("prefer-jsonb"));
        assertEquals(new RuleConfig(true, Level.WARNING), c.rules().get("drop-column"));
        assertEquals(new RuleConfig(true, Level.ERROR), c.rules().get("missing-lock-timeout"));
    }

    @Test
    void checkDownIsOnUnlessTheConfigTurnsItOff() throws ConfigException {
        assertNull(parse("").checkDown(), "not set: the default (on) decides");
        assertEquals(Boolean.FALSE, parse("check_down = false\n").checkDown());
        assertEquals(Boolean.TRUE, parse("check_down = true\n").checkDown());
        assertTrue(error("check_down = \"no\"\n").contains("check_down"));
    }

    @Test
    void failOnNeverAndEmptyFiles() throws ConfigException {
        Config c = parse("fail_on = \"never\"\n");
        assertTrue(c.failNever());
        assertNull(c.failOn());
        assertEquals(Config.empty().rules(), parse("").rules());
        assertEquals(new RuleConfig(false, null), parse("[rules]\ndrop-column = false\n").rules().get("drop-column"));
    }

    @Test
    void wrongTypesAndValuesNameTheLineAndKey() {
        assertEquals("miglint.toml:2: dialect: unknown dialect 'oracle' (expected postgres, sqlite or mysql)",
                error("# comment\ndialect = \"oracle\"\n"));
        assertEquals("miglint.toml:1: pg_version: expected a whole number from 9 to 99, got 300",
                error("pg_version = 300\n"));
        assertEquals("miglint.toml:1: fail_on: expected error, warning, note or never, got 'sometimes'",
                error("fail_on = \"sometimes\"\n"));
        assertEquals("miglint.toml:1: assume_in_transaction: expected true or false, got the string \"yes\"",
                error("assume_in_transaction = \"yes\"\n"));
        assertEquals("miglint.toml:1: exclude: expected a list of strings, got the string \"x\"", error("exclude = \"x\"\n"));
        assertEquals("miglint.toml:1: exclude: expected a list of strings, found 3", error("exclude = [3]\n"));
        assertEquals("miglint.toml:1: sqlite_version: expected a string, got 3", error("sqlite_version = 3\n"));
    }

    @Test
    void unknownKeysAndRulesAreErrors() {
        assertTrue(error("dialekt = \"postgres\"\n").startsWith("miglint.toml:1: dialekt: unknown key 'dialekt'"));
        assertEquals("miglint.toml:2: rules.no-such-rule: unknown rule id (see `miglint rules`)",
                error("[rules]\nno-such-rule = \"off\"\n"));
        assertEquals("miglint.toml:2: rules.drop-column.severity: unknown key 'severity' (expected enabled or level)",
                error("[rules]\ndrop-column = { severity = \"error\" }\n"));
        assertEquals("miglint.toml:2: rules.drop-column: expected error, warning, note or off, got 'fatal'",
                error("[rules]\ndrop-column = \"fatal\"\n"));
        assertTrue(error("rules = 3\n").contains("rules: expected a table of rule ids"));
        assertTrue(error("[rules]\ndrop-column = 3\n").contains("expected \"off\", a level, or a table"));
    }

    @Test
    void invalidTomlNamesTheLine() {
        String message = error("dialect = \"postgres\"\npg_version = = 3\n");
        assertTrue(message.startsWith("miglint.toml:2: invalid TOML"), message);
    }

    @Test
    void discoveryWalksUpAndAnExplicitFileMustExist(@TempDir Path dir) throws IOException, ConfigException {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("miglint.toml"), "pg_version = 13\n");
        assertEquals(dir.resolve("miglint.toml"), ConfigLoader.discover(nested).orElseThrow());
        assertEquals(13, ConfigLoader.resolve(nested, null, RULES::contains).pgVersion());
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ConfigLoader.resolve(nested, Path.of("nope.toml"), RULES::contains));
        assertEquals("nope.toml: config file not found", missing.getMessage());
    }
}
