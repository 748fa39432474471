package dev.miglint.comment;

import java.util.List;

/** The comments of one pull request (GitHub) or merge request (GitLab). */
public interface CommentApi {

    /** Every comment, all pages, oldest first. */
    List<PostedComment> list() throws CommentException;

    void create(String body) throws CommentException;

    void update(PostedComment comment, String body) throws CommentException;

    void delete(PostedComment comment) throws CommentException;

    /** The most characters a comment body may have. */
    int maxBodyChars();

    /** For messages: "pull request #12 of acme/shop". */
    String where();
}
