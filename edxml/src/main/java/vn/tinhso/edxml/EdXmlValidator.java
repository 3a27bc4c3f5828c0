package vn.tinhso.edxml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a packet must meet before it is sent: required elements present, agency codes in QCVN 102 form,
 * content ids unique. Each violation names the element by its path below {@code edXMLHeader}.
 */
final class EdXmlValidator {

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> validate(Packet packet) {
        violations.clear();
        switch (packet) {
            case DocumentPacket document -> validateDocument(document);
            case StatusPacket status -> validateStatus(status);
        }
        return List.copyOf(violations);
    }

    private void validateDocument(DocumentPacket packet) {
        MessageHeader h = packet.header();
        if (require("MessageHeader", h)) {
            organization("MessageHeader/From", h.from(), true);
            if (h.to().isEmpty()) {
                violations.add(new Violation("MessageHeader/To", "bắt buộc có ít nhất một cơ quan nhận (required)"));
            }
            for (Organization to : h.to()) {
                organization("MessageHeader/To", to, false);
            }
            if (require("MessageHeader/Code", h.code())) {
                text("MessageHeader/Code/CodeNumber", h.code().number());
                text("MessageHeader/Code/CodeNotation", h.code().notation());
            }
            if (require("MessageHeader/PromulgationInfo", h.promulgationInfo())) {
                require("MessageHeader/PromulgationInfo/PromulgationDate", h.promulgationInfo().date());
            }
            if (require("MessageHeader/DocumentType", h.documentType())) {
                text("MessageHeader/DocumentType/TypeName", h.documentType().typeName());
            }
            text("MessageHeader/Subject", h.subject());
            if (require("MessageHeader/SignerInfo", h.signerInfo())) {
                text("MessageHeader/SignerInfo/FullName", h.signerInfo().fullName());
            }
            if (h.otherInfo() != null && (h.otherInfo().priority() < 0 || h.otherInfo().priority() > 4)) {
                violations.add(new Violation("MessageHeader/OtherInfo/Priority", "phải từ 0 đến 4 (must be 0-4)"));
            }
        }
        if (packet.traceHeaderList() != null) {
            for (TraceHeader trace : packet.traceHeaderList().traces()) {
                organId("TraceHeaderList/TraceHeader/OrganId", trace.organId());
                require("TraceHeaderList/TraceHeader/Timestamp", trace.timestamp());
            }
        }
        attachments(packet.attachments());
    }

    private void attachments(List<Attachment> attachments) {
        Set<String> ids = new HashSet<>();
        for (Attachment a : attachments) {
            String path = "edXMLManifest/Reference";
            if (!require(path, a.ref()) || !text(path + "/ContentId", a.ref().contentId())) {
                continue;
            }
            text(path + "/AttachmentName", a.ref().name());
            require("AttachmentEncoded/Attachment/ContentTransferEncoded", a.content());
            if (!ids.add(a.ref().contentId())) {
                violations.add(new Violation(path + "/ContentId",
                        "trùng mã tệp đính kèm (duplicate content id) " + a.ref().contentId()));
            }
        }
    }

    private void validateStatus(StatusPacket s) {
        if (require("Status/ResponseFor", s.responseFor())) {
            organId("Status/ResponseFor/OrganId", s.responseFor().organId());
            text("Status/ResponseFor/Code", s.responseFor().code());
        }
        organization("Status/From", s.from(), true);
        require("Status/StatusCode", s.statusCode());
        require("Status/Timestamp", s.timestamp());
    }

    private void organization(String path, Organization org, boolean nameRequired) {
        if (!require(path, org)) {
            return;
        }
        organId(path + "/OrganId", org.organId());
        if (nameRequired) {
            text(path + "/OrganName", org.organName());
        }
    }

    private void organId(String path, String value) {
        if (text(path, value) && !Formats.ORGAN_ID.matcher(value).matches()) {
            violations.add(new Violation(path, "mã định danh không đúng QCVN 102 (not a QCVN 102 code): " + value));
        }
    }

    private boolean text(String path, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(path, "bắt buộc (required)"));
            return false;
        }
        return true;
    }

    private boolean require(String path, Object value) {
        if (value == null) {
            violations.add(new Violation(path, "bắt buộc (required)"));
            return false;
        }
        return true;
    }
}
