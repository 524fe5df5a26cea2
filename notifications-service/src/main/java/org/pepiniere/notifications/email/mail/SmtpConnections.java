package org.pepiniere.notifications.email.mail;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Connected SMTP transports kept between emails: opening one costs a TCP connection and the
 * greeting (and TLS and login on a real relay), more than sending a short email on it. A transport
 * serves one email at a time; up to {@code maxIdle} wait for the next ones.
 * <p>
 * A kept connection may have been closed by the relay since (idle timeout, a limit of messages per
 * connection, a restart): an email that fails on a kept connection is sent once more on a new one,
 * and only a failure there is the email's failure. An email cut off after the relay took it but
 * before its answer arrived may then go twice; it keeps its Message-ID, as it does when the
 * attempt is retried later.
 */
final class SmtpConnections implements AutoCloseable {

    private final JavaMailSenderImpl settings;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<Transport> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    SmtpConnections(JavaMailSenderImpl settings, int maxIdle) {
        this.settings = settings;
        this.maxIdle = maxIdle;
    }

    /** Blocking: call it off the event loop. */
    void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport kept = take();
        if (kept != null) {
            try {
                sendOn(kept, message);
                return;
            } catch (MessagingException | IllegalStateException stale) {
                closeQuietly(kept);
            }
        }
        sendOn(connect(), message);
    }

    private void sendOn(Transport transport, MimeMessage message) throws MessagingException {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException failed) {
            closeQuietly(transport);
            throw failed;
        }
        giveBack(transport);
    }

    private Transport take() {
        Transport transport = idle.pollFirst();
        if (transport != null) {
            idleCount.decrementAndGet();
        }
        return transport;
    }

    private void giveBack(Transport transport) {
        if (closed || idleCount.incrementAndGet() > maxIdle) {
            idleCount.decrementAndGet();
            closeQuietly(transport);
            return;
        }
        idle.offerFirst(transport);
    }

    // As JavaMailSenderImpl connects, so that the Boot mail properties (host, port, login, session properties) apply.
    private Transport connect() throws MessagingException {
        String username = settings.getUsername();
        String password = settings.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        String protocol = settings.getProtocol() != null ? settings.getProtocol() : "smtp";
        Transport transport = settings.getSession().getTransport(protocol);
        transport.connect(settings.getHost(), settings.getPort(), username, password);
        return transport;
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException ignored) {
            // the connection is being dropped anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Transport transport = take(); transport != null; transport = take()) {
            closeQuietly(transport);
        }
    }
}
