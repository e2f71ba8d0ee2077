package com.complaintbook.intake.catalogue.adapters.in.web;

import com.complaintbook.intake.catalogue.application.Catalogue;
import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import java.time.Duration;

/**
 * The stores and categories a submission may name, for terminals and the website to offer. Public: it
 * is what any customer sees in a shop. Cacheable for a minute and by version, so clients may ask often.
 */
@RestController
class CatalogueController {

    private static final CacheControl CACHEABLE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final CurrentCatalogue current;

    CatalogueController(CurrentCatalogue current) {
        this.current = current;
    }

    @GetMapping("/api/v1/catalogue")
    @Operation(summary = "The stores and categories a submission may name, with their display names")
    @ApiResponse(responseCode = "200", description = "The catalogue in force; its version is the ETag")
    @ApiResponse(responseCode = "304", description = "Unchanged since the version in If-None-Match")
    @ApiResponse(responseCode = "503", description = "The catalogue is still being loaded; see Retry-After")
    ResponseEntity<CatalogueView> catalogue(ServerWebExchange exchange) {
        Catalogue catalogue = current.require();
        String etag = "\"" + catalogue.version() + "\"";
        if (exchange.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(CACHEABLE).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CACHEABLE).body(new CatalogueView(catalogue.version(),
                catalogue.storesInOrder().stream()
                        .map(store -> new CatalogueView.Store(store.id(), store.name(), store.address(), store.regionId()))
                        .toList(),
                catalogue.categoriesInOrder().stream()
                        .map(category -> new CatalogueView.Category(category.id(), category.name()))
                        .toList()));
    }
}
