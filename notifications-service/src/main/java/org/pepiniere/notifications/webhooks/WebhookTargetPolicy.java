package org.pepiniere.notifications.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which hosts a webhook may target: only those whose every address is public, unless an operator
 * allow-listed the host by name (a local receiver in development, for instance).
 */
public final class WebhookTargetPolicy {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> allowedHosts;

    public WebhookTargetPolicy(Collection<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .filter(host -> host != null && !host.isBlank())
                .map(WebhookTargetPolicy::normalised)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static String host(URI url) {
        return normalised(url.getHost());
    }

    public boolean allowListed(String host) {
        return allowedHosts.contains(normalised(host));
    }

    /** Refuses the host unless it is allow-listed or every address it resolved to is public. */
    public Optional<Refusal> judge(String host, List<InetAddress> addresses) {
        if (allowListed(host)) {
            return Optional.empty();
        }
        if (addresses.isEmpty()) {
            return Optional.of(unresolvable(host));
        }
        return addresses.stream()
                .map(AddressClass::of)
                .filter(kind -> kind != AddressClass.PUBLIC)
                .findFirst()
                .map(kind -> Refusal.of(Refusal.Reason.forbiddenTarget(kind), host));
    }

    public static Refusal unresolvable(String host) {
        return Refusal.of(Refusal.Reason.HOST_UNRESOLVABLE, host);
    }

    /** The address a host names by itself (an IP literal), found without any name lookup. */
    public static Optional<InetAddress> literal(String host) {
        String bare = normalised(host);
        try {
            if (bare.indexOf(':') >= 0) {
                return Optional.of(InetAddress.getByName(bare));
            }
            if (DOTTED_QUAD.matcher(bare).matches()) {
                byte[] bytes = new byte[4];
                String[] parts = bare.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(parts[i]);
                    if (part > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String normalised(String host) {
        String bare = host.strip().toLowerCase(Locale.ROOT);
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
    }
}
