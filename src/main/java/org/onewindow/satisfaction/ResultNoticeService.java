package org.onewindow.satisfaction;

import java.util.List;

/**
 * The result notice of a closed case and its prints. A notice's survey token is made only when it is printed:
 * once at the delivery, by the staff member who delivered the result and within
 * {@code onewindow.satisfaction.notice-print-window} of the closing, and then only by an explicit reprint with a
 * reason, which revokes the tokens of the earlier prints and is kept on the case. Viewing it again makes none, so
 * staff cannot collect survey links to answer for citizens.
 */
public interface ResultNoticeService {

    /**
     * Front desk and managers: the notice. The first showing to the staff member who delivered the result, right
     * after the delivery, is its print there, with a new survey link; every other showing has none
     * ({@link ResultNotice#surveyUrl} is {@code null}) and can be {@link #reprint reprinted}.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown case
     * @throws org.onewindow.shared.BusinessRuleException for a case that is not closed
     */
    ResultNotice resultNotice(String caseNumber);

    /**
     * Front desk and managers: prints the notice again with a new survey link, because the citizen lost it or the
     * print failed; the links of earlier prints stop working, and who, when and why is kept on the case.
     *
     * @throws org.onewindow.shared.InvalidInputException with the field {@link NoticeReprintField#REASON} when it
     *     is missing or longer than {@value NoticeReprint#MAX_REASON_LENGTH} characters
     */
    ResultNotice reprint(String caseNumber, NoticeReprint reprint);

    /** Front desk and managers: the prints of the case's notice, oldest first; empty when it was never printed. */
    List<NoticePrint> prints(String caseNumber);
}
