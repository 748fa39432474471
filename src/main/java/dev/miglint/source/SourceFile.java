package dev.miglint.source;

import java.nio.file.Path;

/** A migration file's decoded text (BOM removed) with the path reports show for it. */
public record SourceFile(Path path, String displayPath, String text) {
}
