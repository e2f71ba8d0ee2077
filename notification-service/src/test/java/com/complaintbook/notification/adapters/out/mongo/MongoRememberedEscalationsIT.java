package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.kit.test.InMemoryMongo;
import com.complaintbook.notification.domain.ComplaintLevel;
import com.complaintbook.notification.domain.RememberedEscalation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Remembered escalations, a batch at a time, against a real MongoDB wire-protocol server. */
class MongoRememberedEscalationsIT {

    private static final RememberedEscalation TO_MANAGER = new RememberedEscalation("c-1", 1,
            EscalationReason.DEADLINE_MISSED, "e-delivery-lead", null);
    private static final RememberedEscalation TO_DIRECTOR = new RememberedEscalation("c-1", 2,
            EscalationReason.CUSTOMER_NOT_SATISFIED, "m-logistics", "Nobody called me back.");

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
}
