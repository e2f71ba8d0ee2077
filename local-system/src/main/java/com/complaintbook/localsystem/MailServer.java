package com.complaintbook.localsystem;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server that accepts every message for every address, and an HTTP inbox over what it
 * received: {@code GET /api/messages} as JSON (optionally {@code ?to=address}), {@code DELETE
 * /api/messages} to empty it, and {@code GET /} as a page to read in a browser.
 */
final class MailServer implements AutoCloseable {

    private final LocalSystemSettings settings;
    private final JsonMapper json = JsonMapper.builder().build();
    private GreenMail smtp;
    private HttpServer inbox;

    MailServer(LocalSystemSettings settings) {
        this.settings = settings;
    }

    void start() throws IOException {
        smtp = new LocalGreenMail(new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        inbox = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.inboxPort()), 0);
        inbox.createContext("/api/messages", this::messages);
        inbox.createContext("/", this::page);
        inbox.start();
    }

    /**
     * Empties every mailbox while the server keeps running: unlike a reset, senders connected at
     * the time are not cut off.
     */
    void forgetReceived() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not empty the mailboxes", e);
        }
    }

    private void messages(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> respond(exchange, 200, "application/json",
                        json.writeValueAsString(received(recipientFilter(exchange))));
                case "DELETE" -> {
                    smtp.reset();
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>Complaint Book inbox</title>"
                    + "<h1>Complaint Book inbox</h1><p><a href=/api/messages>as JSON</a></p>");
            List<ReceivedMail> mails = received(null);
            if (mails.isEmpty()) {
                html.append("<p>No mail yet.</p>");
            }
            for (int i = mails.size() - 1; i >= 0; i--) {
                ReceivedMail mail = mails.get(i);
                html.append("<article><h2>").append(escape(mail.subject())).append("</h2><p>From ")
                        .append(escape(mail.from())).append(" to ").append(escape(String.join(", ", mail.to())))
                        .append("</p><pre>").append(escape(mail.body())).append("</pre></article><hr>");
            }
            respond(exchange, 200, "text/html; charset=utf-8", html.toString());
        }
    }

    private List<ReceivedMail> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(MailServer::read)
                .filter(mail -> recipient == null || mail.to().contains(recipient))
                .toList();
    }

    private static String recipientFilter(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null || !query.startsWith("to=")) {
            return null;
        }
        return URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8);
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            return new ReceivedMail(message.getMessageID(),
                    addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getAllRecipients()),
                    message.getSubject(),
                    text(message.getContent()),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant().toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message in the inbox", e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet
                        ? internet.getAddress() : address.toString())
                .toList();
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
            }
            return multipart.getCount() == 0 ? "" : text(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        if (inbox != null) {
            inbox.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** One received message as the inbox shows it. */
    record ReceivedMail(String messageId, String from, List<String> to, String subject, String body,
                        String sentAt) {
    }
}
