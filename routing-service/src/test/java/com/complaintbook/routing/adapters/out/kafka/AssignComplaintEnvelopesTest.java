package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.Language;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.domain.Assignment;
import com.complaintbook.routing.domain.Employee;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssignComplaintEnvelopesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void givenTheDecisionTheGoldenSampleDescribes_whenWritten_thenTheJsonIsTheGoldenSample() throws IOException {
        // The sample describes the default org chart's delivery lead, submitted 2026-11-20, three days to answer.
        AssignmentDecision decision = new AssignmentDecision("5ac28fa7-c162-4d3f-8bc7-628badcf4056",
                "3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41",
                new Assignment(0,
                        new Employee("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example", Language.UK),
                        "delivery-lead",
                        List.of(new Employee("m-logistics", "Oksana Tkachenko", "oksana.tkachenko@retail.example", Language.UK),
                                new Employee("d-operations", "Maria Kovalenko", "maria.kovalenko@retail.example", Language.UK),
                                new Employee("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example", Language.UK)),
                        List.of("logistics-head", "operations-director", "ceo"),
                        Instant.parse("2026-11-23T09:15:30Z"), "rule:delivery"),
                Instant.parse("2026-11-20T09:15:30Z"));

        JsonNode written = JSON.readTree(JSON.writeValueAsString(AssignComplaintEnvelopes.of(decision)));

        try (InputStream sample = getClass().getResourceAsStream("/contracts/samples/commands/AssignComplaint.v1.json")) {
            assertThat(written).isEqualTo(JSON.readTree(sample));
        }
    }
}
