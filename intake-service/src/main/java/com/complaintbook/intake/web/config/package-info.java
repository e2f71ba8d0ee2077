/** The web adapters' wiring every slice shares: the API document, the default language. */
package com.complaintbook.intake.web.config;
