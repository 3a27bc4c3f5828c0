/** The Vietnamese lunisolar calendar computed from the positions of sun and moon for UTC+7. */
package vn.tinhso.calendar.lunar;
