package dev.miglint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleHelpTest {
    private static final String PAGE = """
            # some-rule

            **Level:** error · **Dialects:** postgres

            Finds things.

            ## Why
            A plain `CREATE
            INDEX` blocks writes on {table}.

            Second paragraph.

            ## Note: with CASCADE
            `CASCADE` drops more.

            ## Fix
            Run:
            ```sql
            ALTER TABLE {table} DROP COLUMN {column};
            ```
            - then deploy
            - then drop `{column}`

            ## Fix: when the table is new
            Nothing to do for {table}.

            ## Bad
            ```sql
            SELECT '{not_a_section}';
            ```
            """;

    private final HelpPage page = HelpPage.parse("some-rule", PAGE);

    @Test
    void joinsSoftBreaksKeepsParagraphsIndentsCodeAndDropsInlineBackticks() {
        assertEquals("A plain CREATE INDEX blocks writes on orders.\nSecond paragraph.",
                HelpTemplate.render("some-rule", page.required("Why"), Map.of("table", "orders")));
        assertEquals("Run:\n    ALTER TABLE orders DROP COLUMN `legacy`;\n- then deploy\n- then drop `legacy`",
                HelpTemplate.render("some-rule", page.required("Fix"), Map.of("table", "orders", "column", "`legacy`")));
    }

    @Test
    void aMissingValueIsAnErrorNeverALiteralPlaceholder() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HelpTemplate.render("some-rule", page.required("Fix"), Map.of("table", "orders")));
        assertTrue(e.getMessage().contains("{column}"), e.getMessage());
    }

    @Test
    void aMisspeltCaseIsAnError() {
        assertThrows(IllegalStateException.class, () -> page.required("Fix: when the table is old"));
    }

    @Test
    void placeholdersAndHelpHeadings() {
        assertEquals(Set.of("table", "column"), HelpTemplate.placeholders(page.required("Fix")));
        assertEquals(List.of("Why", "Note: with CASCADE", "Fix", "Fix: when the table is new"), page.helpHeadings());
    }

    @Test
    void aValueOfSeveralLinesInACodeBlockStaysIndented() {
        assertEquals("Run:\n    ALTER TABLE a DROP COLUMN x;\n    ALTER TABLE b DROP COLUMN x;\n- then deploy\n- then drop x",
                HelpTemplate.render("some-rule", page.required("Fix"),
                        Map.of("table", "a DROP COLUMN x;\nALTER TABLE b", "column", "x")));
    }

    @Test
    void aSharedFragmentIsIncludedWithTheIncludingRulesPlaceholders() {
        HelpPage including = HelpPage.parse("some-rule", """
                ## Fix
                Redefine it: {include: sqlite-table-redefinition} Leave {column} out.
                """);
        String fix = including.required("Fix");
        assertEquals(Set.of("new_table", "table", "column"), HelpTemplate.placeholders(fix));
        String text = HelpTemplate.render("some-rule", fix, Map.of("table", "t", "new_table", "new_t", "column", "c"));
        assertTrue(text.startsWith("Redefine it: SQLite's table redefinition, in one transaction: PRAGMA foreign_keys=OFF;"
                + " BEGIN; CREATE TABLE new_t (...the new definition...); INSERT INTO new_t (cols) SELECT cols FROM t;"), text);
        assertTrue(text.endsWith("(Prisma and Drizzle generate exactly this.) Leave c out."), text);
    }

    @Test
    void anUnknownFragmentIsAnError() {
        assertThrows(IllegalStateException.class, () -> HelpPage.parse("some-rule", "## Fix\n{include: no-such-fragment}\n"));
    }

    @Test
    void valuesAreInsertedVerbatim() {
        assertEquals("Nothing to do for $1\\x.",
                HelpTemplate.render("some-rule", page.required("Fix: when the table is new"), Map.of("table", "$1\\x")));
    }
}
