package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.Enterprise;
import vn.tinhso.simulators.data.Enterprises;
import vn.tinhso.simulators.data.PersonalIdNumber;
import vn.tinhso.simulators.data.Population;
import vn.tinhso.simulators.data.ReferenceData;
import vn.tinhso.simulators.data.Sex;

class GeneratedDataTest {

    private final ReferenceData data = new ReferenceData();

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        List<Citizen> first = population(7).sample(50);
        List<Citizen> again = population(7).sample(50);
        List<Citizen> other = population(8).sample(50);

        assertThat(again).isEqualTo(first);
        assertThat(other.subList(3, 50)).doesNotContainAnyElementsOf(first.subList(3, 50));
    }

    @Test
    void everyPersonalIdEncodesTheBirthProvinceCenturySexAndYear() {
        for (Citizen c : population(2026).sample(2000)) {
            PersonalIdNumber id = new PersonalIdNumber(c.personalId());
            assertThat(data.place(id.provinceCode())).as(c.personalId()).isNotNull();
            assertThat(id.sex()).as(c.personalId()).isEqualTo(c.sex());
            assertThat(id.birthYear()).as(c.personalId()).isEqualTo(c.dateOfBirth().getYear());
        }
    }

    @Test
    void idDigitsFollowCircular59ForBothCenturies() {
        assertThat(PersonalIdNumber.of("094", Sex.MALE, 1990, 1234).value()).isEqualTo("094090001234");
        assertThat(PersonalIdNumber.of("094", Sex.FEMALE, 1990, 1234).value()).isEqualTo("094190001234");
        assertThat(PersonalIdNumber.of("001", Sex.MALE, 2001, 42).value()).isEqualTo("001201000042");
        assertThat(PersonalIdNumber.of("092", Sex.FEMALE, 2024, 999_999).value()).isEqualTo("092324999999");
    }

    @Test
    void namesAndPlacesAreWrittenWithFullDiacritics() {
        List<Citizen> people = population(2026).sample(500);

        assertThat(people).extracting(Citizen::fullName).anyMatch(n -> n.startsWith("Nguyễn"))
                .anyMatch(n -> n.contains(" Thị ")).allMatch(n -> n.split(" ").length >= 3);
        assertThat(people).extracting(c -> c.permanentResidence().commune())
                .allMatch(commune -> commune.startsWith("Phường ") || commune.startsWith("Xã "));
        assertThat(people).extracting(Citizen::ethnicity).contains("Kinh", "Khmer");
    }

    @Test
    void enterpriseCodesHaveTenDigitsAndAValidCheckDigit() {
        Population population = population(2026);
        List<Enterprise> enterprises = new Enterprises(population, data, properties(2026)).sample(200);

        assertThat(enterprises).extracting(Enterprise::enterpriseCode).allMatch(code -> code.matches("\\d{10}"))
                .allMatch(GeneratedDataTest::checkDigitHolds);
        assertThat(enterprises).extracting(Enterprise::legalRepresentativeId).allMatch(population::contains);
    }

    private static boolean checkDigitHolds(String code) {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (code.charAt(i) - '0') * weights[i];
        }
        return 10 - sum % 11 == code.charAt(9) - '0';
    }

    private Population population(long seed) {
        return new Population(data, properties(seed));
    }

    private static SimulatorProperties properties(long seed) {
        return new SimulatorProperties(seed, 2000, null, null, null);
    }
}
