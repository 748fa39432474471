package dev.miglint.lint;

import dev.miglint.rules.Finding;
import dev.miglint.source.SourceFile;
import java.util.List;

/**
 * What linting one migration file produced. {@code source} is null when the file could not be read.
 * {@code generatedAdviceLeftOut}: advice findings left out because their only fix is an edit of generated SQL.
 * {@code rollback}: what linting the migration's down step produced (its findings marked as such); null when the down
 * step was not linted.
 */
record FileResult(SourceFile source, List<Finding> findings, int statements, int unparsed, List<InputProblem> problems,
        int generatedAdviceLeftOut, FileResult rollback) {

    FileResult(SourceFile source, List<Finding> findings, int statements, int unparsed, List<InputProblem> problems,
            int generatedAdviceLeftOut) {
        this(source, findings, statements, unparsed, problems, generatedAdviceLeftOut, null);
    }
}
