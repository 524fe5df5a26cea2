package org.pepiniere.gateway.identity.passwords;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;

import org.pepiniere.gateway.identity.HashingBusy;
import org.pepiniere.gateway.identity.Password;
import org.pepiniere.gateway.identity.PasswordHash;
import org.pepiniere.gateway.identity.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * BCrypt over the SHA-256 of the password: BCrypt reads at most 72 bytes and our policy allows 128
 * characters (up to 512 bytes), so the digest, in Base64, is what BCrypt sees. Each hash costs tens
 * of milliseconds of CPU, which is why it runs on its own bounded scheduler ({@link HashingPool}) and never
 * on the event loop; when that pool refuses the work, the answer is {@link HashingBusy}.
 */
public class BcryptPasswordHasher implements PasswordHasher {

    static final String SCHEME = "{bcrypt-sha256}";

    private final BCryptPasswordEncoder bcrypt;
    private final Scheduler scheduler;
    private final String decoy;

    public BcryptPasswordHasher(int strength, Scheduler scheduler) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
        this.scheduler = scheduler;
        this.decoy = bcrypt.encode(digest("decoy password, never matched"));
    }

    @Override
    public Mono<PasswordHash> hash(Password password) {
        return off(() -> new PasswordHash(SCHEME + bcrypt.encode(digest(password.value()))));
    }

    @Override
    public Mono<Boolean> matches(Password password, PasswordHash hash) {
        if (!hash.value().startsWith(SCHEME)) {
            return matchesNothing(password);
        }
        return off(() -> bcrypt.matches(digest(password.value()), hash.value().substring(SCHEME.length())));
    }

    @Override
    public Mono<Boolean> matchesNothing(Password password) {
        return off(() -> {
            bcrypt.matches(digest(password.value()), decoy);
            return false;
        });
    }

    private <T> Mono<T> off(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(scheduler)
                .onErrorMap(RejectedExecutionException.class, refused -> new HashingBusy());
    }

    private static String digest(String password) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
