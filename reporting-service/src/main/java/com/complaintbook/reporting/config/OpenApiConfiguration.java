package com.complaintbook.reporting.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI reportingApi() {
        return new OpenAPI().info(new Info()
                .title("Complaint Book reporting API")
                .description("Read-only views of complaints, projected from the complaint events topic.")
                .version("v1"));
    }
}
