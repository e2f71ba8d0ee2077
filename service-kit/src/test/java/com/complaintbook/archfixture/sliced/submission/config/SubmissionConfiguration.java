package com.complaintbook.archfixture.sliced.submission.config;

import com.complaintbook.archfixture.sliced.submission.adapters.in.kafka.SubmissionListener;
import com.complaintbook.archfixture.sliced.submission.adapters.out.store.SubmissionStore;
import com.complaintbook.archfixture.sliced.submission.application.SubmitComplaint;

public class SubmissionConfiguration {
    SubmissionListener listener() {
        return new SubmissionListener(new SubmitComplaint(new SubmissionStore()));
    }
}
