package dev.miglint.comment;

import java.util.Objects;

/**
 * An API token, the header that carries it and where it came from (a variable name, for messages). {@link #toString()}
 * never shows it, and {@link #mask} takes it out of any text the code host or the network stack hands back before
 * miglint prints it.
 */
public final class Token {

    static final String MASK = "****";

    private final String header;
    private final String prefix;
    private final String secret;
    private final String source;

    private Token(String header, String prefix, String secret, String source) {
        this.header = Objects.requireNonNull(header, "header");
        this.prefix = prefix;
        this.secret = Objects.requireNonNull(secret, "secret").strip();
        this.source = Objects.requireNonNull(source, "source");
        if (this.secret.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
    }

    /** GitHub: {@code Authorization: Bearer TOKEN}. */
    public static Token bearer(String secret, String source) {
        return new Token("Authorization", "Bearer ", secret, source);
    }

    /** GitLab personal, project or group access token. */
    public static Token gitlabPrivate(String secret, String source) {
        return new Token("PRIVATE-TOKEN", "", secret, source);
    }

    /** GitLab CI job token. */
    public static Token gitlabJob(String secret, String source) {
        return new Token("JOB-TOKEN", "", secret, source);
    }

    String header() {
        return header;
    }

    String headerValue() {
        return prefix + secret;
    }

    /** The variable the token was read from. */
    public String source() {
        return source;
    }

    public String mask(String text) {
        if (text == null) {
            return "";
        }
        return text.replace(secret, MASK);
    }

    @Override
    public String toString() {
        return "Token[" + header + " from " + source + "]";
    }
}
