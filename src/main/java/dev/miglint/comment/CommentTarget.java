package dev.miglint.comment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the comment goes, read from the CI environment: GitHub Actions ({@code GITHUB_*}) or GitLab CI
 * ({@code CI_*}), or the platform and number given on the command line. What is missing (not a pull request, no
 * token) makes the target {@link Unavailable} with the reason, which the command prints as a warning: a missing
 * comment never fails a build. Only malformed options are usage errors ({@link IllegalArgumentException}).
 */
public sealed interface CommentTarget {

    record Available(CommentApi api) implements CommentTarget {
    }

    record Unavailable(String reason) implements CommentTarget {
    }

    /** What the command line says; each may be null. */
    record Request(String platform, Long number, String tokenOption) {
        public Request {
            if (platform != null && !platform.matches("(?i)auto|github|gitlab")) {
                throw new IllegalArgumentException("--platform: expected github, gitlab or auto, got '" + platform + "'");
            }
            if (number != null && number <= 0) {
                throw new IllegalArgumentException("--pr: expected a pull or merge request number, got " + number);
            }
            if (tokenOption != null && !tokenOption.matches("env:[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("--token: expected env:NAME, the variable that holds the token"
                        + " (a token itself on the command line would show in process lists and logs)");
            }
        }
    }

    static CommentTarget of(Request request, Map<String, String> env) {
        String platform = request.platform() == null ? "auto" : request.platform().toLowerCase(Locale.ROOT);
        if (platform.equals("auto")) {
            platform = "true".equals(env.get("GITHUB_ACTIONS")) ? "github"
                    : "true".equals(env.get("GITLAB_CI")) ? "gitlab" : "";
        }
        return switch (platform) {
            case "github" -> github(request, env);
            case "gitlab" -> gitlab(request, env);
            default -> new Unavailable("not running in GitHub Actions or GitLab CI (pass --platform github or gitlab)");
        };
    }

    private static CommentTarget github(Request request, Map<String, String> env) {
        String repository = value(env, "GITHUB_REPOSITORY");
        if (repository == null || !repository.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            return new Unavailable("GITHUB_REPOSITORY is not set to OWNER/NAME");
        }
        Long number = request.number() != null ? request.number() : pullRequestOfEvent(env);
        if (number == null) {
            return new Unavailable("not a pull request: GITHUB_EVENT_PATH has no pull_request (event "
                    + env.getOrDefault("GITHUB_EVENT_NAME", "unknown") + "); pass --pr N");
        }
        String tokenVariable = request.tokenOption() != null ? request.tokenOption().substring(4) : "GITHUB_TOKEN";
        String token = value(env, tokenVariable);
        if (token == null) {
            return new Unavailable("no token: " + tokenVariable + " is not set (in a workflow: env: GITHUB_TOKEN: ${{ github.token }})");
        }
        URI api = apiUrl(env, "GITHUB_API_URL", "https://api.github.com");
        if (api == null) {
            return new Unavailable("GITHUB_API_URL is not an http(s) URL");
        }
        return new Available(new GithubComments(api, Token.bearer(token, tokenVariable), repository, number));
    }

    private static CommentTarget gitlab(Request request, Map<String, String> env) {
        String project = value(env, "CI_PROJECT_ID");
        if (project == null) {
            return new Unavailable("CI_PROJECT_ID is not set");
        }
        Long number = request.number() != null ? request.number() : parseNumber(value(env, "CI_MERGE_REQUEST_IID"));
        if (number == null) {
            return new Unavailable("not a merge request pipeline: CI_MERGE_REQUEST_IID is not set; pass --pr N");
        }
        Token token = gitlabToken(request, env);
        if (token == null) {
            return new Unavailable("no token: set GITLAB_TOKEN (or MIGLINT_GITLAB_TOKEN) to an access token with the api scope");
        }
        String server = value(env, "CI_SERVER_URL");
        URI api = apiUrl(env, "CI_API_V4_URL", server == null ? null : server.replaceAll("/+$", "") + "/api/v4");
        if (api == null) {
            return new Unavailable("CI_API_V4_URL is not set to an http(s) URL");
        }
        return new Available(new GitlabNotes(api, token, project, number));
    }

    /** An access token when one is given (it can write notes), else the job token. */
    private static Token gitlabToken(Request request, Map<String, String> env) {
        if (request.tokenOption() != null) {
            String name = request.tokenOption().substring(4);
            String token = value(env, name);
            return token == null ? null : Token.gitlabPrivate(token, name);
        }
        for (String name : new String[] {"GITLAB_TOKEN", "MIGLINT_GITLAB_TOKEN"}) {
            if (value(env, name) != null) {
                return Token.gitlabPrivate(value(env, name), name);
            }
        }
        String job = value(env, "CI_JOB_TOKEN");
        return job == null ? null : Token.gitlabJob(job, "CI_JOB_TOKEN");
    }

    private static Long pullRequestOfEvent(Map<String, String> env) {
        String path = value(env, "GITHUB_EVENT_PATH");
        if (path == null) {
            return null;
        }
        try {
            JsonNode event = new ObjectMapper().readTree(Files.readString(Path.of(path)));
            JsonNode number = event.path("pull_request").path("number");
            return number.canConvertToLong() && number.asLong() > 0 ? number.asLong() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Long parseNumber(String text) {
        return text != null && text.matches("[0-9]{1,12}") && Long.parseLong(text) > 0 ? Long.parseLong(text) : null;
    }

    private static URI apiUrl(Map<String, String> env, String variable, String fallback) {
        String text = value(env, variable) != null ? value(env, variable) : fallback;
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
                    ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
