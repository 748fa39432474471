package dev.miglint.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Authelia's own migrator: {@code V<version>.<Name>.up.sql} / {@code .down.sql} in numeric version order.
 * Its transaction handling is not modelled (unknown).
 */
final class AutheliaDetector implements FrameworkDetector {
    private static final Pattern NAME = Pattern.compile("^V(\\d+)\\.(.+)\\.(up|down)\\.sql$");

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        return UpDownPairs.history(dir, ctx, NAME, Framework.AUTHELIA, dialect -> null);
    }
}
