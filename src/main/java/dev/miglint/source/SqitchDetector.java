package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sqitch: {@code sqitch.plan} lists the changes in deploy order; {@code deploy/<change>.sql} is the up,
 * {@code revert/<change>.sql} the down, {@code verify/} is not a migration. The engine in
 * {@code sqitch.conf} gives the dialect. Sqitch runs each script through the database's command-line
 * client without a transaction of its own; its templates write BEGIN/COMMIT into the script.
 */
final class SqitchDetector implements FrameworkDetector {
    private static final Pattern ENGINE = Pattern.compile("(?m)^\\s*engine\\s*=\\s*(\\w+)");

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        Path plan = dir.resolve("sqitch.plan");
        if (!Files.isRegularFile(plan)) {
            return List.of();
        }
        Set<String> changes = new LinkedHashSet<>();
        for (String line : ctx.read(plan).split("\n")) {
            String s = line.trim();
            if (s.isEmpty() || s.startsWith("%") || s.startsWith("#") || s.startsWith("@")) {
                continue;
            }
            changes.add(s.split("[\\s\\[]", 2)[0]);
        }
        Dialect declared = null;
        Path conf = dir.resolve("sqitch.conf");
        if (Files.isRegularFile(conf)) {
            Matcher m = ENGINE.matcher(ctx.read(conf));
            if (m.find()) {
                declared = DialectHints.named(m.group(1));
            }
        }
        List<Path> deploys = new ArrayList<>();
        for (String change : changes) {
            Path deploy = dir.resolve("deploy").resolve(change + ".sql");
            if (Files.isRegularFile(deploy) && !ctx.display(deploy).isEmpty()) {
                deploys.add(deploy);
            }
        }
        Dialect dialect = ctx.dialect(dir, declared, deploys);
        List<MigrationFile> files = new ArrayList<>();
        for (Path deploy : deploys) {
            Path revert = dir.resolve("revert").resolve(deploy.getFileName());
            files.add(new MigrationFile(deploy, ctx.display(deploy), Framework.SQITCH.id(), false, null,
                    DownStep.wholeFile(Files.isRegularFile(revert) ? revert : null)));
        }
        return List.of(new History(ctx.display(dir), Framework.SQITCH.id(), dialect, files));
    }
}
