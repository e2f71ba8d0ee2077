/**
 * Applying each stream's records in sequence when they arrive out of it: a record whose predecessor
 * is missing is held in the service's MongoDB and alarmed on, never dropped, and applied in its turn
 * once the predecessor arrives (see {@link com.complaintbook.kit.sequence.SequenceGate}).
 */
package com.complaintbook.kit.sequence;
