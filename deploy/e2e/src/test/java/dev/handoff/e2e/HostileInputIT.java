package dev.handoff.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.testinfra.RawHttp;
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated hostile-input suite (issue 12; docs/api-errors.md): every operation and field of every service's
 * OpenAPI document, every socket and the gateway, on the five services as real processes with the gateway in front.
 * Each answer must keep the error contract ({@link ApiContract}); afterwards every service must still be ready and a
 * whole handoff must still work through the gateway. The counts per class and any failed case are written to
 * {@code target/hostile-input-report.md}; any failed case fails the test, there is no list of tolerated ones.
 *
 * <p>Properties: {@code hostile.seed} (the random picks; {@code random} for a new one each run),
 * {@code hostile.gatewayShare} (the part of the generated cases also sent through the gateway, 0 to 1) and
 * {@code hostile.threads} (requests in flight).
 */
@ExtendWith(FiveServices.class)
class HostileInputIT {
    static final String TENANT = "fuzz";
    static final String BOT = "fuzz-bot";
    static final String DEMO_BOT = "fuzz-demo-bot";
    static final List<String> SERVICES = FiveServices.SERVICES;
    private static final String AGENT = TestTokens.agent("fuzz-agent", TENANT, "agent");
    private static final String SUPERVISOR = TestTokens.agent("fuzz-supervisor", TENANT, "agent", "supervisor");
    private static final String SUPERVISOR_ONLY = TestTokens.agent("fuzz-lead", TENANT, "supervisor");
    private static final String ANALYST = TestTokens.agent("fuzz-analyst", TENANT, "analyst");
    private static final String BOT_TOKEN = TestTokens.bot("fuzz-bot-client", TENANT, BOT);
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final Path ROOT = Path.of(System.getProperty("e2e.projectRoot", "../.."))
            .toAbsolutePath()
            .normalize();

    private static Platform platform;
    private static GatewayCases gateway;
    private static Vertx vertx;
    private final HostileReport report = new HostileReport();
    private String conversation;
    private String visitorToken;
    private String quickReply;
    private String erasure;
    private final DocumentedAnswers answers = new DocumentedAnswers();

