package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Validates SARIF logs against the OASIS SARIF 2.1.0 schema (test resource {@code sarif-schema-2.1.0.json}, a
 * draft-04 schema). It works offline: any schema other than the built-in meta-schemas that the validator would
 * fetch is refused, so a stray remote {@code $ref} fails loudly instead of reaching the network.
 */
public final class SarifSchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SarifSchemaValidator() {
    }

    /** The schema violations of a SARIF log, one line each; empty when it is valid. */
    public static List<String> violations(String sarifJson) {
        try {
            JsonNode log = JSON.readTree(sarifJson);
            Set<ValidationMessage> messages = SCHEMA.validate(log);
            return messages.stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    public static void assertValid(String sarifJson) {
        List<String> violations = violations(sarifJson);
        if (!violations.isEmpty()) {
            fail("SARIF log violates the 2.1.0 schema:\n  " + String.join("\n  ", violations));
        }
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaLoaders(loaders -> loaders.values(list -> list.add(0,
                        SarifSchemaValidator::refuseRemote))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SarifSchemaValidator.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("test resource sarif-schema-2.1.0.json is missing");
            }
            return factory.getSchema(JSON.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.networknt.schema.resource.InputStreamSource refuseRemote(AbsoluteIri iri) {
        String s = iri.toString();
        if (s.startsWith("http:") || s.startsWith("https:")) {
            throw new IllegalStateException("the SARIF schema validator does not fetch " + s);
        }
        return null;
    }
}
