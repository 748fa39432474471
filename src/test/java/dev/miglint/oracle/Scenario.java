package dev.miglint.oracle;

import java.util.List;

/**
 * One generated migration: the schema the previous app version runs on (already applied), then the steps
 * under test, wrapped the way a framework would run them.
 */
public record Scenario(long seed, Dialect dialect, Wrapping wrapping, List<Step> steps) {

    public enum Dialect { POSTGRES, SQLITE }

    /** How the migration tool runs the file. */
    public enum Wrapping {
        /** Every statement on its own (autocommit). */
        NONE,
        /** The framework wraps the whole file in one transaction. */
        FRAMEWORK_TRANSACTION,
        /** The file itself says BEGIN ... COMMIT. */
        EXPLICIT_BEGIN_COMMIT
    }

    /** One statement of the migration and the grammar form it was drawn from. */
    public record Step(String form, String sql) {}

    public boolean transactional() {
        return wrapping != Wrapping.NONE;
    }

    /** The migration file as the linter and the dry run read it: one statement per line. */
    public String migrationFile() {
        StringBuilder sb = new StringBuilder();
        if (wrapping == Wrapping.EXPLICIT_BEGIN_COMMIT) {
            sb.append("BEGIN;\n");
        }
        for (Step step : steps) {
            sb.append(step.sql()).append(";\n");
        }
        if (wrapping == Wrapping.EXPLICIT_BEGIN_COMMIT) {
            sb.append("COMMIT;\n");
        }
        return sb.toString();
    }

    /** The 1-based line of step {@code index} in {@link #migrationFile()}. */
    public int lineOf(int index) {
        return index + 1 + (wrapping == Wrapping.EXPLICIT_BEGIN_COMMIT ? 1 : 0);
    }
}
