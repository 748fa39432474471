package dev.miglint.dryrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drizzle's migrator names a migration in its record only by {@code created_at}, the {@code when} of the file's
 * entry in {@code meta/_journal.json} (its "folderMillis"), and applies every journal entry later than the newest
 * recorded one. The {@code hash} column is the SHA-256 of the file as it was applied.
 */
final class DrizzleJournal {
    private DrizzleJournal() {
    }

    /** The journal's {@code when} for this migration file, or null when no journal lists it. */
    static Long folderMillis(Path file) {
        Path dir = file.getParent();
        if (dir == null) {
            return null;
        }
        Path journal = dir.resolve("meta").resolve("_journal.json");
        if (!Files.isRegularFile(journal)) {
            return null;
        }
        String tag = file.getFileName().toString().replaceFirst("\\.sql$", "");
        try {
            for (JsonNode entry : new ObjectMapper().readTree(journal.toFile()).path("entries")) {
                if (tag.equals(entry.path("tag").asText()) && entry.path("when").canConvertToLong()) {
                    return entry.path("when").asLong();
                }
            }
        } catch (IOException e) {
            // an unreadable journal: discovery has already said so; the file then matches no record row
        }
        return null;
    }
}
