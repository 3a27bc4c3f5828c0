package vn.tinhso.simulators.data;

import java.time.LocalDate;

/**
 * A person as the national population database knows them (công dân trong CSDLQG về dân cư): personal ID number,
 * full name, birth date, sex, ethnicity, place of birth registration, home town (quê quán), permanent residence and
 * parents.
 */
public record Citizen(String personalId, String fullName, LocalDate dateOfBirth, Sex sex, String ethnicity,
                      String nationality, String placeOfBirth, String homeTown, Address permanentResidence,
                      String fatherName, String motherName) {
}
