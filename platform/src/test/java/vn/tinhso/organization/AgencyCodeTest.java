package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgencyCodeTest {

    @Test
    void aProvincialPeoplesCommitteeIsLevelOne() {
        AgencyCode code = AgencyCode.of("000.00.00.H55");

        assertThat(code.level()).isEqualTo(1);
        assertThat(code.levelOneGroup()).isEqualTo("H55");
        assertThat(code.isQcvn102()).isTrue();
    }

    @Test
    void aDepartmentUnderItIsLevelTwo() {
        assertThat(AgencyCode.of("000.00.15.H55").level()).isEqualTo(2);
    }

    @Test
    void unitsUnderADepartmentOrDistrictAreLevelThreeAndBelowThemLevelFour() {
        assertThat(AgencyCode.of("000.11.29.H55").level()).isEqualTo(3);
        assertThat(AgencyCode.of("001.11.29.H55").level()).isEqualTo(4);
    }

    @Test
    void zeroFilledGroupsAreReadLeftToRight() {
        assertThat(AgencyCode.of("000.01.11.H55").groups()).containsExactly("000", "01", "11", "H55");
    }

    @Test
    void aCodeOutsideTheQcvn102LayoutIsKeptAsAnOpaqueIdentifier() {
        AgencyCode code = AgencyCode.of("G22.12.3");

        assertThat(code.isQcvn102()).isFalse();
        assertThat(code.level()).isZero();
        assertThat(code.groups()).isEmpty();
    }

    @Test
    void thirtyFiveCharactersAreAllowedAndThirtySixAreNot() {
        assertThat(AgencyCode.of("1".repeat(35)).value()).hasSize(35);
        assertThatThrownBy(() -> AgencyCode.of("1".repeat(36))).isInstanceOf(AgencyCodeMalformed.class);
    }

    @Test
    void lowerCaseSpacesAndOtherCharactersAreRejected() {
        assertThatThrownBy(() -> AgencyCode.of("000.00.15.h55")).isInstanceOf(AgencyCodeMalformed.class);
        assertThatThrownBy(() -> AgencyCode.of("000.00.15 H55")).isInstanceOf(AgencyCodeMalformed.class);
        assertThatThrownBy(() -> AgencyCode.of("000-00-15-H55")).isInstanceOf(AgencyCodeMalformed.class);
        assertThatThrownBy(() -> AgencyCode.of("")).isInstanceOf(AgencyCodeMalformed.class);
        assertThatThrownBy(() -> AgencyCode.of(null)).isInstanceOf(AgencyCodeMalformed.class);
    }

    @Test
    void theMalformedCodeIsReportedWithItsValue() {
        assertThatThrownBy(() -> AgencyCode.of("abc"))
                .isInstanceOfSatisfying(AgencyCodeMalformed.class, problem -> {
                    assertThat(problem.code()).isEqualTo("agency-code-malformed");
                    assertThat(problem.arguments()).containsExactly("abc");
                });
    }
}
