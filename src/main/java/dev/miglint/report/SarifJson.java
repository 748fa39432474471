package dev.miglint.report;

import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Serializes the java-sarif model. Its classes leave out every property equal to its default, which would drop
 * {@code "level": "warning"} (the default) and an empty {@code results} array (which, unlike a missing one, says
 * "nothing found"); the mix-ins keep those.
 */
final class SarifJson {

    private static final ObjectWriter WRITER = mapper().writer(JsonOutput.prettyPrinter());

    private SarifJson() {
    }

    static String write(Object sarifLog) {
        try {
            return WRITER.writeValueAsString(sarifLog) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the SARIF log", e);
        }
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder()
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .addMixIn(Result.class, ResultLevelKept.class)
                .addMixIn(ReportingConfiguration.class, ConfigurationLevelKept.class)
                .addMixIn(Run.class, RunResultsKept.class)
                .build();
    }

    private abstract static class ResultLevelKept {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        private Result.Level level;
    }

    private abstract static class ConfigurationLevelKept {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        private ReportingConfiguration.Level level;
    }

    private abstract static class RunResultsKept {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        private List<Result> results;
    }
}
