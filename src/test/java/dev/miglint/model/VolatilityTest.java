package dev.miglint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolatilityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "gen_random_uuid()|VOLATILE", "public.uuid_generate_v4()|VOLATILE", "md5(random()::text)|VOLATILE",
        "nextval('orders_id_seq'::regclass)|VOLATILE", "clock_timestamp()|VOLATILE", "NEXTVAL ('s')|VOLATILE",
        "now()|STABLE", "CURRENT_TIMESTAMP|STABLE", "timezone('utc', now())|STABLE", "current_date|STABLE",
        "0|IMMUTABLE", "'active'|IMMUTABLE", "'{}'::jsonb|IMMUTABLE", "'random()'|IMMUTABLE",
        "'now'::timestamptz|IMMUTABLE", "false|IMMUTABLE", "lower('ABC')|IMMUTABLE",
        "'it''s random()'|IMMUTABLE", "$$gen_random_uuid()$$|IMMUTABLE", "(ARRAY[]::text[])|IMMUTABLE"})
    void classifies(String expr, Volatility expected) {
        assertEquals(expected, Volatility.of(expr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "SELECT public.f(1), g (2) FROM t|f,g", "x := 1abc(2)|abc", "a.b.c\\n\\t(1)|c", "$x(1) + y_1$(2)|x,y_1$",
        "coalesce(sum(amount), 0)|coalesce,sum", "CREATE VIEW v AS SELECT * FROM t WHERE id IN (1)|in",
        "'f(1)' || \"g\"(2) -- h(3)|", "123(4) + (5)|"})
    void findsTheFunctionsAnExpressionCalls(String expr, String expected) {
        String text = expr.replace("\\n", "\n").replace("\\t", "\t");
        assertEquals(expected == null ? java.util.List.of() : java.util.List.of(expected.split(",")),
                Volatility.calledFunctions(text));
    }
}
