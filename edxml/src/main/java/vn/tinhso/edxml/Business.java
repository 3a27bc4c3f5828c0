package vn.tinhso.edxml;

/**
 * Why the packet is sent (nghiệp vụ): {@code BussinessDocType} 0 new document, 1 revocation (thu hồi),
 * 2 update (cập nhật), 3 replacement (thay thế); a reason, the officer, and whether a paper copy follows.
 * The misspelling "Bussiness" is the element name used on the national document axis and is kept on the wire.
 */
public record Business(int docType, String reason, StaffInfo staffInfo, boolean paper) {
}
