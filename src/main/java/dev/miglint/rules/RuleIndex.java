package dev.miglint.rules;

import dev.miglint.model.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link RuleDefinition} of every built-in rule, written at build time into {@value #RESOURCE}: a run reads one
 * small file instead of a hundred annotations, whose reflective reading took 16 ms of a 100 ms lint of a small file
 * (docs/performance.md). A rule the index does not name, such as a plugin's, is read from its annotation; the
 * annotation stays the one place a rule's metadata is written, and {@code RuleIndexTest} holds the two equal.
 */
final class RuleIndex {
    static final String RESOURCE = "META-INF/miglint/rule-index.tsv";
    private static final String SERVICES = "META-INF/services/" + Rule.class.getName();

    private RuleIndex() {
    }

    /** The indexed metadata of a rule class of this jar, if the build wrote an index. */
    static Optional<RuleInfo> find(Class<?> ruleClass) {
        if (ruleClass.getClassLoader() != RuleIndex.class.getClassLoader()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Bundled.BY_CLASS.get(ruleClass.getName()));
    }

    /** Read on first use, once per run. */
    private static final class Bundled {
        static final Map<String, RuleInfo> BY_CLASS = load();

        private static Map<String, RuleInfo> load() {
            try (InputStream in = RuleIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return in == null ? Map.of() : parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    static Map<String, RuleInfo> parse(InputStream in) throws IOException {
        Map<String, RuleInfo> byClass = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] f = line.split("\t", -1);
            Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
            for (String dialect : f[3].split(",")) {
                dialects.add(Dialect.valueOf(dialect));
            }
            byClass.put(f[0], new RuleInfo(f[1], Level.valueOf(f[2]), f[7], Set.copyOf(dialects),
                    Boolean.parseBoolean(f[4]), Boolean.parseBoolean(f[5]), Concern.valueOf(f[6])));
        }
        return byClass;
    }

    /** One rule's line: class, id, level, dialects, downSteps, nestedStatements, concern, summary. */
    static String line(String ruleClass, RuleInfo info) {
        if (info.summary().contains("\t") || info.summary().contains("\n")) {
            throw new IllegalArgumentException(ruleClass + ": a summary is one line without tabs");
        }
        List<String> dialects = info.dialects().stream().sorted().map(Dialect::name).toList();
        return String.join("\t", ruleClass, info.id(), info.level().name(), String.join(",", dialects),
                String.valueOf(info.downSteps()), String.valueOf(info.nestedStatements()), info.concern().name(),
                info.summary());
    }

    /**
     * Writes the index of the rules a compiled classes folder registers (its {@value #SERVICES}) into that folder;
     * the build runs it after compiling ({@code pom.xml}, execution {@code rule-index}).
     */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path classes = Path.of(args[0]);
        List<String> lines = new ArrayList<>();
        for (String entry : Files.readAllLines(classes.resolve(SERVICES), StandardCharsets.UTF_8)) {
            String name = entry.replaceAll("#.*", "").strip();
            if (!name.isEmpty()) {
                Class<?> ruleClass = Class.forName(name, false, RuleIndex.class.getClassLoader());
                lines.add(line(name, RuleInfo.fromAnnotation(ruleClass)));
            }
        }
        Path index = classes.resolve(RESOURCE);
        Files.createDirectories(index.getParent());
        Files.write(index, lines, StandardCharsets.UTF_8);
    }
}
