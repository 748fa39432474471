package dev.miglint.lint;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;
import dev.miglint.parse.StatementParser;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import dev.miglint.source.DownStep;
import dev.miglint.source.InputException;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import java.util.List;

/**
 * A migration's down step, parsed on first use with the same scanner and parser as the up. Ranges of a file
 * (a goose Down section, Liquibase {@code --rollback} lines) are parsed in place: the rest of the file is
 * blanked with spaces, so offsets and line numbers stay those of the file and SQL continued over several
 * rollback lines still reads as one statement.
 */
final class DownStatements {
    private final MigrationFile file;
    private final SourceLoader loader;
    private final Dialect dialect;
    private final List<InputProblem> problems;
    private final List<ParsedStatement> up;
    private List<ParsedStatement> statements;
    private boolean commentsOnly;
    /** What linting the down step as statements of its own needs; null when there is no down step to lint. */
    private MigrationLinter.Prepared prepared;
    private MigrationFile downFile;

    DownStatements(MigrationFile file, SourceLoader loader, Dialect dialect, List<InputProblem> problems,
            List<ParsedStatement> up) {
        this.up = List.copyOf(up);
        this.file = file;
        this.loader = loader;
        this.dialect = dialect;
        this.problems = problems;
    }

    /** The up step's statements, which this step is compared with. */
    List<ParsedStatement> up() {
        return up;
    }

    List<ParsedStatement> statements() {
        if (statements == null) {
            statements = load();
        }
        return statements;
    }

    /**
     * True when the down step exists and holds comments but no statement: the author's way to declare the
     * step irreversible (like Liquibase {@code --rollback empty}); a blank down step is not.
     */
    boolean commentsOnly() {
        statements();
        return commentsOnly;
    }

    private List<ParsedStatement> load() {
        DownStep down = file.down();
        if (down == null || !down.exists() || down.declaredEmpty() && down.ranges().isEmpty()) {
            return List.of();
        }
        String display = file.downDisplayPath();
        SourceFile source;
        try {
            source = loader.load(MigrationFile.plain(down.path(), display));
        } catch (InputException e) {
            problems.add(new InputProblem(display, "down migration: " + e.getMessage()));
            return List.of();
        }
        List<ParsedStatement> parsed = new java.util.ArrayList<>();
        StringBuilder parsedText = new StringBuilder();
        ScanResult scan = parse(source.text(), down.ranges(), dialect, parsed, parsedText);
        commentsOnly = parsed.isEmpty() && !scan.comments().isEmpty();
        List<ParsedStatement> out = List.copyOf(parsed);
        prepared = MigrationLinter.Prepared.of(source, out, parsedText.toString(), scan);
        // the down step runs as the framework runs its up: same tool, same transaction handling; it has no down itself
        dev.miglint.model.TransactionWrapping wrapping = down.wrapping() != null ? down.wrapping() : file.wrapping();
        Boolean inTransaction = down.wrapping() != null ? Boolean.valueOf(down.wrapping().frameworkTransaction())
                : file.runsInTransaction(); // null: not known (a primitive here would unbox it)
        downFile = new MigrationFile(down.path(), display, file.framework(), inTransaction,
                down.ranges().size() == 1 ? down.ranges().get(0) : null, null, wrapping);
        return out;
    }

    /** The down step as a migration of its own, with its text prepared for linting; empty when there is none. */
    java.util.Optional<Rollback> rollback() {
        statements();
        return prepared == null ? java.util.Optional.empty() : java.util.Optional.of(new Rollback(downFile, prepared));
    }

    /** A down step to lint: the file (or section) it is and its parsed text. */
    record Rollback(MigrationFile file, MigrationLinter.Prepared prepared) {
    }

    /** Parses {@code ranges} of {@code text} (all of it when empty) with offsets of the whole text. */
    static List<ParsedStatement> parse(String text, List<Span> ranges, Dialect dialect) {
        List<ParsedStatement> out = new java.util.ArrayList<>();
        parse(text, ranges, dialect, out, new StringBuilder());
        return List.copyOf(out);
    }

    private static ScanResult parse(String text, List<Span> ranges, Dialect dialect, List<ParsedStatement> out,
            StringBuilder parsedText) {
        String input = text;
        int from = 0;
        int to = text.length();
        if (ranges.size() == 1) {
            from = Math.min(ranges.get(0).start(), text.length());
            to = Math.max(from, Math.min(ranges.get(0).end(), text.length()));
        } else if (ranges.size() > 1) {
            char[] masked = text.toCharArray();
            boolean[] keep = new boolean[masked.length];
            for (Span r : ranges) {
                for (int i = r.start(); i < Math.min(r.end(), masked.length); i++) {
                    keep[i] = true;
                }
            }
            for (int i = 0; i < masked.length; i++) {
                if (!keep[i] && masked[i] != '\n' && masked[i] != '\r') {
                    masked[i] = ' ';
                }
            }
            input = new String(masked);
        }
        ScanResult scan = Scanner.scan(input, from, to, dialect);
        out.addAll(new StatementParser(dialect).parse(input, scan));
        parsedText.append(input);
        return scan;
    }
}
