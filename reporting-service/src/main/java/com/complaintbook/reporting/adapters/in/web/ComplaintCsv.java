package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.contracts.Language;
import com.complaintbook.reporting.domain.Assignee;
import com.complaintbook.reporting.domain.ComplaintView;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Complaint views as CSV lines (RFC 4180: comma-separated, a field quoted when it holds a comma, a
 * quote or a line break, CRLF between lines). Stores and categories appear twice, by id for joining
 * and by name, in one language, for reading.
 */
final class ComplaintCsv {

    private record Column(String header, Function<ComplaintView, Object> value) {
    }

    private final List<Column> columns;

    ComplaintCsv(Language language) {
        columns = List.of(
                new Column("reference", ComplaintView::reference),
                new Column("complaintId", ComplaintView::complaintId),
                new Column("kind", view -> wire(view.kind())),
                new Column("channel", view -> wire(view.channel())),
                new Column("storeId", ComplaintView::storeId),
                new Column("store", view -> view.storeShownIn(language)),
                new Column("categoryId", ComplaintView::category),
                new Column("category", view -> view.categoryShownIn(language)),
                new Column("status", ComplaintView::status),
                new Column("level", ComplaintView::level),
                new Column("assigneeId", view -> view.assignee() == null ? null : view.assignee().id()),
                new Column("assignee", view -> view.assignee() == null ? null : nameOf(view.assignee())),
                new Column("deadline", ComplaintView::deadline),
                new Column("submittedAt", ComplaintView::submittedAt),
                new Column("answeredAt", ComplaintView::answeredAt),
                new Column("escalationCount", ComplaintView::escalationCount),
                new Column("overdueAtTop", ComplaintView::overdueAtTop),
                new Column("closureReason", view -> wire(view.closureReason())),
                new Column("closedAt", ComplaintView::closedAt));
    }

    String header() {
        return columns.stream().map(Column::header).collect(Collectors.joining(",", "", "\r\n"));
    }

    String line(ComplaintView view) {
        return columns.stream().map(column -> field(column.value().apply(view))).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String nameOf(Assignee assignee) {
        return assignee.name() == null || assignee.name().isBlank() ? assignee.id() : assignee.name();
    }

    // The contracts' spelling of an enum on the wire (deadline-missed, appeal-window-passed), which
    // is what the JSON API shows too.
    private static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // A spreadsheet runs a cell that starts with = + - or @ as a formula, and some skip a leading tab
    // or carriage return before looking (OWASP CSV injection); free text and names come from people,
    // so such a cell is written as text.
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        boolean quoted = Arrays.stream(new String[] {",", "\"", "\r", "\n"}).anyMatch(text::contains);
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
