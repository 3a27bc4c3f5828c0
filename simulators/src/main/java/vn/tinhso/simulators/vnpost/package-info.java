/**
 * VNPost (Bưu điện Việt Nam) for the public-service postal channel: a dossier result or document is booked for
 * pickup and delivery, and each status is pushed to the caller's callback URL, signed.
 */
package vn.tinhso.simulators.vnpost;
