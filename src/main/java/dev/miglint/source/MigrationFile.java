package dev.miglint.source;

import dev.miglint.model.Span;
import dev.miglint.model.TransactionWrapping;
import java.nio.file.Path;

/**
 * One migration of a history: a file, or a part of one (goose/dbmate up sections, Liquibase changesets).
 *
 * <ul>
 *   <li>{@code displayPath}: what reports show (relative, forward slashes).
 *   <li>{@code framework}: the tool that applies it ({@code plain} when none was recognised).
 *   <li>{@code runsInTransaction}: whether the framework wraps it in a transaction (null: not known).
 *   <li>{@code wrapping}: how the framework hands it to the database ({@link TransactionWrapping}); null when not
 *       known. {@code runsInTransaction} is true only for {@code TRANSACTION}: a {@code SINGLE_EXEC} file's implicit
 *       transaction block is PostgreSQL's doing and is modelled by the schema tracker.
 *   <li>{@code section}: the range of the file that is this migration's up step, in file offsets, so
 *       line numbers stay those of the file; null for the whole file. Only this range is linted.
 *   <li>{@code down}: its down step; null when the framework has no down steps at all, a {@link DownStep}
 *       with a null path when it has them but this migration has none.
 * </ul>
 */
public record MigrationFile(Path path, String displayPath, String framework, Boolean runsInTransaction,
        Span section, DownStep down, TransactionWrapping wrapping) {

    public MigrationFile(Path path, String displayPath, String framework, Boolean runsInTransaction, Span section,
            DownStep down) {
        this(path, displayPath, framework, runsInTransaction, section, down, TransactionWrapping.of(runsInTransaction));
    }

    /**
     * How the file reaches the database: what its framework is known to do wins; {@code assumeInTransaction}
     * (--assume-in-transaction, {@code assume_in_transaction}) covers files whose framework is not known.
     */
    public TransactionWrapping effectiveWrapping(boolean assumeInTransaction) {
        return wrapping != null ? wrapping : assumeInTransaction ? TransactionWrapping.TRANSACTION : TransactionWrapping.NONE;
    }

    /** A migration the framework hands over as {@code wrapping} says (null: not known). */
    public static MigrationFile of(Path path, String displayPath, String framework, TransactionWrapping wrapping,
            Span section, DownStep down) {
        return new MigrationFile(path, displayPath, framework, wrapping == null ? null : wrapping.frameworkTransaction(),
                section, down, wrapping);
    }

    public static MigrationFile plain(Path path, String displayPath) {
        return new MigrationFile(path, displayPath, Framework.PLAIN.id(), null, null, null);
    }

    /** The down migration's file, null when there is none. */
    public Path downPath() {
        return down == null ? null : down.path();
    }

    /**
     * What reports show for the down step's file: this display path when the down is a section of this file, the
     * down file's name in this file's folder otherwise (golang-migrate {@code .down.sql}, Flyway {@code U} files); null
     * when there is no down step.
     */
    public String downDisplayPath() {
        Path downFile = downPath();
        if (downFile == null) {
            return null;
        }
        if (downFile.equals(path)) {
            return displayPath;
        }
        if (java.util.Objects.equals(downFile.getParent(), path.getParent())) {
            int slash = displayPath.lastIndexOf('/');
            return displayPath.substring(0, slash + 1) + downFile.getFileName();
        }
        return downFile.toString().replace('\\', '/');
    }

    /** Whether the framework of this migration can run down steps. */
    public boolean supportsDown() {
        return down != null;
    }
}
