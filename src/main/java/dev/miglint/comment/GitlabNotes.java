package dev.miglint.comment;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Notes of a GitLab merge request (REST API v4). System notes ("added 1 commit") are not comments and are skipped. */
final class GitlabNotes implements CommentApi {

    /** GitLab's limit is 1,000,000 characters; a report that long is no longer read, so the same as GitHub's. */
    static final int MAX_BODY_CHARS = 65_536;

    private final RestClient rest;
    private final String project;
    private final long mergeRequest;
    private final String notes;

    GitlabNotes(URI api, Token token, String project, long mergeRequest) {
        this.rest = new RestClient(api, token, Map.of());
        this.project = project;
        this.mergeRequest = mergeRequest;
        this.notes = "/projects/" + URLEncoder.encode(project, StandardCharsets.UTF_8) + "/merge_requests/" + mergeRequest + "/notes";
    }

    @Override
    public List<PostedComment> list() throws CommentException {
        List<PostedComment> comments = new ArrayList<>();
        String page = "1";
        for (int pages = 0; page != null && pages < Pagination.MAX_PAGES; pages++) {
            RestClient.Response response = rest.get(rest.at(notes + "?sort=asc&order_by=created_at&per_page=100&page=" + page));
            for (JsonNode note : response.json()) {
                if (!note.path("system").asBoolean(false)) {
                    PostedComment.of(note).ifPresent(comments::add);
                }
            }
            page = response.header("X-Next-Page").map(String::strip).filter(p -> p.matches("[0-9]{1,6}")).orElse(null);
        }
        return comments;
    }

    @Override
    public void create(String body) throws CommentException {
        rest.send("POST", rest.at(notes), body);
    }

    @Override
    public void update(PostedComment comment, String body) throws CommentException {
        rest.send("PUT", rest.at(notes + "/" + comment.id()), body);
    }

    @Override
    public void delete(PostedComment comment) throws CommentException {
        rest.send("DELETE", rest.at(notes + "/" + comment.id()), null);
    }

    @Override
    public int maxBodyChars() {
        return MAX_BODY_CHARS;
    }

    @Override
    public String where() {
        return "merge request !" + mergeRequest + " of project " + project;
    }
}
