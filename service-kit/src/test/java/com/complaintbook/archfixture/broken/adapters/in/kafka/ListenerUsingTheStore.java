package com.complaintbook.archfixture.broken.adapters.in.kafka;

import com.complaintbook.archfixture.broken.adapters.out.store.Store;

public class ListenerUsingTheStore {
    private final Store store = new Store();

    public Store store() {
        return store;
    }
}
