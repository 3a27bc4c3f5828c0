package vn.tinhso.catalog.io;

import java.util.List;

/**
 * The layout of one sheet of the procedure workbook: its name and column headers (Vietnamese, as provinces keep
 * them). The first column is always the procedure code.
 */
enum Sheet {
    PROCEDURES("ThuTuc", "Mã thủ tục", "Tên thủ tục", "Mã lĩnh vực", "Tên lĩnh vực", "Cấp thực hiện",
            "Mức độ trực tuyến", "Cơ quan thực hiện", "Kết quả", "Căn cứ pháp lý", "Mô tả", "Điều kiện",
            "Đối tượng", "Nguồn"),
    CASES("TruongHop", "Mã thủ tục", "Mã trường hợp", "Tên trường hợp", "Mô tả", "Đối tượng áp dụng"),
    TIME_LIMITS("ThoiHan", "Mã thủ tục", "Thời hạn", "Đơn vị", "Hình thức nộp", "Trường hợp", "Ghi chú"),
    DOCUMENTS("ThanhPhanHoSo", "Mã thủ tục", "Mã giấy tờ", "Tên giấy tờ", "Bản chính", "Bản sao", "Bắt buộc",
            "Xuất trình", "Mẫu đơn", "Trường hợp"),
    FEES("PhiLePhi", "Mã thủ tục", "Tên", "Loại", "Số tiền", "Tính theo", "Đối tượng", "Khu vực", "Loại đối tượng",
            "Hình thức nộp", "Trường hợp", "Căn cứ"),
    STEPS("CacBuoc", "Mã thủ tục", "Thứ tự", "Tên bước", "Đơn vị thực hiện", "Số ngày làm việc", "Liên thông",
            "Nhóm song song", "Mô tả", "Thời gian không tính (mã)", "Chỉ xong khi đã nộp nghĩa vụ tài chính"),
    EXCLUDED("KhongTinhThoiHan", "Mã thủ tục", "Mã", "Tên", "Tối đa (ngày làm việc)", "Mô tả"),
    FORM_FIELDS("BieuMau", "Mã thủ tục", "Trường hợp", "Tiêu đề biểu mẫu", "Tên trường", "Nhãn", "Kiểu",
            "Bắt buộc", "Mẫu (regex)", "Lựa chọn", "Tự điền từ", "Thuộc tính tự điền", "Nhóm", "Độ rộng");

    final String title;
    final List<String> columns;

    Sheet(String title, String... columns) {
        this.title = title;
        this.columns = List.of(columns);
    }
}
