package org.pepiniere.gateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTest {

    private final MockServerHttpRequest forwarded = MockServerHttpRequest.post("/api/auth/login")
            .remoteAddress(new InetSocketAddress("10.0.0.7", 51000))
            .header("X-Forwarded-For", "198.51.100.1, 203.0.113.9")
            .build();

    @Test
    void isTheRemoteAddressWhenForwardingIsNotTrusted() {
        assertThat(ClientAddress.of(forwarded, false)).isEqualTo("10.0.0.7");
    }

    @Test
    void isTheEntryOurProxyAppendedWhenForwardingIsTrusted() {
        assertThat(ClientAddress.of(forwarded, true)).isEqualTo("203.0.113.9");
    }

    @Test
    void isTheRemoteAddressWhenATrustedProxySentNoHeader() {
        var direct = MockServerHttpRequest.post("/api/auth/login").remoteAddress(new InetSocketAddress("10.0.0.8", 51000)).build();

        assertThat(ClientAddress.of(direct, true)).isEqualTo("10.0.0.8");
    }
}
