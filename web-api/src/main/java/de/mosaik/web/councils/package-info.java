/** The operator's side: councils, onboarding (single and county-wide) and tenant migrations, by API and pages. */
package de.mosaik.web.councils;
