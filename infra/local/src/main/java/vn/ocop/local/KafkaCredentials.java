package vn.ocop.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded broker's users: one per service (its consumer group and principal are the service's name), the
 * launcher's admin (a super user: topics, ACLs, the tests' and tools' readers) and the controller's own (the KRaft
 * controller listener). Passwords are random, generated once per data directory and kept in
 * {@code <data>/run/kafka-credentials.properties} (0600); a user is written there only once its SCRAM credential is
 * in the broker's metadata, so a user missing from the file is one the broker does not know yet.
 */
final class KafkaCredentials {

    static final String ADMIN = "ocop-admin";
    static final String CONTROLLER = "ocop-controller";
    static final String PROTOCOL = "SASL_PLAINTEXT";
    static final String MECHANISM = "SCRAM-SHA-512";
    static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule";
    static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Set<String> stored = new LinkedHashSet<>();

    private KafkaCredentials(Path file) {
        this.file = file;
    }

    /** Reads the file if there is one and gives every user it lacks a fresh password (not stored yet). */
    static KafkaCredentials load(Path file) {
        KafkaCredentials credentials = new KafkaCredentials(file);
        if (Files.isRegularFile(file)) {
            Properties saved = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                saved.load(in);
            } catch (IOException e) {
                throw new LaunchException("Cannot read " + file + ": " + e.getMessage(), 1, e);
            }
            saved.stringPropertyNames().forEach(user -> {
                credentials.passwords.put(user, saved.getProperty(user));
                credentials.stored.add(user);
            });
        }
        credentials.passwords.putIfAbsent(CONTROLLER, newPassword());
        for (String user : scramUsers()) {
            credentials.passwords.putIfAbsent(user, newPassword());
        }
        return credentials;
    }

    /** The users that log in with SCRAM-SHA-512 on the client listener: the admin and the four services. */
    static List<String> scramUsers() {
        List<String> users = new ArrayList<>();
        users.add(ADMIN);
        for (OcopService service : OcopService.values()) {
            users.add(service.moduleName());
        }
        return users;
    }

    /** SCRAM users the broker's metadata may not hold yet (new in this data directory, or added since). */
    List<String> unstoredScramUsers() {
        return scramUsers().stream().filter(user -> !stored.contains(user)).toList();
    }

    /** Records that the broker now knows every user: from here on their passwords must not change. */
    void markAllStored() {
        Properties out = new Properties();
        passwords.forEach(out::setProperty);
        OwnerOnlyFiles.write(
                file,
                out,
                "Kafka users of the embedded broker (user=password). Generated once; "
                        + "deleting this file makes the launcher issue new passwords on the next start");
        stored.addAll(passwords.keySet());
    }

    String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("No Kafka user " + user);
        }
        return password;
    }

    /** Client settings for {@code user}: brokers, SASL_PLAINTEXT, SCRAM-SHA-512 and the user's JAAS line. */
    Map<String, Object> clientProperties(String user, String bootstrap) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", bootstrap);
        properties.put("security.protocol", PROTOCOL);
        properties.put("sasl.mechanism", MECHANISM);
        properties.put("sasl.jaas.config", jaas(SCRAM_LOGIN, user, password(user)));
        return properties;
    }

    static String jaas(String loginModule, String user, String password) {
        return loginModule + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    /** 24 random bytes, URL-safe Base64: nothing that needs quoting in JAAS, properties or StorageTool's syntax. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
