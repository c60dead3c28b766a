package org.onewindow.exchange.internal;

import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.Outcome;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Verdict;

/** The code tables of {@code docs/province-interface.md}: the hall's values as the platform codes them. */
final class ProvinceCodes {

    private ProvinceCodes() {
    }

    /** 1 natural person (自然人), 2 legal person or other organisation (法人及其他组织). */
    static String applicantType(ApplicantType type) {
        return type == ApplicantType.ENTERPRISE ? "2" : "1";
    }

    /** Identity document types (GB/T 2261.1-style codes as the provincial systems use them). */
    static String idType(String idType) {
        return switch (idType) {
            case "RESIDENT_ID" -> "111";
            case "PASSPORT" -> "414";
            case "TRAVEL_PERMIT" -> "516";
            case "UNIFIED_SOCIAL_CREDIT_CODE" -> "001";
            default -> "999";
        };
    }

    static String idTypeName(String code) {
        return switch (code) {
            case "111" -> "居民身份证";
            case "414" -> "普通护照";
            case "516" -> "港澳台居民来往内地（大陆）通行证";
            case "001" -> "统一社会信用代码";
            default -> "其他";
        };
    }

    /** Where the case came from: 1 at the window (窗口), 2 online (网上). */
    static String source(Channel channel) {
        return channel == Channel.ONLINE ? "2" : "1";
    }

    static String sourceName(Channel channel) {
        return channel == Channel.ONLINE ? "网上办理" : "窗口办理";
    }

    /** 1 accepted (已受理), 2 closed, granted (办结准予), 3 closed, refused (办结不予), 4 withdrawn (撤回). */
    static String state(CaseStatus status, Outcome outcome) {
        if (status == CaseStatus.CLOSED) {
            return outcome == Outcome.APPROVED ? "2" : "3";
        }
        return status == CaseStatus.WITHDRAWN ? "4" : "1";
    }

    static String stateName(String code) {
        return switch (code) {
            case "2" -> "办结（准予）";
            case "3" -> "办结（不予）";
            case "4" -> "撤回";
            default -> "已受理";
        };
    }

    /**
     * Evaluation channels: 1 device at the window (窗口评价器), 2 SMS (短信), 3 the platform's app (移动端), 4 phone
     * (电话回访). A link answer came from the closing SMS or the printed notice's QR code: reported as SMS.
     */
    static String evaluationChannel(AnswerChannel channel) {
        return switch (channel) {
            case KIOSK -> "1";
            case LINK -> "2";
            case PROVINCE -> "3";
            case PHONE -> "4";
        };
    }

    /** Rating levels 1–5: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
    static String ratingName(int score) {
        return switch (score) {
            case 5 -> "非常满意";
            case 4 -> "满意";
            case 3 -> "基本满意";
            case 2 -> "不满意";
            default -> "非常不满意";
        };
    }

    /** Rectification outcomes: 1 rectified (已整改), 2 explained (已解释说明), 3 appealed (申诉). */
    static String rectificationOutcome(Verdict verdict) {
        if (verdict == null) {
            return "1";
        }
        return switch (verdict) {
            case JUSTIFIED -> "1";
            case NOT_JUSTIFIED -> "2";
            case APPEALED -> "3";
        };
    }
}
