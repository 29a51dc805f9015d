/** Bodies (Gremien) and their meetings: REST API, pages, invitations as iCalendar, agenda and minutes as PDF. */
package de.mosaik.web.meeting;
