package org.pepiniere.notifications.webhooks.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.webhooks.EndpointRules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

record CreateEndpointRequest(
        @NotBlank @Size(max = EndpointRules.MAX_URL_LENGTH) String url,
        @NotEmpty @Size(max = EndpointRules.MAX_EVENT_TYPES) List<@NotBlank @Size(max = 200) String> eventTypes,
        @Nullable @Size(max = EndpointRules.MAX_DESCRIPTION_LENGTH) String description,
        @Nullable @Size(max = 200) String secret) {
}
