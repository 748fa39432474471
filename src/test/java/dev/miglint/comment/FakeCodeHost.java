package dev.miglint.comment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small fake of the GitHub issue-comments and GitLab merge-request-notes REST endpoints on loopback: comments in
 * memory, pages of at most {@link #pageSize} (Link rel="next" / X-Next-Page), the token checked, and a status to
 * refuse writes with (a fork's read-only token answers 403).
 */
public final class FakeCodeHost implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GITHUB_LIST = Pattern.compile("/repos/([^/]+/[^/]+)/issues/(\\d+)/comments");
    private static final Pattern GITHUB_ONE = Pattern.compile("/repos/([^/]+/[^/]+)/issues/comments/(\\d+)");
    private static final Pattern CODE_SCANNING = Pattern.compile("/repos/([^/]+/[^/]+)/code-scanning/analyses");
    private static final Pattern GITLAB_LIST = Pattern.compile("/api/v4/projects/([^/]+)/merge_requests/(\\d+)/notes");
    private static final Pattern GITLAB_ONE = Pattern.compile("/api/v4/projects/([^/]+)/merge_requests/(\\d+)/notes/(\\d+)");

    record Comment(long id, String body, boolean system) {
    }

    private final HttpServer server;
    private final String authHeader;
    private final String authValue;
    final TreeMap<Long, Comment> comments = new TreeMap<>();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private long nextId = 1000;
    int pageSize = 100;
    public int refuseWritesWith;
    public String refusalMessage = "Resource not accessible by integration";
    /** The answer to GET code-scanning/analyses (the Action asks before uploading SARIF). */
    public int codeScanningStatus = 200;
    public String codeScanningMessage = "";

    private FakeCodeHost(String authHeader, String authValue) throws IOException {
        this.authHeader = authHeader;
        this.authValue = authValue;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeCodeHost github(String token) throws IOException {
        return new FakeCodeHost("Authorization", "Bearer " + token);
    }

    static FakeCodeHost gitlab(String header, String token) throws IOException {
        return new FakeCodeHost(header, token);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized long add(String body) {
        long id = nextId++;
        comments.put(id, new Comment(id, body, false));
        return id;
    }

    synchronized void addSystemNote(String body) {
        long id = nextId++;
        comments.put(id, new Comment(id, body, true));
    }

    public synchronized List<String> bodies() {
        return comments.values().stream().filter(c -> !c.system()).map(Comment::body).toList();
    }

    public List<String> writes() {
        return requests.stream().filter(r -> !r.startsWith("GET ")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        requests.add(method + " " + path + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        if (!authValue.equals(exchange.getRequestHeaders().getFirst(authHeader))) {
            send(exchange, 401, "{\"message\":\"Bad credentials\"}", Map.of());
            return;
        }
        if (!method.equals("GET") && refuseWritesWith != 0) {
            send(exchange, refuseWritesWith, JSON.createObjectNode().put("message", refusalMessage).toString(), Map.of());
            return;
        }
        if (CODE_SCANNING.matcher(path).matches() && method.equals("GET")) {
            send(exchange, codeScanningStatus, codeScanningStatus == 200 ? "[]"
                    : JSON.createObjectNode().put("message", codeScanningMessage).toString(), Map.of());
            return;
        }
        boolean gitlab = path.startsWith("/api/v4/");
        Matcher list = (gitlab ? GITLAB_LIST : GITHUB_LIST).matcher(path);
        Matcher one = (gitlab ? GITLAB_ONE : GITHUB_ONE).matcher(path);
        if (list.matches() && method.equals("GET")) {
            listPage(exchange, query, gitlab);
        } else if (list.matches() && method.equals("POST")) {
            long id = add(body(exchange));
            send(exchange, 201, json(comments.get(id), gitlab).toString(), Map.of());
        } else if (one.matches() && (method.equals(gitlab ? "PUT" : "PATCH") || method.equals("DELETE"))) {
            long id = Long.parseLong(one.group(gitlab ? 3 : 2));
            Comment existing = comments.get(id);
            if (existing == null) {
                send(exchange, 404, "{\"message\":\"Not Found\"}", Map.of());
            } else if (method.equals("DELETE")) {
                comments.remove(id);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            } else {
                comments.put(id, new Comment(id, body(exchange), false));
                send(exchange, 200, json(comments.get(id), gitlab).toString(), Map.of());
            }
        } else {
            send(exchange, 404, "{\"message\":\"Not Found\"}", Map.of());
        }
    }

    private void listPage(HttpExchange exchange, Map<String, String> query, boolean gitlab) throws IOException {
        int perPage = Math.min(pageSize, Integer.parseInt(query.getOrDefault("per_page", "30")));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        List<Comment> all = new ArrayList<>(comments.values());
        if (!gitlab) {
            all.removeIf(Comment::system);
        }
        ArrayNode array = JSON.createArrayNode();
        int from = (page - 1) * perPage;
        for (int i = from; i < Math.min(all.size(), from + perPage); i++) {
            array.add(json(all.get(i), gitlab));
        }
        boolean more = from + perPage < all.size();
        Map<String, String> headers = new HashMap<>();
        String self = url() + exchange.getRequestURI().getRawPath();
        if (gitlab) {
            headers.put("X-Next-Page", more ? String.valueOf(page + 1) : "");
        } else if (more) {
            headers.put("Link", "<" + self + "?per_page=" + query.get("per_page") + "&page=" + (page + 1) + ">; rel=\"next\", <"
                    + self + "?per_page=" + query.get("per_page") + "&page=99>; rel=\"last\"");
        }
        send(exchange, 200, array.toString(), headers);
    }

    private static ObjectNode json(Comment c, boolean gitlab) {
        ObjectNode node = JSON.createObjectNode().put("id", c.id()).put("body", c.body());
        if (gitlab) {
            node.put("system", c.system());
        } else {
            node.putObject("user").put("login", "github-actions[bot]");
        }
        return node;
    }

    private static String body(HttpExchange exchange) throws IOException {
        JsonNode json = JSON.readTree(exchange.getRequestBody().readAllBytes());
        return json.path("body").asText();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                out.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
