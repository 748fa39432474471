package dev.miglint.report;

import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import dev.miglint.rules.Level;

/** miglint levels as SARIF levels. */
final class SarifLevels {

    private SarifLevels() {
    }

    static ReportingConfiguration.Level of(Level level) {
        return ReportingConfiguration.Level.fromValue(level.id());
    }

    static Result.Level ofResult(Level level) {
        return Result.Level.fromValue(level.id());
    }
}
