/**
 * The organisation as routing sees it: the {@link com.complaintbook.routing.domain.OrgChart}, the
 * {@link com.complaintbook.routing.domain.ResponsibilityRules} that pick a complaint's first
 * assignee, and the {@link com.complaintbook.routing.domain.SlaPolicy} that sets review deadlines
 * (in a store's business time: {@link com.complaintbook.routing.domain.BusinessTimeSlaPolicy}).
 * {@link com.complaintbook.routing.domain.Router} combines them into an
 * {@link com.complaintbook.routing.domain.Assignment}.
 *
 * <p>Plain Java: no Spring, no Kafka, no clock. Time comes in as arguments, so the same input always
 * yields the same assignment. The only outside types allowed are the contracts' value enums, which
 * are the product's own vocabulary (complaint or suggestion).
 */
package com.complaintbook.routing.domain;
