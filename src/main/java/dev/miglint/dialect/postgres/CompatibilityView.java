package dev.miglint.dialect.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A view that stands in for a renamed table: created under the old name, later in the same transaction, as a simple
 * SELECT from the new name that PostgreSQL makes automatically updatable ("Updatable Views" in CREATE VIEW: one
 * table in FROM, no WITH, DISTINCT, GROUP BY, HAVING, LIMIT, OFFSET, set operations, aggregates or window
 * functions), so the previous application version keeps reading and writing through it.
 */
public final class CompatibilityView {
    private static final Pattern NOT_UPDATABLE = Pattern.compile(
            "\\b(distinct|group\\s+by|having|limit|offset|union|intersect|except|join|over|fetch\\s+first|with)\\b"
                    + "|\\b(count|sum|avg|min|max|array_agg|string_agg|json_agg|jsonb_agg|bool_and|bool_or)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private CompatibilityView() {
    }

    /** True when a statement after {@code rename} and before the transaction ends creates such a view of {@code to} named {@code from}. */
    public static boolean follows(List<ParsedStatement> statements, ParsedStatement rename, QualifiedName from,
            QualifiedName to) {
        boolean after = false;
        for (ParsedStatement s : statements) {
            if (s.span().equals(rename.span())) {
                after = true;
                continue;
            }
            if (!after || s.nested()) {
                continue;
            }
            if (s.model() instanceof Statement.TransactionControl) {
                return false;
            }
            if (s.model() instanceof Statement.CreateOther co && co.kind() == ObjectKind.VIEW && co.name() != null
                    && co.name().sameObject(from) && autoUpdatableOver(s.text(), to)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a CREATE VIEW whose query is an automatically updatable SELECT from {@code table} alone. */
    static boolean autoUpdatableOver(String createView, QualifiedName table) {
        String sql = createView.replaceAll("--[^\\n]*", " ").replaceAll("\\s+", " ").trim();
        String lower = sql.toLowerCase(Locale.ROOT);
        int as = lower.indexOf(" as select ");
        if (as < 0) {
            return false;
        }
        String query = sql.substring(as + 4).replaceAll(";\\s*$", "");
        if (NOT_UPDATABLE.matcher(query).find()) {
            return false;
        }
        java.util.regex.Matcher from = Pattern.compile("\\bfrom\\s+([^\\s,()]+)(\\s*,)?", Pattern.CASE_INSENSITIVE)
                .matcher(query);
        if (!from.find() || from.group(2) != null) {
            return false;
        }
        List<String> parts = Identifiers.splitQualified(from.group(1));
        String name = Identifiers.normalize(parts.get(parts.size() - 1));
        return name.equals(Identifiers.normalize(table.name()));
    }
}
