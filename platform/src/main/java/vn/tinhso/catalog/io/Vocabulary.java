package vn.tinhso.catalog.io;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tinhso.catalog.AdministrativeLevel;
import vn.tinhso.catalog.ApplicantType;
import vn.tinhso.catalog.AreaType;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.FeeRule;
import vn.tinhso.catalog.FormField;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.catalog.TimeLimit;
import vn.tinhso.shared.VietnameseText;

/**
 * The Vietnamese words a province writes in its Excel sheets for each enumerated value ("Cấp xã", "Trực tuyến",
 * "Lệ phí"), read with or without accents; the English constant name is accepted too.
 */
final class Vocabulary<E extends Enum<E>> {

    static final Vocabulary<AdministrativeLevel> LEVELS = new Vocabulary<>(AdministrativeLevel.class, Map.of(
            AdministrativeLevel.CENTRAL, "Cấp bộ", AdministrativeLevel.PROVINCE, "Cấp tỉnh",
            AdministrativeLevel.DISTRICT, "Cấp huyện", AdministrativeLevel.COMMUNE, "Cấp xã",
            AdministrativeLevel.OTHER, "Cơ quan khác"));
    static final Vocabulary<OnlineMode> ONLINE = new Vocabulary<>(OnlineMode.class, Map.of(
            OnlineMode.FULLY_ONLINE, "Toàn trình", OnlineMode.PARTLY_ONLINE, "Một phần",
            OnlineMode.NOT_ONLINE, "Không trực tuyến"));
    static final Vocabulary<Channel> CHANNELS = new Vocabulary<>(Channel.class, Map.of(
            Channel.ONLINE, "Trực tuyến", Channel.POST, "Dịch vụ bưu chính", Channel.COUNTER, "Trực tiếp"));
    static final Vocabulary<TimeLimit.Unit> UNITS = new Vocabulary<>(TimeLimit.Unit.class, Map.of(
            TimeLimit.Unit.WORKING_DAYS, "Ngày làm việc", TimeLimit.Unit.WORKING_HOURS, "Giờ làm việc",
            TimeLimit.Unit.CALENDAR_DAYS, "Ngày"));
    static final Vocabulary<FeeRule.Kind> FEE_KINDS = new Vocabulary<>(FeeRule.Kind.class, Map.of(
            FeeRule.Kind.FEE, "Phí", FeeRule.Kind.CHARGE, "Lệ phí"));
    static final Vocabulary<FeeRule.Basis> FEE_BASES = new Vocabulary<>(FeeRule.Basis.class, Map.of(
            FeeRule.Basis.PER_DOSSIER, "Hồ sơ", FeeRule.Basis.PER_ITEM, "Đơn vị"));
    static final Vocabulary<AreaType> AREAS = new Vocabulary<>(AreaType.class, Map.of(
            AreaType.URBAN_WARD, "Phường, thị trấn", AreaType.OTHER, "Khu vực khác"));
    static final Vocabulary<ApplicantType> APPLICANTS = new Vocabulary<>(ApplicantType.class, Map.of(
            ApplicantType.INDIVIDUAL, "Cá nhân", ApplicantType.HOUSEHOLD, "Hộ gia đình",
            ApplicantType.COMMUNITY, "Cộng đồng dân cư", ApplicantType.ORGANIZATION, "Tổ chức",
            ApplicantType.ENTERPRISE, "Doanh nghiệp",
            ApplicantType.FOREIGN_INVESTED_ENTERPRISE, "Doanh nghiệp có vốn đầu tư nước ngoài",
            ApplicantType.OVERSEAS_VIETNAMESE, "Người Việt Nam định cư ở nước ngoài",
            ApplicantType.RELIGIOUS_ESTABLISHMENT, "Cơ sở tôn giáo"));
    static final Vocabulary<FormField.Type> FIELD_TYPES = new Vocabulary<>(FormField.Type.class, Map.of(
            FormField.Type.TEXT, "Văn bản", FormField.Type.LONG_TEXT, "Đoạn văn", FormField.Type.NUMBER, "Số",
            FormField.Type.DATE, "Ngày", FormField.Type.CHOICE, "Lựa chọn", FormField.Type.BOOLEAN, "Có/Không",
            FormField.Type.PERSONAL_ID, "Số định danh", FormField.Type.PHONE, "Điện thoại",
            FormField.Type.EMAIL, "Thư điện tử"));
    static final Vocabulary<FormField.AutoFill.Source> AUTOFILL = new Vocabulary<>(FormField.AutoFill.Source.class,
            Map.of(FormField.AutoFill.Source.APPLICANT_PROFILE, "Hồ sơ người dùng",
                    FormField.AutoFill.Source.POPULATION_DATABASE, "CSDL dân cư",
                    FormField.AutoFill.Source.ENTERPRISE_DATABASE, "CSDL doanh nghiệp",
                    FormField.AutoFill.Source.CIVIL_STATUS_DATABASE, "CSDL hộ tịch",
                    FormField.AutoFill.Source.RESULT_STORE, "Kho kết quả"));

    private final Class<E> type;
    private final Map<E, String> labels;
    private final Map<String, E> byFoldedWord = new HashMap<>();

    private Vocabulary(Class<E> type, Map<E, String> labels) {
        this.type = type;
        this.labels = new EnumMap<>(labels);
        labels.forEach((value, label) -> byFoldedWord.put(VietnameseText.fold(label), value));
        for (E value : type.getEnumConstants()) {
            byFoldedWord.put(VietnameseText.fold(value.name()), value);
        }
    }

    String label(E value) {
        return labels.getOrDefault(value, value.name());
    }

    Optional<E> parse(String word) {
        return Optional.ofNullable(byFoldedWord.get(VietnameseText.fold(word)));
    }

    String typeName() {
        return type.getSimpleName();
    }
}
