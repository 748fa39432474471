package dev.miglint.parse;

import dev.miglint.model.Statement;

/** {@code CREATE POLICY name ON table ...} and {@code ALTER POLICY name ON table ...}, after the POLICY keyword. */
final class PolicyModeler {
    private PolicyModeler() {
    }

    static Statement onTable(TokenCursor c, String keyword) {
        c.acceptWords("IF", "NOT", "EXISTS");
        c.identifier();
        c.expectWords("ON");
        Statement statement = new Statement.OnTable(keyword, c.qualifiedName());
        c.skipToEnd();
        return statement;
    }
}
