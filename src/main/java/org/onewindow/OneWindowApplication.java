package org.onewindow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** OneWindow: a government service-hall collaboration and workflow platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class OneWindowApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneWindowApplication.class, args);
    }
}
