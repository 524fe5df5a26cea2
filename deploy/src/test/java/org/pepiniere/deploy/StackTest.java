package org.pepiniere.deploy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEveryServiceInAJvmOfItsOwnWithTheStacksAddresses() throws Exception {
        try (Stack stack = Stack.start(StackConfig.freePorts(FakeServiceJars.root(dir.resolve("repo")), dir.resolve("data")))) {

            for (Service service : Service.values()) {
                assertThat(readiness(stack.url(service))).isEqualTo(200);
            }
            String notifications = Files.readString(stack.config().logOf(Service.NOTIFICATIONS));
            assertThat(notifications)
                    .contains("--server.port=" + stack.config().port(Port.NOTIFICATIONS))
                    .contains("--spring.kafka.bootstrap-servers=" + stack.infrastructure().kafka().bootstrapServers())
                    .contains("--spring.mongodb.uri=" + stack.infrastructure().mongo().connectionString())
                    .contains("--spring.mail.port=" + stack.infrastructure().smtp().port())
                    .contains("--pepiniere.webhooks.allowed-hosts=127.0.0.1,localhost")
                    .contains("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + stack.gatewayUrl() + "/.well-known/jwks.json")
                    .contains("--pepiniere.security.issuer=" + stack.gatewayUrl())
                    .doesNotContain("demo-accounts");
            assertThat(Files.readString(stack.config().logOf(Service.GATEWAY)))
                    .contains("--pepiniere.services.funding-uri=" + stack.url(Service.FUNDING))
                    .contains("--pepiniere.security.issuer=" + stack.gatewayUrl())
                    .contains("--pepiniere.identity.demo-accounts=true");
        }
    }

    @Test
    void stopsOneServiceAndStartsItAgainWhileTheOthersGoOn() throws Exception {
        try (Stack stack = Stack.start(StackConfig.freePorts(FakeServiceJars.root(dir.resolve("repo")), dir.resolve("data")))) {

            stack.stop(Service.NOTIFICATIONS);

            assertThat(stack.isRunning(Service.NOTIFICATIONS)).isFalse();
            assertThatThrownBy(() -> readiness(stack.url(Service.NOTIFICATIONS))).isInstanceOf(ConnectException.class);
            assertThat(readiness(stack.url(Service.GATEWAY))).isEqualTo(200);

            stack.start(Service.NOTIFICATIONS);

            assertThat(readiness(stack.url(Service.NOTIFICATIONS))).isEqualTo(200);
        }
    }

    @Test
    void saysWhichServiceDiedWithTheEndOfItsLogAndStopsEverything() throws Exception {
        StackConfig config = StackConfig.freePorts(FakeServiceJars.root(dir.resolve("repo")), dir.resolve("data"));
        List<String> jvmOptions = new ArrayList<>(config.jvmOptions());
        jvmOptions.add("-Dfake.fail=mentoring-service");
        StackConfig failing = new StackConfig(config.root(), config.dataDir(), config.ports(), jvmOptions, config.readinessTimeout())
                .withResolvedPorts();

        assertThatThrownBy(() -> Stack.start(failing))
                .isInstanceOfSatisfying(StackStartException.class, e -> assertThat(e.module()).isEqualTo("mentoring-service"))
                .hasMessageContaining("mentoring-service refuses to start: broken on purpose");

        assertThatThrownBy(() -> readiness(URI.create("http://127.0.0.1:" + failing.port(Port.GATEWAY))))
                .isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", failing.port(Port.KAFKA)).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void refusesToStartWhenAPortIsTakenNamingItAndTheOptionThatChangesIt() throws Exception {
        StackConfig config = StackConfig.freePorts(FakeServiceJars.root(dir.resolve("repo")), dir.resolve("data")).withResolvedPorts();

        try (ServerSocket other = new ServerSocket(config.port(Port.MENTORING), 1, InetAddress.getLoopbackAddress())) {

            assertThatThrownBy(() -> Stack.start(config))
                    .isInstanceOfSatisfying(StackStartException.class, e -> assertThat(e.module()).isEqualTo("mentoring-port"))
                    .hasMessageContaining(String.valueOf(config.port(Port.MENTORING)))
                    .hasMessageContaining("--mentoring-port=");
        }
        assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", config.port(Port.KAFKA)).close())
                .isInstanceOf(ConnectException.class);
        assertThat(config.logOf(Service.GATEWAY)).doesNotExist();
    }

    @Test
    void doesNotTakeAnotherProgramsAnswerOnAServicesPortForTheServiceBeingReady() throws Exception {
        StackConfig config = StackConfig.freePorts(FakeServiceJars.root(dir.resolve("repo")), dir.resolve("data")).withResolvedPorts();
        List<String> jvmOptions = new ArrayList<>(config.jvmOptions());
        jvmOptions.add("-Dfake.silent=applications-service");
        StackConfig silent = new StackConfig(config.root(), config.dataDir(), config.ports(), jvmOptions, config.readinessTimeout());
        HttpServer impostor = HttpServer.create(new InetSocketAddress("127.0.0.1", silent.port(Port.APPLICATIONS)), 0);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        impostor.createContext("/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        impostor.start();
        ChildJvm child = ChildJvm.start(Service.APPLICATIONS, silent);
        try {

            var ready = new Readiness().await(child, silent.port(Port.APPLICATIONS), Duration.ofSeconds(4));

            assertThatThrownBy(ready::join).hasCauseInstanceOf(StackStartException.class)
                    .hasMessageContaining(String.valueOf(silent.port(Port.APPLICATIONS)))
                    .hasMessageContaining("--applications-port=");
        } finally {
            child.stopNow();
            impostor.stop(0);
        }
    }

    private int readiness(URI service) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(service.resolve("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
