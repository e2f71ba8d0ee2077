package com.complaintbook.intake.customer.adapters.in.web;

import com.complaintbook.contracts.Language;
import com.complaintbook.intake.customer.application.CustomerStatus;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The customer's status page as plain HTML, in the customer's language: works in any browser, on
 * any phone, without scripts. The two buttons are forms that post back to the page's own address.
 */
final class CustomerPage {

    private final ResourceBundle words;
    private final Language language;
    private final Locale locale;
    private final ZoneId zone;

    CustomerPage(Language language, ZoneId zone) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language.name().toLowerCase(Locale.ROOT));
        this.words = ResourceBundle.getBundle("customer-page/words", locale, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.zone = zone;
    }

    String status(CustomerStatus status, String selfPath, String problem) {
        StringBuilder body = new StringBuilder();
        if (problem != null) {
            body.append("<p class=problem>").append(escape(say("refused", problem))).append("</p>");
        }
        body.append("<p><strong>").append(escape(say("kind." + status.kind().name().toLowerCase(Locale.ROOT))))
                .append("</strong>: ").append(escape(say("stage." + status.stage()))).append("</p>");
        appendWhatItIsAbout(body, status);
        if (status.level() > 0) {
            body.append("<p>").append(escape(say("level", status.level()))).append("</p>");
        }
        if (status.reviewDeadline() != null) {
            body.append("<p>").append(escape(say("deadline", time(status.reviewDeadline())))).append("</p>");
        }
        if (status.answer() != null) {
            appendAnswer(body, status.answer());
        }
        if (status.finalAnswer()) {
            body.append("<p><strong>").append(escape(say("final"))).append("</strong></p>");
        }
        if (status.closedBecause() != null) {
            body.append("<p>").append(escape(say("closed." + wire(status.closedBecause().name())))).append("</p>");
        }
        if (status.appealUntil() != null) {
            body.append("<p>").append(escape(say("appeal", time(status.appealUntil())))).append("</p>")
                    .append("<form method=post action=\"").append(escape(selfPath)).append("/not-satisfied\">")
                    .append("<label>").append(escape(say("comment")))
                    .append("<br><textarea name=comment maxlength=2000 rows=4 cols=60></textarea></label><br>")
                    .append("<button type=submit>").append(escape(say("not-satisfied"))).append("</button></form>");
        }
        if (status.canAccept()) {
            body.append("<form method=post action=\"").append(escape(selfPath)).append("/acceptance\">")
                    .append("<button type=submit>").append(escape(say("accept"))).append("</button></form>");
        }
        return page(say("title", status.reference()), body.toString());
    }

    String notice(String key) {
        return page(say(key), "");
    }

    /** Names in the customer's language; a complaint submitted before names were carried shows its ids. */
    private void appendWhatItIsAbout(StringBuilder body, CustomerStatus status) {
        String store = status.storeName() == null ? status.storeId() : status.storeName().in(language);
        body.append("<p>").append(escape(status.storeAddress() == null ? say("store", store)
                : say("store.with-address", store, status.storeAddress().in(language)))).append("</p>");
        String category = status.categoryName() == null ? status.category() : status.categoryName().in(language);
        body.append("<p>").append(escape(say("category", category))).append("</p>");
    }

    private void appendAnswer(StringBuilder body, CustomerStatus.Answer answer) {
        body.append("<h2>").append(escape(say("answer"))).append("</h2>");
        if (answer.rejectionReason() != null) {
            body.append("<p>").append(escape(say("reason." + wire(answer.rejectionReason().name())))).append("</p>");
        }
        if (answer.outcome() != null) {
            body.append("<p>").append(escape(say("outcome." + wire(answer.outcome().name())))).append("</p>");
        }
        if (answer.text() != null) {
            body.append("<blockquote>").append(escape(answer.text()).replace("\n", "<br>")).append("</blockquote>");
        }
    }

    private String page(String title, String body) {
        return "<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=utf-8>"
                + "<meta name=viewport content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}"
                + ".problem{color:#a00}blockquote{border-left:3px solid #ccc;margin:1em 0;padding-left:1em}"
                + "button{margin:.5em 0;padding:.5em 1em}</style></head><body><h1>" + escape(title) + "</h1>"
                + body + "</body></html>";
    }

    private String say(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** Enum names as the wire spells them: NOT_OURS is not-ours. */
    private static String wire(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
