package dev.miglint.parse;

import dev.miglint.model.AlterAction;
import dev.miglint.model.DataType;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Statement.AlterType;
import dev.miglint.scan.TokenKind;
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
            List<AlterAction.TablePair> more = new java.util.ArrayList<>();
            while (c.peekKind(TokenKind.COMMA)) { // further "a TO b" pairs, renamed atomically with the first
                c.next();
                QualifiedName otherFrom = c.qualifiedName();
                c.expectWords("TO");
                more.add(new AlterAction.TablePair(otherFrom, c.qualifiedName()));
            }
            c.skipToEnd();
            return new Statement.AlterTable(from, false, false, List.of(new AlterAction.RenameTable(to, more)));
        }
        c.expectWords("ALTER");
        if (c.acceptWords("TYPE")) {
            return alterType(c);
        }
        int start = c.mark();
        if (c.acceptWords("POLICY")) {
            return PolicyModeler.onTable(c, "ALTER POLICY");
        }
        if (c.acceptWords("DOMAIN")) {
            Statement domain = alterDomain(c);
            if (domain != null) {
                return domain;
            }
            c.reset(start);
        } else if (c.acceptWords("SEQUENCE")) {
            Statement sequence = alterSequence(c);
            if (sequence != null) {
                return sequence;
            }
            c.reset(start);
        }
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

    /** ALTER DOMAIN's constraint forms; null for RENAME TO (a {@link Statement.Rename}). */
    private static Statement alterDomain(TokenCursor c) {
        QualifiedName domain = c.qualifiedName();
        if (c.peekWords("RENAME", "TO")) {
            return null;
        }
        Statement.AlterDomain.Action action;
        String constraint = null;
        boolean notNull = false;
        boolean notValid = false;
        if (c.acceptWords("ADD")) {
            action = Statement.AlterDomain.Action.ADD_CONSTRAINT;
            if (c.acceptWords("CONSTRAINT")) {
                constraint = c.identifier();
            }
            notNull = c.acceptWords("NOT", "NULL");
            while (!c.atEnd()) {
                if (c.acceptWords("NOT", "VALID")) {
                    notValid = true;
                } else {
                    c.skipItem();
                }
            }
        } else if (c.acceptWords("VALIDATE", "CONSTRAINT")) {
            action = Statement.AlterDomain.Action.VALIDATE_CONSTRAINT;
            constraint = c.identifier();
        } else if (c.acceptWords("DROP", "CONSTRAINT")) {
            action = Statement.AlterDomain.Action.DROP_CONSTRAINT;
            c.acceptWords("IF", "EXISTS");
            constraint = c.identifier();
        } else if (c.acceptWords("SET", "NOT", "NULL")) {
            action = Statement.AlterDomain.Action.SET_NOT_NULL;
        } else if (c.acceptWords("DROP", "NOT", "NULL")) {
            action = Statement.AlterDomain.Action.DROP_NOT_NULL;
        } else {
            action = Statement.AlterDomain.Action.OTHER;
        }
        c.skipToEnd();
        return new Statement.AlterDomain(domain, action, constraint, notNull, notValid);
    }

    /** ALTER SEQUENCE's options (AS type, CACHE, RESTART...); null for RENAME TO (a {@link Statement.Rename}). */
    private static Statement alterSequence(TokenCursor c) {
        c.acceptWords("IF", "EXISTS");
        QualifiedName sequence = c.qualifiedName();
        if (c.peekWords("RENAME", "TO")) {
            return null;
        }
        DataType as = null;
        boolean restartsAtStart = false;
        while (!c.atEnd()) {
            if (c.acceptWords("RESTART")) {
                boolean with = c.acceptWords("WITH");
                if (c.peekKind(TokenKind.NUMBER)) {
                    restartsAtStart = startsAtOneOrBelow(c.next().text(c.source()));
                } else {
                    restartsAtStart = !with && (c.atEnd() || c.peekKind(TokenKind.WORD)); // no value: back to START
                }
            } else if (c.acceptWords("AS")) {
                int from = c.mark();
                c.next();
                if (c.peekWord("PRECISION")) { // double precision is no sequence type, but keep the words together
                    c.next();
                }
                as = DataType.parse(c.textBetween(from, c.mark()));
            } else {
                c.skipItem();
            }
        }
        return new Statement.AlterSequence(sequence, as, restartsAtStart);
    }

    private static boolean startsAtOneOrBelow(String number) {
        try {
            return new java.math.BigDecimal(number).compareTo(java.math.BigDecimal.ONE) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
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
