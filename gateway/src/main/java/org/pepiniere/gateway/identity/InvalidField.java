package org.pepiniere.gateway.identity;

/** One field of a request and why it was refused. */
public record InvalidField(String field, String reason) {
}
