package org.pepiniere.notifications.email.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.ServiceLoader;

import org.pepiniere.notifications.email.Mailer;
import org.pepiniere.notifications.email.OutgoingEmail;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends through the SMTP relay with Jakarta Mail: an HTML part and a plain-text part, over
 * connections kept from one email to the next (see {@link SmtpConnections}).
 */
public class JavaMailMailer implements Mailer, AutoCloseable {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    /** The system property that names Jakarta Mail's stream provider, which it otherwise looks up each time. */
    static final String STREAM_PROVIDER = StreamProvider.class.getName();

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader for every part, multipart and encoded
        // header it builds (jakartaee/mail-api#861): a scan of every jar's service files, a fifth of this service's
        // CPU under load. Once the provider is named, each lookup is a class already loaded.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            ServiceLoader.load(StreamProvider.class, JavaMailMailer.class.getClassLoader()).findFirst()
                    .ifPresent(provider -> System.setProperty(STREAM_PROVIDER, provider.getClass().getName()));
        }
    }

    /** Idle connections kept: enough for the emails the sending use case runs at once. */
    static final int KEPT_CONNECTIONS = 4;

    private final SmtpConnections connections;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Session session = Session.getInstance(new Properties());

    public JavaMailMailer(JavaMailSenderImpl sender, String from, String messageIdDomain) {
        this.connections = new SmtpConnections(sender, KEPT_CONNECTIONS);
        this.from = parse(from);
        this.messageIdDomain = messageIdDomain;
    }

    @Override
    public Mono<Void> send(OutgoingEmail email) {
        // SMTP is blocking I/O: keep it off the event loop.
        return Mono.fromCallable(() -> {
            connections.send(message(email));
            return true;
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }

    @Override
    public void close() {
        connections.close();
    }

    MimeMessage message(OutgoingEmail email) {
        try {
            var message = new StableIdMessage(session, "<" + email.emailId() + "@" + messageIdDomain + ">");
            var helper = new SharedTypesHelper(message);
            helper.setFrom(from);
            helper.setTo(new InternetAddress(email.toAddress(), email.toName(), UTF_8));
            helper.setSubject(email.content().subject());
            helper.setText(email.content().text(), email.content().html());
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Cannot build email " + email.emailId() + ": " + e.getMessage(), e);
        }
    }

    static InternetAddress parse(String address) {
        try {
            var parsed = new InternetAddress(address, false);
            parsed.validate();
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Invalid sender address: " + address, e);
        }
    }

    /**
     * Spring's helper reads the MIME types file anew for every message it builds (a class-path
     * resource look-up that showed as a hot spot under load); emails here carry no attachments, so one
     * map read once serves them all.
     */
    private static final class SharedTypesHelper extends MimeMessageHelper {

        private static final FileTypeMap TYPES = loadTypes();

        SharedTypesHelper(MimeMessage message) throws MessagingException {
            super(message, true, UTF_8);
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return TYPES;
        }

        private static FileTypeMap loadTypes() {
            var types = new ConfigurableMimeFileTypeMap();
            types.afterPropertiesSet();
            return types;
        }
    }

    /** Keeps the same Message-ID on every attempt, instead of the fresh one Jakarta Mail makes. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
