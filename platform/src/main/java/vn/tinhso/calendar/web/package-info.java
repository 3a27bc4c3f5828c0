/** The calendar's HTTP API under {@code /api/v1/calendar}: public reads, audited override maintenance. */
package vn.tinhso.calendar.web;
