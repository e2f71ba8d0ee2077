package com.complaintbook.archfixture.sliced.submission.adapters.in.kafka;

import com.complaintbook.archfixture.sliced.submission.application.SubmitComplaint;
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
