/**
 * The plumbing every Pépinière service shares, switched on by Spring Boot auto-configuration:
 * the outbox and its relay, the idempotent consumer and dead letters, problem details, security
 * and correlation ids. No domain words live here.
 */
package org.pepiniere.platform;
