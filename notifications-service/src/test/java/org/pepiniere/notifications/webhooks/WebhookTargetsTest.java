package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    private static final Map<String, String> DNS = Map.of(
            "bank.example", "93.184.216.34",
            "rebound.example", "127.0.0.1",
            "metadata.example", "169.254.169.254");

    private final HostResolver fakeDns = host -> {
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    };

    private final WebhookTargets targets = new WebhookTargets(new WebhookTargetPolicy(List.of()), fakeDns);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "https://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook", "http://[fe80::1]/hook", "http://0.0.0.0/hook", "https://rebound.example/hook", "https://metadata.example/hook"})
    void refusesTargetsThatLeadInside(String url) {
        var refusal = check(url);

        assertThat(refusal).get().extracting(Refusal::slug).isEqualTo("webhook-target-forbidden");
    }

    @Test
    void acceptsAHostWhoseAddressesArePublic() {
        assertThat(check("https://bank.example/webhooks")).isEmpty();
    }

    @Test
    void refusesAHostWithOnePrivateAddressAmongPublicOnes() {
        HostResolver mixed = host -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3"));
        var refusal = new WebhookTargets(new WebhookTargetPolicy(List.of()), mixed).check(URI.create("https://mixed.example/")).block();

        assertThat(refusal).get().extracting(Refusal::slug).isEqualTo("webhook-target-forbidden");
    }

    @Test
    void refusesAHostThatDoesNotResolve() {
        assertThat(check("https://nowhere.example/hook")).get().extracting(Refusal::slug).isEqualTo("webhook-host-unresolvable");
    }

    @Test
    void acceptsALoopbackHostThatTheOperatorAllowListed() {
        var allowing = new WebhookTargets(new WebhookTargetPolicy(List.of("127.0.0.1", "Rebound.Example")), fakeDns);

        assertThat(allowing.check(URI.create("http://127.0.0.1:9999/hook")).block()).isEmpty();
        assertThat(allowing.check(URI.create("http://rebound.example/hook")).block()).isEmpty();
    }

    @Test
    void doesNotLetAnAllowListedNameCoverOtherHostsOnTheSameAddress() {
        var allowing = new WebhookTargets(new WebhookTargetPolicy(List.of("localhost")), fakeDns);

        assertThat(allowing.check(URI.create("http://rebound.example/hook")).block()).isPresent();
    }

    private Optional<Refusal> check(String url) {
        return targets.check(URI.create(url)).block();
    }
}
