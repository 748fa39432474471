package dev.miglint.parse;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement.Origin;
import dev.miglint.model.Statement;

/**
 * CREATE TABLE, ALTER TABLE and CREATE INDEX: our token recognizer first, JSqlParser when it declines.
 * The recognizer goes first because it is exact (it keeps defaults and types as written), handles the
 * PostgreSQL/MySQL/SQLite forms JSqlParser 5.x rejects, and is about two orders of magnitude faster.
 */
final class DdlModeler {

    record Modelled(Statement model, Origin origin) { }

    private final CreateTableRecognizer createTable;
    private final AlterTableRecognizer alterTable;
    private final CreateIndexRecognizer createIndex = new CreateIndexRecognizer();
    private final JSqlParserAdapter jsqlParser = new JSqlParserAdapter();

    DdlModeler(Dialect dialect) {
        ConstraintRecognizer constraints = new ConstraintRecognizer(dialect);
        ColumnDefinitionRecognizer columns = new ColumnDefinitionRecognizer(constraints);
        this.createTable = new CreateTableRecognizer(dialect, constraints, columns);
        this.alterTable = new AlterTableRecognizer(constraints, columns);
    }

    /** @param maskedText the statement text with placeholders masked, for JSqlParser */
    Modelled model(StatementClass kind, TokenCursor c, String maskedText) {
        int start = c.mark();
        try {
            return new Modelled(recognize(kind, c), Origin.RECOGNIZER);
        } catch (NotRecognizedException recognizerReason) {
            c.reset(start);
            try {
                return new Modelled(jsqlParser.parse(maskedText), Origin.JSQLPARSER);
            } catch (NotRecognizedException jsqlReason) {
                return new Modelled(new Statement.Unparsed(recognizerReason.getMessage() + "; " + jsqlReason.getMessage()),
                        Origin.UNPARSED);
            }
        }
    }

    Statement recognize(StatementClass kind, TokenCursor c) {
        Statement model = switch (kind) {
            case CREATE_TABLE -> createTable.recognize(c);
            case ALTER_TABLE -> alterTable.recognize(c);
            case CREATE_INDEX -> createIndex.recognize(c);
            default -> throw new IllegalArgumentException(kind.name());
        };
        c.expectEnd();
        return model;
    }

    Statement parseWithJSqlParser(String maskedText) {
        return jsqlParser.parse(maskedText);
    }
}
