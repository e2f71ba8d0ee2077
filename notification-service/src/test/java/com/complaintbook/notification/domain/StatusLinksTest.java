package com.complaintbook.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatusLinksTest {

    @Test
    void theComplaintIdGoesWhereTheTemplateSays() {
        assertThat(new StatusLinks("http://localhost:8085/api/v1/complaints/{complaintId}").linkFor("3f6c2a1e"))
                .isEqualTo("http://localhost:8085/api/v1/complaints/3f6c2a1e");
    }

    @Test
    void aTemplateWithoutThePlaceholderIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StatusLinks("http://localhost:8085/status"));
    }
}
