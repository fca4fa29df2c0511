package vn.ocop.reporting;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.ocop.reporting.rebuild.RebuildCommand;

/**
 * Read models of the OCOP programme built only from events, semi-annual reporting, directive tasks and the
 * ops dashboard. {@code --ocop.rebuild=true} runs the one-shot rebuild of the views instead of the service.
 */
@SpringBootApplication
@EnableScheduling
public class ReportingServiceApplication {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--" + RebuildCommand.FLAG + "=true")) {
            System.exit(RebuildCommand.run(ReportingServiceApplication.class, args));
        }
        SpringApplication.run(ReportingServiceApplication.class, args);
    }
}
