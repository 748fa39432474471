package dev.miglint.dryrun;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything miglint prints: each message surfaced from a connection attempt, the
 * driver or the server passes through {@link #mask(String)} first.
 */
public final class Secrets {
    static final String MASK = "****";
    private static final Pattern USERINFO = Pattern.compile("(://[^/@:\\s]*:)([^@/\\s]*)(@)");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password\\s*=\\s*)('[^']*'|[^&;\\s]*)");

    private final Set<String> known = new LinkedHashSet<>();

    /** Remembers a password (and its URL-encoded and -decoded forms) so it is masked wherever it appears. */
    public void add(String secret) {
        if (secret == null || secret.isEmpty()) {
            return;
        }
        known.add(secret);
        known.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        try {
            known.add(URLDecoder.decode(secret, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // not URL-encoded
        }
    }

    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        List<String> longestFirst = new ArrayList<>(known);
        longestFirst.sort((a, b) -> b.length() - a.length());
        for (String secret : longestFirst) {
            if (!secret.isEmpty()) {
                out = out.replace(secret, MASK);
            }
        }
        out = USERINFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
        return PASSWORD_PARAM.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }
}
