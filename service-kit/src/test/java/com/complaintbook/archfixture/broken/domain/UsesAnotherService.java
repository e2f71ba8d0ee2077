package com.complaintbook.archfixture.broken.domain;

import com.complaintbook.archfixture.elsewhere.AnotherServicesType;

public class UsesAnotherService {
    public AnotherServicesType other() {
        return null;
    }
}
