package dev.miglint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs several miglint command lines, separated by {@value #NEXT}, in one JVM: the training run of the start-up cache
 * (scripts/dist/train.sh) records only what one process does, and users take several paths (one file, a folder,
 * JSON and SARIF reports) whose classes would otherwise be loaded from the jar on every run.
 */
public final class TrainingRun {
    static final String NEXT = "--next";

    private TrainingRun() {
    }

    public static void main(String[] args) {
        Main.Environment env = new Main.Environment(System.in, System.out, System.err, System.getenv(),
                Path.of("").toAbsolutePath(), false);
        int worst = 0;
        for (List<String> command : commands(args)) {
            int code = Main.run(env, command.toArray(String[]::new));
            // findings (1) are expected; a usage or input error (2) means the training did not run what it meant to
            worst = Math.max(worst, code == ExitCodes.USAGE_OR_INPUT ? code : 0);
        }
        System.out.flush();
        System.exit(worst);
    }

    static List<List<String>> commands(String[] args) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(NEXT)) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(arg);
            }
        }
        out.add(current);
        out.removeIf(List::isEmpty);
        return out;
    }
}
