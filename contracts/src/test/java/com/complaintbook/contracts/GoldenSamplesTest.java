package com.complaintbook.contracts;

import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueEnvelope;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.complaintbook.contracts.events.EventEnvelope;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type and version the contracts claim has a schema and a golden sample; the sample satisfies
 * the schema, and the Java record reads and writes it without losing or changing anything.
 */
class GoldenSamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @ParameterizedTest
    @EnumSource(ComplaintEventType.class)
    void eventSampleSatisfiesItsSchemas(ComplaintEventType type) {
        JsonNode sample = sample("events", type.logicalName(), type.version());

        assertThat(errors("EventEnvelope.v1.schema.json", sample)).isEmpty();
        assertThat(errors("events/" + fileName(type.logicalName(), type.version()) + ".schema.json", sample.get("payload"))).isEmpty();
        assertThat(sample.get("type").asString()).isEqualTo(type.logicalName());
        assertThat(sample.get("version").asInt()).isEqualTo(type.version());
    }

    @ParameterizedTest
    @EnumSource(ComplaintEventType.class)
    void eventSampleRoundTripsThroughItsRecord(ComplaintEventType type) {
        JsonNode sample = sample("events", type.logicalName(), type.version());

        EventEnvelope<JsonNode> envelope = JSON.treeToValue(sample, new TypeReference<EventEnvelope<JsonNode>>() { });
        Object payload = JSON.treeToValue(envelope.payload(), type.payloadType());
        EventEnvelope<Object> typed = new EventEnvelope<>(envelope.eventId(), envelope.complaintId(),
                envelope.sequence(), envelope.type(), envelope.version(), envelope.occurredAt(), payload);

        assertThat(JSON.readTree(JSON.writeValueAsString(typed))).isEqualTo(sample);
        assertThat(ComplaintEventType.of(type.payloadType())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(ComplaintCommandType.class)
    void commandSampleSatisfiesItsSchemas(ComplaintCommandType type) {
        JsonNode sample = sample("commands", type.logicalName(), type.version());

        assertThat(errors("CommandEnvelope.v1.schema.json", sample)).isEmpty();
        assertThat(errors("commands/" + fileName(type.logicalName(), type.version()) + ".schema.json", sample.get("payload"))).isEmpty();
        assertThat(sample.get("type").asString()).isEqualTo(type.logicalName());
    }

    @ParameterizedTest
    @EnumSource(ComplaintCommandType.class)
    void commandSampleRoundTripsThroughItsRecord(ComplaintCommandType type) {
        JsonNode sample = sample("commands", type.logicalName(), type.version());

        CommandEnvelope<JsonNode> envelope = JSON.treeToValue(sample, new TypeReference<CommandEnvelope<JsonNode>>() { });
        Object payload = JSON.treeToValue(envelope.payload(), type.payloadType());
        CommandEnvelope<Object> typed = new CommandEnvelope<>(envelope.commandId(), envelope.complaintId(),
                envelope.type(), envelope.version(), envelope.issuedAt(), envelope.issuedBy(), payload);

        assertThat(JSON.readTree(JSON.writeValueAsString(typed))).isEqualTo(sample);
        assertThat(ComplaintCommandType.of(type.payloadType())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(ComplaintEventType.class)
    void schemaRefusesAPayloadWithoutItsComplaintId(ComplaintEventType type) {
        ObjectNode payload = (ObjectNode) sample("events", type.logicalName(), type.version()).get("payload");
        payload.remove("complaintId");

        assertThat(errors("events/" + fileName(type.logicalName(), type.version()) + ".schema.json", payload))
                .extracting(Error::getMessage)
                .anySatisfy(message -> assertThat(message).contains("complaintId"));
    }

    @ParameterizedTest
    @EnumSource(CatalogueEntryType.class)
    void catalogueSampleSatisfiesItsSchemas(CatalogueEntryType type) {
        JsonNode sample = sample("catalogue", type.logicalName(), type.version());

        assertThat(errors("catalogue/CatalogueEnvelope.v1.schema.json", sample)).isEmpty();
        assertThat(errors("catalogue/" + fileName(type.entryType().getSimpleName(), type.version()) + ".schema.json",
                sample.get("entry"))).isEmpty();
        assertThat(sample.get("type").asString()).isEqualTo(type.logicalName());
    }

    @Test
    void catalogueVersionMarkerWithoutAWellFormedDigestIsRefused() {
        ObjectNode marker = (ObjectNode) sample("catalogue", "version", 1).get("entry");
        ObjectNode withoutDigest = marker.deepCopy();
        withoutDigest.remove("digest");
        ObjectNode upperCase = marker.deepCopy();
        upperCase.put("digest", marker.get("digest").asString().toUpperCase());

        assertThat(errors("catalogue/CatalogueVersion.v1.schema.json", withoutDigest))
                .extracting(Error::getMessage)
                .anySatisfy(message -> assertThat(message).contains("digest"));
        assertThat(errors("catalogue/CatalogueVersion.v1.schema.json", upperCase)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(CatalogueEntryType.class)
    void catalogueSampleRoundTripsThroughItsRecord(CatalogueEntryType type) {
        JsonNode sample = sample("catalogue", type.logicalName(), type.version());

        CatalogueEnvelope<JsonNode> envelope = JSON.treeToValue(sample, new TypeReference<CatalogueEnvelope<JsonNode>>() { });
        Object entry = JSON.treeToValue(envelope.entry(), type.entryType());
        CatalogueEnvelope<Object> typed = new CatalogueEnvelope<>(envelope.type(), envelope.version(),
                envelope.catalogueVersion(), envelope.publishedAt(), entry);

        assertThat(JSON.readTree(JSON.writeValueAsString(typed))).isEqualTo(sample);
        assertThat(CatalogueEntryType.of(type.logicalName(), type.version())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(CatalogueEntryType.class)
    void catalogueKeyNamesItsTypeAndId(CatalogueEntryType type) {
        String key = type.key("kyiv-001");

        assertThat(CatalogueEntryType.ofKey(key)).contains(type);
        if (type != CatalogueEntryType.VERSION) {
            assertThat(CatalogueEntryType.idOf(key)).isEqualTo("kyiv-001");
        }
    }

    @Test
    void catalogueKeyOfNoKnownTypeIsNotClaimed() {
        assertThat(CatalogueEntryType.ofKey("warehouse/w-1")).isEmpty();
        assertThat(CatalogueEntryType.ofKey("store")).isEmpty();
        assertThat(CatalogueEntryType.ofKey("version/7")).isEmpty();
    }

    @Test
    void localizedTextFallsBackToEnglish() {
        LocalizedText name = new LocalizedText("Доставка", " ", "Delivery");

        assertThat(name.in(Language.RU)).isEqualTo("Доставка");
        assertThat(name.in(Language.UK)).isEqualTo("Delivery");
    }

    private static List<Error> errors(String schemaPath, JsonNode instance) {
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:contracts/schemas/" + schemaPath));
        return schema.validate(instance);
    }

    private static JsonNode sample(String family, String logicalName, int version) {
        String path = "/contracts/samples/" + family + "/" + fileName(logicalName, version) + ".json";
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream(path)) {
            assertThat(in).as("golden sample %s", path).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static String fileName(String logicalName, int version) {
        return logicalName + ".v" + version;
    }
}
