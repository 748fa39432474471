package dev.miglint.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.miglint.testing.Paths;
import dev.miglint.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs action.yml's steps in order the way the GitHub runner does, for what a test can run locally: each bash step
 * with its {@code env} (${{ inputs.X }}, ${{ steps.ID.outputs.K }}, ${{ github.* }} filled in), its own
 * GITHUB_OUTPUT file and its {@code if:} condition (always(), ==, !=, &&). {@code uses:} steps are not run: the
 * cache reports a hit (the build step is skipped; tests run miglint through $MIGLINT) and whether the SARIF upload
 * would have run is recorded.
 */
final class ActionRunner {

    static final Path ACTION = Paths.repoRoot().resolve("action.yml");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

    /** The job as the runner ends it: every step's log, which steps ran, and whether the job failed. */
    record Job(boolean failed, String log, List<String> ran, Map<String, Map<String, String>> outputs) {
    }

    private final JsonNode action;
    private final Map<String, String> inputs;
    private final Map<String, String> baseEnv;
    private final Path tmp;

    ActionRunner(Path tmp, Map<String, String> inputs, Map<String, String> baseEnv) throws IOException {
        this.action = new YAMLMapper().readTree(ACTION.toFile());
        this.inputs = inputs;
        this.baseEnv = baseEnv;
        this.tmp = tmp;
    }

    Job run() throws Exception {
        Map<String, Map<String, String>> outputs = new HashMap<>();
        StringBuilder log = new StringBuilder();
        List<String> ran = new ArrayList<>();
        boolean failed = false;
        int index = 0;
        for (JsonNode step : action.path("runs").path("steps")) {
            String id = step.has("id") ? step.path("id").asText() : "step" + index;
            index++;
            if (!condition(step.path("if").asText(""), failed, outputs)) {
                continue;
            }
            ran.add(step.path("name").asText());
            if (step.has("uses")) {
                if (step.path("uses").asText().startsWith("actions/cache@")) {
                    outputs.put(id, Map.of("cache-hit", "true"));
                }
                continue;
            }
            Path outputFile = Files.createTempFile(tmp, "output-" + id, "");
            Map<String, String> env = new HashMap<>(baseEnv);
            env.put("GITHUB_OUTPUT", outputFile.toString());
            env.put("GITHUB_ACTION_PATH", Paths.repoRoot().toString());
            step.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), substitute(e.getValue().asText(), outputs)));
            Shell.Result result = Shell.run(tmp, env, List.of("bash", "-c", step.path("run").asText()));
            log.append(result.output());
            outputs.put(id, readOutputs(outputFile));
            if (result.exitCode() != 0) {
                failed = true;
                log.append("[step '").append(step.path("name").asText()).append("' failed with ").append(result.exitCode()).append("]\n");
            }
        }
        return new Job(failed, log.toString(), ran, outputs);
    }

    private boolean condition(String expression, boolean failed, Map<String, Map<String, String>> outputs) {
        String text = expression.replaceAll("^\\$\\{\\{\\s*|\\s*}}$", "").strip();
        if (text.isEmpty()) {
            return !failed;
        }
        boolean always = false;
        boolean value = true;
        for (String term : text.split("&&")) {
            term = term.strip();
            if (term.equals("always()")) {
                always = true;
                continue;
            }
            Matcher m = Pattern.compile("(\\S+)\\s*(==|!=)\\s*'([^']*)'").matcher(term);
            if (!m.matches()) {
                throw new IllegalArgumentException("the test runner cannot evaluate: " + term);
            }
            boolean equal = resolve(m.group(1), outputs).equals(m.group(3));
            value &= m.group(2).equals("==") == equal;
        }
        return value && (always || !failed);
    }

    private String substitute(String text, Map<String, Map<String, String>> outputs) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), outputs)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String resolve(String path, Map<String, Map<String, String>> outputs) {
        String[] parts = path.split("\\.");
        return switch (parts[0]) {
            case "inputs" -> input(parts[1], outputs);
            case "steps" -> outputs.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
            case "github" -> switch (parts[1]) {
                case "action_path" -> Paths.repoRoot().toString();
                case "token" -> baseEnv.getOrDefault("FAKE_GITHUB_TOKEN", "");
                default -> throw new IllegalArgumentException("github." + parts[1]);
            };
            default -> throw new IllegalArgumentException("the test runner cannot resolve: " + path);
        };
    }

    private String input(String name, Map<String, Map<String, String>> outputs) {
        if (inputs.containsKey(name)) {
            return inputs.get(name);
        }
        JsonNode declared = action.path("inputs").path(name);
        if (declared.isMissingNode()) {
            throw new IllegalArgumentException("undeclared input " + name);
        }
        return substitute(declared.path("default").asText(""), outputs);
    }

    private static Map<String, String> readOutputs(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }
}
