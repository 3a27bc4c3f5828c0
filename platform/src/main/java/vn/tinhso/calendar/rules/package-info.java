/** Public holidays as versioned legal rules, and the government's yearly corrections that override them. */
package vn.tinhso.calendar.rules;
