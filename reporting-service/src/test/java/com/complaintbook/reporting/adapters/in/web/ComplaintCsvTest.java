package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.reporting.domain.Assignee;
import com.complaintbook.reporting.domain.ComplaintStatus;
import com.complaintbook.reporting.domain.ComplaintView;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintCsvTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:15:30Z");
    private static final LocalizedText STORE = new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk");
    private static final LocalizedText CATEGORY = new LocalizedText("Доставка", "Доставка", "Delivery \"express\"");

    @Test
    void aLineShowsTheNamesInItsLanguageQuotedWhereTheyHoldACommaOrAQuote() {
        ComplaintView view = view(STORE, CATEGORY, new Assignee("e-1", "Ivan Petrenko"));

        assertThat(new ComplaintCsv(Language.EN).line(view)).isEqualTo("KB-26-004213,c-1,complaint,terminal,kyiv-001,"
                + "\"Kyiv, Khreshchatyk\",delivery,\"Delivery \"\"express\"\"\",CLOSED,1,e-1,Ivan Petrenko,,2026-11-20T09:15:30Z,,1,"
                + "false,appeal-window-passed,2026-11-20T09:15:30Z\r\n");
        assertThat(new ComplaintCsv(Language.UK).line(view)).contains(",kyiv-001,\"Київ, Хрещатик\",delivery,Доставка,");
    }

    @Test
    void aComplaintFromBeforeNamesShowsItsIdsWhereTheNamesGo() {
        assertThat(new ComplaintCsv(Language.RU).line(view(null, null, null))).contains(",kyiv-001,kyiv-001,delivery,delivery,");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        ComplaintView view = view(new LocalizedText(null, null, "=HYPERLINK(\"http://x\")"), null,
                new Assignee("e-1", "@evil"));

        assertThat(new ComplaintCsv(Language.EN).line(view))
                .contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", ",'@evil,");
    }

    @Test
    void aCellStartingWithATabOrCarriageReturnIsWrittenAsTextToo() {
        ComplaintView view = view(new LocalizedText(null, null, "\t=1+1"), null, new Assignee("e-1", "\r=1+1"));

        assertThat(new ComplaintCsv(Language.EN).line(view)).contains(",'\t=1+1,", ",\"'\r=1+1\",");
    }

    @Test
    void theHeaderNamesEveryColumnOnce() {
        assertThat(new ComplaintCsv(Language.EN).header()).isEqualTo("reference,complaintId,kind,channel,storeId,store,"
                + "categoryId,category,status,level,assigneeId,assignee,deadline,submittedAt,answeredAt,escalationCount,"
                + "overdueAtTop,closureReason,closedAt\r\n");
    }

    private static ComplaintView view(LocalizedText storeName, LocalizedText categoryName, Assignee assignee) {
        return new ComplaintView("c-1", "KB-26-004213", ComplaintKind.COMPLAINT, Channel.TERMINAL, "kyiv-001", "delivery",
                storeName, categoryName, ComplaintStatus.CLOSED, 1, assignee, null, T0, T0, 5, null, null, null, null,
                null, null, null, null, null, null, 1, ClosureReason.APPEAL_WINDOW_PASSED, T0, null, null, 0, null, null,
                false, null);
    }
}
