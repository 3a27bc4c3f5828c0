package vn.tinhso.edxml;

/**
 * The kind of document (loại văn bản): {@code Type} 1 for legal normative documents (văn bản quy phạm pháp luật),
 * 2 for administrative documents (văn bản hành chính); {@code TypeName} the name printed on it ("Quyết định",
 * "Công văn"...).
 */
public record DocumentType(int type, String typeName) {
}
