package dev.miglint.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.miglint.testing.Paths;
import dev.miglint.testing.Shell;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * scripts/action-sarif-check.sh against a fake GitHub REST API on loopback: upload-sarif auto uploads where code
 * scanning takes the log and otherwise warns once and goes on; true forces; false skips.
 */
class SarifUploadCheckTest {

    static final Path SCRIPT = Paths.repoRoot().resolve("scripts/action-sarif-check.sh");

    @TempDir
    Path tmp;
    HttpServer github;
    final List<String> requests = new CopyOnWriteArrayList<>();
    int status;
    String body;
    Path outputFile;

    @BeforeEach
    void fakeGithub() throws IOException {
        github = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        github.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        github.start();
        outputFile = Files.createFile(tmp.resolve("github_output"));
    }

    @AfterEach
    void stop() {
        github.stop(0);
    }

    private Shell.Result check(String mode, Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("GITHUB_OUTPUT", outputFile.toString());
        env.put("GITHUB_API_URL", "http://127.0.0.1:" + github.getAddress().getPort());
        env.put("GITHUB_REPOSITORY", "acme/shop");
        env.put("GITHUB_EVENT_NAME", "push");
        env.put("INPUT_TOKEN", "ghs_secret");
        env.put("INPUT_UPLOAD_SARIF", mode);
        env.put("SARIF_FILE", "miglint.sarif");
        env.putAll(extra);
        Shell.Result run = Shell.run(tmp, env, List.of("bash", SCRIPT.toString()));
        assertEquals(0, run.exitCode(), run.output());
        return run;
    }

    /** The environment of a pull_request event whose head branch lives in {@code repository}. */
    private Map<String, String> pullRequestFrom(String repository) throws IOException {
        Path event = tmp.resolve("event.json");
        Files.writeString(event, "{\"pull_request\":{\"head\":{\"repo\":{\"full_name\":\"" + repository + "\"}}}}");
        return Map.of("GITHUB_EVENT_NAME", "pull_request", "GITHUB_EVENT_PATH", event.toString());
    }

    private String upload() throws IOException {
        return Files.readString(outputFile).strip();
    }

    @Test
    void privateRepositoryWithoutAdvancedSecurityWarnsOnceAndSkips() throws Exception {
        status = 403;
        body = "{\"message\":\"Advanced Security must be enabled for this repository to use code scanning.\"}";
        Shell.Result run = check("auto", Map.of());
        assertEquals("upload=false", upload());
        assertEquals(List.of("GET /repos/acme/shop/code-scanning/analyses?per_page=1 Bearer ghs_secret"), requests);
        assertEquals(1, run.output().split("::warning", -1).length - 1, run.output());
        assertTrue(run.output().contains("answered 403 (Advanced Security must be enabled"), run.output());
        assertFalse(run.output().contains("ghs_secret"), run.output());
    }

    /** How GitHub answers the probe of code scanning, and whether the log is then uploaded. */
    @ParameterizedTest(name = "{0} {1} -> upload={2}")
    @CsvSource(delimiter = '|', textBlock = """
            403 | {"message":"Advanced Security must be enabled for this repository to use code scanning."} | false
            404 | {"message":"Code scanning is not enabled for this repository."}                             | false
            404 | {"message":"no analysis found"}                                                               | true
            200 | []                                                                                            | true
            """)
    void autoUploadsWhereCodeScanningTakesTheLog(int answer, String answerBody, boolean uploads) throws Exception {
        status = answer;
        body = answerBody;
        Shell.Result run = check("auto", Map.of());
        assertEquals("upload=" + uploads, upload());
        assertEquals(uploads, !run.output().contains("::warning"), run.output());
    }

    @Test
    void forkPullRequestSkipsWithoutAsking() throws Exception {
        Shell.Result run = check("auto", pullRequestFrom("mallory/shop"));
        assertEquals("upload=false", upload());
        assertEquals(List.of(), requests);
        assertTrue(run.output().contains("::warning title=miglint::SARIF not uploaded") && run.output().contains("forks"),
                run.output());
    }

    @Test
    void sameRepositoryPullRequestAsks() throws Exception {
        status = 200;
        body = "[]";
        check("auto", pullRequestFrom("acme/shop"));
        assertEquals("upload=true", upload());
    }

    @Test
    void trueForcesAndFalseSkipsWithoutAsking() throws Exception {
        status = 403;
        body = "{\"message\":\"Advanced Security must be enabled\"}";
        check("true", Map.of());
        assertEquals("upload=true", upload());
        Files.writeString(outputFile, "");
        Shell.Result run = check("false", Map.of());
        assertEquals("upload=false", upload());
        assertFalse(run.output().contains("::warning"), run.output());
        assertEquals(List.of(), requests);
    }

    @Test
    void noSarifLogNothingToUpload() throws Exception {
        check("auto", Map.of("SARIF_FILE", ""));
        assertEquals("upload=false", upload());
        assertEquals(List.of(), requests);
    }
}
