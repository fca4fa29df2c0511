package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ports picked for tests and extra instances: never the same port twice, never one already held. */
class PortPlanTest {

    @Test
    void freePortsAreDistinctBindableAndBelowTheEphemeralRange() throws Exception {
        // enough ports that picking each on its own (bind to 0, close, repeat) would very likely repeat one
        int[] ports = PortPlan.freePorts(3_000);

        assertThat(Arrays.stream(ports).boxed().toList())
                .doesNotHaveDuplicates()
                .allSatisfy(port -> assertThat(port).isBetween(PortPlan.FREE_PORTS_FROM, PortPlan.FREE_PORTS_TO - 1));
        assertThat(PortPlan.isFree(ports[0])).as("released once picked").isTrue();
    }

    @Test
    void aPortHeldByAnotherProgramIsNeverPickedAndAFullRangeSaysSo() throws Exception {
        int from = PortPlan.FREE_PORTS_FROM + 4_000;
        int to = from + 100;
        List<ServerSocket> taken = new ArrayList<>();
        try {
            // another program holds all but a few ports of a small range
            for (int port = from; port < to - 5; port++) {
                if (PortPlan.isFree(port)) {
                    taken.add(new ServerSocket(port, 1, InetAddress.getByName(PortPlan.LOOPBACK)));
                }
            }
            Set<Integer> held = new HashSet<>();
            taken.forEach(socket -> held.add(socket.getLocalPort()));
            int free = (int) IntStream.range(from, to).filter(PortPlan::isFree).count();

            int[] ports = PortPlan.freePorts(free, from, to);

            assertThat(Arrays.stream(ports).boxed().toList())
                    .hasSize(free)
                    .doesNotHaveDuplicates()
                    .allSatisfy(port -> assertThat(held).doesNotContain(port));
            assertThatThrownBy(() -> PortPlan.freePorts(free + 1, from, to))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Only " + free + " of " + (free + 1));
        } finally {
            for (ServerSocket socket : taken) {
                socket.close();
            }
        }
    }

    @Test
    void anEphemeralPlanNeverGivesOnePortToTwoParts() {
        for (int plan = 0; plan < 200; plan++) {
            PortPlan ports = PortPlan.ephemeral();
            List<Integer> claimed = ports.claims(EnumSet.allOf(OcopService.class), true).stream()
                    .map(PortPlan.Claim::port)
                    .toList();
            assertThat(claimed).as("plan %d", plan).doesNotHaveDuplicates();
        }
    }

    @Test
    void askingForNoPortsIsAMistake() {
        assertThatThrownBy(() -> PortPlan.freePorts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
    }
}
