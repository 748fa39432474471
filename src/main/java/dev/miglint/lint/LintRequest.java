package dev.miglint.lint;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What to lint and how, as a command line or another front end states it. A null setting comes from the config,
 * then the default ({@link dev.miglint.settings.LintSettings}); {@code "-"} among the paths reads {@code stdin}.
 * {@code checkDown}: false with {@code --no-check-down}, null to take {@code check_down} from the config (default on).
 */
public record LintRequest(Path workingDirectory, List<String> paths, InputStream stdin, String stdinFilename,
        Path configFile, String dialect, Integer pgVersion, String sqliteVersion, boolean assumeInTransaction,
        List<String> select, List<String> ignore, String startAfter, Boolean checkDown) {

    public LintRequest(Path workingDirectory, List<String> paths, InputStream stdin, String stdinFilename,
            Path configFile, String dialect, Integer pgVersion, String sqliteVersion, boolean assumeInTransaction,
            List<String> select, List<String> ignore, String startAfter) {
        this(workingDirectory, paths, stdin, stdinFilename, configFile, dialect, pgVersion, sqliteVersion,
                assumeInTransaction, select, ignore, startAfter, null);
    }

    public static final String STDIN = "-";

    public LintRequest {
        paths = List.copyOf(paths);
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
    }

    /** Lint {@code paths} with every setting from the config or the default. */
    public static LintRequest of(Path workingDirectory, List<String> paths) {
        return new LintRequest(workingDirectory, paths, InputStream.nullInputStream(), null, null, null, null, null,
                false, List.of(), List.of(), null);
    }

    public LintRequest withConfigFile(Path file) {
        return new LintRequest(workingDirectory, paths, stdin, stdinFilename, file, dialect, pgVersion, sqliteVersion,
                assumeInTransaction, select, ignore, startAfter, checkDown);
    }

    public LintRequest withCheckDown(Boolean on) {
        return new LintRequest(workingDirectory, paths, stdin, stdinFilename, configFile, dialect, pgVersion, sqliteVersion,
                assumeInTransaction, select, ignore, startAfter, on);
    }

    public LintRequest withDialect(String id) {
        return new LintRequest(workingDirectory, paths, stdin, stdinFilename, configFile, id, pgVersion, sqliteVersion,
                assumeInTransaction, select, ignore, startAfter, checkDown);
    }
}
