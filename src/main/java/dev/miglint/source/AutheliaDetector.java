package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Authelia's own migrator: {@code V<version>.<Name>.up.sql} / {@code .down.sql} in numeric version order.
 * Its transaction handling is not modelled (unknown).
 */
final class AutheliaDetector implements FrameworkDetector {
    private static final Pattern NAME = Pattern.compile("^V(\\d+)\\.(.+)\\.(up|down)\\.sql$");

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<UpDownPairs.Name> names = UpDownPairs.parse(ctx.sqlFiles(dir), NAME);
        List<UpDownPairs.Name> ups = UpDownPairs.sortedUps(names);
        if (ups.isEmpty()) {
            return List.of();
        }
        Map<String, Path> downs = UpDownPairs.downs(names);
        Dialect dialect = ctx.dialect(dir, null, ups.stream().map(UpDownPairs.Name::path).toList());
        List<MigrationFile> files = ups.stream().map(up -> new MigrationFile(up.path(), ctx.display(up.path()),
                Framework.AUTHELIA.id(), null, null, DownStep.wholeFile(downs.get(up.key())))).toList();
        return List.of(new History(ctx.display(dir), Framework.AUTHELIA.id(), dialect, files));
    }
}
