package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalIdNumberTest {

    @Test
    void readsProvinceCenturySexAndYearOfBirth() {
        PersonalIdNumber man1990 = PersonalIdNumber.of("094090001234", LocalDate.of(1990, 5, 12));
        assertThat(man1990.birthProvince()).isEqualTo("Sóc Trăng");
        assertThat(man1990.century()).isEqualTo(20);
        assertThat(man1990.female()).isFalse();

        PersonalIdNumber woman2005 = PersonalIdNumber.of("092305000001", LocalDate.of(2005, 1, 31));
        assertThat(woman2005.birthProvince()).isEqualTo("Cần Thơ");
        assertThat(woman2005.century()).isEqualTo(21);
        assertThat(woman2005.female()).isTrue();
    }

    @Test
    void refusesNumbersThatCannotBeRight() {
        assertThatThrownBy(() -> new PersonalIdNumber("09409000123")).hasMessage("personal-id-invalid");
        assertThatThrownBy(() -> new PersonalIdNumber("09409000123A")).isInstanceOf(PersonalIdInvalid.class);
        assertThat(argument(() -> new PersonalIdNumber("003090001234"))).as("no province 003").isEqualTo("province");
        assertThat(argument(() -> PersonalIdNumber.of("094090001234", LocalDate.of(1991, 5, 12))))
                .as("year digits").isEqualTo("birth-year");
        assertThat(argument(() -> PersonalIdNumber.of("094290001234", LocalDate.of(1990, 5, 12))))
                .as("century digit 2 means the 2000s").isEqualTo("birth-year");
        assertThat(argument(() -> PersonalIdNumber.of("094090001234", null))).isEqualTo("birth-date-missing");
    }

    private static Object argument(Runnable check) {
        try {
            check.run();
        } catch (PersonalIdInvalid invalid) {
            return invalid.arguments()[1];
        }
        throw new AssertionError("accepted");
    }
}