    /** @param shared the five services behind a proxy, the demo page on for {@link #TENANT} ({@link FiveServices}) */
    @BeforeAll
    static void start(Platform shared) throws IOException {
        platform = shared;
        gateway = GatewayCases.start(
                platform, ROOT, Path.of(System.getProperty("e2e.logDir", "target/e2e-logs")), SERVICES);
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        if (vertx != null) {
            vertx.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void everyOperationFieldAndSocketKeepsTheErrorContract() throws Exception {
        long seed = seed();
        Random random = new Random(seed);
        fixtures();
        List<HostileCase> cases = new ArrayList<>();
        List<HostileCase> last = new ArrayList<>();
        for (String service : SERVICES) {
            OpenApiDocument document = OpenApiDocument.fetch(service, platform.url(service));
            answers.add(document.operations());
            generate(service, document, random, cases, last);
        }
        cases.addAll(locations());
        cases.addAll(securityHeaders());
        double share = Double.parseDouble(System.getProperty("hostile.gatewayShare", "0.15"));
        List<HostileCase> viaGateway = cases.stream()
                .filter(c -> !c.accepted() && random.nextDouble() < share)
                .map(c -> c.at("gateway"))
                .toList();
        cases.addAll(viaGateway);
        cases.addAll(gateway.cases(SUPERVISOR));

        Instant started = Instant.now();
        try {
            run(cases);
            last.forEach(this::send);
            new SocketCases(
                            vertx,
                            new SocketCases.Targets(
                                    URI.create(platform.url("handoff-service")),
                                    URI.create(platform.url("agent-service")),
                                    visitorToken,
                                    HostileInputIT::ticket,
                                    BOT,
                                    conversation),
                            report)
                    .run();
            try {
                EngineIoCases.run(URI.create(platform.url("handoff-service")), report);
            } catch (RuntimeException e) {
                report.record("sio-polling", "Socket.IO polling", "", "failed midway", List.of(e.toString()));
            }
            garbage();
        } finally {
            Duration took = Duration.between(started, Instant.now());
            String run = "seed " + seed + ", gateway share " + share + ", " + report.total() + " cases";
            report.write(Path.of("target", "hostile-input-report.md"), run, took);
            System.out.println(report.markdown(run, took));
        }
        servicesStayReady();
        aHandoffStillWorksEndToEndThroughTheGateway();
        assertThat(report.failures())
                .as("cases that broke the error contract (target/hostile-input-report.md)")
                .isEmpty();
        theDocumentationListsEveryClass();
    }

    /** The cases of one service: its requests, and for each body operation its baseline and body cases. */
    private void generate(
            String service, OpenApiDocument document, Random random, List<HostileCase> cases, List<HostileCase> last) {
        cases.addAll(RequestCases.of(
                document, service, this::target, HostileInputIT::auth, HostileInputIT::wrongRole, random));
        for (OpenApiDocument.Operation operation : document.operations()) {
            if (operation.body() != null) {
                cases.addAll(BodyCases.of(operation, target(operation), auth(operation), random));
                HostileCase baseline = BodyCases.baseline(operation, target(operation), auth(operation));
                // a transfer hands the suite's chat away: its valid request goes after everything else
                (operation.path().endsWith("/transfer") ? last : cases).add(baseline);
            } else if (operation.method().equals("GET")) {
                cases.add(new HostileCase(
                        "baseline",
                        "a valid request",
                        service,
                        "GET",
                        target(operation),
                        auth(operation),
                        null,
                        Set.of(),
                        true));
            }
        }
    }

    /** A {@code Location} is built from configuration: a forged Host never shows in it. */
    private List<HostileCase> locations() {
        List<HostileCase> cases = new ArrayList<>();
        for (String service : List.of("handoff-service", "gateway")) {
            cases.add(new HostileCase(
                            "host-header",
                            "a handoff with Host: evil.example",
                            service,
                            "POST",
                            "/api/v1/bots/" + BOT + "/handoffs",
                            Map.of(
                                    "Authorization",
                                    "Bearer " + BOT_TOKEN,
                                    "Content-Type",
                                    "application/json",
                                    "Host",
                                    "evil.example"),
                            "{\"visitor\":{\"name\":\"Host\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            Set.of(),
                            true)
                    .checking(HostileInputIT::locationFromConfiguration));
        }
        cases.add(new HostileCase(
                        "host-header",
                        "a quick reply with Host: evil.example",
                        "agent-service",
                        "POST",
                        "/api/v1/agent/quick-replies",
                        Map.of(
                                "Authorization",
                                "Bearer " + AGENT,
                                "Content-Type",
                                "application/json",
                                "Host",
                                "evil.example:8080"),
                        ("{\"shortcut\":\"/host" + System.nanoTime() + "\",\"text\":\"hi\",\"scope\":\"PERSONAL\"}")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Set.of(),
                        true)
                .checking(HostileInputIT::locationFromConfiguration));
        return cases;
    }

    /** Pages get a strict CSP; an answer to a request that came over TLS gets HSTS, one over plain HTTP does not. */
    private static List<HostileCase> securityHeaders() {
        List<HostileCase> cases = new ArrayList<>();
        for (String[] page : new String[][] {
            {"handoff-service", "/demo/"},
            {"agent-service", "/console/"},
            {"gateway", "/console/"},
            {"gateway", "/demo/"}
        }) {
            cases.add(new HostileCase(
                            "security-headers",
                            "the page " + page[1],
                            page[0],
                            "GET",
                            page[1],
                            Map.of(),
                            null,
                            Set.of(),
                            true)
                    .checking(response -> {
                        String csp = String.valueOf(response.header("content-security-policy"));
                        return csp.contains("script-src 'self';")
                                        && csp.contains("frame-ancestors 'none'")
                                        && !csp.contains("unsafe")
                                        && "no-referrer".equals(response.header("referrer-policy"))
                                ? List.of()
                                : List.of("page CSP '" + csp + "'");
                    }));
        }
        for (String service : SERVICES) {
            cases.add(new HostileCase(
                            "security-headers",
                            "over TLS (X-Forwarded-Proto: https)",
                            service,
                            "GET",
                            "/q/health/live",
                            Map.of("X-Forwarded-Proto", "https"),
                            null,
                            Set.of(),
                            true)
                    .checking(response -> String.valueOf(response.header("strict-transport-security"))
                                    .startsWith("max-age=")
                            ? List.of()
                            : List.of("no HSTS over TLS")));
            cases.add(new HostileCase(
                            "security-headers",
                            "over plain HTTP",
                            service,
                            "GET",
                            "/q/health/live",
                            Map.of(),
                            null,
                            Set.of(),
                            true)
                    .checking(response -> response.header("strict-transport-security") == null
                            ? List.of()
                            : List.of("HSTS over plain HTTP")));
        }
        return cases;
    }

    private static List<String> locationFromConfiguration(RawHttp.Response response) {
        String location = response.header("location");
        return location != null && location.startsWith("http://localhost:8080/") && !location.contains("evil")
                ? List.of()
                : List.of("Location '" + location + "' is not built from handoff.http.public-url");
    }

    private void run(List<HostileCase> cases) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("hostile.threads", 4));
        cases.forEach(c -> pool.execute(() -> send(c)));
        pool.shutdown();
        assertThat(pool.awaitTermination(15, TimeUnit.MINUTES))
                .as("all cases answered")
                .isTrue();
    }

