/**
 * Working-day calendar (lịch làm việc): the Vietnamese lunar calendar, public holidays as versioned legal rules with
 * the government's yearly corrections, and working-time arithmetic for statutory deadlines (hạn giải quyết, hẹn trả).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package vn.tinhso.calendar;
