package dev.miglint.model;

/** Why a statement is not valid SQL, in miglint's words, and the part of the file that shows it. */
public record SyntaxProblem(Span at, String message) {
}
