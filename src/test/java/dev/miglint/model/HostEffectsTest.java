package dev.miglint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import dev.miglint.parse.StatementTokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostEffectsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "COPY (SELECT 1) TO PROGRAM 'env > f'|SHELL_COMMAND",
        "copy t from program 'curl x'|SHELL_COMMAND",
        "\\copy t to program 'gzip > f'|SHELL_COMMAND",
        "COPY users TO '/path/file'|FILE_ACCESS",
        "COPY users FROM E'/etc/passwd'|FILE_ACCESS",
        "SELECT \"pg_read_file\"('/etc/passwd')|FILE_ACCESS",
        "SELECT pg_catalog.PG_READ_BINARY_FILE('x')|FILE_ACCESS",
        "SELECT lo_export(16384, '/tmp/x')|FILE_ACCESS",
        "GRANT pg_write_server_files TO app|FILE_ACCESS",
        "GRANT pg_execute_server_program TO app|SHELL_COMMAND",
        "CREATE EXTENSION IF NOT EXISTS adminpack|FILE_ACCESS",
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS $$ return 1 $$|UNTRUSTED_CODE",
        "DO LANGUAGE plperlu $$ system('id') $$|UNTRUSTED_CODE",
        "CREATE FUNCTION f(int) RETURNS int AS 'lib', 'f' LANGUAGE 'c'|UNTRUSTED_CODE",
        "SELECT load_extension('x.so')|UNTRUSTED_CODE",
        "LOAD DATA LOCAL INFILE 'x.csv' INTO TABLE t|FILE_ACCESS",
    })
    void findsTheEffectHoweverItIsSpelled(String sql, HostEffects.Kind kind) {
        List<HostEffects.Effect> effects = HostEffects.of(StatementTokenizer.of(sql, Dialect.POSTGRES));
        assertEquals(List.of(kind), effects.stream().map(HostEffects.Effect::kind).toList(), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "COPY t FROM STDIN", "COPY t TO STDOUT WITH (FORMAT csv)", "\\copy t from 'seed.csv' csv",
        "SELECT 'COPY t TO PROGRAM ''x'''", "-- pg_read_file('x')\nSELECT 1",
        "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT pg_read_file('x') $$",
        "CREATE FUNCTION pg_read_file_safe() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$",
        "CREATE FUNCTION lo_import(text) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$",
        "GRANT pg_monitor TO app", "CREATE EXTENSION pgcrypto", "SELECT language FROM plpython3u",
    })
    void findsNothingInOrdinaryStatements(String sql) {
        assertEquals(List.of(), HostEffects.of(StatementTokenizer.of(sql, Dialect.POSTGRES)), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plpython3u", "plperlu", "pltclu", "PLPYTHONU", "\"plperlu\"", "'plpythonu'", "c", "plsh"})
    void untrustedLanguages(String language) {
        assertTrue(HostEffects.isUntrustedLanguage(language), language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plpgsql", "sql", "plperl", "pltcl", "plv8", "internal"})
    void trustedLanguages(String language) {
        assertFalse(HostEffects.isUntrustedLanguage(language), language);
    }
}
