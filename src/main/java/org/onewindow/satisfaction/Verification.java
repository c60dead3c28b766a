package org.onewindow.satisfaction;

/**
 * What the head of the lead department recorded after verifying a bad review with the citizen: the verdict, the
 * note (for an appeal, its reasons) and, for an appeal, its ground.
 */
public record Verification(Verdict verdict, String note, AppealGround appealGround) {

    /** The longest note, as the form's field and the validator count it. */
    public static final int MAX_NOTE_LENGTH = 1000;
}
