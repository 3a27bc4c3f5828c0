package vn.tinhso.edxml;

import java.time.LocalDate;
import java.util.List;

/**
 * The document part of an edXML header (MessageHeader): sender, recipients, number and notation, issue date and
 * place, type, subject (trích yếu), signer and the optional attributes.
 */
public record MessageHeader(Organization from, List<Organization> to, DocumentCode code,
                            PromulgationInfo promulgationInfo, DocumentType documentType, String subject,
                            String content, SignerInfo signerInfo, LocalDate dueDate, List<String> toPlaces,
                            OtherInfo otherInfo, Integer steeringType, String documentId) {

    public MessageHeader {
        to = to == null ? List.of() : List.copyOf(to);
        toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
    }
}
