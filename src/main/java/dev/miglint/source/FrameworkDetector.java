package dev.miglint.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Recognises one migration framework's directory layout. {@link HistoryFinder} tries the detectors in
 * order on each directory it visits; the first that returns histories owns the directory.
 */
interface FrameworkDetector {

    /** The histories when {@code dir} is a migration directory of this framework; an empty list otherwise. */
    List<History> detect(Path dir, DetectContext context) throws IOException;

    /** The built-in detectors, most specific layouts first; plain numbered files are the fallback. */
    static List<FrameworkDetector> all() {
        return List.of(new PrismaDetector(), new DrizzleDetector(), new SqitchDetector(), new DieselDetector(),
                new LiquibaseDetector(), new GooseDetector(), new SqlMigrateDetector(), new DbmateDetector(), new PopDetector(),
                new FlywayDetector(), new GolangMigrateDetector(), new AutheliaDetector(), new TemporalDetector());
    }
}
