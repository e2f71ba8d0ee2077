/**
 * HTTP plumbing every slice's endpoints share: refusals as problem details, request budgets per API
 * client, end user and customer link, and the language a request falls back to.
 */
package com.complaintbook.intake.web.adapters.in.web;
