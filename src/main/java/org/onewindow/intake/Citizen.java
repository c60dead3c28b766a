package org.onewindow.intake;

import org.onewindow.shared.IdNumbers;

/** A registered applicant (a person, for now). */
public record Citizen(long id, String name, IdType idType, String idNumber, String mobile) {

    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }
}
