package vn.tinhso.simulators.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import vn.tinhso.simulators.SimulatorProperties;

/**
 * The simulated national business registration database: generated enterprises keyed by their 10-digit enterprise
 * code, whose legal representatives are citizens of the simulated population.
 */
@Component
public class Enterprises {

    private static final List<String> TRADES = List.of("Thương mại Dịch vụ", "Xây dựng", "Nông sản", "Thủy sản",
            "Vận tải", "Du lịch", "Công nghệ Thông tin", "Chế biến Lương thực");
    private static final Map<String, String> TRADE_EN = Map.of("Thương mại Dịch vụ", "TRADING AND SERVICES",
            "Xây dựng", "CONSTRUCTION", "Nông sản", "AGRICULTURAL PRODUCTS", "Thủy sản", "SEAFOOD",
            "Vận tải", "TRANSPORT", "Du lịch", "TOURISM", "Công nghệ Thông tin", "INFORMATION TECHNOLOGY",
            "Chế biến Lương thực", "FOOD PROCESSING");
    private static final List<String> BRANDS = List.of("Phước Thành", "Hưng Thịnh", "Mekong", "Phú Lợi", "Tân Phát",
            "An Khang", "Sông Hậu", "Thành Đạt", "Minh Phú", "Hoàng Long", "Kim Ngân", "Vĩnh Châu");
    /** Tax-office prefixes of enterprise codes: Sóc Trăng 22, Cần Thơ 18, Hà Nội 01, TP. Hồ Chí Minh 03. */
    private static final List<String> PREFIXES = List.of("22", "22", "18", "18", "01", "03");

    private final Map<String, Enterprise> byCode = new LinkedHashMap<>();

    public Enterprises(Population population, ReferenceData data, SimulatorProperties properties) {
        SplittableRandom random = new SplittableRandom(properties.seed() + 1);
        List<Citizen> people = population.sample(1000);
        for (int i = 0; byCode.size() < 1000; i++) {
            Enterprise e = generate(random, people.get(i % people.size()), data);
            byCode.putIfAbsent(e.enterpriseCode(), e);
        }
    }

    public Optional<Enterprise> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Enterprise> sample(int count) {
        return byCode.values().stream().limit(count).toList();
    }

    private static Enterprise generate(SplittableRandom random, Citizen owner, ReferenceData data) {
        String trade = TRADES.get(random.nextInt(TRADES.size()));
        String brand = BRANDS.get(random.nextInt(BRANDS.size()));
        boolean stock = random.nextInt(4) == 0;
        String code = enterpriseCode(PREFIXES.get(random.nextInt(PREFIXES.size())), random.nextInt(10_000_000));
        String name = (stock ? "Công ty Cổ phần " : "Công ty TNHH ") + trade + " " + brand;
        String english = ReferenceData.withoutAccents(brand) + " " + TRADE_EN.get(trade)
                + (stock ? " JOINT STOCK COMPANY" : " COMPANY LIMITED");
        Place place = data.anyPlace(random);
        return new Enterprise(code, name, english,
                stock ? "Công ty cổ phần" : "Công ty trách nhiệm hữu hạn một thành viên",
                LocalDate.of(2005, 1, 1).plusDays(random.nextInt(20 * 365)), owner.fullName(), owner.personalId(),
                data.address(random, place), (1 + random.nextInt(200)) * 100_000_000L,
                trade, random.nextInt(20) == 0 ? "Tạm ngừng kinh doanh" : "Đang hoạt động");
    }

    /**
     * Two prefix digits, seven serial digits and a check digit, computed the way published tax-code validators do
     * (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; 10 minus the sum modulo 11). Serials whose check would be 10 are
     * moved to the next serial.
     */
    static String enterpriseCode(String prefix, int serial) {
        for (int s = serial; ; s = (s + 1) % 10_000_000) {
            String nine = prefix + "%07d".formatted(s);
            int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * weights[i];
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }
}
