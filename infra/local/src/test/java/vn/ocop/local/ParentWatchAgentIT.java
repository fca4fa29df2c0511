package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child must not outlive a launcher that died without running its shutdown hook. */
class ParentWatchAgentIT {

    @TempDir
    Path workDir;

    private Process fakeLauncher;
    private long childPid = -1;

    @AfterEach
    void cleanUp() {
        if (fakeLauncher != null) {
            fakeLauncher.destroyForcibly();
        }
        ProcessHandle.of(childPid).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void childExitsWhenTheLauncherIsKilledWithSigkill() throws Exception {
        Path agentJar = ParentWatchAgentJar.writeTo(workDir);
        fakeLauncher = new ProcessBuilder(
                        ChildProcess.javaExecutable(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        FakeLauncher.class.getName(),
                        agentJar.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(fakeLauncher.getInputStream(), StandardCharsets.UTF_8))) {
            childPid = Long.parseLong(reader.readLine().trim());
        }
        Optional<ProcessHandle> child = ProcessHandle.of(childPid);
        assertThat(child)
                .as("the child runs while its launcher lives")
                .hasValueSatisfying(handle -> assertThat(handle.isAlive()).isTrue());

        fakeLauncher.destroyForcibly().waitFor();

        await().atMost(Duration.ofSeconds(20)).until(() -> !child.get().isAlive());
    }

    /** Stands in for local.jar: starts one idle child with the agent, prints its pid, then waits forever. */
    public static final class FakeLauncher {

        public static void main(String[] args) throws Exception {
            List<String> command = new java.util.ArrayList<>();
            command.add(ChildProcess.javaExecutable());
            command.addAll(ChildProcess.parentWatchFlag(Path.of(args[0])));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), IdleChild.class.getName()));
            // its farewell line on stderr would only clutter the build output
            Process child = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            System.out.println(child.pid());
            System.out.flush();
            child.waitFor();
        }
    }

    /** A child that would run forever if nothing stopped it. */
    public static final class IdleChild {

        public static void main(String[] args) throws Exception {
            new java.util.concurrent.CountDownLatch(1).await();
        }
    }
}
