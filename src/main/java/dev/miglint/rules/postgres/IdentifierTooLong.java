package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names longer than 63 bytes (NAMEDATALEN - 1), which PostgreSQL silently truncates. */
@RuleDefinition(id = "identifier-too-long", level = Level.NOTE,
        summary = "Identifiers longer than 63 bytes are silently truncated by PostgreSQL.")
public final class IdentifierTooLong implements Rule {

    private static final int MAX_BYTES = 63;

    @Override
    public void check(RuleContext context) {
        Set<String> tooLong = new LinkedHashSet<>();
        for (String name : names(context.model())) {
            if (name != null && name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                tooLong.add(name);
            }
        }
        for (String name : tooLong) {
            String truncated = truncate(name);
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            context.report("Identifier " + Identifiers.quoteIfNeeded(name) + " is " + bytes
                            + " bytes long: PostgreSQL truncates it to " + Identifiers.quoteIfNeeded(truncated),
                    RuleHelp.of(this).with("truncated", Identifiers.quoteIfNeeded(truncated)).text());
        }
    }

    private static List<String> names(Statement model) {
        List<String> names = new ArrayList<>();
        if (model instanceof Statement.CreateTable ct) {
            names.add(ct.table().name());
            ct.columns().stream().map(ColumnDef::name).forEach(names::add);
            ct.constraints().stream().map(ConstraintDef::name).forEach(names::add);
        } else if (model instanceof Statement.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn ac) {
                    names.add(ac.column().name());
                } else if (a instanceof AlterAction.AddConstraint ac) {
                    names.add(ac.constraint().name());
                } else if (a instanceof AlterAction.RenameColumn rc) {
                    names.add(rc.to());
                } else if (a instanceof AlterAction.RenameTable rt) {
                    names.add(rt.to().name());
                } else if (a instanceof AlterAction.RenameConstraint rc) {
                    names.add(rc.to());
                }
            }
        } else if (model instanceof Statement.CreateIndex ci) {
            names.add(ci.name());
        } else if (model instanceof Statement.CreateOther co && co.name() != null) {
            names.add(co.name().name());
        } else if (model instanceof Statement.CreateType ct) {
            names.add(ct.type().name());
        } else if (model instanceof Statement.CreateRoutine cr && cr.name() != null) {
            names.add(cr.name().name());
        } else if (model instanceof Statement.Rename r) {
            names.add(r.to());
        }
        return names;
    }

    /** The first 63 bytes, not cutting a multi-byte character (as PostgreSQL's pg_mbcliplen does). */
    private static String truncate(String name) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
