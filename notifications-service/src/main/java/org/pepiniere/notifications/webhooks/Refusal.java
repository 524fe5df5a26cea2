package org.pepiniere.notifications.webhooks;

import java.util.List;

/**
 * Why a request was refused: a stable slug for machines, and the key and arguments of the sentence
 * people read. The sentences themselves live in the service's problem texts, in each language.
 */
public record Refusal(Reason reason, List<Object> arguments) {

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(Reason reason, Object... arguments) {
        return new Refusal(reason, List.of(arguments));
    }

    public String slug() {
        return reason.slug;
    }

    public String key() {
        return reason.key();
    }

    /** Every reason an endpoint can be refused for; several share a slug and differ in what they tell people. */
    public enum Reason {
        URL_TOO_LONG("invalid-webhook-url", "url-too-long"),
        URL_MALFORMED("invalid-webhook-url", "url-malformed"),
        URL_NOT_HTTP("invalid-webhook-url", "url-not-http"),
        URL_WITHOUT_HOST("invalid-webhook-url", "url-without-host"),
        URL_WITH_USER_INFO("invalid-webhook-url", "url-with-user-info"),
        URL_WITH_FRAGMENT("invalid-webhook-url", "url-with-fragment"),
        NO_EVENT_TYPE("invalid-event-types", "no-event-type"),
        TOO_MANY_EVENT_TYPES("invalid-event-types", "too-many-event-types"),
        REPEATED_EVENT_TYPE("invalid-event-types", "repeated-event-type"),
        UNKNOWN_EVENT_TYPE("unknown-event-type", "unknown-event-type"),
        DESCRIPTION_TOO_LONG("invalid-description", "description-too-long"),
        SECRET_WITHOUT_PREFIX("invalid-webhook-secret", "secret-without-prefix"),
        SECRET_NOT_BASE64("invalid-webhook-secret", "secret-not-base64"),
        SECRET_WRONG_SIZE("invalid-webhook-secret", "secret-wrong-size"),
        TARGET_LOOPBACK("webhook-target-forbidden", "target-loopback"),
        TARGET_PRIVATE("webhook-target-forbidden", "target-private"),
        TARGET_LINK_LOCAL("webhook-target-forbidden", "target-link-local"),
        TARGET_UNSPECIFIED("webhook-target-forbidden", "target-unspecified"),
        TARGET_MULTICAST("webhook-target-forbidden", "target-multicast"),
        TARGET_RESERVED("webhook-target-forbidden", "target-reserved"),
        HOST_UNRESOLVABLE("webhook-host-unresolvable", "host-unresolvable"),
        TOO_MANY_ENDPOINTS("too-many-endpoints", "too-many-endpoints");

        private final String slug;
        private final String text;

        Reason(String slug, String text) {
            this.slug = slug;
            this.text = text;
        }

        /** The key of this reason's sentence in the service's problem texts. */
        public String key() {
            return "notifications." + text;
        }

        /** The reason a host is refused for when one of its addresses is of this kind. */
        static Reason forbiddenTarget(AddressClass kind) {
            return switch (kind) {
                case LOOPBACK -> TARGET_LOOPBACK;
                case PRIVATE -> TARGET_PRIVATE;
                case LINK_LOCAL -> TARGET_LINK_LOCAL;
                case UNSPECIFIED -> TARGET_UNSPECIFIED;
                case MULTICAST -> TARGET_MULTICAST;
                case RESERVED -> TARGET_RESERVED;
                case PUBLIC -> throw new IllegalArgumentException("a public address is never refused");
            };
        }
    }
}
