package dev.miglint.comment;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Issue comments of a GitHub pull request (REST API v3). */
final class GithubComments implements CommentApi {

    /** GitHub refuses a comment body longer than this. */
    static final int MAX_BODY_CHARS = 65_536;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    private final RestClient rest;
    private final String repository;
    private final long pullRequest;

    GithubComments(URI api, Token token, String repository, long pullRequest) {
        this.rest = new RestClient(api, token, Map.of("Accept", "application/vnd.github+json",
                "X-GitHub-Api-Version", "2022-11-28"));
        this.repository = repository;
        this.pullRequest = pullRequest;
    }

    @Override
    public List<PostedComment> list() throws CommentException {
        List<PostedComment> comments = new ArrayList<>();
        URI page = rest.at("/repos/" + repository + "/issues/" + pullRequest + "/comments?per_page=100");
        for (int pages = 0; page != null && pages < Pagination.MAX_PAGES; pages++) {
            RestClient.Response response = rest.get(page);
            for (JsonNode comment : response.json()) {
                PostedComment.of(comment).ifPresent(comments::add);
            }
            page = response.header("Link").flatMap(GithubComments::next).filter(rest::sameOrigin).orElse(null);
        }
        return comments;
    }

    /** The {@code rel="next"} URL of a Link header. */
    static Optional<URI> next(String link) {
        for (String part : link.split(",")) {
            Matcher m = NEXT.matcher(part.strip());
            if (m.matches()) {
                try {
                    return Optional.of(URI.create(m.group(1)));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void create(String body) throws CommentException {
        rest.send("POST", rest.at("/repos/" + repository + "/issues/" + pullRequest + "/comments"), body);
    }

    @Override
    public void update(PostedComment comment, String body) throws CommentException {
        rest.send("PATCH", rest.at("/repos/" + repository + "/issues/comments/" + comment.id()), body);
    }

    @Override
    public void delete(PostedComment comment) throws CommentException {
        rest.send("DELETE", rest.at("/repos/" + repository + "/issues/comments/" + comment.id()), null);
    }

    @Override
    public int maxBodyChars() {
        return MAX_BODY_CHARS;
    }

    @Override
    public String where() {
        return "pull request #" + pullRequest + " of " + repository;
    }
}
