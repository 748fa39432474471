package dev.miglint.comment;

import java.nio.charset.StandardCharsets;

/**
 * The hidden first line that identifies miglint's comment: {@code <!-- miglint:comment -->}, or with an id when
 * several histories comment on one pull request ({@code <!-- miglint:comment id="api" -->}). The id is
 * percent-encoded except for letters, digits and {@code . _ / :}, so it can never end the HTML comment or collide
 * with another id. Only a body that starts with the marker is ours: a reply quoting it is not.
 */
public record CommentMarker(String id) {

    public CommentMarker {
        if (id != null && (id.isBlank() || id.length() > 200 || id.lines().count() > 1)) {
            throw new IllegalArgumentException("a comment id is one line of 1 to 200 characters");
        }
    }

    public String line() {
        return id == null ? "<!-- miglint:comment -->" : "<!-- miglint:comment id=\"" + encode(id) + "\" -->";
    }

    boolean marks(String body) {
        String first = body.lines().findFirst().orElse("");
        return first.strip().equals(line());
    }

    private static String encode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ".:_/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
