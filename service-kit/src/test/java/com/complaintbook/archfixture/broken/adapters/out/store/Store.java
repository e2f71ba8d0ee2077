package com.complaintbook.archfixture.broken.adapters.out.store;

import com.complaintbook.archfixture.broken.config.BrokenProperties;

public class Store {
    public int pageSize(BrokenProperties properties) {
        return properties.pageSize();
    }
}
