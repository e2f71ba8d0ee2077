package com.complaintbook.localsystem.benchmark;

import java.net.URI;

/**
 * An endpoint that takes submissions.
 *
 * @param name    how the report calls it
 * @param baseUri scheme, host and port
 * @param path    where submissions are posted
 */
record LoadTarget(String name, URI baseUri, String path) {
}
