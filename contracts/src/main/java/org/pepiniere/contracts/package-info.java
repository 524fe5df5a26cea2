/**
 * What crosses a service boundary: topic names, event type names and the integration event records.
 * Records evolve additively; a consumer ignores fields it does not know.
 */
package org.pepiniere.contracts;
