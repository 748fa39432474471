package dev.miglint.dialect.postgres;

import dev.miglint.model.DataType;
import dev.miglint.model.SqlExpr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeChangeTest {

    private static TypeChange.Kind kind(String from, String to, String using, int pg) {
        return TypeChange.classify(from == null ? null : DataType.parse(from), DataType.parse(to),
                using == null ? null : new SqlExpr(using), "c", pg).kind();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "varchar(10)|varchar(20)", "character varying(10)|text", "varchar(10)|varchar", "text|varchar",
        "varchar|text", "numeric(10,2)|numeric(12,2)", "numeric(10,2)|numeric", "decimal(5)|numeric(7,0)",
        "cidr|inet", "bit varying(4)|varbit(8)", "timestamp(3)|timestamp(6)", "timestamptz(0)|timestamptz",
        "int|integer", "text[]|text[]", "time(2)|time"})
    void catalogOnlyChanges(String from, String to) {
        assertEquals(TypeChange.Kind.NO_REWRITE, kind(from, to, null, 15));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "integer|bigint", "bigint|integer", "varchar(20)|varchar(10)", "text|varchar(10)", "varchar|varchar(10)",
        "numeric(10,2)|numeric(10,3)", "numeric|numeric(10,2)", "char(3)|text", "char(3)|varchar(10)",
        "char(3)|char(5)", "json|jsonb", "inet|cidr", "timestamp(6)|timestamp(3)", "varchar(10)[]|varchar(20)[]",
        "text[]|varchar[]", "integer|text", "bit(4)|bit(8)"})
    void rewrites(String from, String to) {
        assertEquals(TypeChange.Kind.REWRITE, kind(from, to, null, 15));
    }

    @Test
    void timestampToTimestamptzDependsOnVersionAndTimeZone() {
        assertEquals(TypeChange.Kind.TIMEZONE_DEPENDENT, kind("timestamp", "timestamptz", null, 12));
        assertEquals(TypeChange.Kind.REWRITE, kind("timestamp", "timestamptz", null, 11));
    }

    @Test
    void usingClause() {
        assertEquals(TypeChange.Kind.REWRITE, kind("varchar(10)", "varchar(20)", "upper(c)", 15));
        assertEquals(TypeChange.Kind.NO_REWRITE, kind("varchar(10)", "varchar(20)", "c::varchar(20)", 15));
        assertEquals(TypeChange.Kind.NO_REWRITE, kind("varchar(10)", "text", "CAST(c AS text)", 15));
        assertEquals(TypeChange.Kind.NO_REWRITE, kind("varchar(10)", "text", "\"c\"", 15));
        assertEquals(TypeChange.Kind.REWRITE, kind("integer", "bigint", "c::bigint", 15));
    }

    @Test
    void unknownOldType() {
        assertEquals(TypeChange.Kind.UNKNOWN_OLD_TYPE, kind(null, "text", null, 15));
    }

    @Test
    void citextKeepsRowsButRebuildsIndexes() {
        assertEquals(TypeChange.Kind.INDEX_REBUILD, kind("text", "citext", null, 15));
    }

    /** A USING that casts through another type converts every value, even to a type of the same name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ticket_status|ticket_status|c::text::ticket_status", "status_a|status_b|c::text::status_b",
        "status_a|status_b|CAST(c::text AS status_b)", "status_a|status_b|CAST(CAST(c AS text) AS status_b)",
        "varchar(10)|varchar(20)|(c::text)::varchar(20)"})
    void usingThroughAnotherTypeRewrites(String from, String to, String using) {
        assertEquals(TypeChange.Kind.REWRITE, kind(from, to, using, 15));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"varchar(10)|varchar(20)|c::varchar(20)", "text|varchar|CAST(c AS varchar)",
        "varchar(10)|text|(c)"})
    void usingTheColumnItselfIsNoConversion(String from, String to, String using) {
        assertEquals(TypeChange.Kind.NO_REWRITE, kind(from, to, using, 15));
    }
}
