package com.complaintbook.escalation.adapters.out.mongo;

import com.complaintbook.escalation.application.DeadlineStore;
import com.complaintbook.escalation.application.EscalationMetrics;
import com.complaintbook.escalation.application.TimerStore;
import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;
import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.NextAction;
import com.complaintbook.escalation.domain.TimerKind;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Deadlines in MongoDB, one document per complaint.
 *
 * <p>A change is one upsert whose filter is {@code {_id: complaint, lastSequence: {$lt: sequence}}}.
 * If the complaint's document is older, it matches and is updated; if there is none, one is
 * inserted; if it already holds this event or a later one, the filter misses, the upsert tries to
 * insert a second document with the same {@code _id}, and the unique key refuses it. No read before
 * the write, so two deliveries racing each other cannot both win.
 *
 * <p>The same write sets the complaint's next action and removes any claim on the one before: a
 * newer event always beats a timer in flight, whose mark then finds the claim gone. Claims and marks
 * change neither the stream position nor anything an event set but the action.
 */
public class MongoDeadlineStore implements DeadlineStore, TimerStore {

    static final String COLLECTION = "deadlines";

    private static final Logger log = LoggerFactory.getLogger(MongoDeadlineStore.class);

    /** Timers read from the store a chunk at a time: a load of 100,000 never sits in one list. */
    private static final int CHUNK = 1000;

    private final MongoTemplate mongo;
    private final EscalationMetrics metrics;

    public MongoDeadlineStore(MongoTemplate mongo, EscalationMetrics metrics) {
        this.mongo = mongo;
        this.metrics = metrics;
    }

