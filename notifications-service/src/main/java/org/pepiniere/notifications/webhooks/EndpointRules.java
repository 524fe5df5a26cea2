package org.pepiniere.notifications.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pepiniere.contracts.EventTypes;

/** What an endpoint must look like before anything is resolved or stored. */
public final class EndpointRules {

    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_EVENT_TYPES = 20;
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public static Optional<Refusal> check(RegisterEndpoint command) {
        return checkUrl(command.url())
                .or(() -> checkEventTypes(command.eventTypes()))
                .or(() -> command.description() != null && command.description().length() > MAX_DESCRIPTION_LENGTH
                        ? Optional.of(new Refusal("invalid-description", "The description holds at most " + MAX_DESCRIPTION_LENGTH + " characters."))
                        : Optional.empty())
                .or(() -> command.secret() == null ? Optional.empty()
                        : WebhookSecret.problem(command.secret()).map(problem -> new Refusal("invalid-webhook-secret", capitalised(problem) + ".")));
    }

    public static Optional<Refusal> checkUrl(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return invalidUrl("The URL holds at most " + MAX_URL_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return invalidUrl("The URL is not well formed.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            return invalidUrl("The URL must be an absolute https (or http) URL.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return invalidUrl("The URL must name a host.");
        }
        if (uri.getRawUserInfo() != null) {
            return invalidUrl("The URL must not carry a user name or password.");
        }
        if (uri.getRawFragment() != null) {
            return invalidUrl("The URL must not have a fragment.");
        }
        return Optional.empty();
    }

    static Optional<Refusal> checkEventTypes(List<String> eventTypes) {
        if (eventTypes.isEmpty()) {
            return Optional.of(new Refusal("invalid-event-types", "Subscribe to at least one event type."));
        }
        if (eventTypes.size() > MAX_EVENT_TYPES) {
            return Optional.of(new Refusal("invalid-event-types", "Subscribe to at most " + MAX_EVENT_TYPES + " event types."));
        }
        if (new HashSet<>(eventTypes).size() != eventTypes.size()) {
            return Optional.of(new Refusal("invalid-event-types", "Each event type may be listed once."));
        }
        return eventTypes.stream()
                .filter(type -> !EventTypes.ALL.contains(type))
                .findFirst()
                .map(unknown -> new Refusal("unknown-event-type",
                        "Unknown event type '" + abbreviated(unknown) + "'; known types: " + String.join(", ", EventTypes.ALL) + "."));
    }

    private static Optional<Refusal> invalidUrl(String detail) {
        return Optional.of(new Refusal("invalid-webhook-url", detail));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private EndpointRules() {
    }
}
