/** Cổng dịch vụ công: search, procedure pages, online submission, lookup, the citizen's own dossiers and results. */
package vn.tinhso.web.portal;
