package com.complaintbook.notification.adapters.out.mongo;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.kit.test.InMemoryMongo;
import com.complaintbook.notification.domain.RememberedComplaint;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remembered submissions, a batch at a time, reference and names included, against a real MongoDB
 * wire-protocol server.
 */
class MongoRememberedComplaintsIT {

    private static final RememberedComplaint OLENAS = new RememberedComplaint("c-1", ComplaintKind.COMPLAINT,
            "kyiv-001", "delivery", "The sofa came late.", "Olena", "olena@example.com", null, Language.UK,
            "KB-26-004213", new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk"),
            new LocalizedText("ул. Крещатик, 22, Киев", "вул. Хрещатик, 22, Київ", "22 Khreshchatyk St, Kyiv"),
            new LocalizedText("Доставка и сборка", "Доставка та збирання", "Delivery and assembly"));
    private static final RememberedComplaint PETROS = new RememberedComplaint("c-2", ComplaintKind.SUGGESTION,
            "lviv-002", "service", "Open earlier on Sundays.", "Petro", "petro@example.com", null, Language.EN,
            "KB-26-004214", null, null, null);

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private MongoTemplate mongo;
    private MongoRememberedComplaints complaints;

    @BeforeEach
    void freshDatabase() {
        mongo = MONGO.freshDatabase("notification");
        complaints = new MongoRememberedComplaints(mongo);
    }

    @Test
    void rememberedComplaintsComeBackWithTheirReferencesAndNames() {
        complaints.remember(List.of(OLENAS, PETROS));
        complaints.remember(List.of(OLENAS));

        assertThat(complaints.recall(List.of("c-1", "c-2", "c-never-seen")))
                .containsOnlyKeys("c-1", "c-2")
                .containsEntry("c-1", OLENAS)
                .containsEntry("c-2", PETROS);
        assertThat(mongo.getCollection(RememberedComplaintDocument.COLLECTION).countDocuments()).isEqualTo(2);
    }

    @Test
    void aComplaintNamedTwiceInOneBatchIsKeptAsItsLastVersion() {
        RememberedComplaint corrected = new RememberedComplaint("c-1", ComplaintKind.COMPLAINT, "kyiv-001", "delivery",
                "The sofa came late and scratched.", "Olena", "olena@example.com", null, Language.UK, "KB-26-004213",
                OLENAS.storeName(), OLENAS.storeAddress(), OLENAS.categoryName());

        complaints.remember(List.of(OLENAS, corrected));

        assertThat(complaints.recall(List.of("c-1"))).containsEntry("c-1", corrected);
    }

    // Documents written before references and names existed lack those fields; their letters must still go out.
    @Test
    void aComplaintRememberedBeforeReferencesAndNamesExistedIsNamedByItsIds() {
        mongo.getCollection(RememberedComplaintDocument.COLLECTION).insertOne(new Document("_id", "c-old")
                .append("kind", "COMPLAINT").append("storeId", "kyiv-001").append("category", "delivery")
                .append("text", "The sofa came late.").append("customerEmail", "olena@example.com")
                .append("language", "UK"));

        assertThat(complaints.recall(List.of("c-old")).get("c-old")).satisfies(complaint -> {
            assertThat(complaint.reference()).isNull();
            assertThat(complaint.quotedAs()).isEqualTo("c-old");
            assertThat(complaint.customerEmail()).isEqualTo("olena@example.com");
            assertThat(complaint.storeName()).isNull();
            assertThat(complaint.storeAddress()).isNull();
            assertThat(complaint.storeShownAs().in(Language.UK)).isEqualTo("kyiv-001");
            assertThat(complaint.categoryShownAs().in(Language.UK)).isEqualTo("delivery");
        });
    }
}
