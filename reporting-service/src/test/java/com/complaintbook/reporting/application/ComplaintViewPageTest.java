package com.complaintbook.reporting.application;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ComplaintViewPageTest {

    @Test
    void thePagesAreAsManyAsItTakesToHoldEveryItem() {
        assertThat(new ComplaintViewPage(List.of(), new Paging(0, 20), 0).totalPages()).isZero();
        assertThat(new ComplaintViewPage(List.of(), new Paging(0, 20), 20).totalPages()).isEqualTo(1);
        assertThat(new ComplaintViewPage(List.of(), new Paging(0, 20), 21).totalPages()).isEqualTo(2);
    }

    @Test
    void aPageStartsAfterThePagesBeforeIt() {
        assertThat(new Paging(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void aPageMustBeOneAListCanReach() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Paging(-1, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new Paging(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Paging(Integer.MAX_VALUE / 10, 20));
    }
}
