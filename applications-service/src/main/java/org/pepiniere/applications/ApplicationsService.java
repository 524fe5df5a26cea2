package org.pepiniere.applications;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ApplicationsService {

    public static void main(String[] args) {
        SpringApplication.run(ApplicationsService.class, args);
    }
}
