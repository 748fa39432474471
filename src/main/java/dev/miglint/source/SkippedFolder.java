package dev.miglint.source;

/**
 * A folder (or file) under a given PATH that discovery did not take as a history, and why: seed data, test
 * fixtures, database container init scripts, schema dumps, or SQL outside the folders a framework's configuration
 * names. {@code path} is a display path.
 */
public record SkippedFolder(String path, String why) {
}
