package vn.tinhso.simulators.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Component;

/** Places and name parts read from {@code data/}, and the small choices made from them. */
@Component
public class ReferenceData {

    private final List<Place> places;
    private final int totalWeight;
    private final Properties names = new Properties();

    public ReferenceData() {
        this.places = readPlaces();
        this.totalWeight = places.stream().mapToInt(Place::weight).sum();
        try (InputStream in = resource("data/names.properties")) {
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Place> places() {
        return places;
    }

    public Place place(String code) {
        return places.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    /** A place chosen by weight: most generated people come from the former Sóc Trăng and Cần Thơ. */
    public Place anyPlace(RandomGenerator random) {
        int n = random.nextInt(totalWeight);
        for (Place p : places) {
            n -= p.weight();
            if (n < 0) {
                return p;
            }
        }
        return places.getLast();
    }

    public String fullName(RandomGenerator random, Sex sex, boolean khmer) {
        String s = sex == Sex.MALE ? "male" : "female";
        if (khmer) {
            return pick(random, "khmer.family") + " " + (sex == Sex.MALE ? "Văn" : "Thị") + " "
                    + pick(random, "khmer." + s + ".given");
        }
        return pick(random, "family") + " " + pick(random, s + ".middle") + " " + pick(random, s + ".given");
    }

    public Address address(RandomGenerator random, Place place) {
        String commune = place.communes().get(random.nextInt(place.communes().size()));
        String line = (1 + random.nextInt(300)) + " đường " + pick(random, "street");
        return new Address(line, commune, place.currentProvince());
    }

    public String pick(RandomGenerator random, String key) {
        String[] values = names.getProperty(key).split(",");
        return values[random.nextInt(values.length)];
    }

    /** "Nguyễn Văn Đức" → "NGUYEN VAN DUC": for English names and comparisons without accents. */
    public static String withoutAccents(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toUpperCase(Locale.ROOT);
    }

    private static List<Place> readPlaces() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource("data/places.csv"), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("code;") && !line.isBlank())
                    .map(line -> line.split(";"))
                    .map(f -> new Place(f[0], f[1], f[2], Integer.parseInt(f[3]), Arrays.asList(f[4].split(","))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing simulator data file " + name);
        }
        return in;
    }
}
