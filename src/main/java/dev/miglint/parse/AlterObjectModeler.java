package dev.miglint.parse;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Statement.AlterType;
import java.util.List;

/** ALTER of anything but a table: ALTER TYPE, renames of schemas/indexes/sequences/views; MySQL RENAME TABLE. */
final class AlterObjectModeler {
    private AlterObjectModeler() {
    }

    static boolean handles(TokenCursor c) {
        return c.peekWord("ALTER") || c.peekWords("RENAME", "TABLE");
    }

    static Statement model(TokenCursor c) {
        if (c.acceptWords("RENAME", "TABLE")) {
            QualifiedName from = c.qualifiedName();
            c.expectWords("TO");
            QualifiedName to = c.qualifiedName();
            List<AlterAction> actions = new java.util.ArrayList<>(List.of(new AlterAction.RenameTable(to)));
            while (c.accept(dev.miglint.scan.TokenKind.COMMA)) { // further "a TO b" pairs
                QualifiedName next = c.qualifiedName();
                c.expectWords("TO");
                actions.add(new AlterAction.RenameAnotherTable(next, c.qualifiedName()));
            }
            c.skipToEnd();
            return new Statement.AlterTable(from, false, false, actions);
        }
        c.expectWords("ALTER");
        if (c.acceptWords("TYPE")) {
            return alterType(c);
        }
        int start = c.mark();
        ObjectKind kind = renamableKind(c);
        if (kind != null) {
            c.acceptWords("IF", "EXISTS");
            QualifiedName from = c.qualifiedName();
            if (c.acceptWords("RENAME", "TO")) {
                String to = c.identifier();
                c.expectEnd();
                return new Statement.Rename(kind, from, to);
            }
        }
        c.reset(start);
        String keyword = "ALTER " + c.leadingWords(1);
        c.skipToEnd();
        return new Statement.Other(keyword);
    }

    private static ObjectKind renamableKind(TokenCursor c) {
        if (c.acceptWords("MATERIALIZED", "VIEW")) {
            return ObjectKind.MATERIALIZED_VIEW;
        }
        String word = c.acceptAnyWord("SCHEMA", "INDEX", "SEQUENCE", "VIEW", "DOMAIN", "FUNCTION", "PROCEDURE",
                "TRIGGER");
        return word == null ? null : ObjectKind.valueOf(word);
    }

    private static Statement alterType(TokenCursor c) {
        QualifiedName type = c.qualifiedName();
        if (c.acceptWords("ADD", "VALUE")) {
            boolean ifNotExists = c.acceptWords("IF", "NOT", "EXISTS");
            String value = c.literalValue();
            c.skipToEnd(); // BEFORE / AFTER 'x'
            return new AlterType(type, AlterType.Action.ADD_VALUE, value, null, ifNotExists);
        }
        if (c.acceptWords("RENAME", "VALUE")) {
            String from = c.literalValue();
            c.expectWords("TO");
            return new AlterType(type, AlterType.Action.RENAME_VALUE, from, c.literalValue(), false);
        }
        if (c.acceptWords("RENAME", "TO")) {
            return new AlterType(type, AlterType.Action.RENAME, null, c.identifier(), false);
        }
        c.skipToEnd();
        return new AlterType(type, AlterType.Action.OTHER, null, null, false);
    }
}
