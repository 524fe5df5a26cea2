package org.pepiniere.gateway.identity.web;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Who is calling, for the per-address limits. {@code X-Forwarded-For} is written by whoever sends the
 * request, so it is read only when a proxy of ours is known to set it; then its last entry, the one that
 * proxy appended, is the client (earlier entries came from the client itself).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(ServerHttpRequest request, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
            if (!forwarded.isEmpty() && !forwarded.get(forwarded.size() - 1).isBlank()) {
                return forwarded.get(forwarded.size() - 1).trim();
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
