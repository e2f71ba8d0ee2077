/**
 * What a customer reaches from the signed link in their messages: the complaint's status, and the
 * buttons to accept the answer or say it did not satisfy them. No account; the link is the key.
 */
package com.complaintbook.intake.customer.adapters.in.web;
