package dev.miglint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.TransactionWrapping;
import dev.miglint.parse.StatementParser;
import dev.miglint.scan.Scanner;
import dev.miglint.settings.LintSettings;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemaTracker#fork()} copies the catalog part by part. A field added to a part but not to its
 * {@code copyFrom} would leave down steps linted against a catalog that silently lacks it: these tests fill every
 * collection of every copied part with a history and require the fork to hold the same keys in its own collections.
 */
class SchemaTrackerForkTest {
    /**
     * The parts a fork starts afresh: the replay of a down step begins a migration and a session of its own, and runs
     * after the downs of later migrations, which may create again what the history removed (goneRelations).
     */
    private static final Set<String> NOT_COPIED = Set.of("migration", "session", "pgVersion", "applyingSpan",
            "goneRelations");

    /** A look-ahead over the current file that the fork's own beginMigration replaces. */
    private static final Set<String> PER_FILE = Set.of("redefinitions.inFile");

    private static final String POSTGRES_HISTORY = """
            CREATE TYPE mood AS ENUM ('calm', 'busy');
            CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
            CREATE TABLE cats (id integer PRIMARY KEY, name text);
            CREATE TABLE items (id integer PRIMARY KEY, cat_id integer REFERENCES cats (id), m mood, n positive, name text);
            CREATE INDEX items_name ON items (name);
            CREATE VIEW item_names AS SELECT id, name FROM items;
            CREATE MATERIALIZED VIEW item_ids AS SELECT id FROM items;
            CREATE SEQUENCE ticket_numbers;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
            CREATE TABLE notes (id integer PRIMARY KEY, body text);
            DROP TABLE notes;
            """;

    /** A redefinition whose rename comes in a later file, and a copy of rows whose source stays. */
    private static final String SQLITE_COPIES = """
            CREATE TABLE tags (id integer PRIMARY KEY, label text);
            CREATE TABLE tags_new (id integer PRIMARY KEY, label text NOT NULL);
            INSERT INTO tags_new (id, label) SELECT id, label FROM tags;
            DROP TABLE tags;
            CREATE TABLE cat_archive (id integer PRIMARY KEY, name text);
            INSERT INTO cat_archive (id, name) SELECT id, name FROM cats;
            CREATE INDEX tags_label ON tags_new (label);
            """;

    private static final String MYSQL_HISTORY = """
            CREATE TABLE posts (id int PRIMARY KEY, title varchar(200), body text, FULLTEXT KEY posts_body (body),
              KEY posts_title (title));
            """;

    @Test
    void aForkHoldsEveryCopiedFactInCollectionsOfItsOwn() throws Exception {
        SchemaTracker original = replayed();
        SchemaTracker fork = original.fork();
        List<String> compared = new ArrayList<>();
        for (Field part : instanceFields(SchemaTracker.class)) {
            if (NOT_COPIED.contains(part.getName())) {
                continue;
            }
            Object from = part.get(original);
            Object to = part.get(fork);
            assertNotSame(from, to, part.getName() + " is shared with the fork, not copied");
            for (Field fact : instanceFields(part.getType())) {
                String name = part.getName() + "." + fact.getName();
                Object held = fact.get(from);
                if (!(held instanceof Map || held instanceof Collection) || PER_FILE.contains(name)) {
                    continue;
                }
                assertFalse(keys(held).isEmpty(), name + " is empty after the history: extend the history of this test"
                        + " so that it fills it, and the fork test covers it");
                assertEquals(keys(held), keys(fact.get(to)), name + " is not copied by copyFrom");
                compared.add(name);
            }
        }
        assertTrue(compared.size() >= 10, "the catalog parts hold their facts in collections: " + compared);
    }

    @Test
    void changesToAForkLeaveTheOriginalAsItWas() {
        SchemaTracker original = replayed();
        SchemaTracker fork = forkApplying(original, """
                DROP VIEW item_names;
                DROP TABLE items CASCADE;
                DROP TYPE mood;
                """);
        QualifiedName items = QualifiedName.of("items");
        assertTrue(fork.table(items).isEmpty());
        assertTrue(original.table(items).isPresent(), "dropping a table in the fork dropped the original's");
        assertTrue(original.isKnownView(QualifiedName.of("item_names")));
        assertTrue(original.enumValues(QualifiedName.of("mood")).isPresent());
    }

    /** Renames in a down step (which often renames back) must not reach the views of the forward history. */
    @Test
    void renamesInAForkLeaveTheOriginalsViewsAsTheyWere() {
        SchemaTracker original = replayed();
        SchemaTracker fork = forkApplying(original, """
                ALTER TABLE items RENAME COLUMN name TO title;
                ALTER TABLE items RENAME TO things;
                """);
        QualifiedName items = QualifiedName.of("items");
        assertEquals(Set.of("item_names"), fork.viewsUsingColumn(QualifiedName.of("things"), "title"));
        assertEquals(Set.of("item_names"), original.viewsUsingColumn(items, "name"),
                "a rename in the fork changed the original's view");
        assertEquals(Set.of(), original.viewsUsingColumn(items, "title"));
        assertTrue(original.dependentsNaming(items).contains("view item_names"), original.dependentsNaming(items)
                .toString());
    }

    /** A fork of {@code original} that has replayed {@code sql} as a migration of its own, as a down step does. */
    private static SchemaTracker forkApplying(SchemaTracker original, String sql) {
        SchemaTracker fork = original.fork();
        fork.beginMigration(TransactionWrapping.NONE, List.of());
        parsed(Dialect.POSTGRES, sql).forEach(fork::apply);
        return fork;
    }

    private static SchemaTracker replayed() {
        SchemaTracker tracker = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        replay(tracker, Dialect.POSTGRES, POSTGRES_HISTORY);
        replay(tracker, Dialect.MYSQL, MYSQL_HISTORY);
        replay(tracker, Dialect.SQLITE, SQLITE_COPIES);
        return tracker;
    }

    private static void replay(SchemaTracker tracker, Dialect dialect, String sql) {
        List<ParsedStatement> statements = parsed(dialect, sql);
        tracker.beginMigration(TransactionWrapping.TRANSACTION, statements);
        statements.forEach(tracker::apply);
    }

    private static List<ParsedStatement> parsed(Dialect dialect, String sql) {
        return new StatementParser(dialect).parse(sql, Scanner.scan(sql, dialect));
    }

    private static List<Field> instanceFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    private static Set<String> keys(Object collection) {
        return collection instanceof Map<?, ?> map ? Set.copyOf(map.keySet().stream().map(String::valueOf).toList())
                : Set.copyOf(((Collection<?>) collection).stream().map(String::valueOf).toList());
    }
}
