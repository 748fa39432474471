package dev.miglint.report;

import dev.miglint.lint.LintResult;
import java.io.IOException;

/** Writes a lint result in one output format. */
public interface Reporter {
    void write(LintResult result, Appendable out) throws IOException;
}
