package dev.miglint.parse;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ColumnDef.Generated;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.ConstraintDef.Kind;
import dev.miglint.model.DataType;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.SqlExpr;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ExcludeConstraint;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The only class that touches JSqlParser: parses CREATE TABLE, ALTER TABLE and CREATE INDEX under a time
 * limit and maps the result to our model. It is the fallback for what our recognizer declines, so it keeps
 * to what JSqlParser's tree reliably tells; unmapped ALTER operations become {@link AlterAction.Other}.
 */
final class JSqlParserAdapter {

    /**
     * A safety net only: {@link JSqlParserBudget} keeps JSqlParser to statements it parses quickly, so that this
     * limit (which would make the output depend on machine load) is not reached in practice.
     */
    static final long TIME_LIMIT_MS = Long.getLong("miglint.jsqlparser.timeLimitMs", 20_000);

    private final JSqlParserBudget budget = new JSqlParserBudget();

    /** Shared daemon threads: JSqlParser runs a parse on an executor to enforce its time limit. */
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "miglint-jsqlparser");
        t.setDaemon(true);
        return t;
    });

    /** The model, or a {@link NotRecognizedException} with JSqlParser's complaint. */
    Statement parse(String maskedText) {
        String refusal = budget.refusal(maskedText);
        if (refusal != null) {
            throw new NotRecognizedException(refusal);
        }
        long limit = TIME_LIMIT_MS;
        net.sf.jsqlparser.statement.Statement parsed;
        try {
            parsed = CCJSqlParserUtil.parse(maskedText, EXECUTOR,
                    parser -> parser.withTimeOut(limit).withAllowComplexParsing(false));
        } catch (JSQLParserException e) {
            if (e.getCause() instanceof java.util.concurrent.TimeoutException) {
                throw new NotRecognizedException("JSqlParser gave up after its " + limit + " ms time limit");
            }
            throw new NotRecognizedException("JSqlParser: " + firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new NotRecognizedException("JSqlParser failed: " + e.getClass().getSimpleName());
        }
        try {
            return model(parsed, maskedText);
        } catch (NotRecognizedException e) {
            throw e;
        } catch (RuntimeException e) {
            // JSqlParser accepts some statements with parts of its tree missing (ADD "x" without a type)
            throw new NotRecognizedException("JSqlParser's reading of the statement is incomplete ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private Statement model(net.sf.jsqlparser.statement.Statement parsed, String maskedText) {
        if (parsed instanceof CreateTable ct) {
            return createTable(ct);
        }
        if (parsed instanceof Alter alter) {
            return alterTable(alter);
        }
        if (parsed instanceof CreateIndex ci) {
            return createIndex(ci, maskedText);
        }
        throw new NotRecognizedException("JSqlParser read an unexpected " + (parsed == null ? "nothing" : parsed.getClass().getSimpleName()));
    }

    private static String typeOf(net.sf.jsqlparser.statement.create.table.ColDataType type) {
        if (type == null) {
            throw new NotRecognizedException("JSqlParser read a column without a type");
        }
        return type.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static QualifiedName name(Table table) {
        return QualifiedName.parse(table.getFullyQualifiedName());
    }

    private static String ident(String raw) {
        return raw == null ? null : dev.miglint.model.Identifiers.normalize(raw);
    }

    private static List<String> idents(List<String> raw) {
        return raw == null ? List.of() : raw.stream().map(JSqlParserAdapter::ident).toList();
    }

    private Statement createTable(CreateTable ct) {
        List<ColumnDef> columns = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        if (ct.getColumnDefinitions() != null) {
            for (ColumnDefinition cd : ct.getColumnDefinitions()) {
                columns.add(column(cd, constraints));
            }
        }
        if (ct.getIndexes() != null) {
            for (Index index : ct.getIndexes()) {
                ConstraintDef c = constraint(index);
                if (c != null) {
                    constraints.add(c);
                }
            }
        }
        List<String> options = ct.getCreateOptionsStrings() == null ? List.of() : ct.getCreateOptionsStrings();
        boolean temporary = options.stream().anyMatch(o -> o.toUpperCase(Locale.ROOT).startsWith("TEMP"));
        return new Statement.CreateTable(name(ct.getTable()), columns, constraints, ct.isIfNotExists(), temporary,
                ct.getSelect() != null, null);
    }

    /** Column specs come as a list of words ("NOT", "NULL", "DEFAULT", "0"); the inline constraints are lifted. */
    private static ColumnDef column(ColumnDefinition cd, List<ConstraintDef> lifted) {
        String name = ident(cd.getColumnName());
        List<String> specs = cd.getColumnSpecs() == null ? List.of() : cd.getColumnSpecs();
        List<String> upper = specs.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        String joined = " " + String.join(" ", upper) + " ";
        boolean notNull = joined.contains(" NOT NULL ");
        boolean primaryKey = joined.contains(" PRIMARY KEY ");
        boolean unique = upper.contains("UNIQUE");
        boolean identity = joined.contains(" IDENTITY ") || upper.contains("AUTO_INCREMENT") || upper.contains("AUTOINCREMENT");
        Generated generated = joined.contains(" AS (") || joined.contains(" AS(")
                ? (upper.contains("STORED") ? Generated.STORED : Generated.VIRTUAL) : Generated.NONE;
        SqlExpr defaultValue = null;
        int d = upper.indexOf("DEFAULT");
        if (d >= 0 && d + 1 < specs.size()) {
            defaultValue = new SqlExpr(specs.get(d + 1));
        }
        if (primaryKey) {
            lifted.add(new ConstraintDef(null, Kind.PRIMARY_KEY, List.of(name), null, List.of(), null, false, null));
        }
        if (unique) {
            lifted.add(new ConstraintDef(null, Kind.UNIQUE, List.of(name), null, List.of(), null, false, null));
        }
        int r = upper.indexOf("REFERENCES");
        if (r >= 0 && r + 1 < specs.size()) {
            String target = specs.get(r + 1);
            int paren = target.indexOf('(');
            QualifiedName table = QualifiedName.parse(paren >= 0 ? target.substring(0, paren) : target);
            lifted.add(new ConstraintDef(null, Kind.FOREIGN_KEY, List.of(name), table, List.of(), null, false, null));
        }
        return new ColumnDef(name, DataType.parse(typeOf(cd.getColDataType())), notNull, defaultValue, generated,
                identity, primaryKey, unique);
    }

    private static ConstraintDef constraint(Index index) {
        String name = ident(index.getName());
        if (index instanceof ForeignKeyIndex fk) {
            return new ConstraintDef(name, Kind.FOREIGN_KEY, idents(fk.getColumnsNames()), name(fk.getTable()),
                    idents(fk.getReferencedColumnNames()), null, false, null);
        }
        if (index instanceof CheckConstraint check) {
            return new ConstraintDef(name, Kind.CHECK, List.of(), null, List.of(),
                    new SqlExpr(String.valueOf(check.getExpression())), false, null);
        }
        if (index instanceof ExcludeConstraint exclude) {
            return new ConstraintDef(name, Kind.EXCLUDE, List.of(), null, List.of(),
                    new SqlExpr(String.valueOf(exclude.getExpression())), false, null);
        }
        String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        if (type.startsWith("PRIMARY")) {
            return new ConstraintDef(name, Kind.PRIMARY_KEY, idents(index.getColumnsNames()), null, List.of(), null, false, null);
        }
        if (type.startsWith("UNIQUE")) {
            return new ConstraintDef(name, Kind.UNIQUE, idents(index.getColumnsNames()), null, List.of(), null, false, null);
        }
        return null; // a MySQL KEY/INDEX: an index of the new table, not a constraint
    }

    private Statement alterTable(Alter alter) {
        List<AlterAction> actions = new ArrayList<>();
        if (alter.getAlterExpressions() != null) {
            for (AlterExpression e : alter.getAlterExpressions()) {
                alterAction(e, actions);
            }
        }
        return new Statement.AlterTable(name(alter.getTable()), alter.isUseTableIfExists(), alter.isUseOnly(), actions);
    }

    private static void alterAction(AlterExpression e, List<AlterAction> out) {
        String op = e.getOperation() == null ? "UNSPECIFIC" : e.getOperation().name();
        switch (op) {
            case "ADD" -> {
                if (e.getColDataTypeList() != null) {
                    for (AlterExpression.ColumnDataType cd : e.getColDataTypeList()) {
                        List<ConstraintDef> lifted = new ArrayList<>();
                        out.add(new AlterAction.AddColumn(column(cd, lifted), e.isUseIfNotExists()));
                        lifted.forEach(c -> out.add(new AlterAction.AddConstraint(c, true)));
                    }
                    return;
                }
                ConstraintDef c = e.getIndex() == null ? null : constraint(e.getIndex());
                if (c != null) {
                    out.add(new AlterAction.AddConstraint(c));
                    return;
                }
            }
            case "DROP" -> {
                if (e.getColumnName() != null) {
                    out.add(new AlterAction.DropColumn(ident(e.getColumnName()), e.isUsingIfExists(), false));
                    return;
                }
                if (e.getConstraintName() != null) {
                    out.add(new AlterAction.DropConstraint(ident(e.getConstraintName()), e.isUsingIfExists(), false));
                    return;
                }
            }
            case "MODIFY", "CHANGE" -> {
                if (e.getColDataTypeList() != null) {
                    for (AlterExpression.ColumnDataType cd : e.getColDataTypeList()) {
                        String column = ident(cd.getColumnName());
                        String old = ident(e.getColumnOldName());
                        if (old != null && !old.equals(column)) {
                            out.add(new AlterAction.RenameColumn(old, column));
                        }
                        out.add(new AlterAction.AlterColumnType(column, DataType.parse(typeOf(cd.getColDataType())), null));
                    }
                    return;
                }
            }
            case "RENAME" -> {
                if (e.getColumnOldName() != null && e.getColumnName() != null) {
                    out.add(new AlterAction.RenameColumn(ident(e.getColumnOldName()), ident(e.getColumnName())));
                    return;
                }
            }
            case "RENAME_TABLE" -> {
                if (e.getNewTableName() != null) {
                    out.add(new AlterAction.RenameTable(QualifiedName.parse(e.getNewTableName())));
                    return;
                }
            }
            case "ALGORITHM", "LOCK" -> {
                String value = op.equals("LOCK") ? e.getLockOption() : e.getAlgorithmOption();
                if (value != null) {
                    out.add(new AlterAction.TableOption(op, value.toUpperCase(Locale.ROOT)));
                    return;
                }
            }
            default -> { }
        }
        out.add(new AlterAction.Other(op.replace('_', ' '), e.toString()));
    }

    /** Flags (UNIQUE, CONCURRENTLY, IF NOT EXISTS) and the WHERE text come from our own tokens, which are exact. */
    private static Statement createIndex(CreateIndex ci, String text) {
        Index index = ci.getIndex();
        String upper = text.toUpperCase(Locale.ROOT);
        String head = upper.substring(0, Math.max(0, upper.indexOf(" ON ")));
        String method = index.getUsing() == null ? null : index.getUsing().toLowerCase(Locale.ROOT);
        List<String> columns = idents(index.getColumnsNames());
        int where = upper.lastIndexOf(" WHERE ");
        return new Statement.CreateIndex(ident(index.getName()), name(ci.getTable()), head.contains("UNIQUE"),
                head.contains("CONCURRENTLY"), ci.isUsingIfNotExists() || head.contains("IF NOT EXISTS"), columns, method,
                where < 0 ? null : new SqlExpr(text.substring(where + 7).trim()));
    }
}
