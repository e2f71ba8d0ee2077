/**
 * Who may call intake: terminals and the website by API key, staff by JWT, customers by a signed
 * link. Refusals are problem details: 401 without an identity, 403 without the right.
 */
package com.complaintbook.intake.web.adapters.in.web.security;
