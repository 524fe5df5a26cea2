package org.pepiniere.gateway.identity;

/** One field of a request and the rule it broke. */
public record InvalidField(String field, FieldRule rule) {
}
