package com.complaintbook.kit.kafka.redrive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadLetterSelectionTest {

    @Test
    void givenNothingOrBlanks_thenEveryParkedRecordIsSelected() {
        DeadLetterSelection selection = DeadLetterSelection.of(" ", null);

        assertThat(selection).isEqualTo(DeadLetterSelection.all());
        assertThat(selection.matches("c-1", "ReferenceTakenException")).isTrue();
        assertThat(selection.matches(null, DeadLetterRedrive.UNKNOWN_REASON)).isTrue();
    }

    @Test
    void givenAComplaintAndAReason_thenOnlyRecordsOfBothAreSelected() {
        DeadLetterSelection selection = DeadLetterSelection.of(" c-1 ", "ReferenceTakenException");

        assertThat(selection.matches("c-1", "ReferenceTakenException")).isTrue();
        assertThat(selection.matches("c-2", "ReferenceTakenException")).isFalse();
        assertThat(selection.matches("c-1", "UnreadableEventException")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReferenceTakenException: Reference KB-1", "Reference Taken", "1stReason", "a.b.C"})
    void givenAReasonThatIsNotATypeName_thenItIsRefusedNamingTheField(String reason) {
        assertThatThrownBy(() -> DeadLetterSelection.of(null, reason))
                .isInstanceOfSatisfying(InvalidSelectionException.class, invalid -> assertThat(invalid.field()).isEqualTo("reason"));
    }

    @Test
    void givenAComplaintIdWithSpacesOrControlCharacters_thenItIsRefusedNamingTheField() {
        assertThatThrownBy(() -> DeadLetterSelection.of("c 1", null))
                .isInstanceOfSatisfying(InvalidSelectionException.class, invalid -> assertThat(invalid.field()).isEqualTo("complaintId"));
        assertThatThrownBy(() -> DeadLetterSelection.of("c-1\u0000", null))
                .isInstanceOf(InvalidSelectionException.class);
    }
}
