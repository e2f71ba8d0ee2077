/**
 * The catalogue routing publishes on {@code complaint-book.catalogue}: the stores, categories and
 * staff intake validates submissions and staff actions against, read into memory and swapped whole at
 * each version marker.
 */
package com.complaintbook.intake.catalogue;
