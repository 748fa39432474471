package dev.miglint.comment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * JSON over HTTP to one code host's REST API, with its token. Bounded in time (a CI job never hangs on a comment),
 * never sends the token to another origin than the API's, and keeps the token out of every error message.
 */
final class RestClient {

    record Response(int status, Map<String, java.util.List<String>> headers, JsonNode json) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final Token token;
    private final Map<String, String> extraHeaders;

    RestClient(URI base, Token token, Map<String, String> extraHeaders) {
        this.base = base;
        this.token = token;
        this.extraHeaders = extraHeaders;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The API's base URL with {@code path} (already encoded) appended. */
    URI at(String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return URI.create(root + path);
    }

    boolean sameOrigin(URI uri) {
        return uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(base.getScheme())
                && uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost()) && port(uri) == port(base);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    Response get(URI uri) throws CommentException {
        return send("GET", uri, null);
    }

    Response send(String method, URI uri, String bodyText) throws CommentException {
        if (!sameOrigin(uri)) {
            throw new CommentException(0, "refusing to send the token to " + uri.getScheme() + "://" + uri.getHost()
                    + ", which is not the API's origin");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header(token.header(), token.headerValue()).header("User-Agent", "miglint")
                .header("Accept", "application/json");
        extraHeaders.forEach(request::header);
        if (bodyText != null) {
            String json = JsonNodeFactory.instance.objectNode().put("body", bodyText).toString();
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CommentException(0, token.mask("cannot reach " + base.getHost() + ": " + describe(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommentException(0, "interrupted");
        }
        JsonNode json = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new CommentException(response.statusCode(), token.mask(method + " " + uri.getRawPath() + " answered "
                    + response.statusCode() + message(json)));
        }
        return new Response(response.statusCode(), response.headers().map(), json);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonNodeFactory.instance.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JsonNodeFactory.instance.textNode(body);
        }
    }

    /** The host's own words: GitHub's and GitLab's {@code message}, GitLab's {@code error}; one short line. */
    private static String message(JsonNode json) {
        String text = json.path("message").isValueNode() ? json.path("message").asText()
                : json.path("error").isValueNode() ? json.path("error").asText()
                : json.isTextual() ? json.asText() : json.path("message").toString();
        if (json.isMissingNode() || text.isBlank() || text.equals("\"\"")) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return " (" + (line.length() > 200 ? line.substring(0, 200) + "..." : line) + ")";
    }
}
