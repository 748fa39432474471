package dev.miglint.rules.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.Statement;
import dev.miglint.model.Statement.AlterDomain;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.schema.DomainState;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ALTER DOMAIN that checks every stored value of the domain: ADD CONSTRAINT without NOT VALID, SET NOT NULL, and
 * (before PostgreSQL 18) VALIDATE CONSTRAINT, which holds SHARE locks on the tables using the domain.
 */
@RuleDefinition(id = "domain-constraint-scan", level = Level.ERROR,
        summary = "ALTER DOMAIN ... ADD CONSTRAINT / SET NOT NULL / VALIDATE CONSTRAINT scans every column using the domain under lock.")
public final class DomainConstraintScan implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof AlterDomain ad)) {
            return;
        }
        boolean validate = ad.action() == AlterDomain.Action.VALIDATE_CONSTRAINT;
        if (!ad.checksStoredValues(context.pgVersion()) || context.schema().createdInMigration(ObjectKind.TYPE, ad.domain())) {
            return;
        }
        List<DomainState.Use> uses = context.schema().domainUses(ad.domain());
        boolean known = context.schema().domain(ad.domain()).isPresent();
        if (known && uses.stream().allMatch(DomainState.Use::newTable)) {
            return; // no table of the history holds values of the domain yet
        }
        String domain = ad.domain().sql();
        String columns = uses.stream().filter(u -> !u.newTable())
                .map(u -> u.table().sql() + "." + Identifiers.quoteIfNeeded(u.column()))
                .collect(Collectors.joining(", "));
        String where = columns.isEmpty() ? "every column of type " + domain : columns;
        String form = switch (ad.action()) {
            case ADD_CONSTRAINT -> "ADD CONSTRAINT" + (ad.constraint() == null ? "" : " " + Identifiers.quoteIfNeeded(ad.constraint()));
            case SET_NOT_NULL -> "SET NOT NULL";
            default -> "VALIDATE CONSTRAINT " + Identifiers.quoteIfNeeded(ad.constraint());
        };
        String lock = validate
                ? "VALIDATE CONSTRAINT on a domain takes a SHARE lock on every table using it (before PostgreSQL 18;"
                        + " ALTER TABLE ... VALIDATE CONSTRAINT only takes SHARE UPDATE EXCLUSIVE): INSERT, UPDATE and"
                        + " DELETE on those tables wait for the whole scan."
                : "PostgreSQL checks every stored value of " + where + " right away, reading each table that uses the"
                        + " domain in full while holding a SHARE lock on it: writes wait for the whole scan, and the"
                        + " statement fails if any existing value violates the new rule.";
        String recipe = validate
                ? "Safe recipe: validate per table instead: ALTER TABLE <table> ADD CONSTRAINT <name> CHECK (<rule on the"
                        + " column>) NOT VALID; ALTER TABLE <table> VALIDATE CONSTRAINT <name> (SHARE UPDATE EXCLUSIVE,"
                        + " writes continue); run the domain's VALIDATE CONSTRAINT in a low-traffic window, or on"
                        + " PostgreSQL 18+."
                : ad.action() == AlterDomain.Action.SET_NOT_NULL
                ? "Safe recipe: ALTER DOMAIN " + domain + " ADD CONSTRAINT " + ad.domain().name() + "_not_null CHECK (VALUE"
                        + " IS NOT NULL) NOT VALID (new values only, no scan); fix existing NULLs in batches; then"
                        + " VALIDATE CONSTRAINT in a low-traffic window, or enforce NOT NULL per column with a NOT VALID"
                        + " CHECK on each table and ALTER TABLE ... VALIDATE CONSTRAINT."
                : "Safe recipe: ALTER DOMAIN " + domain + " " + form + " ... NOT VALID (checks new values only, no"
                        + " scan); clean existing values in batches; then ALTER DOMAIN " + domain + " VALIDATE CONSTRAINT"
                        + " in a low-traffic window (it blocks writes before PostgreSQL 18).";
        context.report("ALTER DOMAIN " + domain + " " + form + " scans " + where + " under a lock that blocks writes",
                "Why: " + lock + "\n" + recipe);
    }
}
