package org.pepiniere.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a service's runnable jar in the launcher's own tests: prints its arguments, answers its
 * readiness probe and writes its port file as a service does, refuses to start when
 * {@code -Dfake.fail=<its module>}, and runs without ever listening when {@code -Dfake.silent=<its module>}.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String jar = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getFileName().toString();
        String module = jar.substring(0, jar.indexOf("-0.1.0"));
        System.out.println(module + " started with " + String.join(" ", args));
        if (module.equals(System.getProperty("fake.fail"))) {
            System.out.println(module + " refuses to start: broken on purpose");
            System.exit(3);
        }
        if (module.equals(System.getProperty("fake.silent"))) {
            System.out.println(module + " never listens");
            Thread.currentThread().join();
        }
        int port = 0;
        Path portFile = null;
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
            if (arg.startsWith("--pepiniere.port-file=")) {
                portFile = Path.of(arg.substring("--pepiniere.port-file=".length()));
            }
        }
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(200, up.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(up);
            }
        });
        server.start();
        if (portFile != null) {
            Files.createDirectories(portFile.getParent());
            Files.writeString(portFile, port + " " + ProcessHandle.current().pid());
        }
    }
}
