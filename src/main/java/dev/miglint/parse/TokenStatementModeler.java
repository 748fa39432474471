package dev.miglint.parse;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.scan.TokenKind;
import java.util.Set;

/** Models the statements no rule needs in full directly from their tokens, without a full parse. */
final class TokenStatementModeler {

    /** Leading words of statements that are understood to be harmless as they stand. */
    private static final Set<String> HARMLESS = Set.of("GRANT", "REVOKE", "SELECT", "VALUES", "TABLE", "ANALYZE",
            "ANALYSE", "COPY", "CALL", "NOTIFY", "LISTEN", "UNLISTEN", "DISCARD", "SHOW", "USE", "CHECKPOINT", "EXPLAIN",
            "SECURITY", "IMPORT", "DECLARE", "FETCH", "CLOSE", "MOVE", "EXECUTE", "PREPARE", "DEALLOCATE", "DESCRIBE",
            "OPTIMIZE", "FLUSH", "UNLOCK", "ATTACH", "DETACH", "LOAD", "REASSIGN", "PERFORM", "RAISE", "RETURN", "KILL",
            "HANDLER", "REPAIR", "CHECKSUM", "INSTALL", "UNINSTALL", "DELIMITER", "SOURCE", "MERGE", "CHECK",
            "IF", "ELSE", "ELSIF", "ELSEIF", "LOOP", "WHILE", "FOR", "EXCEPTION", "GET", "OPEN", "EXIT", "CONTINUE",
            "SIGNAL", "RESIGNAL", "ITERATE", "LEAVE", "REPEAT", "CASE", "NULL", "ASSERT", "COMMENT", "XA");

    private TokenStatementModeler() {
    }

    static Statement model(TokenCursor c, Dialect dialect) {
        if (DmlModeler.handles(c)) {
            return DmlModeler.model(c);
        }
        if (SessionModeler.handles(c)) {
            return SessionModeler.model(c, dialect);
        }
        if (MaintenanceModeler.handles(c)) {
            return MaintenanceModeler.model(c, dialect);
        }
        if (DropModeler.handles(c)) {
            return DropModeler.model(c);
        }
        if (c.peekWord("CREATE")) {
            return CreateObjectModeler.model(c);
        }
        if (AlterObjectModeler.handles(c)) {
            return AlterObjectModeler.model(c);
        }
        return harmless(c);
    }

    private static Statement harmless(TokenCursor c) {
        if (c.peekWord("SELECT")) {
            Statement settings = SessionModeler.setConfig(c);
            if (settings != null) {
                return settings;
            }
        }
        if (c.peekKind(TokenKind.LPAREN) && c.peekAnyWordAt(1, "SELECT", "WITH", "VALUES")) {
            c.skipToEnd();
            return new Statement.Other("SELECT");
        }
        String first = c.peekUpperWord(0);
        if (!HARMLESS.contains(first)) {
            throw new NotRecognizedException("unknown statement " + c.near());
        }
        String keyword = first.equals("COMMENT") || first.equals("SECURITY") ? c.leadingWords(2) : first;
        c.skipToEnd();
        return new Statement.Other(keyword);
    }
}
