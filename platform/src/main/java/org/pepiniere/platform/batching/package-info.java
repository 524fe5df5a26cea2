/**
 * Round trips shared by concurrent callers: {@link org.pepiniere.platform.batching.Coalescing} sends what
 * piles up while a round trip is out as the next one, so that a burst of events costs a few commands, not
 * one each, and a lone caller waits for nobody.
 */
package org.pepiniere.platform.batching;
