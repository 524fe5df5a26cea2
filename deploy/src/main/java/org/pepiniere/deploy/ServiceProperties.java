package org.pepiniere.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/** The configuration the launcher passes to each service: services know nothing of the embedded components. */
final class ServiceProperties {

    private ServiceProperties() {
    }

    static Map<String, String> of(Service service, StackConfig config) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(config.port(service.port())));
        properties.put("spring.kafka.bootstrap-servers", "127.0.0.1:" + config.port(Port.KAFKA));
        properties.put("spring.mongodb.uri", "mongodb://127.0.0.1:" + config.port(Port.MONGO));
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", url(config, Port.GATEWAY) + "/.well-known/jwks.json");
        // the gateway signs with it and every service checks it, whatever port the gateway is on
        properties.put("pepiniere.security.issuer", url(config, Port.GATEWAY));
        properties.put("pepiniere.port-file", config.portFileOf(service).toString());
        properties.put("pepiniere.data-dir", config.dataDir().toString());
        // readiness and liveness groups exist by default only on Kubernetes
        properties.put("management.endpoint.health.probes.enabled", "true");
        // Kafka 4 producers wait up to 5 ms to batch; one outbox event at a time gains nothing from waiting
        properties.put("spring.kafka.producer.properties.linger.ms", "0");
        if (service == Service.GATEWAY) {
            // the launcher is the demo: its accounts share the password the README publishes, and the gateway says so
            properties.put("pepiniere.identity.demo-accounts", "true");
            properties.put("pepiniere.services.applications-uri", url(config, Port.APPLICATIONS));
            properties.put("pepiniere.services.mentoring-uri", url(config, Port.MENTORING));
            properties.put("pepiniere.services.funding-uri", url(config, Port.FUNDING));
            properties.put("pepiniere.services.notifications-uri", url(config, Port.NOTIFICATIONS));
        }
        if (service == Service.NOTIFICATIONS) {
            properties.put("spring.mail.host", "127.0.0.1");
            properties.put("spring.mail.port", String.valueOf(config.port(Port.SMTP)));
            // the demo bank receiver listens on loopback, which webhooks refuse unless allowed
            properties.put("pepiniere.webhooks.allowed-hosts", "127.0.0.1,localhost");
        }
        return properties;
    }

    static String url(StackConfig config, Port port) {
        return "http://127.0.0.1:" + config.port(port);
    }
}
