package dev.miglint.rules.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.Statement;
import dev.miglint.model.Statement.AlterDomain;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
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
        RuleHelp help = RuleHelp.of(this).with("where", where).with("domain", domain).with("form", form)
                .with("not_null_constraint", ad.domain().name() + "_not_null");
        if (validate) {
            help.why("validate").fix("validate");
        } else if (ad.action() == AlterDomain.Action.SET_NOT_NULL) {
            help.fix("set not null");
        }
        context.report("ALTER DOMAIN " + domain + " " + form + " scans " + where + " under a lock that blocks writes",
                help.text());
    }
}
