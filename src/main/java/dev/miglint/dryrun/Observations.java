package dev.miglint.dryrun;

import dev.miglint.model.Span;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the backends saw: traces per target file, findings not tied to a traced statement, and info lines. */
final class Observations {
    /** {@code scaling}: per step index, how its time grew with a second, larger count of synthetic rows. */
    /** {@code deployed}: the transactions the file runs in when deployed, which decide how long its locks are held. */
    record FileTrace(MigrationFile file, SourceFile source, List<StepTrace> steps, Map<Integer, LockScaling> scaling,
            DeployedTransactions deployed) {
        FileTrace(MigrationFile file, SourceFile source, List<StepTrace> steps, DeployedTransactions deployed) {
            this(file, source, steps, Map.of(), deployed);
        }
    }

    final List<FileTrace> traces = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final Map<String, SourceFile> extraSources = new LinkedHashMap<>();
    final List<String> info = new ArrayList<>();

    void trace(MigrationFile file, SourceFile source, List<StepTrace> steps, DeployedTransactions deployed) {
        traces.add(new FileTrace(file, source, steps, deployed));
    }

    /** A file traced where the deploy's transactions are not modelled (SQLite): one transaction. */
    void trace(MigrationFile file, SourceFile source, List<StepTrace> steps) {
        trace(file, source, steps, DeployedTransactions.ONE_TRANSACTION);
    }

    /** Attaches to each trace of {@code second}'s files how its statements scaled between the two runs. */
    void scaleWith(Observations second) {
        for (int i = 0; i < traces.size(); i++) {
            FileTrace first = traces.get(i);
            for (FileTrace other : second.traces) {
                // by migration, not path: one file can hold several (Liquibase changesets)
                if (other.file().equals(first.file())) {
                    traces.set(i, new FileTrace(first.file(), first.source(), first.steps(),
                            LockScaling.compare(first.steps(), other.steps()), first.deployed()));
                }
            }
        }
    }

    void add(SourceFile source, String ruleId, Level level, Span span, String message, String help) {
        extraSources.put(source.displayPath(), source);
        findings.add(new Positions(source).finding(ruleId, level, span, message, help));
    }

    void info(String line) {
        info.add(line);
    }
}
