/** PostgreSQL storage of holiday rules and yearly overrides, through plain {@code JdbcClient}. */
package vn.tinhso.calendar.jdbc;