    /**
     * Creates the indexes of the "open and due" listing and of the timer loader's query. Speed only,
     * nothing depends on them for correctness, so a MongoDB that is down at start-up does not stop the
     * service: this is tried again until it succeeds, and the gauge of missing indexes says so meanwhile.
     *
     * @return whether both exist now
     */
    public boolean createIndexes() {
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index()
                    .on(DeadlineDocument.STATE, Sort.Direction.ASC)
                    .on(DeadlineDocument.DEADLINE, Sort.Direction.ASC)
                    .named("state_deadline"));
            mongo.indexOps(COLLECTION).createIndex(new Index()
                    .on(DeadlineDocument.PARTITION, Sort.Direction.ASC)
                    .on(DeadlineDocument.ACTION_DUE_AT, Sort.Direction.ASC)
                    .named("partition_actionDueAt"));
            return true;
        } catch (DataAccessException e) {
            log.atWarn().addKeyValue("error", e.toString())
                    .log("Could not create the deadlines' indexes; listings and timer loads scan until they are created");
            return false;
        }
    }

    @Override
    public boolean apply(DeadlineChange change) {
        Query newerThanStored = Query.query(Criteria.where("_id").is(change.complaintId())
                .and(DeadlineDocument.LAST_SEQUENCE).lt(change.sequence()));
        try {
            mongo.upsert(newerThanStored, update(change), DeadlineDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    private static Update update(DeadlineChange change) {
        Update update = new Update()
                .set(DeadlineDocument.LAST_SEQUENCE, change.sequence())
                .set(DeadlineDocument.STATE, change.state().name())
                .set(DeadlineDocument.PARTITION, change.partition());
        next(update, change.next());
        if (change instanceof DeadlineChange.Opened opened) {
            update.set(DeadlineDocument.LEVEL, opened.level())
                    .set(DeadlineDocument.ASSIGNEE_ID, opened.assigneeId())
                    .set(DeadlineDocument.DEADLINE, opened.deadline())
                    .unset(DeadlineDocument.OVERDUE_AT_TOP);
        } else if (change instanceof DeadlineChange.Warned warned) {
            update.set(DeadlineDocument.LEVEL, warned.level());
        } else if (change instanceof DeadlineChange.MissedAtTop missed) {
            update.set(DeadlineDocument.LEVEL, missed.level()).set(DeadlineDocument.OVERDUE_AT_TOP, true);
        } else if (change instanceof DeadlineChange.Closed closed) {
            update.set(DeadlineDocument.LEVEL, closed.level());
            if (closed.appealDeadline() != null) {
                update.set(DeadlineDocument.APPEAL_DEADLINE, closed.appealDeadline());
            }
        }
        // A close (Ended) names no level: the last one stays, for the record.
        return update;
    }

    /** Sets the next action, or none, and lets go of any claim on the one before. */
    private static void next(Update update, NextAction next) {
        if (next == null) {
            update.unset(DeadlineDocument.ACTION).unset(DeadlineDocument.ACTION_DUE_AT)
                    .unset(DeadlineDocument.ACTION_DEADLINE);
        } else {
            update.set(DeadlineDocument.ACTION, next.kind().name())
                    .set(DeadlineDocument.ACTION_DUE_AT, next.dueAt())
                    .set(DeadlineDocument.ACTION_DEADLINE, next.deadline());
        }
        update.unset(DeadlineDocument.CLAIMED_BY)
                .unset(DeadlineDocument.CLAIMED_UNTIL)
                .unset(DeadlineDocument.CLAIM_ID);
    }

    @Override
    public void due(Collection<Integer> partitions, Instant from, Instant before, String instanceId,
                    Consumer<List<DueTimer>> chunk) {
        Criteria dueAt = Criteria.where(DeadlineDocument.ACTION_DUE_AT).lt(before);
        if (from != null) {
            dueAt = dueAt.gte(from);
        }
        Query due = Query.query(Criteria.where(DeadlineDocument.PARTITION).in(partitions).andOperator(dueAt))
                .with(Sort.by(DeadlineDocument.ACTION_DUE_AT))
                .cursorBatchSize(CHUNK);
        project(due);
        List<DueTimer> timers = new ArrayList<>(CHUNK);
        try (Stream<Document> documents = mongo.stream(due, Document.class, COLLECTION)) {
            documents.forEach(document -> {
                readTimer(document, instanceId).ifPresent(timers::add);
                if (timers.size() == CHUNK) {
                    chunk.accept(List.copyOf(timers));
                    timers.clear();
                }
            });
        }
        if (!timers.isEmpty()) {
            chunk.accept(List.copyOf(timers));
        }
    }

    @Override
    public List<DueTimer> timers(Collection<String> complaintIds, String instanceId) {
        if (complaintIds.isEmpty()) {
            return List.of();
        }
        Query stored = Query.query(Criteria.where("_id").in(complaintIds));
        project(stored);
        List<DueTimer> timers = new ArrayList<>();
        mongo.find(stored, Document.class, COLLECTION)
                .forEach(document -> readTimer(document, instanceId).ifPresent(timers::add));
        return timers;
    }

    private static void project(Query query) {
        query.fields().include(DeadlineDocument.PARTITION, DeadlineDocument.LAST_SEQUENCE, DeadlineDocument.LEVEL,
                DeadlineDocument.ACTION, DeadlineDocument.ACTION_DUE_AT, DeadlineDocument.ACTION_DEADLINE,
                DeadlineDocument.CLAIMED_BY, DeadlineDocument.CLAIMED_UNTIL);
    }

    /**
     * The document's timer, or none: a document without an action has nothing to do, and one that
     * cannot be read as a timer (an action this version does not know, a field missing) is skipped and
     * counted. It waits for the fix, or for its complaint's next event, which sets its action afresh.
     */
    private Optional<DueTimer> readTimer(Document document, String instanceId) {
        if (document.get(DeadlineDocument.ACTION) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(timer(document, instanceId));
        } catch (RuntimeException unreadable) {
            metrics.timerUnreadable();
            log.atError()
                    .addKeyValue("complaintId", String.valueOf(document.get("_id")))
                    .addKeyValue("error", unreadable.toString())
                    .log("Deadline document cannot be read as a timer; it is skipped until it is mended");
            return Optional.empty();
        }
    }

    private static DueTimer timer(Document document, String instanceId) {
        boolean ownClaim = instanceId != null && instanceId.equals(document.getString(DeadlineDocument.CLAIMED_BY));
        return new DueTimer(Objects.requireNonNull(document.getString("_id"), "_id"),
                ((Number) required(document, DeadlineDocument.PARTITION)).intValue(),
                ((Number) required(document, DeadlineDocument.LAST_SEQUENCE)).longValue(),
                ((Number) required(document, DeadlineDocument.LEVEL)).intValue(),
                new NextAction(TimerKind.valueOf(document.getString(DeadlineDocument.ACTION)),
                        Objects.requireNonNull(instant(document, DeadlineDocument.ACTION_DUE_AT), "actionDueAt"),
                        Objects.requireNonNull(instant(document, DeadlineDocument.ACTION_DEADLINE), "actionDeadline")),
                ownClaim ? null : instant(document, DeadlineDocument.CLAIMED_UNTIL));
    }

    private static Object required(Document document, String field) {
        return Objects.requireNonNull(document.get(field), field);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    /**
     * One conditional update for the whole batch: each document only if it still holds the timer as
     * read (same stream position, action and moment) and no other instance's claim runs. Which ones
     * it took is read back by the claim's own id.
     */
    @Override
    public Claim claim(Collection<DueTimer> timers, String instanceId, Instant now, Instant until) {
        String claimId = UUID.randomUUID().toString();
        if (timers.isEmpty()) {
            return new Claim(claimId, List.of());
        }
        Criteria[] asRead = timers.stream()
                .map(timer -> Criteria.where("_id").is(timer.complaintId())
                        .and(DeadlineDocument.LAST_SEQUENCE).is(timer.lastSequence())
                        .and(DeadlineDocument.ACTION).is(timer.kind().name())
                        .and(DeadlineDocument.ACTION_DUE_AT).is(timer.dueAt()))
                .toArray(Criteria[]::new);
        Criteria free = new Criteria().orOperator(
                Criteria.where(DeadlineDocument.CLAIMED_UNTIL).exists(false),
                Criteria.where(DeadlineDocument.CLAIMED_UNTIL).lte(now),
                Criteria.where(DeadlineDocument.CLAIMED_BY).is(instanceId));
        List<String> ids = timers.stream().map(DueTimer::complaintId).toList();
        // The ids up front as well: they are what lets a server answer from the _id index, not a scan.
        mongo.updateMulti(Query.query(new Criteria().andOperator(Criteria.where("_id").in(ids),
                        new Criteria().orOperator(asRead), free)),
                new Update().set(DeadlineDocument.CLAIMED_BY, instanceId)
                        .set(DeadlineDocument.CLAIMED_UNTIL, until)
                        .set(DeadlineDocument.CLAIM_ID, claimId),
                COLLECTION);
        Query taken = Query.query(Criteria.where("_id").in(ids).and(DeadlineDocument.CLAIM_ID).is(claimId));
        taken.fields().include("_id");
        Set<String> won = new HashSet<>();
        mongo.find(taken, Document.class, COLLECTION).forEach(document -> won.add(document.getString("_id")));
        return new Claim(claimId, timers.stream().filter(timer -> won.contains(timer.complaintId())).toList());
    }

    @Override
    public void mark(String claimId, Collection<Firing> fired) {
        if (fired.isEmpty()) {
            return;
        }
        BulkOperations marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Firing firing : fired) {
            Update update = new Update();
            next(update, firing.next());
            marks.updateOne(Query.query(Criteria.where("_id").is(firing.complaintId())
                    .and(DeadlineDocument.CLAIM_ID).is(claimId)), update);
        }
        marks.execute();
    }

    @Override
    public long countOpen() {
        return mongo.count(Query.query(Criteria.where(DeadlineDocument.STATE).is(DeadlineState.OPEN.name())),
                COLLECTION);
    }

    @Override
    public Optional<ComplaintDeadline> find(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, DeadlineDocument.class))
                .map(DeadlineDocument::toDeadline);
    }

    @Override
    public List<ComplaintDeadline> find(DeadlineState state, Instant dueBefore, int limit) {
        Criteria criteria = Criteria.where(DeadlineDocument.STATE).is(state.name());
        if (dueBefore != null) {
            criteria = criteria.and(DeadlineDocument.DEADLINE).lt(dueBefore);
        }
        Query query = Query.query(criteria)
                .with(Sort.by(DeadlineDocument.DEADLINE, "_id"))
                .limit(limit);
        return mongo.find(query, DeadlineDocument.class).stream().map(DeadlineDocument::toDeadline).toList();
    }
}
