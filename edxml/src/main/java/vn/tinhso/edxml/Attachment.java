package vn.tinhso.edxml;

/** An attachment (tệp đính kèm): its manifest entry and its content. */
public record Attachment(AttachmentRef ref, AttachmentContent content) {
}
