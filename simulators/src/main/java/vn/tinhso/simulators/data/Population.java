package vn.tinhso.simulators.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.tinhso.simulators.SimulatorProperties;

/**
 * The simulated national population database: a few fixed demo citizens and {@code populationSize} generated ones,
 * the same for the same seed. People given an ID number by the personal-ID service are added while it runs.
 */
@Component("populationDatabase")
public class Population {

    private final Map<String, Citizen> byId = new ConcurrentHashMap<>();
    private final List<Citizen> generated = new ArrayList<>();
    private final ReferenceData data;

    public Population(ReferenceData data, SimulatorProperties properties) {
        this.data = data;
        demoCitizens().forEach(this::add);
        SplittableRandom random = new SplittableRandom(properties.seed());
        while (generated.size() < properties.populationSize()) {
            Citizen c = generate(random);
            if (!byId.containsKey(c.personalId())) {
                add(c);
                generated.add(c);
            }
        }
    }

    public Optional<Citizen> find(String personalId) {
        return Optional.ofNullable(byId.get(personalId));
    }

    /** The first generated citizens, for people trying the simulators by hand. */
    public List<Citizen> sample(int count) {
        List<Citizen> sample = new ArrayList<>(demoCitizens());
        sample.addAll(generated.subList(0, Math.min(count, generated.size())));
        return sample;
    }

    public void add(Citizen citizen) {
        byId.put(citizen.personalId(), citizen);
    }

    public boolean contains(String personalId) {
        return byId.containsKey(personalId);
    }

    private Citizen generate(SplittableRandom random) {
        Place born = data.anyPlace(random);
        Place lives = random.nextInt(10) < 8 ? born : data.anyPlace(random);
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(80 * 365));
        boolean khmer = born.code().equals("094") && random.nextInt(10) < 3;
        String id = PersonalIdNumber.of(born.code(), sex, birth.getYear(), random.nextInt(1_000_000)).value();
        String name = data.fullName(random, sex, khmer);
        String family = name.substring(0, name.indexOf(' '));
        return new Citizen(id, name, birth, sex, khmer ? "Khmer" : random.nextInt(50) == 0 ? "Hoa" : "Kinh",
                "Việt Nam", born.birthProvince(), born.birthProvince(), data.address(random, lives),
                family + " " + data.fullName(random, Sex.MALE, khmer).split(" ", 2)[1],
                data.fullName(random, Sex.FEMALE, khmer));
    }

    /** Fixed people the demo and the docs refer to. */
    static List<Citizen> demoCitizens() {
        return List.of(
                new Citizen("094090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12), Sex.MALE, "Kinh",
                        "Việt Nam", "Tỉnh Sóc Trăng", "Tỉnh Sóc Trăng",
                        new Address("18 đường Hùng Vương", "Phường Sóc Trăng", "Thành phố Cần Thơ"),
                        "Nguyễn Văn Bình", "Trần Thị Lan"),
                new Citizen("094301001111", "Nguyễn Thị Hồng Nhung", LocalDate.of(2001, 8, 20), Sex.FEMALE, "Kinh",
                        "Việt Nam", "Tỉnh Sóc Trăng", "Tỉnh Sóc Trăng",
                        new Address("52 đường Lê Lợi", "Phường Phú Lợi", "Thành phố Cần Thơ"),
                        "Nguyễn Văn Hải", "Lê Thị Thu Hà"),
                new Citizen("094190001234", "Thạch Thị Sa Rinh", LocalDate.of(1990, 2, 3), Sex.FEMALE, "Khmer",
                        "Việt Nam", "Tỉnh Sóc Trăng", "Tỉnh Sóc Trăng",
                        new Address("Ấp Trà Canh A", "Xã Trần Đề", "Thành phố Cần Thơ"),
                        "Thạch Văn Sóc Khum", "Sơn Thị Ry Na"));
    }
}
