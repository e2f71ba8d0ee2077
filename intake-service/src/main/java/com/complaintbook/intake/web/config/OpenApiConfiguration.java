package com.complaintbook.intake.web.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API document's title and the two ways callers identify themselves. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Complaint Book intake", version = "v1",
        description = "Submit complaints and suggestions, answer them, and follow them as a customer."))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-API-Key",
        description = "A store terminal's or the website's key")
@SecurityScheme(name = "staff", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A staff token from the company's identity provider (RS256, role employee or manager) whose subject is the employee id")
class OpenApiConfiguration {
}
