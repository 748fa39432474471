package dev.miglint.lint;

import dev.miglint.config.Config;
import dev.miglint.source.History;
import dev.miglint.source.MigrationFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * With {@code --start-after} (or {@code start_after} in the config), the named migration and those before it
 * in its history become context: replayed for the schema, their findings not reported.
 */
final class StartAfter {
    private StartAfter() {
    }

    static List<History> apply(LintRequest request, Config config, List<History> histories) throws RequestException {
        String flag = request.startAfter();
        String marker = flag != null ? flag : config.startAfter();
        if (marker == null) {
            return histories;
        }
        String origin = flag != null ? "--start-after" : "start_after";
        Path cwd = request.workingDirectory();
        Path base = flag != null || config.file() == null ? cwd : config.file().toAbsolutePath().getParent();
        List<History> out = new ArrayList<>();
        boolean found = false;
        for (History h : histories) {
            int last = indexOf(h.files(), marker, base, cwd);
            found |= last >= 0;
            out.add(last < 0 ? h : new History(h.name(), h.framework(), h.dialect(), h.files(),
                    Math.max(h.contextFiles(), last + 1)));
        }
        if (!found && !histories.isEmpty()) {
            throw new RequestException(origin + ": no linted migration is named '" + marker + "'");
        }
        return out;
    }

    private static int indexOf(List<MigrationFile> files, String marker, Path base, Path workingDirectory) {
        String slashed = marker.replace('\\', '/');
        Path byBase = base.resolve(marker).toAbsolutePath().normalize();
        Path byCwd = workingDirectory.resolve(marker).toAbsolutePath().normalize();
        for (int i = 0; i < files.size(); i++) {
            MigrationFile f = files.get(i);
            Path p = f.path().toAbsolutePath().normalize();
            if (f.displayPath().equals(slashed) || p.equals(byBase) || p.equals(byCwd)
                    || (!slashed.contains("/") && p.getFileName() != null && p.getFileName().toString().equals(slashed))) {
                return i;
            }
        }
        return -1;
    }
}
