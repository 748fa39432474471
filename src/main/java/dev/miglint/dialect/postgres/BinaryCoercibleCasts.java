package dev.miglint.dialect.postgres;

import dev.miglint.model.DataType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's binary-coercible casts (pg_cast.castmethod = 'b', citext's included), as the embedded server's catalog
 * lists them: {@code pg-binary-coercible-casts.txt}, re-derived and compared by BinaryCoercibleCastsTest so it cannot
 * drift from the engine. Each pair also records whether an index on the column survives ALTER COLUMN TYPE (same
 * operator family) or is rebuilt; the engine measured both.
 */
public final class BinaryCoercibleCasts {
    public static final String RESOURCE = "pg-binary-coercible-casts.txt";

    /** What ALTER COLUMN TYPE along a binary-coercible cast does to an index on the column. */
    public enum Index { KEPT, REBUILT, NONE }

    private static final Map<String, Index> CASTS = load();

    private BinaryCoercibleCasts() {
    }

    /** The index effect of changing {@code from} to {@code to} (canonical names), empty when the cast is not binary coercible. */
    public static Optional<Index> of(String from, String to) {
        return Optional.ofNullable(CASTS.get(DataType.canonicalName(from) + " -> " + DataType.canonicalName(to)));
    }

    private static Map<String, Index> load() {
        Map<String, Index> casts = new HashMap<>();
        try (InputStream in = BinaryCoercibleCasts.class.getResourceAsStream(RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                casts.put(f[0] + " -> " + f[1], Index.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(casts);
    }
}
