package com.complaintbook.reporting.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI description served at {@code /v3/api-docs}, and the staff token every endpoint needs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI reportingApi() {
        return new OpenAPI().info(new Info()
                .title("Complaint Book reporting API")
                .description("Read-only views of complaints, projected from the complaint events topic.")
                .version("v1"))
                .components(new Components().addSecuritySchemes("staff", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A staff token from the company's identity provider with role analyst, manager or admin")))
                .addSecurityItem(new SecurityRequirement().addList("staff"));
    }
}
