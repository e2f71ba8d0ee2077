/**
 * The service's HTTP surface: health and metrics for the platform, the admin API for staff with
 * role admin (staff identity from the service kit).
 */
package com.complaintbook.routing.adapters.in.web;
