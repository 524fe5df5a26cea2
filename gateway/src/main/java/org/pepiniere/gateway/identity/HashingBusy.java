package org.pepiniere.gateway.identity;

/**
 * Every password-hashing thread is busy and the queue is full: the work is refused at once rather than
 * queued without end, so a burst of logins cannot hold the gateway's memory or starve it.
 */
public final class HashingBusy extends RuntimeException {

    public HashingBusy() {
        super("password hashing is saturated", null, false, false);
    }
}
