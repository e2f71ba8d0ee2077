package com.complaintbook.routing.adapters.out.mongo;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.routing.application.RoutedComplaint;
import com.complaintbook.routing.application.RoutedComplaints;
import com.complaintbook.routing.application.RoutingDecision;
import com.complaintbook.routing.domain.Employee;
import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Workloads;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routing's record of each complaint ({@code complaints}, {@code _id} = complaint id) and the groups'
 * tickets ({@code group_tickets}); also what balancing a group counts, so it is routing's
 * {@link Workloads}.
 *
 * <p>A decision is pushed into {@code levels} only where no decision of its level is, so of two
 * deliveries of one event (or two replicas) exactly one decision is kept and both send it. Whether a
 * complaint is open, and with whom, moves only forward along its stream ({@code lastSequence}).
 */
public class MongoRoutedComplaints implements RoutedComplaints, Workloads {

    static final String COMPLAINTS = "complaints";
    static final String TICKETS = "group_tickets";

    private static final Logger log = LoggerFactory.getLogger(MongoRoutedComplaints.class);
    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;

    public MongoRoutedComplaints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The open-count index. Speed only, so a MongoDB away at start-up does not stop the service.
     *
     * @return whether the index exists now
     */
    public boolean createIndexes() {
        try {
            mongo.indexOps(COMPLAINTS).createIndex(new Index()
                    .on("current", Sort.Direction.ASC).on("open", Sort.Direction.ASC).named("current_open"));
            return true;
        } catch (DataAccessException e) {
            log.atWarn().addKeyValue("error", e.toString())
                    .log("Could not create the complaints' index; open counts scan until it is created");
            return false;
        }
    }

