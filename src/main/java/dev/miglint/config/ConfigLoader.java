package dev.miglint.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads miglint.toml. Every key is checked: an unknown key or a value of the wrong type is an error that
 * names the file, the line and the key, so a typo never silently turns a rule back on.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "miglint.toml";
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("dialect", "pg_version", "sqlite_version", "fail_on",
            "assume_in_transaction", "exclude", "rules", "start_after", "generated_sql_advice", "histories", "check_down");

    private ConfigLoader() {
    }

    /** miglint.toml in {@code start} or the nearest parent directory that has one. */
    public static Optional<Path> discover(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The configuration a run uses: {@code explicitFile} (resolved against the working directory) when given,
     * else the discovered miglint.toml, else an empty one.
     */
    public static Config resolve(Path workingDirectory, Path explicitFile, Predicate<String> knownRule)
            throws ConfigException {
        Optional<Path> file = explicitFile != null
                ? Optional.of(workingDirectory.resolve(explicitFile))
                : discover(workingDirectory);
        if (file.isEmpty()) {
            return Config.empty();
        }
        if (!Files.isRegularFile(file.get())) {
            throw new ConfigException(explicitFile + ": config file not found");
        }
        return load(file.get(), knownRule);
    }

    /** Parses a config file; {@code knownRule} tells which rule ids exist. */
    public static Config load(Path file, Predicate<String> knownRule) throws ConfigException {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file + ": not a regular file");
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                text = dev.miglint.source.SourceReader.decode(dev.miglint.source.SourceReader.readBounded(in));
            }
        } catch (dev.miglint.source.InputException e) {
            throw new ConfigException(file + ": " + e.getMessage().replace("; skipped", ""));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read config file (" + e.getMessage() + ")");
        }
        return parse(file, text, knownRule);
    }

    static Config parse(Path file, String text, Predicate<String> knownRule) throws ConfigException {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(text);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String where = loc != null && loc.getLineNr() > 0 ? ":" + loc.getLineNr() : "";
            throw new ConfigException(file + where + ": invalid TOML (" + e.getOriginalMessage() + ")");
        }
        Reader r = new Reader(file, text);
        if (root == null || root.isMissingNode()) {
            return Config.empty();
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw r.error(key, "unknown key '" + key + "' (expected one of " + String.join(", ", TOP_LEVEL_KEYS.stream().sorted().toList()) + ")");
            }
        }
        Dialect dialect = null;
        if (root.has("dialect")) {
            String d = r.string(root, "dialect");
            try {
                dialect = Dialect.fromId(d);
            } catch (IllegalArgumentException e) {
                throw r.error("dialect", e.getMessage());
            }
        }
        Integer pgVersion = root.has("pg_version") ? r.integer(root, "pg_version", 9, 99) : null;
        String sqliteVersion = root.has("sqlite_version") ? r.string(root, "sqlite_version") : null;
        Level failOn = null;
        boolean failNever = false;
        if (root.has("fail_on")) {
            String f = r.string(root, "fail_on");
            if (f.equalsIgnoreCase("never")) {
                failNever = true;
            } else {
                try {
                    failOn = Level.fromId(f);
                } catch (IllegalArgumentException e) {
                    throw r.error("fail_on", "expected error, warning, note or never, got '" + f + "'");
                }
            }
        }
        Boolean assume = root.has("assume_in_transaction") ? r.bool(root, "assume_in_transaction") : null;
        List<String> exclude = root.has("exclude") ? r.strings(root, "exclude") : List.of();
        Map<String, RuleConfig> rules = root.has("rules") ? r.rules(root.get("rules"), knownRule) : Map.of();
        String startAfter = root.has("start_after") ? r.string(root, "start_after") : null;
        if (startAfter != null && startAfter.isBlank()) {
            throw r.error("start_after", "expected the name or path of a migration file, got an empty string");
        }
        Boolean generatedSqlAdvice = root.has("generated_sql_advice") ? r.bool(root, "generated_sql_advice") : null;
        List<String> histories = root.has("histories") ? r.strings(root, "histories") : List.of();
        if (histories.size() == 1 || histories.stream().anyMatch(String::isBlank)) {
            throw r.error("histories", "expected two or more folders, in the order they are applied, got "
                    + histories);
        }
        Boolean checkDown = root.has("check_down") ? r.bool(root, "check_down") : null;
        return new Config(file, dialect, pgVersion, sqliteVersion, failOn, failNever, assume, exclude, rules, startAfter,
                generatedSqlAdvice, histories, checkDown);
    }

    /** Typed access to the TOML tree with errors that point at the key's line. */
    private static final class Reader {
        private final Path file;
        private final String[] lines;

        Reader(Path file, String text) {
            this.file = file;
            this.lines = text.split("\r\n|\r|\n", -1);
        }

        ConfigException error(String key, String message) {
            return new ConfigException(file + lineOf(key) + ": " + key + ": " + message);
        }

        /** The line that sets {@code key} (dotted): the most specific part of it that a line names. */
        private String lineOf(String key) {
            String[] parts = key.split("\\.");
            for (int p = parts.length - 1; p >= 0; p--) {
                java.util.regex.Pattern names = java.util.regex.Pattern.compile(
                        "(^|[\\s{,])\"?" + java.util.regex.Pattern.quote(parts[p]) + "\"?\\s*=|\\[\\s*\"?"
                                + java.util.regex.Pattern.quote(parts[p]) + "\"?\\s*]");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].trim();
                    if (!line.startsWith("#") && names.matcher(line).find()) {
                        return ":" + (i + 1);
                    }
                }
            }
            return "";
        }

        String string(JsonNode node, String key) throws ConfigException {
            JsonNode v = node.get(key);
            if (!v.isTextual()) {
                throw error(key, "expected a string, got " + describe(v));
            }
            return v.asText();
        }

        int integer(JsonNode node, String key, int min, int max) throws ConfigException {
            JsonNode v = node.get(key);
            if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
                throw error(key, "expected a whole number from " + min + " to " + max + ", got " + describe(v));
            }
            return v.asInt();
        }

        boolean bool(JsonNode node, String key) throws ConfigException {
            JsonNode v = node.get(key);
            if (!v.isBoolean()) {
                throw error(key, "expected true or false, got " + describe(v));
            }
            return v.asBoolean();
        }

        List<String> strings(JsonNode node, String key) throws ConfigException {
            JsonNode v = node.get(key);
            if (!v.isArray()) {
                throw error(key, "expected a list of strings, got " + describe(v));
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isTextual()) {
                    throw error(key, "expected a list of strings, found " + describe(item));
                }
                out.add(item.asText());
            }
            return out;
        }

        /** {@code [rules]} maps a rule id to "off", a level, or a table {enabled, level}. */
        Map<String, RuleConfig> rules(JsonNode rules, Predicate<String> knownRule) throws ConfigException {
            if (!rules.isObject()) {
                throw error("rules", "expected a table of rule ids, got " + describe(rules));
            }
            Map<String, RuleConfig> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String id = e.getKey();
                if (!knownRule.test(id)) {
                    throw error("rules." + id, "unknown rule id (see `miglint rules`)");
                }
                out.put(id, ruleConfig("rules." + id, e.getValue()));
            }
            return out;
        }

        private RuleConfig ruleConfig(String key, JsonNode v) throws ConfigException {
            if (v.isTextual()) {
                String s = v.asText().toLowerCase(Locale.ROOT);
                if (s.equals("off") || s.equals("disabled")) {
                    return new RuleConfig(false, null);
                }
                return new RuleConfig(true, level(key, s));
            }
            if (v.isBoolean()) {
                return new RuleConfig(v.asBoolean(), null);
            }
            if (!v.isObject()) {
                throw error(key, "expected \"off\", a level, or a table with enabled/level, got " + describe(v));
            }
            boolean enabled = true;
            Level level = null;
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.equals("enabled")) {
                    enabled = bool(v, k);
                } else if (k.equals("level")) {
                    level = level(key + ".level", string(v, k));
                } else {
                    throw error(key + "." + k, "unknown key '" + k + "' (expected enabled or level)");
                }
            }
            return new RuleConfig(enabled, level);
        }

        private Level level(String key, String value) throws ConfigException {
            try {
                return Level.fromId(value);
            } catch (IllegalArgumentException e) {
                throw error(key, "expected error, warning, note or off, got '" + value + "'");
            }
        }

        private static String describe(JsonNode v) {
            if (v.isTextual()) {
                return "the string \"" + v.asText() + "\"";
            }
            if (v.isArray()) {
                return "a list";
            }
            if (v.isObject()) {
                return "a table";
            }
            return v.toString();
        }
    }
}
