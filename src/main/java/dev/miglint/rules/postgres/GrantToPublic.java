package dev.miglint.rules.postgres;

import dev.miglint.model.StatementTokens;
import dev.miglint.rules.Concern;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;

/** A GRANT (also inside ALTER DEFAULT PRIVILEGES) whose grantees include PUBLIC, that is every role. */
@RuleDefinition(id = "grant-to-public", concern = Concern.SECURITY, level = Level.WARNING,
        summary = "GRANT ... TO PUBLIC gives the privilege to every role, present and future.")
public final class GrantToPublic implements Rule {

    @Override
    public void check(RuleContext context) {
        List<String> tokens = context.statement().tokens().texts();
        int grant = indexOfWord(tokens, "GRANT", 0);
        if (grant < 0 || !(grant == 0 || tokens.get(0).equalsIgnoreCase("ALTER"))) {
            return;
        }
        // the grantees follow the last TO; "ON SCHEMA public" before it names a schema, not the grantee
        int to = -1;
        for (int i = grant; i < tokens.size(); i++) {
            to = tokens.get(i).equalsIgnoreCase("TO") ? i : to;
        }
        for (int i = to + 1; to >= 0 && i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equalsIgnoreCase("WITH") || t.equalsIgnoreCase("GRANTED") || t.equals(";")) {
                return;
            }
            if (t.equalsIgnoreCase("PUBLIC")) {
                context.report("GRANT to PUBLIC gives the privilege to every role, including roles created later",
                        RuleHelp.of(this).text());
                return;
            }
        }
    }

    private static int indexOfWord(List<String> tokens, String word, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase(word)) {
                return i;
            }
        }
        return -1;
    }
}
