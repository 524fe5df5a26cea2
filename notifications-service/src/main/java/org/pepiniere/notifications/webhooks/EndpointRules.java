package org.pepiniere.notifications.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.notifications.webhooks.Refusal.Reason;

/** What an endpoint must look like before anything is resolved or stored. */
public final class EndpointRules {

    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_EVENT_TYPES = 20;
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public static Optional<Refusal> check(RegisterEndpoint command) {
        return checkUrl(command.url())
                .or(() -> checkEventTypes(command.eventTypes()))
                .or(() -> command.description() != null && command.description().length() > MAX_DESCRIPTION_LENGTH
                        ? Optional.of(Refusal.of(Reason.DESCRIPTION_TOO_LONG, MAX_DESCRIPTION_LENGTH))
                        : Optional.empty())
                .or(() -> command.secret() == null ? Optional.empty() : WebhookSecret.problem(command.secret()));
    }

    public static Optional<Refusal> checkUrl(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return invalidUrl(Reason.URL_TOO_LONG, MAX_URL_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return invalidUrl(Reason.URL_MALFORMED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            return invalidUrl(Reason.URL_NOT_HTTP);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return invalidUrl(Reason.URL_WITHOUT_HOST);
        }
        if (uri.getRawUserInfo() != null) {
            return invalidUrl(Reason.URL_WITH_USER_INFO);
        }
        if (uri.getRawFragment() != null) {
            return invalidUrl(Reason.URL_WITH_FRAGMENT);
        }
        return Optional.empty();
    }

    static Optional<Refusal> checkEventTypes(List<String> eventTypes) {
        if (eventTypes.isEmpty()) {
            return Optional.of(Refusal.of(Reason.NO_EVENT_TYPE));
        }
        if (eventTypes.size() > MAX_EVENT_TYPES) {
            return Optional.of(Refusal.of(Reason.TOO_MANY_EVENT_TYPES, MAX_EVENT_TYPES));
        }
        if (new HashSet<>(eventTypes).size() != eventTypes.size()) {
            return Optional.of(Refusal.of(Reason.REPEATED_EVENT_TYPE));
        }
        return eventTypes.stream()
                .filter(type -> !EventTypes.WEBHOOKS.contains(type))
                .findFirst()
                .map(unknown -> Refusal.of(Reason.UNKNOWN_EVENT_TYPE, abbreviated(unknown), String.join(", ", EventTypes.WEBHOOKS)));
    }

    private static Optional<Refusal> invalidUrl(Reason reason, Object... arguments) {
        return Optional.of(Refusal.of(reason, arguments));
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private EndpointRules() {
    }
}
