/**
 * Calendar synchronization: the CalDAV gateway ({@code CalDavCalendarGateway}) and ICS rendering with ical4j.
 * Implements application out-ports; never depends on another adapter or on application services.
 */
package io.frontdesk.booking.adapter.calendar;
