package com.complaintbook.intake.customer.adapters.in.web;

import com.complaintbook.contracts.Language;
import com.complaintbook.intake.customer.application.CustomerStatus;
import com.complaintbook.intake.customer.application.CustomerStatusQuery;
import com.complaintbook.intake.domain.AcceptAnswer;
import com.complaintbook.intake.domain.ComplaintStepRefused;
import com.complaintbook.intake.domain.DeclareNotSatisfied;
import com.complaintbook.intake.web.adapters.in.web.DefaultLanguage;
import com.complaintbook.intake.web.application.Blocking;
import io.swagger.v3.oas.annotations.Hidden;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page a customer's link opens: where the complaint stands, the answer, and the two buttons.
 * Form posts redirect back to the page (post/redirect/get), so reloading never sends twice.
 */
@Hidden
@RestController
@RequestMapping(CustomerPageController.PAGES + "{token}")
class CustomerPageController {

    static final String PAGES = "/customer/";
    private static final int MAX_COMMENT = 2000;

    private final CustomerLinks links;
    private final CustomerStatusQuery statuses;
    private final CommandGateway commands;
    private final CustomerPageProperties page;
    private final Language fallbackLanguage;
    private final Clock clock;

    CustomerPageController(CustomerLinks links, CustomerStatusQuery statuses, CommandGateway commands,
                           CustomerPageProperties page, DefaultLanguage defaultLanguage, Clock clock) {
        this.links = links;
        this.statuses = statuses;
        this.commands = commands;
        this.page = page;
        this.fallbackLanguage = defaultLanguage.language();
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<String>> show(@PathVariable String token) {
        return withComplaint(token, complaintId -> Blocking.call(() -> render(token, complaintId, HttpStatus.OK, null)));
    }

    @PostMapping(path = "/acceptance", produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<String>> accept(@PathVariable String token) {
        return withComplaint(token, complaintId -> act(token, complaintId, new AcceptAnswer(complaintId, clock.instant())));
    }

    @PostMapping(path = "/not-satisfied", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<String>> notSatisfied(@PathVariable String token, ServerWebExchange exchange) {
        return withComplaint(token, complaintId -> exchange.getFormData().flatMap(form -> {
            String comment = Optional.ofNullable(form.getFirst("comment")).map(String::strip)
                    .filter(text -> !text.isEmpty()).orElse(null);
            if (comment != null && comment.length() > MAX_COMMENT) {
                return Blocking.call(() -> render(token, complaintId, HttpStatus.BAD_REQUEST,
                        "the comment is longer than " + MAX_COMMENT + " characters"));
            }
            return act(token, complaintId, new DeclareNotSatisfied(complaintId, comment, clock.instant()));
        }));
    }

    private Mono<ResponseEntity<String>> act(String token, String complaintId, Object command) {
        return Blocking.call(() -> {
            try {
                commands.sendAndWait(command);
                return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(PAGES + token)).<String>build();
            } catch (ComplaintStepRefused refused) {
                return render(token, complaintId, HttpStatus.CONFLICT, refused.getMessage());
            }
        });
    }

    private ResponseEntity<String> render(String token, String complaintId, HttpStatus status, String problem) {
        Optional<CustomerStatus> found = statuses.find(complaintId);
        if (found.isEmpty()) {
            return notice(HttpStatus.NOT_FOUND, "not-found");
        }
        CustomerPage view = new CustomerPage(found.get().language(), page.zone());
        return html(status, view.status(found.get(), PAGES + token, problem));
    }

    private Mono<ResponseEntity<String>> withComplaint(String token,
                                                       Function<String, Mono<ResponseEntity<String>>> action) {
        CustomerLinks.LinkCheck check = links.check(token);
        if (check.expired()) {
            return Mono.just(notice(HttpStatus.UNAUTHORIZED, "expired"));
        }
        return check.complaintId().map(action).orElseGet(() -> Mono.just(notice(HttpStatus.NOT_FOUND, "not-found")));
    }

    private ResponseEntity<String> notice(HttpStatus status, String key) {
        return html(status, new CustomerPage(fallbackLanguage, page.zone()).notice(key));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(body);
    }
}
