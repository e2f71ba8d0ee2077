package com.complaintbook.localsystem;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A non-unique index of the in-memory backend, answering equality: each key value (normalized as the
 * unique indexes normalize it, one per element of an indexed array) leads to the positions of the
 * documents holding it. Upstream keeps no secondary index at all, so a count of a group member's open
 * complaints scanned every complaint.
 *
 * <p>A position is found again through the document's {@code _id}, not through its key values: the
 * collection asks an index for the position of every document it removes or updates, and a document
 * whose indexed array is empty has no key value to look it up by.
 */
final class SecondaryIndex extends Index<Integer> {

    private static final String ID_FIELD = "_id";
    private static final String IN = "$in";

    private final Map<Object, Integer> positionsById = new HashMap<>();
    private final Map<KeyValue, Set<Integer>> positionsByKeyValue = new HashMap<>();

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    public synchronized Integer getPosition(Document document) {
        return positionsById.get(document.get(ID_FIELD));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Integer> collection) {
        if (isIndexed(document)) {
            getKeyValues(document);
        }
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        if (!isIndexed(document)) {
            return;
        }
        Set<KeyValue> keyValues = getKeyValues(document);
        positionsById.put(document.get(ID_FIELD), position);
        for (KeyValue keyValue : keyValues) {
            positionsByKeyValue.computeIfAbsent(keyValue, any -> new HashSet<>()).add(position);
        }
    }

    @Override
    public synchronized Integer remove(Document document) {
        Integer position = positionsById.remove(document.get(ID_FIELD));
        if (position == null) {
            return null;
        }
        for (KeyValue keyValue : getKeyValues(document)) {
            Set<Integer> positions = positionsByKeyValue.get(keyValue);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    positionsByKeyValue.remove(keyValue);
                }
            }
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
        checkAdd(newDocument, collection);
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
                                           MongoCollection<Integer> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument) || isIndexed(oldDocument) != isIndexed(newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    /**
     * True when the query names exactly this index's fields, each equal to a scalar or {@code $in} a list
     * of scalars: then the documents matching it are among the ones the index holds for those values.
     */
    @Override
    public boolean canHandle(Document query) {
        if (!query.keySet().equals(keySet())) {
            return false;
        }
        return query.values().stream().allMatch(condition -> valuesOf(condition) != null);
    }

    /** The positions, in the collection's own order, of the documents holding a combination of the queried values. */
    @Override
    public synchronized Iterable<Integer> getPositions(Document query) {
        List<List<Object>> combinations = List.of(List.of());
        for (String key : keys()) {
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> combination : combinations) {
                for (Object value : valuesOf(query.get(key))) {
                    List<Object> extended = new ArrayList<>(combination);
                    extended.add(value);
                    longer.add(extended);
                }
            }
            combinations = longer;
        }
        Set<Integer> positions = new TreeSet<>();
        for (List<Object> combination : combinations) {
            positions.addAll(positionsByKeyValue.getOrDefault(new KeyValue(combination).normalized(), Set.of()));
        }
        return positions;
    }

    @Override
    public synchronized long getCount() {
        return positionsById.size();
    }

    @Override
    public synchronized long getDataSize() {
        return positionsByKeyValue.values().stream().mapToLong(Set::size).sum();
    }

    @Override
    public synchronized void drop() {
        positionsById.clear();
        positionsByKeyValue.clear();
    }

    private boolean isIndexed(Document document) {
        return !isSparse() || keys().stream()
                .anyMatch(key -> !(Utils.getSubdocumentValueCollectionAware(document, key) instanceof Missing));
    }

    /**
     * The values a condition asks the field to equal, or null when equality on them is not the whole
     * condition: null and missing fields, documents, arrays, regular expressions and other operators.
     */
    private static Collection<?> valuesOf(Object condition) {
        if (condition instanceof Document document) {
            if (document.size() == 1 && document.get(IN) instanceof Collection<?> values
                    && values.stream().allMatch(SecondaryIndex::isScalar)) {
                return values;
            }
            return null;
        }
        return isScalar(condition) ? List.of(condition) : null;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof ObjectId || value instanceof Instant
                || value instanceof UUID;
    }
}
