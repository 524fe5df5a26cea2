package org.pepiniere.notifications.email.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.ServiceFileLookups;
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
            var counting = new ServiceFileLookups(Thread.currentThread().getContextClassLoader(), "jakarta.mail");
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

            assertThat(counting.count()).isZero();
            // the email is still whole: both parts, and the encoded subject
            String text = written.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("Subject: =?UTF-8?").contains("text/plain").contains("text/html");
        }
    }
}
