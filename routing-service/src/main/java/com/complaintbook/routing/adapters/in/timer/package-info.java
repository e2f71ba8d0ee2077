/**
 * What routing does on its own clock: reading the organisation's versions again (so another
 * replica's imports arrive), opening the event listener once there is an organisation, and
 * publishing the catalogue; and the readiness checks that report on them.
 */
package com.complaintbook.routing.adapters.in.timer;
