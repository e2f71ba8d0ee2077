package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.routing.application.AssignmentsNotPublishedException;
import com.complaintbook.routing.application.Publication;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.complaintbook.routing.adapters.out.kafka.SentCommandsTest.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignComplaintPublisherTest {

    private final List<String> sentFor = new ArrayList<>();

    @Test
    void givenDecisions_whenPublished_thenEachIsSentKeyedByItsComplaintInOrderBeforeAnyIsAwaited() {
        AssignComplaintPublisher publisher = publisher(key -> new CompletableFuture<>());

        publisher.publish(List.of(decision("complaint-a"), decision("complaint-b"), decision("complaint-c")));

        assertThat(sentFor).containsExactly("complaint-a", "complaint-b", "complaint-c");
    }

    @Test
    void givenACommandTheProducerRefusesOutright_whenPublished_thenNothingAfterItIsSentAndItIsTheFirstNotPublished() {
        KafkaException noMetadata = new KafkaException("no metadata within max.block.ms");
        AssignComplaintPublisher publisher = publisher(key -> {
            if (key.equals("complaint-b")) {
                throw noMetadata;
            }
            return CompletableFuture.completedFuture(null);
        });

        Publication publication =
                publisher.publish(List.of(decision("complaint-a"), decision("complaint-b"), decision("complaint-c")));

        assertThat(sentFor).containsExactly("complaint-a", "complaint-b");
        assertThatThrownBy(publication::await).isInstanceOfSatisfying(AssignmentsNotPublishedException.class,
                notPublished -> {
                    assertThat(notPublished.published()).isEqualTo(1);
                    assertThat(notPublished).hasCause(noMetadata);
                });
    }

    private AssignComplaintPublisher publisher(Producer producer) {
        KafkaTemplate<String, String> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of())) {
            @Override
            public CompletableFuture<SendResult<String, String>> send(String topic, String key, String data) {
                sentFor.add(key);
                return producer.send(key);
            }
        };
        return new AssignComplaintPublisher(template, JsonMapper.builder().build(), Duration.ofSeconds(1));
    }

    /** What the producer does with the command for a complaint. */
    private interface Producer {
        CompletableFuture<SendResult<String, String>> send(String complaintId);
    }
}
