/**
 * Routing decides WHO is responsible for a complaint: the first assignee from the responsibility
 * rules, and the next one up the org chart when the complaint climbs, each with a review deadline
 * from the SLA policy. It reads the events topic and answers with {@code AssignComplaint} commands.
 */
package com.complaintbook.routing;
