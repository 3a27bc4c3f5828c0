package vn.tinhso.bench;

import java.util.List;
import java.util.Random;

/** Plausible Vietnamese procedures to fill the catalogue to a province's size (1,200–1,950 in the seeds). */
final class GeneratedProcedures {

    private static final List<String> ACTIONS = List.of("Cấp", "Cấp lại", "Cấp đổi", "Điều chỉnh", "Gia hạn",
            "Thu hồi", "Đăng ký", "Đăng ký thay đổi", "Xác nhận", "Công nhận", "Thẩm định", "Phê duyệt");
    private static final List<String> OBJECTS = List.of("giấy phép kinh doanh", "chứng chỉ hành nghề",
            "giấy chứng nhận đủ điều kiện", "giấy phép hoạt động", "giấy xác nhận", "quyết định công nhận",
            "giấy phép khai thác", "giấy phép môi trường", "chứng nhận an toàn thực phẩm", "giấy phép quảng cáo",
            "giấy phép biểu diễn", "chứng nhận trạm y tế", "giấy phép vận tải", "sổ đăng ký tàu cá");
    private static final List<String> QUALIFIERS = List.of("đối với cơ sở sản xuất", "cho tổ chức, cá nhân",
            "thuộc thẩm quyền cấp tỉnh", "thuộc thẩm quyền cấp xã", "trong lĩnh vực thủy sản",
            "trong lĩnh vực y tế", "trong lĩnh vực văn hóa", "đối với doanh nghiệp", "cho hộ kinh doanh",
            "tại khu công nghiệp", "đối với nhà đầu tư nước ngoài", "trên địa bàn tỉnh");
    private static final List<String> FIELDS = List.of("industry", "health", "culture", "fisheries", "environment",
            "transport", "trade", "science");

    private GeneratedProcedures() {
    }

    static String json(int index, Random random) {
        String name = pick(ACTIONS, random) + " " + pick(OBJECTS, random) + " " + pick(QUALIFIERS, random);
        String field = pick(FIELDS, random);
        int days = 3 + random.nextInt(25);
        return """
                {"code":"BENCH.%05d","name":"%s","field":{"code":"%s","name":"%s"},"levels":["%s"],
                 "onlineMode":"PARTLY_ONLINE","implementingAgencies":[],"resultTypes":["%s"],
                 "legalBasis":["Luật số %d/2024/QH15"],"description":"Thủ tục sinh ra cho đo hiệu năng.",
                 "timeLimits":[{"amount":%d,"unit":"WORKING_DAYS"}],
                 "documents":[{"id":"TP1","name":"Đơn đề nghị %s","originals":1,"copies":0,"mandatory":true},
                              {"id":"TP2","name":"Bản sao giấy tờ pháp lý của tổ chức, cá nhân","originals":0,
                               "copies":1,"mandatory":true}],
                 "fees":[{"name":"Phí thẩm định","kind":"FEE","amountVnd":%d}]}"""
                .formatted(index, name, field, field, random.nextBoolean() ? "PROVINCE" : "COMMUNE", name,
                        10 + random.nextInt(80), days, name.toLowerCase(), 50_000 * (1 + random.nextInt(20)));
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
