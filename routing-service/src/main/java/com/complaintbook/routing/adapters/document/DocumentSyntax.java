package com.complaintbook.routing.adapters.document;

/** How an organisation document is written down. Both carry the same shape. */
public enum DocumentSyntax {
    YAML,
    JSON
}
