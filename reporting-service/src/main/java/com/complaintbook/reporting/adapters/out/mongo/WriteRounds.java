package com.complaintbook.reporting.adapters.out.mongo;

import com.complaintbook.reporting.domain.ComplaintViewChange;
import com.complaintbook.reporting.domain.ViewField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of changes split into rounds that may each be written as one unordered bulk.
 *
 * <p>An unordered bulk promises nothing about the order of its writes, so two changes that could
 * affect each other never share a round: a change goes into the round after the latest one holding
 * an earlier change of the same view or an earlier claim on the same reference. Round {@code k}
 * then holds the {@code k}-th change of each complaint in the batch (later, if an earlier complaint
 * of the batch claimed its reference first). Written round after round, the changes of one view, and
 * the claims on one reference, land in the batch's order, as they would one at a time; changes of
 * different views and references cannot affect each other, so their order does not matter.
 */
final class WriteRounds {

    private final List<List<Integer>> rounds;
    private final int batchSize;

    private WriteRounds(List<List<Integer>> rounds, int batchSize) {
        this.rounds = rounds;
        this.batchSize = batchSize;
    }

    static WriteRounds of(List<ComplaintViewChange> changes) {
        List<List<Integer>> rounds = new ArrayList<>();
        Map<String, Integer> lastRoundOfView = new HashMap<>();
        Map<Object, Integer> lastRoundOfReference = new HashMap<>();
        for (int position = 0; position < changes.size(); position++) {
            ComplaintViewChange change = changes.get(position);
            Object reference = change.values().get(ViewField.REFERENCE);
            int round = 1 + Math.max(lastRoundOfView.getOrDefault(change.complaintId(), -1),
                    reference == null ? -1 : lastRoundOfReference.getOrDefault(reference, -1));
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(position);
            lastRoundOfView.put(change.complaintId(), round);
            if (reference != null) {
                lastRoundOfReference.put(reference, round);
            }
        }
        return new WriteRounds(rounds, changes.size());
    }

    int count() {
        return rounds.size();
    }

    /** The positions in the batch of the changes of {@code round}, in the batch's order. */
    List<Integer> round(int round) {
        return List.copyOf(rounds.get(round));
    }

    /**
     * The first position in the batch held by {@code round} or a later one, so every change before
     * it is in an earlier round; the batch's size when there is no such round.
     */
    int firstPositionFrom(int round) {
        return rounds.subList(round, rounds.size()).stream()
                .mapToInt(positions -> positions.get(0))
                .min()
                .orElse(batchSize);
    }
}
