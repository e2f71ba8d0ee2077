package com.complaintbook.notification.config;

import com.complaintbook.notification.adapters.out.letters.ResourceLetterTemplates;
import com.complaintbook.notification.adapters.out.mail.EmailChannel;
import com.complaintbook.notification.adapters.out.mail.PreparedEmail;
import com.complaintbook.notification.application.Deliveries;
import com.complaintbook.notification.application.DeliveryLog;
import com.complaintbook.notification.application.LetterTemplates;
import com.complaintbook.notification.application.MessageChannel;
import com.complaintbook.notification.application.NotifyAboutComplaintEvents;
import com.complaintbook.notification.application.RememberedComplaints;
import com.complaintbook.notification.application.RememberedEscalations;
import com.complaintbook.notification.domain.CustomerLinks;
import com.complaintbook.notification.domain.NoticePlanner;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/** The notification use case and what it is built from. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NoticePlanner noticePlanner(NotificationProperties properties, CustomerLinkProperties customerLinks) {
        return new NoticePlanner(new CustomerLinks(customerLinks.secret(), customerLinks.validity(),
                customerLinks.urlTemplate()), properties.staffLanguage());
    }

    @Bean
    LetterTemplates letterTemplates(NotificationProperties properties) {
        return new ResourceLetterTemplates("letters", properties.deadlineZone());
    }

    @Bean
    EmailChannel emailChannel(JavaMailSender mailSender, NotificationProperties properties) {
        return new EmailChannel(mailSender, properties.mailFrom(), properties.messagesPerConnection(),
                properties.smtpConnections());
    }

    @Bean
    Deliveries<?> deliveries(LetterTemplates templates, DeliveryLog log, MessageChannel<?> channel, MeterRegistry meters,
                             Clock clock) {
        return new Deliveries<>(templates, log, channel, meters, clock);
    }

    @Bean
    NotifyAboutComplaintEvents notifyAboutComplaintEvents(RememberedComplaints complaints,
                                                          RememberedEscalations escalations, NoticePlanner planner,
                                                          Deliveries<?> deliveries) {
        return new NotifyAboutComplaintEvents(complaints, escalations, planner, deliveries);
    }
}
