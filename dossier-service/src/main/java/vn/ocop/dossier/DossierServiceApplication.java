package vn.ocop.dossier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Producers, intake rounds and product dossiers up to the province's recognition (OCOP, Quảng Ngãi). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DossierServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DossierServiceApplication.class, args);
    }
}
