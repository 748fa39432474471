package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.Locale;

/**
 * A mysql-client DELIMITER line in a file for another database: the scanner keeps splitting on ';' there, so the
 * rest of the file is still linted, and this says why the line itself will fail.
 */
@RuleDefinition(id = "delimiter-outside-mysql", level = Level.ERROR,
        summary = "A mysql-client DELIMITER line in a PostgreSQL or SQLite migration is a syntax error there.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE})
public final class DelimiterOutsideMysql implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!startsWithDelimiter(context.statement().text())) {
            return;
        }
        context.report("DELIMITER is a mysql client command, not SQL: this database rejects the line",
                RuleHelp.of(this).text());
    }

    private static boolean startsWithDelimiter(String text) {
        String keyword = "delimiter";
        return text.length() > keyword.length() && text.substring(0, keyword.length()).toLowerCase(Locale.ROOT).equals(keyword)
                && Character.isWhitespace(text.charAt(keyword.length()));
    }
}
