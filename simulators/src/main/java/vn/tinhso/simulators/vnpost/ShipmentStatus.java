package vn.tinhso.simulators.vnpost;

/** The steps of a shipment, with the Vietnamese wording VNPost shows. */
public enum ShipmentStatus {
    CREATED("Đã tạo đơn"),
    PICKED_UP("Đã nhận hàng (bưu tá đã lấy)"),
    IN_TRANSIT("Đang vận chuyển"),
    OUT_FOR_DELIVERY("Đang phát"),
    DELIVERED("Phát thành công"),
    RETURNED("Phát không thành công, chuyển hoàn");

    private final String vietnamese;

    ShipmentStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
