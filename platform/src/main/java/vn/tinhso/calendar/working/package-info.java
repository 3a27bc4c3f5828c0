/** Working-time arithmetic over the computed years, the cache of those years and the administration of overrides. */
package vn.tinhso.calendar.working;
