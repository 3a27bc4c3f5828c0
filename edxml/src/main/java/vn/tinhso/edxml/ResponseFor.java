package vn.tinhso.edxml;

import java.time.LocalDate;

/** The document a status packet is about: the sender's code, number/notation, issue date and document id. */
public record ResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {
}
