package com.complaintbook.routing.adapters.out.mongo;

import com.complaintbook.routing.adapters.document.DocumentSyntax;
import com.complaintbook.routing.adapters.document.OrganisationDocumentFormat;
import com.complaintbook.routing.application.OrganisationChange;
import com.complaintbook.routing.application.OrganisationStore;
import com.complaintbook.routing.application.StoredVersion;
import com.complaintbook.routing.application.UnreadableVersionException;
import com.complaintbook.routing.application.VersionHeader;
import com.complaintbook.routing.application.VersionTakenException;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation's versions ({@code _id} = the version number, so taking a number is an insert that
 * only one importer can win) and the change event of each ({@code _id} = the version too, recorded
 * once). The document is kept as written, in the admin format's canonical JSON, so what was imported
 * is what is exported.
 */
public class MongoOrganisationStore implements OrganisationStore {

    static final String VERSIONS = "organisation_versions";
    static final String CHANGES = "organisation_changes";

    private final MongoTemplate mongo;
    private final OrganisationDocumentFormat format;

    public MongoOrganisationStore(MongoTemplate mongo, OrganisationDocumentFormat format) {
        this.mongo = mongo;
        this.format = format;
    }

    @Override
    public List<StoredVersion> versions() {
        Query all = new Query().with(Sort.by(Sort.Direction.ASC, "_id"));
        return mongo.find(all, Document.class, VERSIONS).stream().map(this::version).toList();
    }

    @Override
    public Optional<Long> latestNumber() {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        newest.fields().include("_id");
        return Optional.ofNullable(mongo.findOne(newest, Document.class, VERSIONS))
                .map(document -> ((Number) document.get("_id")).longValue());
    }

    @Override
    public List<VersionHeader> headersAbove(long after) {
        Query above = Query.query(Criteria.where("_id").gt(after)).with(Sort.by(Sort.Direction.ASC, "_id"));
        above.fields().include("_id").include("effectiveFrom");
        return mongo.find(above, Document.class, VERSIONS).stream()
                .map(document -> new VersionHeader(((Number) document.get("_id")).longValue(),
                        document.getDate("effectiveFrom").toInstant()))
                .toList();
    }

    @Override
    public Optional<StoredVersion> version(long number) {
        return Optional.ofNullable(mongo.findById(number, Document.class, VERSIONS)).map(this::version);
    }

    @Override
    public Optional<StoredVersion> latest() {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(newest, Document.class, VERSIONS)).map(this::version);
    }

    @Override
    public void add(StoredVersion version) {
        Document document = new Document("_id", version.version())
                .append("effectiveFrom", Date.from(version.effectiveFrom()))
                .append("acceptedAt", Date.from(version.acceptedAt()))
                .append("acceptedBy", version.acceptedBy())
                .append("source", version.source())
                .append("checksum", version.checksum())
                .append("document", Document.parse(format.canonicalJson(version.document())));
        try {
            mongo.insert(document, VERSIONS);
        } catch (DuplicateKeyException taken) {
            throw new VersionTakenException(version.version(), taken);
        }
    }

    @Override
    public void record(OrganisationChange change) {
        Update once = new Update()
                .setOnInsert("type", change.type())
                .setOnInsert("at", Date.from(change.at()))
                .setOnInsert("by", change.by())
                .setOnInsert("effectiveFrom", Date.from(change.effectiveFrom()))
                .setOnInsert("added", new Document(Map.copyOf(change.added())))
                .setOnInsert("removed", new Document(Map.copyOf(change.removed())))
                .setOnInsert("changed", new Document(Map.copyOf(change.changed())));
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(change.version())), once, CHANGES);
        } catch (DuplicateKeyException recordedMeanwhile) {
            // Another replica recorded the same version's change at the same moment: it is there.
        }
    }

    @Override
    public List<OrganisationChange> changes(int limit, Long before) {
        Query newestFirst = (before == null ? new Query() : Query.query(Criteria.where("_id").lt(before)))
                .with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit);
        return mongo.find(newestFirst, Document.class, CHANGES).stream().map(MongoOrganisationStore::change).toList();
    }

    @Override
    public Set<Long> recordedChanges() {
        Query ids = new Query();
        ids.fields().include("_id");
        return mongo.find(ids, Document.class, CHANGES).stream()
                .map(document -> ((Number) document.get("_id")).longValue())
                .collect(Collectors.toSet());
    }

    private StoredVersion version(Document stored) {
        long number = ((Number) stored.get("_id")).longValue();
        try {
            Document document = stored.get("document", Document.class);
            return new StoredVersion(number,
                    stored.getDate("effectiveFrom").toInstant(), stored.getDate("acceptedAt").toInstant(),
                    stored.getString("acceptedBy"), stored.getString("source"), stored.getString("checksum"),
                    format.read(document.toJson().getBytes(StandardCharsets.UTF_8), DocumentSyntax.JSON));
        } catch (RuntimeException unreadable) {
            throw new UnreadableVersionException(number, unreadable);
        }
    }

    private static OrganisationChange change(Document stored) {
        return new OrganisationChange(((Number) stored.get("_id")).longValue(), stored.getDate("at").toInstant(),
                stored.getString("by"), stored.getDate("effectiveFrom").toInstant(),
                sections(stored.get("added", Document.class)), sections(stored.get("removed", Document.class)),
                sections(stored.get("changed", Document.class)));
    }

    private static Map<String, List<String>> sections(Document sections) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        if (sections != null) {
            sections.forEach((name, ids) -> byName.put(name, sections.getList(name, String.class)));
        }
        return byName;
    }
}
