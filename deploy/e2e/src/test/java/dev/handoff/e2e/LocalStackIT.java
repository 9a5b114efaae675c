package dev.handoff.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a person does after cloning: {@code ./handoff up} (Keycloak with the realm, the demo bot seeded, all
 * behind :8080), the first handoff by curl-like calls with tokens from Keycloak, the console and the demo pages
 * in a real browser (one stack for both, so Keycloak starts once), then {@code ./handoff down}, which exits
 * non-zero if any process of the stack is left. Uses the fixed local ports.
 */
class LocalStackIT {
    private static final Path ROOT = Path.of(System.getProperty("e2e.projectRoot", "../.."))
            .toAbsolutePath()
            .normalize();
    private static final Path LOGS =
            Path.of(System.getProperty("e2e.logDir", "target/e2e-logs")).toAbsolutePath();
    private static final String GATEWAY = "http://localhost:8080";
    private static final String TOKENS = "http://localhost:8180/realms/handoff/protocol/openid-connect/token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void up() throws Exception {
        assertThat(handoff("up", "--no-build"))
                .as("./handoff up, see %s", LOGS.resolve("handoff-up.log"))
                .isZero();
    }

    @AfterAll
    static void down() throws Exception {
        assertThat(handoff("down"))
                .as("./handoff down leaves nothing behind, see %s", LOGS.resolve("handoff-down.log"))
                .isZero();
    }

    @Test
    void aBotHandsOffThroughTheGatewayAndAliceSeesItPending() throws Exception {
        String bot = token(Map.of(
                "grant_type", "client_credentials", "client_id", "demo-bot", "client_secret", "demo-bot-secret"));
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/bots/demo-bot/handoffs"))
                        .header("Authorization", "Bearer " + bot)
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"visitor\":{\"name\":\"Naledi\"},\"botHistory\":[{\"sender\":\"user\",\"message\":\"A person please\"}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String conversationId =
                JSON.readTree(created.body()).path("conversationId").asText();

        String alice = token(
                Map.of("grant_type", "password", "client_id", "handoff-cli", "username", "alice", "password", "alice"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> pending = HTTP.send(
                    HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/agent/handoffs/pending"))
                            .header("Authorization", "Bearer " + alice)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(pending.statusCode()).isEqualTo(200);
            JsonNode item = null;
            for (JsonNode candidate : JSON.readTree(pending.body())) {
                if (conversationId.equals(candidate.path("conversationId").asText())) {
                    item = candidate;
                }
            }
            assertThat(item).as("pending list %s", pending.body()).isNotNull();
            assertThat(item.path("visitorName").asText()).isEqualTo("Naledi");
            assertThat(item.path("preview").asText()).isEqualTo("A person please");
        });
    }

    /**
     * The "done when": a newcomer's first handoff mails carol (the demo tenant's seeded recipient) through the
     * local SMTP server, and {@code ./handoff mail} lists and prints it: the visitor, the bot's display name, the
     * visitor's words and the link to the request.
     */
    @Test
    void theFirstHandoffIsMailedAndHandoffMailShowsIt() throws Exception {
        String visitor = "Mpho " + UUID.randomUUID().toString().substring(0, 6);
        String bot = token(Map.of(
                "grant_type", "client_credentials", "client_id", "demo-bot", "client_secret", "demo-bot-secret"));
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/bots/demo-bot/handoffs"))
                        .header("Authorization", "Bearer " + bot)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"visitor\":{\"name\":\"" + visitor + "\"},"
                                + "\"botHistory\":[{\"sender\":\"user\",\"message\":\"My parcel never came\"}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String conversationId =
                JSON.readTree(created.body()).path("conversationId").asText();

        String listed = await().atMost(Duration.ofSeconds(90))
                .until(
                        () -> handoffOutput("mail"),
                        list -> list.lines()
                                .anyMatch(l -> l.contains("carol@demo.example")
                                        && l.contains("New live chat request: " + visitor)));
        String number = listed.lines()
                .filter(l -> l.contains("New live chat request: " + visitor) && l.contains("carol@demo.example"))
                .findFirst()
                .orElseThrow()
                .split("\\s+")[0];

        assertThat(handoffOutput("mail", number))
                .contains(
                        "To:      carol@demo.example",
                        "Subject: New live chat request: " + visitor,
                        "Chatbot: Demo Shop Assistant",
                        "My parcel never came",
                        GATEWAY + "/console/#pending/" + conversationId);
        assertThat(handoffOutput("mail", number, "--html"))
                .contains("<a href=\"" + GATEWAY + "/console/#pending/" + conversationId + "\"");
    }

    /**
     * {@code up} warms the stack with chats of its own tenant (the local realm's {@code warm-up} agent and bot): each
     * went through every service and ended, and the demo tenant's agents never see them.
     */
    @Test
    void upWarmsTheStackWithChatsTheDemoTenantNeverSees() throws Exception {
        assertThat(Files.readString(LOGS.resolve("handoff-up.log")))
                .containsPattern("30 chats through every service; the first handoff showed in [0-9]+ ms");
        String warmUp = token(Map.of(
                "grant_type", "password", "client_id", "handoff-cli", "username", "warm-up", "password", "warm-up"));
        assertThat(JSON.readTree(get("/api/v1/agent/handoffs/pending", warmUp)))
                .as("nothing left waiting")
                .isEmpty();
        assertThat(JSON.readTree(get("/api/v1/agent/chats", warmUp)))
                .as("every warm-up chat ended")
                .isEmpty();
        String alice = token(
                Map.of("grant_type", "password", "client_id", "handoff-cli", "username", "alice", "password", "alice"));
        assertThat(get("/api/v1/agent/handoffs/pending", alice)).doesNotContain("Warm-up visitor");
    }

    private static String get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(GATEWAY + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET %s: %s", path, response.body())
                .isEqualTo(200);
        return response.body();
    }

    /**
     * The console and demo pages in Debian's headless Chromium (deploy/e2e/browser, see its README): alice and bob
     * sign in through Keycloak, a demo visitor asks for a human, alice accepts while bob's request vanishes, they
     * chat both ways, a quick reply, completion, the visitor's rating; the Socket.IO demo; carol's settings pages.
     */
    @Test
    void theConsoleAndTheDemoPagesWorkInARealBrowser() throws Exception {
        assertThat(Files.isExecutable(Path.of(BrowserTests.CHROMIUM)))
                .as(
                        "Debian's chromium is needed at %s (apt-get install chromium; .ci/run installs it), or set CHROMIUM_PATH",
                        BrowserTests.CHROMIUM)
                .isTrue();
        BrowserTests.Result result = BrowserTests.run(ROOT, LOGS.getParent(), GATEWAY, Duration.ofMinutes(8));
        assertThat(result.exitCode())
                .as(
                        "browser tests (see %s, screenshots in %s):%n%s",
                        LOGS.resolve("browser-tests.log"), LOGS.resolveSibling("screenshots"), result.tail())
                .isZero();
    }

    /**
     * Teams come from the realm's groups ({@code /teams/<name>}) through its {@code teams} mapper: alice serves billing,
     * bob support; a request for support is listed for bob, not alice, by routing and by agent-service alike.
     */
    @Test
    void realTokensCarryTheTeamsOfTheRealmsGroupsAndBothServicesFilterByThem() throws Exception {
        String alice = password("alice");
        String bob = password("bob");
        assertThat(claims(alice).path("teams")).extracting(JsonNode::asText).containsExactly("billing");
        assertThat(claims(bob).path("teams")).extracting(JsonNode::asText).containsExactly("support");

        String bot = token(Map.of(
                "grant_type", "client_credentials", "client_id", "demo-bot", "client_secret", "demo-bot-secret"));
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/bots/demo-bot/handoffs"))
                        .header("Authorization", "Bearer " + bot)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"visitor\":{\"name\":\"Sipho\"},\"team\":\"support\","
                                        + "\"botHistory\":[{\"sender\":\"user\",\"message\":\"My router is down\"}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String conversationId =
                JSON.readTree(created.body()).path("conversationId").asText();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(listed(bob, "/api/v1/agent/handoffs/pending")).contains(conversationId);
            assertThat(listed(bob, "/api/v1/queue")).contains(conversationId);
        });
        assertThat(listed(alice, "/api/v1/agent/handoffs/pending")).doesNotContain(conversationId);
        assertThat(listed(alice, "/api/v1/queue")).doesNotContain(conversationId);
    }

    private static String password(String user) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "password", "client_id", "handoff-cli", "username", user, "password", user));
    }

    /** The payload of a JWT, read without checking it: the services check it. */
    private static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** The conversation ids a list of the gateway gives this caller. */
    private static List<String> listed(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(GATEWAY + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body())
                .forEach(item -> ids.add(item.path("conversationId").asText()));
        return ids;
    }

    private static String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(TOKENS))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("token from Keycloak: %s", response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    /** What {@code ./handoff ARGS} printed; it must succeed. */
    private static String handoffOutput(String... args) throws IOException, InterruptedException {
        assertThat(handoff(args))
                .as("./handoff %s, see %s", String.join(" ", args), LOGS)
                .isZero();
        return Files.readString(LOGS.resolve("handoff-" + args[0] + ".log"));
    }

    private static int handoff(String... args) throws IOException, InterruptedException {
        Files.createDirectories(LOGS);
        String[] command = new String[args.length + 1];
        command[0] = ROOT.resolve("handoff").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve("handoff-" + args[0] + ".log").toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./handoff " + String.join(" ", args) + " did not finish within 10 minutes");
        }
        return process.exitValue();
    }
}
