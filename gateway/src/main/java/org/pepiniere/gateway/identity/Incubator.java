package org.pepiniere.gateway.identity;

public record Incubator(IncubatorId id, String name) {
}
