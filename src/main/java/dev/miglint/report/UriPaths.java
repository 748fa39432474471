package dev.miglint.report;

import java.nio.charset.StandardCharsets;

/** Turns a repository-relative display path into a relative URI reference, as SARIF artifact locations need. */
final class UriPaths {

    private static final String HEX = "0123456789ABCDEF";

    private UriPaths() {
    }

    /** Forward slashes; every byte outside RFC 3986 {@code pchar} (spaces, non-ASCII, {@code %}...) escaped. */
    static String toUri(String path) {
        String slashed = path.replace('\\', '/');
        StringBuilder out = new StringBuilder(slashed.length());
        for (byte b : slashed.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isPathChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        // A first segment with a colon would read as a URI scheme.
        int colon = out.indexOf(":");
        int slash = out.indexOf("/");
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            out.insert(0, "./");
        }
        return out.toString();
    }

    private static boolean isPathChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }
}
