package com.complaintbook.routing.adapters.document;

import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Priority;
import com.complaintbook.routing.domain.organisation.ReviewLevel;
import com.complaintbook.routing.domain.organisation.StoreRole;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes the organisation document. Enum values are written lower-case with dashes
 * ({@code store-manager}, {@code monday}), an absent rule field or {@code "*"} is a wildcard, and a
 * field the format does not know is refused rather than ignored: a misspelt {@code reportTo} would
 * otherwise silently make a second top position.
 */
public final class OrganisationDocumentFormat {

    /** Rule fields where {@code "*"} means "any". */
    private static final List<String> WILDCARD_LISTS = List.of("rules", "sla");
    private static final String WILDCARD = "*";

    private final ObjectMapper json;
    private final ObjectMapper yaml;
    private final ObjectMapper canonical;

    public OrganisationDocumentFormat() {
        this.json = configure(JsonMapper.builder()).build();
        this.yaml = configure(YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)).build();
        this.canonical = configure(JsonMapper.builder())
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /** @throws UnreadableOrganisationException naming where the document stops being an organisation */
    public Organisation read(byte[] document, DocumentSyntax syntax) {
        ObjectMapper mapper = mapper(syntax);
        try {
            JsonNode tree = mapper.readTree(document);
            if (tree == null || !tree.isObject()) {
                throw new UnreadableOrganisationException("the document is not a mapping of organisation fields", null);
            }
            dropWildcards((ObjectNode) tree);
            return mapper.treeToValue(tree, Organisation.class);
        } catch (JacksonException unreadable) {
            throw new UnreadableOrganisationException(unreadable.getOriginalMessage()
                    + location(unreadable), unreadable);
        }
    }

    public byte[] write(Organisation organisation, DocumentSyntax syntax) {
        return mapper(syntax).writeValueAsBytes(organisation);
    }

    /** Part of a document (its rules, say) as a JSON tree in the document's own notation, for the read API. */
    public JsonNode tree(Object part) {
        return json.valueToTree(part);
    }

    /** The document as JSON text with keys in a fixed order: what is stored and what the checksum covers. */
    public String canonicalJson(Organisation organisation) {
        return canonical.writeValueAsString(organisation);
    }

    /**
     * Identifies a document's content whatever its syntax, key order or layout: SHA-256 of its canonical
     * JSON. Two imports of the same organisation have the same checksum.
     */
    public String checksum(Organisation organisation) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalJson(organisation).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private ObjectMapper mapper(DocumentSyntax syntax) {
        return syntax == DocumentSyntax.YAML ? yaml : json;
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        SimpleModule enums = new SimpleModule("organisation-document-enums");
        kebab(enums, Priority.class);
        kebab(enums, StoreRole.class);
        kebab(enums, ReviewLevel.class);
        kebab(enums, DayOfWeek.class);
        enums.addKeyDeserializer(DayOfWeek.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                return enumOf(DayOfWeek.class, key, context);
            }
        });
        enums.addKeySerializer(DayOfWeek.class, new ValueSerializer<DayOfWeek>() {
            @Override
            public void serialize(DayOfWeek value, JsonGenerator generator, SerializationContext context) {
                generator.writeName(kebabName(value));
            }
        });
        return builder.addModule(enums)
                // The records' questions (Position.isTop(), isVacant()) are not part of the document.
                .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.NON_EMPTY)
                        .withContentInclusion(JsonInclude.Include.NON_NULL));
    }

    private static <E extends Enum<E>> void kebab(SimpleModule module, Class<E> type) {
        module.addSerializer(type, new ValueSerializer<E>() {
            @Override
            public void serialize(E value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(kebabName(value));
            }
        });
        module.addDeserializer(type, new ValueDeserializer<E>() {
            @Override
            public E deserialize(JsonParser parser, DeserializationContext context) {
                return enumOf(type, parser.getValueAsString(), context);
            }
        });
    }

    static String kebabName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String written, DeserializationContext context) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> kebabName(constant).equals(written))
                .findFirst()
                .orElseThrow(() -> context.weirdStringException(written, type, "expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(OrganisationDocumentFormat::kebabName).toList()));
    }

    private static void dropWildcards(ObjectNode document) {
        for (String list : WILDCARD_LISTS) {
            JsonNode rules = document.get(list);
            if (rules == null || !rules.isArray()) {
                continue;
            }
            for (JsonNode rule : rules) {
                if (rule instanceof ObjectNode fields) {
                    fields.properties().removeIf(field -> field.getValue().isString()
                            && WILDCARD.equals(field.getValue().asString()));
                }
            }
        }
    }

    /** Where in the document, as its writer sees it: {@code positions[3].reportTo}. */
    private static String location(JacksonException unreadable) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : unreadable.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : " (at " + path + ")";
    }
}
