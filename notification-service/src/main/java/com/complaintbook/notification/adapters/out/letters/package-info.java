/**
 * Letters written from classpath templates: {@code letters/<purpose>/<language>.txt} (a
 * {@code Subject:} line, a blank line, the body, with {@code {placeholder}}s naming
 * {@link com.complaintbook.notification.domain.Fact}s and {@code {#fact}...{/fact}} /
 * {@code {^fact}...{/fact}} passages shown only when a fact is known or not) and per-language wording
 * in {@code letters/words/<language>.properties}. Every template is read and checked at start-up.
 */
package com.complaintbook.notification.adapters.out.letters;
