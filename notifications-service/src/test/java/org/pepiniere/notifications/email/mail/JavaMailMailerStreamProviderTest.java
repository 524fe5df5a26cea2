package org.pepiniere.notifications.email.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pepiniere.notifications.email.OutgoingEmail;
import org.pepiniere.notifications.email.RenderedEmail;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Building and writing an email never scans the class path for Jakarta Mail's service files, which
 * Jakarta Mail otherwise does for every part and encoded header.
 */
class JavaMailMailerStreamProviderTest {

    @Test
    void writesAnEmailWithoutLookingUpServiceFiles() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(1);
        try (var mailer = new JavaMailMailer(sender, "Pépinière <noreply@pepiniere.test>", "pepiniere.test")) {
            var email = new OutgoingEmail(UUID.randomUUID().toString(), "camille@pepiniere.test", "Camille",
                    new RenderedEmail("Candidature reçue — « Pépinière »", "Bonjour Camille, été", "<p>Bonjour Camille, été</p>"));
            var counting = new CountingServiceFiles(Thread.currentThread().getContextClassLoader());
            var written = new ByteArrayOutputStream();

            var previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(counting);
            try {
                var message = mailer.message(email);
                message.writeTo(written);
                message.getSubject();
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }

            assertThat(counting.lookups).hasValue(0);
            // the email is still whole: both parts, and the encoded subject
            String text = written.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("Subject: =?UTF-8?").contains("text/plain").contains("text/html");
        }
    }

    /** Counts the look-ups of Jakarta Mail's service files made through it. */
    private static final class CountingServiceFiles extends ClassLoader {

        final AtomicInteger lookups = new AtomicInteger();

        CountingServiceFiles(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/jakarta.mail")) {
                lookups.incrementAndGet();
            }
            return super.getResources(name);
        }
    }
}
