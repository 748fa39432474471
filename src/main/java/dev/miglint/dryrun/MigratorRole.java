package dev.miglint.dryrun;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The role migrations run as on the embedded server: it owns each dry-run database (so DDL, trusted extensions
 * such as pgcrypto, citext, uuid-ossp or hstore, and CREATE ROLE work) but is no superuser, so a statement that
 * reaches outside the database fails with SQLSTATE 42501 even when no check of ours recognised it.
 */
final class MigratorRole {
    static final String NAME = "miglint_migrator";
    /** A permission error: the statement needed more than a database owner has. */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private MigratorRole() {
    }

    static void ensure(Statement superuser) throws SQLException {
        // CREATEROLE on PostgreSQL 16+ cannot grant the predefined roles that run programs or read files
        superuser.execute("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '" + NAME
                + "') THEN CREATE ROLE " + NAME + " LOGIN NOSUPERUSER CREATEROLE; END IF; END$$");
    }

    static String refusal(String error) {
        return "needs more than a database owner may do (" + error + "); the embedded dry run runs migrations"
                + " without superuser so nothing reaches the server's shell or files (--allow-host-effects runs"
                + " them as a superuser)";
    }
}
