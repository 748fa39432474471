package dev.miglint.parse;

import dev.miglint.model.DataType;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.RoutineSignature;
import dev.miglint.model.Statement;
import dev.miglint.model.Volatility;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** CREATE of anything but a table or an index: routines, views, sequences, types, schemas, policies... */
final class CreateObjectModeler {

    /** The words that name what is created; anything before them is a modifier (OR REPLACE, DEFINER = x, TEMP...). */
    private static final List<String> KIND_WORDS = List.of("FUNCTION", "PROCEDURE", "TRIGGER", "AGGREGATE", "VIEW",
            "MATERIALIZED", "SEQUENCE", "EXTENSION", "SCHEMA", "DATABASE", "TYPE", "DOMAIN", "TABLE", "POLICY",
            "ROLE", "USER", "RULE", "EVENT", "COLLATION", "PUBLICATION", "SUBSCRIPTION", "SERVER", "CAST",
            "OPERATOR", "TEXT", "STATISTICS", "TABLESPACE", "LANGUAGE", "PROCEDURAL", "FOREIGN", "ACCESS", "TRANSFORM",
            "CONVERSION", "GROUP");

    private CreateObjectModeler() {
    }

    static Statement model(TokenCursor c) {
        c.expectWords("CREATE");
        boolean orReplace = c.peekWords("OR", "REPLACE");
        while (!c.atEnd() && !c.peekAnyWord(KIND_WORDS.toArray(String[]::new))) {
            c.next();
        }
        if (c.atEnd()) {
            throw new NotRecognizedException("unknown CREATE statement");
        }
        String kind = c.peekUpperWord(0);
        switch (kind) {
            case "FUNCTION", "PROCEDURE", "TRIGGER", "AGGREGATE" -> {
                c.next();
                c.acceptWords("IF", "NOT", "EXISTS");
                ObjectKind k = kind.equals("AGGREGATE") ? ObjectKind.FUNCTION : ObjectKind.valueOf(kind);
                QualifiedName name = c.qualifiedName();
                QualifiedName table = k == ObjectKind.TRIGGER ? triggerTable(c) : null;
                Volatility volatility = k == ObjectKind.FUNCTION ? declaredVolatility(c) : Volatility.VOLATILE;
                RoutineSignature signature = kind.equals("FUNCTION") ? RoutineSignatureReader.read(c) : null;
                return new Statement.CreateRoutine(k, rest(c, name), table, orReplace, volatility, signature);
            }
            case "MATERIALIZED" -> {
                c.expectWords("MATERIALIZED", "VIEW");
                return createOther(c, ObjectKind.MATERIALIZED_VIEW);
            }
            case "VIEW", "SEQUENCE", "EXTENSION", "DATABASE" -> {
                c.next();
                return createOther(c, ObjectKind.valueOf(kind));
            }
            case "SCHEMA" -> {
                c.next();
                boolean ifNotExists = c.acceptWords("IF", "NOT", "EXISTS");
                c.acceptWords("AUTHORIZATION");
                return new Statement.CreateOther(ObjectKind.SCHEMA, rest(c, c.qualifiedName()), ifNotExists);
            }
            case "TABLE" -> { // CREATE VIRTUAL TABLE (SQLite FTS/R-tree)
                c.next();
                return createOther(c, ObjectKind.TABLE);
            }
            case "TYPE" -> {
                c.next();
                return createType(c);
            }
            case "DOMAIN" -> {
                c.next();
                return createDomain(c);
            }
            case "POLICY" -> {
                c.next();
                return PolicyModeler.onTable(c, "CREATE POLICY");
            }
            default -> {
                String keyword = "CREATE " + c.leadingWords(kind.equals("MATERIALIZED") || kind.equals("EVENT") ? 2 : 1);
                c.skipToEnd();
                return new Statement.Other(keyword);
            }
        }
    }

    /**
     * The table of {@code CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name {BEFORE|AFTER|INSTEAD OF} event [OR ...]
     * ON table ...} (also MySQL's and SQLite's {@code ... ON table FOR EACH ROW}): the name after the first ON.
     */
    private static QualifiedName triggerTable(TokenCursor c) {
        while (!c.atEnd() && !c.peekWord("ON")) {
            if (c.peekAnyWord("FOR", "EXECUTE", "BEGIN", "WHEN", "FROM", "REFERENCING")) {
                return null;
            }
            c.next();
        }
        if (!c.acceptWords("ON")) {
            return null;
        }
        c.acceptWords("ONLY");
        return c.qualifiedName();
    }

    private static Statement createOther(TokenCursor c, ObjectKind kind) {
        boolean ifNotExists = c.acceptWords("IF", "NOT", "EXISTS");
        return new Statement.CreateOther(kind, rest(c, c.qualifiedName()), ifNotExists);
    }

    /** IMMUTABLE / STABLE / VOLATILE among the function's top-level attributes (not in its body); VOLATILE if none. */
    private static Volatility declaredVolatility(TokenCursor c) {
        for (Volatility v : List.of(Volatility.IMMUTABLE, Volatility.STABLE)) {
            if (c.hasTopLevelWord(v.name())) {
                return v;
            }
        }
        return Volatility.VOLATILE;
    }

    private static QualifiedName rest(TokenCursor c, QualifiedName name) {
        c.skipToEnd();
        return name;
    }

    /** {@code CREATE DOMAIN name [AS] type [COLLATE c] [DEFAULT e] [[CONSTRAINT n] {NOT NULL | NULL | CHECK (e)}]...}. */
    private static Statement createDomain(TokenCursor c) {
        c.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName name = c.qualifiedName();
        c.acceptWords("AS");
        int from = c.mark();
        while (!c.atEnd() && !c.peekAnyWord("COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK")) {
            c.skipItem();
        }
        DataType base = DataType.parse(c.textBetween(from, c.mark()));
        boolean notNull = false;
        int checks = 0;
        List<String> checkExpressions = new java.util.ArrayList<>();
        while (!c.atEnd()) {
            if (c.acceptWords("NOT", "NULL")) {
                notNull = true;
            } else if (c.acceptWords("CHECK")) {
                checks++;
                if (c.peekKind(dev.miglint.scan.TokenKind.LPAREN)) {
                    checkExpressions.add(c.parenthesized().restText());
                }
            } else {
                c.skipItem();
            }
        }
        return new Statement.CreateType(name, List.of(), new Statement.DomainDef(base, notNull, checks, checkExpressions));
    }

    /** {@code CREATE TYPE name AS ENUM ('a', 'b')}; composite, range and base types and domains have no values. */
    private static Statement createType(TokenCursor c) {
        c.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName name = c.qualifiedName();
        List<String> values = new ArrayList<>();
        if (c.acceptWords("AS", "ENUM")) {
            TokenCursor inside = c.parenthesized();
            for (TokenCursor value : inside.splitAtTopLevelCommas()) {
                if (value.peekKind(TokenKind.STRING)) {
                    values.add(value.literalValue());
                }
            }
        }
        return new Statement.CreateType(rest(c, name), values);
    }
}
