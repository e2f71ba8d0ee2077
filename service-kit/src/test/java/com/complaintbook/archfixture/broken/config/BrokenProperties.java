package com.complaintbook.archfixture.broken.config;

public record BrokenProperties(int pageSize) {
}
