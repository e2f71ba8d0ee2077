package com.complaintbook.routing.adapters.in.web;

import com.complaintbook.routing.adapters.document.DocumentSyntax;
import com.complaintbook.routing.adapters.document.OrganisationDocumentFormat;
import com.complaintbook.routing.application.EffectiveOrganisation;
import com.complaintbook.routing.application.ImportRequest;
import com.complaintbook.routing.application.ImportResult;
import com.complaintbook.routing.application.OrganisationChange;
import com.complaintbook.routing.application.OrganisationHistory;
import com.complaintbook.routing.application.OrganisationImport;
import com.complaintbook.routing.application.OrganisationStore;
import com.complaintbook.routing.application.StoredVersion;
import com.complaintbook.routing.domain.organisation.Organisation;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation admin API: import (validated whole, refused whole), export in the same format, and
 * the chart, rules, changes and versions to read. Imports and reads of the store are blocking, so they
 * run off the event loop.
 */
@RestController
class OrganisationController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final Set<String> YAML_SUBTYPES = Set.of("yaml", "x-yaml");
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1000;

    private final OrganisationImport imports;
    private final OrganisationHistory organisations;
    private final OrganisationStore store;
    private final OrganisationDocumentFormat format;
    private final OrganisationApiProperties properties;
    private final Clock clock;

    OrganisationController(OrganisationImport imports, OrganisationHistory organisations, OrganisationStore store,
                           OrganisationDocumentFormat format, OrganisationApiProperties properties, Clock clock) {
        this.imports = imports;
        this.organisations = organisations;
        this.store = store;
        this.format = format;
        this.properties = properties;
        this.clock = clock;
    }

    @PutMapping("/api/v1/organisation")
    Mono<ResponseEntity<Map<String, Object>>> importOrganisation(
            ServerHttpRequest request, Principal admin,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DocumentSyntax syntax = syntax(request.getHeaders().getContentType());
        Long expectedVersion = expectedVersion(ifMatch);
        int limit = (int) Math.min(Integer.MAX_VALUE, properties.maxDocumentSize().toBytes());
        if (request.getHeaders().getContentLength() > limit) {
            return Mono.error(tooLarge());
        }
        return DataBufferUtils.join(request.getBody(), limit)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, exceeded -> tooLarge())
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> {
                    Organisation document = format.read(bytes, syntax);
                    ImportResult result = imports.importDocument(new ImportRequest(document,
                            format.checksum(document), "api", admin.getName(), expectedVersion, dryRun));
                    return ResponseEntity.ok()
                            .eTag(Long.toString(result.version()))
                            .body(imported(result));
                });
    }

    @GetMapping(value = "/api/v1/organisation", produces = {MediaType.APPLICATION_JSON_VALUE, "application/yaml",
            "application/x-yaml"})
    Mono<ResponseEntity<byte[]>> export(@RequestParam(required = false) Long version,
                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return Mono.fromCallable(() -> {
            StoredVersion stored = (version == null ? organisations.latest() : organisations.version(version))
                    .map(EffectiveOrganisation::stored)
                    .orElseThrow(() -> InvalidRequestException.notFound(version == null
                            ? "no organisation has been imported yet" : "there is no version " + version));
            boolean yaml = accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> YAML_SUBTYPES.contains(type.getSubtype()));
            DocumentSyntax syntax = yaml ? DocumentSyntax.YAML : DocumentSyntax.JSON;
            return ResponseEntity.ok()
                    .contentType(yaml ? YAML : MediaType.APPLICATION_JSON)
                    .eTag(Long.toString(stored.version()))
                    .body(format.write(stored.document(), syntax));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/v1/organisation/chart")
    Mono<OrganisationChart> chart(@RequestParam(required = false) String at) {
        return Mono.fromCallable(() -> {
            Instant moment = at == null ? clock.instant() : instant(at);
            return OrganisationChart.of(organisations.at(moment), moment);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/v1/organisation/rules")
    Mono<Map<String, Object>> rules() {
        return Mono.fromCallable(() -> {
            EffectiveOrganisation inForce = organisations.at(clock.instant());
            Organisation organisation = inForce.stored().organisation();
            Map<String, Object> rules = new LinkedHashMap<>();
            rules.put("version", inForce.stored().version());
            rules.put("effectiveFrom", inForce.stored().effectiveFrom());
            rules.put("rules", format.tree(organisation.rules()));
            rules.put("defaultOwner", format.tree(organisation.defaultOwner()));
            rules.put("sla", format.tree(organisation.sla()));
            rules.put("defaultCalendar", organisation.defaultCalendar());
            rules.put("defaultTimeZone", organisation.defaultTimeZone());
            return rules;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * A page of change events, newest first; {@code next} (absent on the last page) is the
     * {@code before} of the page after it.
     */
    @GetMapping("/api/v1/organisation/changes")
    Mono<Map<String, Object>> changes(@RequestParam(defaultValue = "" + DEFAULT_PAGE) int limit,
                                      @RequestParam(required = false) Long before) {
        if (limit < 1 || limit > MAX_PAGE) {
            return Mono.error(InvalidRequestException.badParameter(
                    "limit must be between 1 and " + MAX_PAGE + "; was " + limit));
        }
        return Mono.fromCallable(() -> {
                    List<OrganisationChange> page = store.changes(limit, before);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("changes", page.stream().map(OrganisationController::changed).toList());
                    if (page.size() == limit && page.get(page.size() - 1).version() > 1) {
                        body.put("next", page.get(page.size() - 1).version());
                    }
                    return body;
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The change as the event it is recorded as, its type first. */
    private static Map<String, Object> changed(OrganisationChange change) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", change.type());
        event.put("version", change.version());
        event.put("at", change.at());
        event.put("by", change.by());
        event.put("effectiveFrom", change.effectiveFrom());
        event.put("added", change.added());
        event.put("removed", change.removed());
        event.put("changed", change.changed());
        return event;
    }

    @GetMapping("/api/v1/organisation/versions")
    Mono<Map<String, List<Map<String, Object>>>> versions() {
        return Mono.fromCallable(() -> {
            Instant now = clock.instant();
            Long inForce = organisations.isEmpty() ? null : organisations.at(now).stored().version();
            List<Map<String, Object>> versions = organisations.versions().stream().map(stored -> {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("version", stored.version());
                summary.put("effectiveFrom", stored.effectiveFrom());
                summary.put("acceptedAt", stored.acceptedAt());
                summary.put("acceptedBy", stored.acceptedBy());
                summary.put("source", stored.source());
                summary.put("checksum", stored.checksum());
                summary.put("inForce", Long.valueOf(stored.version()).equals(inForce));
                return summary;
            }).toList();
            return Map.of("versions", versions);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static Map<String, Object> imported(ImportResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", result.version());
        body.put("effectiveFrom", result.effectiveFrom());
        body.put("changed", result.changed());
        body.put("dryRun", result.dryRun());
        if (result.changes() != null) {
            body.put("changes", Map.of("added", result.changes().added(), "removed", result.changes().removed(),
                    "changed", result.changes().changed()));
        }
        return body;
    }

    private static DocumentSyntax syntax(MediaType contentType) {
        if (contentType != null && YAML_SUBTYPES.contains(contentType.getSubtype())) {
            return DocumentSyntax.YAML;
        }
        if (contentType != null && (contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
                || "json".equals(contentType.getSubtypeSuffix()))) {
            return DocumentSyntax.JSON;
        }
        throw new InvalidRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "send the organisation as application/yaml or application/json, not "
                        + (contentType == null ? "without a Content-Type" : contentType.toString()));
    }

    /** {@code If-Match: "7"}: the import must replace version 7; anything else is not a version of ours. */
    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidRequestException(HttpStatus.PRECONDITION_FAILED, "Not the current version",
                    "If-Match must name a version as an entity tag, e.g. \"7\"; was " + ifMatch);
        }
    }

    private static InvalidRequestException tooLarge() {
        return new InvalidRequestException(HttpStatus.CONTENT_TOO_LARGE, "Document too large",
                "the organisation document is larger than complaintbook.routing.organisation-api.max-document-size");
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException notAnInstant) {
            throw InvalidRequestException.badParameter("at must be an ISO-8601 instant, e.g. 2026-12-01T09:00:00Z");
        }
    }
}
