package dev.miglint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The findings of a {@code --format json} run, read back for assertions. */
public record JsonFindings(JsonNode root) {

    public static JsonFindings parse(String json) {
        try {
            return new JsonFindings(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    public List<JsonNode> findings() {
        List<JsonNode> list = new ArrayList<>();
        root.path("findings").forEach(list::add);
        return list;
    }

    public List<JsonNode> visible() {
        return findings().stream().filter(f -> !f.path("suppressed").asBoolean()).toList();
    }

    public List<String> visibleRuleIds() {
        return visible().stream().map(f -> f.path("ruleId").asText()).toList();
    }
}
