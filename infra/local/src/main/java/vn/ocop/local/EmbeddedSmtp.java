package vn.ocop.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** GreenMail SMTP in the launcher's JVM: it accepts every message and keeps it in memory for tests. */
final class EmbeddedSmtp {

    private final int port;
    private GreenMail greenMail;

    EmbeddedSmtp(int port) {
        this.port = port;
    }

    synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(port, PortPlan.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            greenMail = null;
            throw new LaunchException(
                    "Cannot start SMTP on port " + port + ": " + e.getMessage() + " (change it with --smtp-port)",
                    2,
                    e);
        }
    }

    synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    synchronized List<MimeMessage> receivedMessages() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    int port() {
        return port;
    }
}
