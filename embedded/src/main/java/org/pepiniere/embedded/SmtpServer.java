package org.pepiniere.embedded;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;

/** A real SMTP server (GreenMail) in this JVM that keeps every email it receives, for any recipient. */
public final class SmtpServer implements AutoCloseable {

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader for every part and encoded header it
        // parses (jakartaee/mail-api#861), and GreenMail parses every email it stores: more than half of this
        // server's CPU. Once the provider is named, each lookup is a class already loaded. Notifications'
        // JavaMailMailer does the same for the emails it builds.
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            ServiceLoader.load(StreamProvider.class, SmtpServer.class.getClassLoader()).findFirst()
                    .ifPresent(provider -> System.setProperty(StreamProvider.class.getName(), provider.getClass().getName()));
        }
    }

    private final GreenMail greenMail;

    private SmtpServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Listens on 127.0.0.1:{@code port}, or on a free port when it is 0. */
    public static SmtpServer start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        return new SmtpServer(greenMail);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every email received so far, oldest first. */
    public List<ReceivedMail> received() {
        return Arrays.stream(receivedMessages()).map(ReceivedMail::of).toList();
    }

    /** Emails received so far with {@code address} among their recipients. */
    public List<ReceivedMail> receivedBy(String address) {
        return received().stream().filter(mail -> mail.to().stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    public MimeMessage[] receivedMessages() {
        return greenMail.getReceivedMessages();
    }

    /** Waits until at least {@code count} emails were received in all; false when the time ran out. */
    public boolean awaitReceived(int count, Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Forgets every email received so far. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
