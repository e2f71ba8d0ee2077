package com.complaintbook.archfixture.broken.domain;

import org.springframework.stereotype.Component;

@Component
public class FrameworkInTheDomain {
}
