package vn.tinhso.integration.registry;

/** Phân loại dữ liệu: how sensitive the data a service exchanges is. */
public enum DataClassification {
    /** Công khai. */
    PUBLIC,
    /** Nội bộ. */
    INTERNAL,
    /** Hạn chế, chứa dữ liệu cá nhân. */
    CONFIDENTIAL,
    /** Bí mật: bodies are never logged, whatever the policy says. */
    SECRET
}
