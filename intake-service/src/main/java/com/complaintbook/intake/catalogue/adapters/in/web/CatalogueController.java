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
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stores and categories a submission may name, for terminals and the website to offer. Public: it
 * is what any customer sees in a shop. Cacheable for a minute and by content, so clients may ask often.
 * The ETag is a hash of the body, not the version number: two instances may hold different content
 * under one version number for a while (one has not read the latest records yet), and a cache must not
 * take one's answer for the other's.
 */
@RestController
class CatalogueController {

    private static final CacheControl CACHEABLE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final CurrentCatalogue current;
    private final JsonMapper json;
    /** The view of the catalogue last asked for, built once per catalogue rather than per request. */
    private final AtomicReference<Answer> last = new AtomicReference<>();

    CatalogueController(CurrentCatalogue current, JsonMapper json) {
        this.current = current;
        this.json = json;
    }

    @GetMapping("/api/v1/catalogue")
    @Operation(summary = "The stores and categories a submission may name, with their display names")
    @ApiResponse(responseCode = "200", description = "The catalogue in force; the ETag is a hash of its content")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "503", description = "The catalogue is still being loaded; see Retry-After")
    ResponseEntity<CatalogueView> catalogue(ServerWebExchange exchange) {
        Answer answer = answer(current.require());
        if (exchange.checkNotModified(answer.etag())) {
            return ResponseEntity.status(304).eTag(answer.etag()).cacheControl(CACHEABLE).build();
        }
        return ResponseEntity.ok().eTag(answer.etag()).cacheControl(CACHEABLE).body(answer.view());
    }

    private Answer answer(Catalogue catalogue) {
        Answer known = last.get();
        if (known != null && known.catalogue() == catalogue) {
            return known;
        }
        CatalogueView view = new CatalogueView(catalogue.version(),
                catalogue.storesInOrder().stream()
                        .map(store -> new CatalogueView.Store(store.id(), store.name(), store.address(), store.regionId()))
                        .toList(),
                catalogue.categoriesInOrder().stream()
                        .map(category -> new CatalogueView.Category(category.id(), category.name()))
                        .toList());
        Answer built = new Answer(catalogue, view, "\"" + sha256(json.writeValueAsString(view)) + "\"");
        last.set(built);
        return built;
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private record Answer(Catalogue catalogue, CatalogueView view, String etag) {
    }
}
