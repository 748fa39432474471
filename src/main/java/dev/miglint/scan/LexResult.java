package dev.miglint.scan;

import java.util.List;

public record LexResult(List<Token> tokens, List<ScanProblem> problems) {
    public LexResult {
        tokens = List.copyOf(tokens);
        problems = List.copyOf(problems);
    }
}
