package com.complaintbook.notification.adapters.out.mongo;

/** Where a delivery record stands. */
enum DeliveryStatus {
    /** Claimed: a send is under way, or the process died during one. */
    SENDING,
    /** The message left; nothing is sent again for this delivery. */
    SENT,
    /** The latest attempt failed; a redelivery of the event tries again. */
    FAILED
}
