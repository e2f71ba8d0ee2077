package com.complaintbook.kit.test;

import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.contracts.events.ComplaintEventType;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The contracts' JSON Schemas, as a test holds a Kafka record against them: the record's value
 * against the envelope's schema and against the payload schema of the type and version the envelope
 * names, and its key against the complaint it is about. Formats ({@code date-time}, {@code email})
 * are asserted, not just annotated: a consumer parses them.
 *
 * <p>Producers check every record they send ({@link #assertEvent}, {@link #assertCommand}) and
 * collect the returned types to show that every type they can send was checked. Consumers may check
 * a hand-made input, to be sure it is one a producer could send.
 *
 * <p>Checked in tests only: intake publishes a few thousand events a second, and a schema check on
 * each would cost the hot path more than the serialisation it checks, for records the tests already
 * cover type by type.
 */
public final class ContractSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /**
     * Fails unless {@code value} is an event the contracts define and {@code key} its complaint id.
     *
     * @return the event's type and version, for a producer's tally of what it checked
     */
    public static ComplaintEventType assertEvent(String key, String value) {
        Checked<ComplaintEventType> checked = checkEvent(key, value);
        failOn(checked, "event", value);
        return checked.type().orElseThrow();
    }

    /**
     * Fails unless {@code value} is a command the contracts define and {@code key} its complaint id.
     *
     * @return the command's type and version, for a producer's tally of what it checked
     */
    public static ComplaintCommandType assertCommand(String key, String value) {
        Checked<ComplaintCommandType> checked = checkCommand(key, value);
        failOn(checked, "command", value);
        return checked.type().orElseThrow();
    }

    /** Every way in which the record breaks the events' contract; empty when it keeps it. */
    public static List<String> eventViolations(String key, String value) {
        return checkEvent(key, value).violations();
    }

    /** Every way in which the record breaks the commands' contract; empty when it keeps it. */
    public static List<String> commandViolations(String key, String value) {
        return checkCommand(key, value).violations();
    }

    private static Checked<ComplaintEventType> checkEvent(String key, String value) {
        return check(key, value, "EventEnvelope.v1", "events", ComplaintEventType::of, ComplaintEventType::logicalName);
    }

    private static Checked<ComplaintCommandType> checkCommand(String key, String value) {
        return check(key, value, "CommandEnvelope.v1", "commands", ComplaintCommandType::of, ComplaintCommandType::logicalName);
    }

    private static <T> Checked<T> check(String key, String value, String envelopeSchema, String family,
                                        BiFunction<String, Integer, Optional<T>> typeOf,
                                        Function<T, String> nameOf) {
        List<String> violations = new ArrayList<>();
        JsonNode envelope;
        try {
            envelope = value == null ? null : JSON.readTree(value);
        } catch (JacksonException unreadable) {
            return new Checked<>(Optional.empty(), List.of("not JSON: " + unreadable.getOriginalMessage()));
        }
        if (envelope == null || !envelope.isObject()) {
            return new Checked<>(Optional.empty(), List.of("not a JSON object"));
        }
        schema(envelopeSchema).validate(envelope).forEach(error -> violations.add("envelope " + error));

        String name = envelope.path("type").asString(null);
        int version = envelope.path("version").asInt(0);
        Optional<T> type = name == null ? Optional.empty() : typeOf.apply(name, version);
        if (type.isEmpty()) {
            violations.add("no " + family + " contract for type " + name + " version " + version);
        } else {
            String payloadSchema = family + "/" + nameOf.apply(type.get()) + ".v" + version;
            schema(payloadSchema).validate(envelope.path("payload"))
                    .forEach(error -> violations.add("payload (" + name + " v" + version + ") " + error));
        }

        String complaintId = envelope.path("complaintId").asString(null);
        if (!Objects.equals(key, complaintId)) {
            violations.add("record key " + key + " is not the envelope's complaintId " + complaintId);
        }
        String aboutComplaint = envelope.path("payload").path("complaintId").asString(null);
        if (!Objects.equals(complaintId, aboutComplaint)) {
            violations.add("payload's complaintId " + aboutComplaint + " is not the envelope's " + complaintId);
        }
        return new Checked<>(type, List.copyOf(violations));
    }

    private static void failOn(Checked<?> checked, String family, String value) {
        if (!checked.violations().isEmpty()) {
            throw new AssertionError("Not a contract " + family + ":\n  " + String.join("\n  ", checked.violations())
                    + "\nrecord: " + value);
        }
    }

    private static Schema schema(String name) {
        return LOADED.computeIfAbsent(name, missing ->
                SCHEMAS.getSchema(SchemaLocation.of("classpath:contracts/schemas/" + missing + ".schema.json")));
    }

    private record Checked<T>(Optional<T> type, List<String> violations) {
    }
}
