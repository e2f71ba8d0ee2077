package com.complaintbook.archfixture.layered.adapters.in.kafka;

import com.complaintbook.archfixture.layered.application.SubmitComplaint;
import org.apache.kafka.clients.consumer.ConsumerRecord;

public class SubmissionListener {
    private final SubmitComplaint submit;

    public SubmissionListener(SubmitComplaint submit) {
        this.submit = submit;
    }

    public void on(ConsumerRecord<String, String> record) {
        submit.submit(record.key());
    }
}
