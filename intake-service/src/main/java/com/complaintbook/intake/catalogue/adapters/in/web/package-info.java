/** The catalogue as terminals and the website read it, to offer customers its stores and categories. */
package com.complaintbook.intake.catalogue.adapters.in.web;
