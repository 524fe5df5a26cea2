package org.pepiniere.notifications;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.pepiniere.notifications.webhooks.HostResolver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Host names the tests control, resolved without DNS: the local receiver (allow-listed), a name
 * that leads to loopback and one that leads to the cloud metadata address. Other names go to the system.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestNames {

    public static final String RECEIVER = "receiver.pepiniere.test";
    public static final String LOOPBACK = "loopback.pepiniere.test";
    public static final String METADATA = "metadata.pepiniere.test";
    public static final String PUBLIC = "bank.pepiniere.test";

    private static final Map<String, String> NAMES = Map.of(
            RECEIVER, "127.0.0.1", LOOPBACK, "127.0.0.1", METADATA, "169.254.169.254", PUBLIC, "93.184.216.34");

    @Bean
    @Primary
    HostResolver testHostResolver() {
        HostResolver system = HostResolver.system();
        return host -> NAMES.containsKey(host) ? List.of(InetAddress.getByName(NAMES.get(host))) : system.resolve(host);
    }
}
