package dev.miglint.comment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** A comment (GitHub) or note (GitLab) already on the pull or merge request. */
public record PostedComment(String id, String body) {

    /** From the API's JSON; an id that is not a number is not used in a URL. */
    static Optional<PostedComment> of(JsonNode json) {
        String id = json.path("id").asText("");
        return id.matches("[0-9]{1,20}") ? Optional.of(new PostedComment(id, json.path("body").asText(""))) : Optional.empty();
    }
}
