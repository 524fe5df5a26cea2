/**
 * Real infrastructure started in-process, for the local run and the tests: a KRaft Kafka broker, a
 * MongoDB wire-protocol server and an SMTP server.
 */
@NullMarked
package org.pepiniere.embedded;

import org.jspecify.annotations.NullMarked;
