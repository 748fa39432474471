package dev.miglint.model;

import java.util.List;
import java.util.Set;

/**
 * The top-level WHERE of an UPDATE or DELETE: its text as written and what the parser could read from its
 * top-level conjuncts (the parts joined by AND). A top-level OR, a subquery condition or anything else the
 * parser does not understand only makes those facts weaker: nothing is ever concluded from an unknown part.
 *
 * @param text              the condition as written (without the WHERE keyword)
 * @param alwaysTrue        every conjunct is a tautology ({@code TRUE}, {@code 1 = 1}, {@code 'a' = 'a'}): the
 *                          WHERE selects every row
 * @param pinnedColumns     columns (normalized, unqualified) a conjunct compares {@code = literal} or
 *                          {@code IN (literals)}: the rows are narrowed to those values
 * @param nullTestedColumns columns a conjunct tests {@code IS NULL}
 * @param onlyNullTests     every conjunct is {@code col IS NULL} or a tautology, and there is at least one such test
 * @param notNullTestedColumns columns a conjunct tests {@code IS NOT NULL} (or compares to themselves,
 *                          {@code col = col}, which only drops NULLs)
 * @param onlyNullnessTests every conjunct is a tautology, {@code col IS NULL} or {@code col IS NOT NULL}, and there
 *                          is at least one such test: whether it narrows depends only on the columns' nullability
 * @param seekableColumns   columns a conjunct restricts in a way an index on them can serve (a lookup or a range
 *                          scan): {@code = literal}, {@code IN (literals)}, a comparison ({@code <>} included),
 *                          BETWEEN or NOT IN with literals or function calls, {@code LIKE 'prefix...'},
 *                          {@code IS [NOT] NULL}; not a LIKE with a leading wildcard
 * @param everyConjunctRead every conjunct has one of the shapes the reader knows (the facts above are complete:
 *                          no other part of the condition could narrow the rows through an index)
 * @param joins             the conjuncts that equate two columns qualified by different names
 *                          ({@code c.id = items.cat_id}): join conditions of UPDATE .. FROM or DELETE .. USING
 * @param onlyJoins         every conjunct is a tautology or one of {@code joins}, and there is at least one join: the
 *                          WHERE pairs rows with partners and narrows nothing else
 * @param comparisons       the conjuncts {@code col <op> literal} ({@code <, <=, >, >=, <>, !=})
 * @param onlyComparisonsAndNotNullTests every conjunct is a tautology, {@code col IS NOT NULL} or one of
 *                          {@code comparisons}, and there is at least one comparison: whether it narrows depends only
 *                          on what the columns' constraints already guarantee
 * @param orderedColumns    columns a conjunct bounds by an ordering ({@code <, <=, >, >=}, BETWEEN) against a value
 *                          (a literal, a function call such as {@code now()}, or one plus or minus an interval): a
 *                          range of the column, whose size the data decides
 */
public record WhereClause(String text, boolean alwaysTrue, Set<String> pinnedColumns, Set<String> nullTestedColumns,
        boolean onlyNullTests, Set<String> notNullTestedColumns, boolean onlyNullnessTests, Set<String> seekableColumns,
        boolean everyConjunctRead, List<Join> joins, boolean onlyJoins, List<Comparison> comparisons,
        boolean onlyComparisonsAndNotNullTests, Set<String> orderedColumns) {

    /** {@code left = right}, each a column named with its qualifier ({@code QualifiedName(qualifier, column)}). */
    public record Join(QualifiedName left, QualifiedName right) {
    }

    /** One conjunct {@code column operator literal}, the literal as written. */
    public record Comparison(String column, String operator, String literal) { }

    public WhereClause {
        joins = List.copyOf(joins);
        pinnedColumns = Set.copyOf(pinnedColumns);
        nullTestedColumns = Set.copyOf(nullTestedColumns);
        notNullTestedColumns = Set.copyOf(notNullTestedColumns);
        seekableColumns = Set.copyOf(seekableColumns);
        comparisons = List.copyOf(comparisons);
        orderedColumns = Set.copyOf(orderedColumns);
    }

    public WhereClause(String text, boolean alwaysTrue, Set<String> pinnedColumns, Set<String> nullTestedColumns,
            boolean onlyNullTests, Set<String> notNullTestedColumns, boolean onlyNullnessTests, Set<String> seekableColumns,
            boolean everyConjunctRead, List<Join> joins, boolean onlyJoins, List<Comparison> comparisons,
            boolean onlyComparisonsAndNotNullTests) {
        this(text, alwaysTrue, pinnedColumns, nullTestedColumns, onlyNullTests, notNullTestedColumns, onlyNullnessTests,
                seekableColumns, everyConjunctRead, joins, onlyJoins, comparisons, onlyComparisonsAndNotNullTests, Set.of());
    }

    public WhereClause(String text, boolean alwaysTrue, Set<String> pinnedColumns, Set<String> nullTestedColumns,
            boolean onlyNullTests, Set<String> notNullTestedColumns, boolean onlyNullnessTests, Set<String> seekableColumns,
            boolean everyConjunctRead, List<Join> joins, boolean onlyJoins) {
        this(text, alwaysTrue, pinnedColumns, nullTestedColumns, onlyNullTests, notNullTestedColumns, onlyNullnessTests,
                seekableColumns, everyConjunctRead, joins, onlyJoins, List.of(), false);
    }

    public WhereClause(String text, boolean alwaysTrue, Set<String> pinnedColumns, Set<String> nullTestedColumns,
            boolean onlyNullTests, Set<String> notNullTestedColumns, boolean onlyNullnessTests) {
        this(text, alwaysTrue, pinnedColumns, nullTestedColumns, onlyNullTests, notNullTestedColumns, onlyNullnessTests,
                Set.of(), false, List.of(), false, List.of(), false);
    }

    public WhereClause(String text, boolean alwaysTrue, Set<String> pinnedColumns, Set<String> nullTestedColumns,
            boolean onlyNullTests) {
        this(text, alwaysTrue, pinnedColumns, nullTestedColumns, onlyNullTests, Set.of(), onlyNullTests);
    }

    /** A WHERE the parser read no facts from (a top-level OR, WHERE CURRENT OF, ...). */
    public static WhereClause opaque(String text) {
        return new WhereClause(text, false, Set.of(), Set.of(), false);
    }

    /** The WHERE compares {@code column} to literal values, so only the rows with those values match. */
    public boolean pins(String column) {
        return pinnedColumns.contains(column);
    }
}
