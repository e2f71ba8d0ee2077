package com.complaintbook.intake.catalogue.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * The digest a version marker carries, computed over the entries read: SHA-256, lower-case hex, over
 * each entry's key, a line feed, the compact JSON of its {@code entry} and a line feed, in key order
 * (contracts/README.md "The marker's digest").
 */
public final class CatalogueDigest {

    private CatalogueDigest() {
    }

    /** @param jsonByKey every entry's compact JSON under its {@code <type>/<id>} key */
    public static String of(SortedMap<String, String> jsonByKey) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
        for (Map.Entry<String, String> entry : jsonByKey.entrySet()) {
            sha256.update((entry.getKey() + "\n" + entry.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
