package com.complaintbook.archfixture.layered.domain;

import com.complaintbook.contracts.Channel;

public record Complaint(String id, Channel channel) {
}
