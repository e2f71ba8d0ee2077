package com.complaintbook.reporting.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.RejectionReason;
import com.complaintbook.contracts.SuggestionOutcome;

import java.time.Instant;

/**
 * One complaint as staff and managers see it. Every field comes from the complaint's events, so
 * replaying the stream rebuilds the same view.
 *
 * <p>The answer fields ({@code answer} or {@code rejectionReason} and {@code rejectionComment}, with
 * {@code outcome}, {@code answeredBy}, {@code answeredAt}, {@code finalAnswer} and
 * {@code appealDeadline}) describe the latest answer or rejection. They stay when the complaint
 * climbs, so the next level sees what the customer was not satisfied with, and are replaced by the
 * next answer or rejection.
 *
 * @param complaintId       the complaint: the internal key, used in URLs and on the wire
 * @param reference         the short number people quote for it, e.g. {@code KB-26-004213}, or
 *                          {@code null} for a complaint submitted before references existed
 * @param kind              complaint or suggestion
 * @param channel           terminal or website
 * @param storeId           the store it is about
 * @param category          what it is about
 * @param storeName         the store's display name in ru / uk / en when it was submitted, or
 *                          {@code null} for a complaint submitted before events carried names
 * @param categoryName      the category's display name when it was submitted, or {@code null} as
 *                          for storeName
 * @param status            where it stands
 * @param level             how far up the org chart it has climbed
 * @param assignee          who must answer it now (once answered or closed: who held it last), or
 *                          {@code null} while nobody is responsible
 * @param deadline          when that assignee's review period ends, or {@code null}
 * @param submittedAt       when intake accepted it
 * @param lastChangedAt     when its latest event happened
 * @param lastSequence      the sequence of its latest event applied here
 * @param answer            the latest answer, or {@code null}
 * @param outcome           for an answered suggestion, what became of it, or {@code null}
 * @param rejectionReason   why it was last rejected, or {@code null}
 * @param rejectionComment  the words given with that rejection, or {@code null}
 * @param answeredBy        employee id of who gave the latest answer or rejection, or {@code null}
 * @param answeredAt        when they gave it, or {@code null}
 * @param finalAnswer       whether that answer or rejection came from the top of the chain and
 *                          cannot be appealed; {@code null} before the first one
 * @param appealDeadline    until when the customer may say it did not satisfy them, or {@code null}
 *                          (no answer yet, or a final one)
 * @param escalationReason  why it last climbed a level, or {@code null}
 * @param escalationComment the customer's words when it last climbed because they were not
 *                          satisfied, or {@code null}
 * @param escalationCount   how many times it has climbed a level
 * @param closureReason     why its life ended, or {@code null} while it is open
 * @param closedAt          when it closed, or {@code null} while it is open
 * @param escalatedFrom     who it last climbed away from (whose deadline passed, or whose answer the
 *                          customer did not accept), or {@code null} (never climbed, or an
 *                          escalation recorded before events named them)
 * @param missedDeadline    when it last climbed because a deadline passed: that deadline; otherwise
 *                          {@code null}
 * @param warningCount      how many times an assignee was warned that their deadline was near
 * @param warnedLevel       the level of the latest warning, or {@code null} if none was given; the
 *                          current assignee was warned when it equals {@code level}
 * @param warnedAt          when the latest warning was given, or {@code null}
 * @param overdueAtTop      whether the top of the chain missed its deadline and has not answered yet:
 *                          the complaint cannot climb further and waits, overdue
 * @param deadlineMissedAtTopAt when the top of the chain missed its deadline, or {@code null}; kept
 *                          after the answer, as the record of that breach
 */
public record ComplaintView(
        String complaintId,
        String reference,
        ComplaintKind kind,
        Channel channel,
        String storeId,
        String category,
        LocalizedText storeName,
        LocalizedText categoryName,
        ComplaintStatus status,
        int level,
        Assignee assignee,
        Instant deadline,
        Instant submittedAt,
        Instant lastChangedAt,
        long lastSequence,
        String answer,
        SuggestionOutcome outcome,
        RejectionReason rejectionReason,
        String rejectionComment,
        String answeredBy,
        Instant answeredAt,
        Boolean finalAnswer,
        Instant appealDeadline,
        EscalationReason escalationReason,
        String escalationComment,
        int escalationCount,
        ClosureReason closureReason,
        Instant closedAt,
        Assignee escalatedFrom,
        Instant missedDeadline,
        int warningCount,
        Integer warnedLevel,
        Instant warnedAt,
        boolean overdueAtTop,
        Instant deadlineMissedAtTopAt) {

    /** How people read the store's name in {@code language}: its display name, or its id when it has none. */
    public String storeShownIn(Language language) {
        return shown(storeName, storeId, language);
    }

    /** How people read the category's name in {@code language}: as {@link #storeShownIn}. */
    public String categoryShownIn(Language language) {
        return shown(categoryName, category, language);
    }

    private static String shown(LocalizedText name, String id, Language language) {
        String text = name == null ? null : name.in(language);
        return text == null || text.isBlank() ? id : text;
    }
}
