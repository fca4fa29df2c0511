package vn.ocop.evaluation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Criteria sheets, councils, evaluation sessions, council results and recognition decisions (OCOP, Quảng Ngãi). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EvaluationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationServiceApplication.class, args);
    }
}
