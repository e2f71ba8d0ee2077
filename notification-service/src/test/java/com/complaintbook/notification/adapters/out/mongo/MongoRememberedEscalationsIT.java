package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.kit.test.InMemoryMongo;
import com.complaintbook.notification.domain.ComplaintLevel;
import com.complaintbook.notification.domain.RememberedEscalation;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Remembered escalations, a batch at a time, against a real MongoDB wire-protocol server. */
class MongoRememberedEscalationsIT {

    private static final Instant MISSED = Instant.parse("2026-11-23T09:15:30Z");
    private static final RememberedEscalation TO_MANAGER = new RememberedEscalation("c-1", 1,
            EscalationReason.DEADLINE_MISSED, "e-delivery-lead", null,
            new StaffMember("e-delivery-lead", "Ivan Petrenko", "ivan@retail.example", Language.UK), MISSED, MISSED.plusSeconds(1));
    private static final RememberedEscalation TO_DIRECTOR = new RememberedEscalation("c-1", 2,
            EscalationReason.CUSTOMER_NOT_SATISFIED, "m-logistics", "Nobody called me back.",
            new StaffMember("m-logistics", "Oksana Tkachenko", "oksana@retail.example"), null, MISSED.plusSeconds(3600));

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private MongoTemplate mongo;
    private MongoRememberedEscalations escalations;

    @BeforeEach
    void freshDatabase() {
        mongo = MONGO.freshDatabase("notification");
        escalations = new MongoRememberedEscalations(mongo);
    }

    @Test
    void eachLevelAComplaintClimbedToIsRememberedOnceAndRecalledByIt() {
        escalations.remember(List.of(TO_MANAGER, TO_DIRECTOR));
        escalations.remember(List.of(TO_MANAGER));

        assertThat(escalations.recall(List.of(new ComplaintLevel("c-1", 1), new ComplaintLevel("c-1", 2),
                new ComplaintLevel("c-1", 3), new ComplaintLevel("c-2", 1))))
                .containsOnlyKeys(new ComplaintLevel("c-1", 1), new ComplaintLevel("c-1", 2))
                .containsEntry(new ComplaintLevel("c-1", 1), TO_MANAGER)
                .containsEntry(new ComplaintLevel("c-1", 2), TO_DIRECTOR);
        assertThat(mongo.getCollection(RememberedEscalationDocument.COLLECTION).countDocuments()).isEqualTo(2);
    }

    @Test
    void anEscalationRememberedBeforeTheHandlerAndTheMissedDeadlineWereKeptIsRecalledWithoutThem() {
        mongo.getCollection(RememberedEscalationDocument.COLLECTION).insertOne(new Document("_id", "c-2:1")
                .append("complaintId", "c-2").append("toLevel", 1).append("reason", "DEADLINE_MISSED")
                .append("previousAssignee", "e-delivery-lead"));

        assertThat(escalations.recall(List.of(new ComplaintLevel("c-2", 1)))).containsExactly(entry(
                new ComplaintLevel("c-2", 1), new RememberedEscalation("c-2", 1, EscalationReason.DEADLINE_MISSED,
                        "e-delivery-lead", null, null, null, null)));
    }
}