    @Override
    public Optional<RoutedComplaint> find(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, Document.class, COMPLAINTS)).map(this::complaint);
    }

    /**
     * A complaint not seen before is created with its decision and open state in one insert, the common
     * case under load; only when that races with another delivery, or the complaint was seen, is the
     * record read and the decision pushed into it, and the open state moved forward after.
     */
    @Override
    public RoutingDecision record(String complaintId, boolean seen, RoutableComplaint complaint,
                                  RoutingDecision decision, long sequence) {
        if (!seen && created(complaintId, complaint, decision, sequence)) {
            return decision;
        }
        RoutingDecision kept = kept(complaintId, complaint, decision, sequence);
        assigned(complaintId, sequence, kept.assignee().id());
        return kept;
    }

    private RoutingDecision kept(String complaintId, RoutableComplaint complaint, RoutingDecision decision,
                                 long sequence) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<RoutedComplaint> known = find(complaintId);
            if (known.isPresent()) {
                Optional<RoutingDecision> kept = known.get().level(decision.level());
                if (kept.isPresent()) {
                    return kept.get();
                }
                Update push = new Update()
                        .push("levels", level(decision))
                        .addToSet("handlers", decision.assignee().id());
                describe(push, complaint);
                UpdateResult result = mongo.updateFirst(Query.query(Criteria.where("_id").is(complaintId)
                        .and("levels.level").ne(decision.level())), push, COMPLAINTS);
                if (result.getModifiedCount() == 1) {
                    return decision;
                }
            } else if (created(complaintId, complaint, decision, sequence)) {
                return decision;
            }
        }
        return find(complaintId).flatMap(complaintNow -> complaintNow.level(decision.level()))
                .orElseThrow(() -> new IllegalStateException("decision for complaint " + complaintId + " level "
                        + decision.level() + " neither kept nor found"));
    }

    /** Whether the record was created now; false when another delivery created it first. */
    private boolean created(String complaintId, RoutableComplaint complaint, RoutingDecision decision,
                            long sequence) {
        Document created = new Document("_id", complaintId)
                .append("lastSequence", sequence)
                .append("open", true)
                .append("current", decision.assignee().id())
                .append("handlers", List.of(decision.assignee().id()))
                .append("levels", List.of(level(decision)));
        describe(created, complaint);
        try {
            mongo.insert(created, COMPLAINTS);
            return true;
        } catch (DuplicateKeyException createdMeanwhile) {
            return false;
        }
    }

    @Override
    public void assigned(String complaintId, long sequence, String assigneeId) {
        forward(complaintId, sequence, new Update()
                .set("open", true)
                .set("current", assigneeId)
                .set("lastSequence", sequence)
                .addToSet("handlers", assigneeId));
    }

    @Override
    public void finished(String complaintId, long sequence) {
        forward(complaintId, sequence, new Update().set("open", false).set("lastSequence", sequence));
    }

    /** One aggregation over the {@code current_open} index for the whole group, whatever its size. */
    @Override
    public Map<String, Long> openComplaints(Collection<String> personIds) {
        Map<String, Long> open = new HashMap<>();
        personIds.forEach(personId -> open.put(personId, 0L));
        Aggregation counting = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("current").in(personIds).and("open").is(true)),
                Aggregation.group("current").count().as("open"));
        for (Document count : mongo.aggregate(counting, COMPLAINTS, Document.class)) {
            open.put(count.getString("_id"), ((Number) count.get("open")).longValue());
        }
        return open;
    }

    @Override
    public long nextTicket(String groupId) {
        Document ticket = mongo.findAndModify(Query.query(Criteria.where("_id").is(groupId)),
                new Update().inc("next", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, TICKETS);
        return ((Number) ticket.get("next")).longValue() - 1;
    }

    /** Applies {@code update} only when the event is later in the stream than the last one applied. */
    private void forward(String complaintId, long sequence, Update update) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(complaintId).and("lastSequence").lt(sequence)),
                    update, COMPLAINTS);
        } catch (DuplicateKeyException alreadyFurther) {
            // The complaint exists with this or a later event applied: an old event changes nothing.
        }
    }

    private static void describe(Update update, RoutableComplaint complaint) {
        if (complaint.kind() != null) {
            update.set("kind", complaint.kind().name());
        }
        if (complaint.channel() != null) {
            update.set("channel", complaint.channel().name());
        }
        if (complaint.storeId() != null) {
            update.set("storeId", complaint.storeId());
        }
        if (complaint.category() != null) {
            update.set("category", complaint.category());
        }
    }

    private static void describe(Document document, RoutableComplaint complaint) {
        document.append("kind", complaint.kind() == null ? null : complaint.kind().name())
                .append("channel", complaint.channel() == null ? null : complaint.channel().name())
                .append("storeId", complaint.storeId())
                .append("category", complaint.category());
    }

    private static Document level(RoutingDecision decision) {
        return new Document("level", decision.level())
                .append("eventId", decision.eventId())
                .append("decisionId", decision.decisionId())
                .append("decidedAt", Date.from(decision.decidedAt()))
                .append("assignee", employee(decision.assignee()))
                .append("positionId", decision.positionId())
                .append("managers", decision.managers().stream().map(MongoRoutedComplaints::employee).toList())
                .append("managerPositionIds", decision.managerPositionIds())
                .append("positionsAbove", decision.positionsAbove())
                .append("deadline", Date.from(decision.deadline()))
                .append("via", decision.via())
                .append("organisationVersion", decision.organisationVersion());
    }

    private static Document employee(Employee employee) {
        return new Document("id", employee.id())
                .append("name", employee.name())
                .append("email", employee.email())
                .append("language", employee.language() == null ? null : employee.language().name());
    }

    private RoutedComplaint complaint(Document stored) {
        String kind = stored.getString("kind");
        RoutableComplaint complaint = kind == null ? null : new RoutableComplaint(ComplaintKind.valueOf(kind),
                stored.getString("channel") == null ? null : Channel.valueOf(stored.getString("channel")),
                stored.getString("storeId"), stored.getString("category"));
        List<RoutingDecision> levels = new ArrayList<>();
        for (Document level : stored.getList("levels", Document.class, List.of())) {
            levels.add(decision(level));
        }
        Number lastSequence = (Number) stored.get("lastSequence");
        return new RoutedComplaint(stored.getString("_id"), complaint, levels,
                new HashSet<>(stored.getList("handlers", String.class, List.of())), stored.getString("current"),
                Boolean.TRUE.equals(stored.getBoolean("open")), lastSequence == null ? -1 : lastSequence.longValue());
    }

    private static RoutingDecision decision(Document level) {
        return new RoutingDecision(level.getInteger("level"), level.getString("eventId"),
                level.getString("decisionId"), level.getDate("decidedAt").toInstant(),
                employee(level.get("assignee", Document.class)), level.getString("positionId"),
                level.getList("managers", Document.class, List.of()).stream()
                        .map(MongoRoutedComplaints::employee).toList(),
                level.getList("managerPositionIds", String.class, List.of()),
                level.getList("positionsAbove", String.class, List.of()),
                level.getDate("deadline").toInstant(), level.getString("via"),
                ((Number) level.get("organisationVersion")).longValue());
    }

    private static Employee employee(Document employee) {
        String language = employee.getString("language");
        return new Employee(employee.getString("id"), employee.getString("name"), employee.getString("email"),
                language == null ? null : Language.valueOf(language));
    }
}
