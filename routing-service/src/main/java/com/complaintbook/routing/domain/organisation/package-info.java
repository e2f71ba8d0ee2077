/**
 * The organisation as an administrator writes it and routing stores it: people, positions and who
 * reports to whom, the store network, groups, categories, responsibility rules, review periods and
 * business calendars. One {@link Organisation} is one version of all of it, effective from a moment
 * on.
 *
 * <p>These records carry the document as written (ids refer to each other; an absent rule field is a
 * wildcard) and check nothing beyond their own shape: whether a version hangs together (one top, no
 * cycles, every reference resolving) is decided as a whole by the validation in the enclosing domain
 * package, which names every problem at once.
 */
package com.complaintbook.routing.domain.organisation;
