package com.complaintbook.localsystem.benchmark;

import com.complaintbook.contracts.Topics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTopicsTest {

    @Test
    void theBenchmarksTopicNamesAreTheContractsOnes() {
        assertThat(KafkaTopics.COMPLAINT_EVENTS).isEqualTo(Topics.COMPLAINT_EVENTS);
        assertThat(KafkaTopics.COMPLAINT_COMMANDS).isEqualTo(Topics.COMPLAINT_COMMANDS);
    }
}
