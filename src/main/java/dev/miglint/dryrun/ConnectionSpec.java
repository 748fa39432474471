package dev.miglint.dryrun;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the user's database is: a JDBC URL ({@code jdbc:postgresql://host/db?user=u&password=p}) or a libpq-style
 * URL ({@code postgres://u:p@host:5432/db?sslmode=require}), as given with --database-url or DATABASE_URL. The
 * password is registered with {@link Secrets} as soon as it is parsed; {@link #display()} never contains it.
 */
public record ConnectionSpec(String jdbcUrl, Properties properties, String display) {

    public static ConnectionSpec parse(String url, Secrets secrets) throws DryRunException {
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return jdbc(trimmed, secrets);
        }
        if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
            return libpq(trimmed, secrets);
        }
        // the value is not echoed: a key=value connection string or a bare password would be printed as it is
        throw new DryRunException("--database-url: expected jdbc:postgresql://... or postgres://... (the value given,"
                + " " + trimmed.length() + " characters, is not shown: it may hold a password)");
    }

    private static ConnectionSpec jdbc(String given, Secrets secrets) {
        Properties props = new Properties();
        String url = withoutUserInfo(given, props, secrets);
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        Map<String, String> params = q < 0 ? new LinkedHashMap<>() : query(url.substring(q + 1));
        params.forEach((k, v) -> {
            if (k.equalsIgnoreCase("password")) {
                secrets.add(v);
            }
        });
        // the URL is passed to the driver as it is; the password stays in it
        StringBuilder shown = new StringBuilder(base.substring("jdbc:postgresql:".length()));
        return new ConnectionSpec(url, props, secrets.mask(shown.toString().replaceFirst("^//", "")));
    }

    private static ConnectionSpec libpq(String url, Secrets secrets) throws DryRunException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new DryRunException("--database-url: not a valid URL (" + secrets.mask(e.getReason()) + ")");
        }
        Properties props = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            props.setProperty("user", decode(user));
            if (colon >= 0) {
                String password = decode(userInfo.substring(colon + 1));
                secrets.add(userInfo.substring(colon + 1));
                secrets.add(password);
                props.setProperty("password", password);
            }
        }
        if (uri.getHost() == null) {
            throw new DryRunException("--database-url: the URL names no host");
        }
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String db = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "" : uri.getRawPath().substring(1);
        if (uri.getRawQuery() != null) {
            query(uri.getRawQuery()).forEach((k, v) -> {
                if (k.equalsIgnoreCase("password")) {
                    secrets.add(v);
                }
                props.setProperty(k, v);
            });
        }
        String jdbcUrl = "jdbc:postgresql://" + host + "/" + db;
        return new ConnectionSpec(jdbcUrl, props, host + "/" + decode(db));
    }

    /**
     * {@code jdbc:postgresql://u:pw@host/db}: the driver does not read user info (it would take it for a host name and
     * print it in its error), so it becomes the user and password properties and leaves the URL.
     */
    private static String withoutUserInfo(String url, Properties props, Secrets secrets) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            return url;
        }
        int hostEnd = url.length();
        for (char c : new char[] {'/', '?'}) {
            int at = url.indexOf(c, prefix.length());
            if (at >= 0) {
                hostEnd = Math.min(hostEnd, at);
            }
        }
        int at = url.lastIndexOf('@', hostEnd);
        if (at < prefix.length()) {
            return url;
        }
        String userInfo = url.substring(prefix.length(), at);
        int colon = userInfo.indexOf(':');
        if (colon >= 0) {
            secrets.add(userInfo.substring(colon + 1));
            secrets.add(decode(userInfo.substring(colon + 1)));
            props.setProperty("password", decode(userInfo.substring(colon + 1)));
        }
        props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
        return prefix + url.substring(at + 1);
    }

    private static Map<String, String> query(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    @Override
    public String toString() {
        return display;
    }
}
