package dev.miglint.lint;

import dev.miglint.rules.Finding;
import dev.miglint.source.SourceFile;
import java.util.List;

/** What linting one migration file produced. {@code source} is null when the file could not be read. */
record FileResult(SourceFile source, List<Finding> findings, int statements, int unparsed, List<InputProblem> problems) {
}