    private void send(HostileCase c) {
        URI base = URI.create(c.service().equals("gateway") ? gateway.url().toString() : platform.url(c.service()));
        String where = c.service() + ": " + c.label();
        try {
            RawHttp.Response response = RawHttp.send(base, c.method(), c.target(), c.headers(), c.body());
            List<String> broken = new ArrayList<>(ApiContract.violations(c, response));
            broken.addAll(answers.check(c, response.status()));
            report.record(
                    c.caseClass(),
                    where,
                    c.requestLine(),
                    response.status() + " " + ApiContract.snippet(response),
                    broken);
        } catch (RuntimeException e) {
            report.record(c.caseClass(), where, c.requestLine(), "no answer", List.of("no answer: " + e.getMessage()));
        }
    }

    /** What the HTTP codec cannot read gets a problem too, from the gateway (the edge). */
    private void garbage() {
        RawHttp.Response response = gateway.garbage();
        List<String> broken = new ArrayList<>();
        if (response.status() != 400) {
            broken.add("status " + response.status());
        }
        ApiContract.problem(response, broken);
        report.record(
                "gateway-uri", "gateway: a request line that is not HTTP", "GARBAGE", response.status() + "", broken);
    }

    /** A bot of the tenant takes handoffs and speaks Socket.IO; its chat is held by the suite's agent. */
    private void fixtures() {
        for (String bot : List.of(BOT, DEMO_BOT)) {
            given().auth()
                    .oauth2(SUPERVISOR)
                    .contentType(ContentType.JSON)
                    .body(Map.of("enabled", true, "socketIoEnabled", true))
                    .put(platform.url("handoff-service") + "/api/v1/bots/{bot}/settings", bot)
                    .then()
                    .statusCode(200);
        }
        JsonPath handoff = given().auth()
                .oauth2(BOT_TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "visitor",
                        Map.of("name", "Fuzz"),
                        "botHistory",
                        List.of(Map.of("sender", "user", "message", "A human, please"))))
                .post(platform.url("handoff-service") + "/api/v1/bots/{bot}/handoffs", BOT)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        conversation = handoff.getString("conversationId");
        visitorToken = handoff.getString("visitorToken");
        await("routing queues " + conversation)
                .atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(AGENT)
                        .post(platform.url("routing-service") + "/api/v1/queue/{id}/claim", conversation)
                        .then()
                        .statusCode(200));
        await("agent-service knows the suite's agent holds " + conversation)
                .atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(AGENT)
                        .contentType(ContentType.JSON)
                        .body(Map.of("typing", false))
                        .post(platform.url("agent-service") + "/api/v1/agent/chats/{id}/typing", conversation)
                        .then()
                        .statusCode(204));
        quickReply = given().auth()
                .oauth2(AGENT)
                .contentType(ContentType.JSON)
                .body(Map.of("shortcut", "/fixture", "text", "Hello", "scope", "PERSONAL"))
                .post(platform.url("agent-service") + "/api/v1/agent/quick-replies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        analyticsFixtures();
    }

    /**
     * Analytics knows the suite's chat (its transcript is read), an erasure exists (its status is read), and a
     * second visitor, {@link ValidBodies#ERASABLE_VISITOR}, waits to be erased by the valid erasure request: the
     * visitor of the erasure fixture is another one, whose chat is gone by then.
     */
    private void analyticsFixtures() {
        String erasedByFixture = handoff("Erased by id", "erased-by-id@example.com");
        String erasable = handoff("Erasable", ValidBodies.ERASABLE_VISITOR);
        for (String chat : List.of(conversation, erasedByFixture, erasable)) {
            await("analytics records " + chat)
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> given().auth()
                            .oauth2(ANALYST)
                            .get(platform.url("analytics-service") + "/api/v1/analytics/conversations/{id}", chat)
                            .then()
                            .statusCode(200));
        }
        erasure = given().auth()
                .oauth2(SUPERVISOR)
                .contentType(ContentType.JSON)
                .body(Map.of("conversationIds", List.of(erasedByFixture)))
                .post(platform.url("analytics-service") + "/api/v1/analytics/erasures")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    /** A handoff of the suite's bot by a visitor with this name and e-mail address; its conversation id. */
    private static String handoff(String name, String email) {
        return given().auth()
                .oauth2(BOT_TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "visitor",
                        Map.of("name", name, "email", email),
                        "botHistory",
                        List.of(Map.of("sender", "user", "message", "Please forget me, " + name))))
                .post(platform.url("handoff-service") + "/api/v1/bots/{bot}/handoffs", BOT)
                .then()
                .statusCode(201)
                .extract()
                .path("conversationId");
    }

    /** {@code operation}'s path with the suite's fixtures as its parameters. */
    private String target(OpenApiDocument.Operation operation) {
        String path = operation.path();
        return path.replace("{tenantId}", TENANT)
                .replace("{botId}", BOT)
                .replace("{conversationId}", conversation)
                .replace("quick-replies/{id}", "quick-replies/" + quickReply)
                .replace("erasures/{id}", "erasures/" + erasure)
                .replace("{dimension}", "agent")
                .replace("{id}", conversation)
                .replace("{quickReplyId}", quickReply)
                .replace("{agentId}", "fuzz-agent")
                .replace("{team}", "fuzz-team");
    }

    /** A token with a role {@code operation} allows (none for the demo page's API). */
    static Map<String, String> auth(OpenApiDocument.Operation operation) {
        List<String> roles = operation.roles();
        String token = roles.contains("agent")
                ? AGENT
                : roles.contains("bot")
                        ? BOT_TOKEN
                        : roles.contains("supervisor") ? SUPERVISOR : roles.contains("analyst") ? ANALYST : null;
        return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    /** A valid token of the tenant whose roles are none of those {@code operation} allows. */
    static Map<String, String> wrongRole(OpenApiDocument.Operation operation) {
        Map<String, String> byRole = Map.of(
                "bot",
                BOT_TOKEN,
                "analyst",
                ANALYST,
                "agent",
                TestTokens.agent("fuzz-plain", TENANT, "agent"),
                "supervisor",
                SUPERVISOR_ONLY);
        return byRole.entrySet().stream()
                .filter(e -> !operation.roles().contains(e.getKey()))
                .findFirst()
                .map(e -> Map.of("Authorization", "Bearer " + e.getValue()))
                .orElseThrow();
    }

    private static String ticket() {
        return given().auth()
                .oauth2(AGENT)
                .post(platform.url("agent-service") + "/api/v1/agent/session-tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("ticket");
    }

    private static void servicesStayReady() {
        for (String service : SERVICES) {
            given().get(platform.url(service) + "/q/health/ready").then().statusCode(200);
        }
    }

    /** After all of it, a new visitor and agent still talk end to end, through the gateway only. */
    private static void aHandoffStillWorksEndToEndThroughTheGateway() {
        HandoffRoundTrip.through(gateway.url().toString(), "roundtrip-" + System.nanoTime());
    }

    private void theDocumentationListsEveryClass() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/api-errors.md"));
        assertThat(report.counts().keySet())
                .as("case classes missing from the counts table of docs/api-errors.md")
                .allMatch(caseClass -> docs.contains("| `" + caseClass + "` |"));
    }

    private static long seed() {
        String seed = System.getProperty("hostile.seed", "20261206");
        return seed.equals("random") ? new Random().nextLong() : Long.parseLong(seed);
    }
}
