package org.onewindow.satisfaction.ui;

import java.util.Map;

import org.onewindow.satisfaction.Rating;

/**
 * What citizens read on the questionnaire, the survey page and the window kiosk, in Chinese and English side
 * by side: the hall serves both, and a citizen must not have to find a language switch on a phone or a
 * tablet. All in one place so that the texts can move into message bundles when the application gets its
 * languages (issue #6); until then the service's English messages are the keys of {@link #MESSAGES}.
 */
final class SurveyTexts {

    static final String TITLE = "服务评价 How did we do?";
    static final String THANKS_TITLE = "谢谢 Thank you";

    static final String OVERALL = "总体评价 Overall, how satisfied are you?";
    static final String TIMELINESS = "办理时效 Timeliness: was it done on time?";
    static final String ATTITUDE = "服务态度 Staff attitude";
    static final String TRANSPARENCY = "办事公开 Transparency: was the process clear to you?";
    static final String CONVENIENCE = "便捷程度 Convenience";
    static final String OUTCOME = "办理结果 The result";
    static final String SCALE = " (1 = 很差 very poor, 5 = 很好 very good)";
    static final String VISITS = "跑动次数 How many times did you come to the hall for this?";
    static final String COMMENT = "意见建议 Anything else you want to tell us?";
    static final String SEND = "提交评价 Send my answers";
    static final String THANKS = "感谢您的评价！ Thank you! Your answers were received.";

    static final String SUPPLEMENT_NOW = "现在的满意度 How satisfied are you now?";
    static final String SUPPLEMENT_TEXT = "追评内容 What do you want to add?";
    static final String SUPPLEMENT_SEND = "提交追评 Add my supplementary review";
    static final String SUPPLEMENT_THANKS = "感谢您的追评！ Thank you! Your supplementary review was received.";

    static final String KIOSK_TITLE = "窗口评价 Rate this window";
    static final String KIOSK_SKIP = "暂不评价 Not now";

    /** The service's messages (English) and what citizens read instead; unknown ones are shown as they are. */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("This survey link is not valid. Please check it.", "评价链接无效，请核对。 This survey link is not valid. Please check it."),
            Map.entry("This survey link has expired.", "评价链接已过期。 This survey link has expired."),
            Map.entry("This survey was already answered. Thank you!", "您已评价过，谢谢！ This survey was already answered. Thank you!"),
            Map.entry("A supplementary review was already given. Thank you!", "您已追评过，谢谢！ A supplementary review was already given. Thank you!"),
            Map.entry("Staff accounts cannot answer the survey; sign out first.",
                    "工作人员账号不能参与评价，请先退出登录。 Staff accounts cannot answer the survey; sign out first."),
            Map.entry("Answer the survey first; a supplementary review adds to it.",
                    "请先完成评价，追评是对评价的补充。 Answer the survey first; a supplementary review adds to it."),
            Map.entry("Choose how satisfied you are overall.", "请选择总体评价。 Choose how satisfied you are overall."),
            Map.entry("Choose how satisfied you are now.", "请选择现在的满意度。 Choose how satisfied you are now."),
            Map.entry("Give a score from 1 to 5.", "请打 1 到 5 分。 Give a score from 1 to 5."),
            Map.entry("Say how many times you came to the hall for this (1 to 20).",
                    "请填写跑动次数（1 到 20）。 Say how many times you came to the hall for this (1 to 20)."),
            Map.entry("The comment is too long (at most 1000 characters).",
                    "内容过长（最多 1000 字）。 The comment is too long (at most 1000 characters)."),
            Map.entry("Tell us what you want to add.", "请填写追评内容。 Tell us what you want to add."),
            Map.entry("This kiosk link is not valid. Ask the window to pair the kiosk again.",
                    "评价平板链接无效，请窗口工作人员重新绑定。 This kiosk link is not valid. Ask the window to pair the kiosk again."),
            Map.entry("This kiosk link has expired at the end of the day. Ask the window to pair the kiosk again.",
                    "评价平板链接已于当日结束时失效，请窗口工作人员重新绑定。 "
                            + "This kiosk link has expired at the end of the day. Ask the window to pair the kiosk again."),
            Map.entry("This kiosk link was replaced by a newer pairing. Open the new kiosk link.",
                    "评价平板已重新绑定，此链接已失效，请打开新链接。 This kiosk link was replaced by a newer pairing. Open the new kiosk link."),
            Map.entry("This case was not closed at this window.", "该办件不是在此窗口办结的。 This case was not closed at this window."));

    private SurveyTexts() {
    }

    static String rating(Rating rating) {
        return switch (rating) {
            case VERY_SATISFIED -> "非常满意 Very satisfied";
            case SATISFIED -> "满意 Satisfied";
            case BASICALLY_SATISFIED -> "基本满意 Basically satisfied";
            case DISSATISFIED -> "不满意 Dissatisfied";
            case VERY_DISSATISFIED -> "非常不满意 Very dissatisfied";
        };
    }

    static String about(String serviceItemName, String closedOn) {
        return "您办理的“" + serviceItemName + "”已于 " + closedOn + " 办结。您的评价帮助我们改进服务，约需一分钟。 "
                + "Your case for \u201c" + serviceItemName + "\u201d was closed on " + closedOn
                + ". Your answers help the hall serve you better; they take a minute.";
    }

    static String supplementAbout(String serviceItemName) {
        return "您已对“" + serviceItemName + "”作出评价，可以追评一次（例如在使用办理结果之后）。 "
                + "You already rated your case for \u201c" + serviceItemName
                + "\u201d. You may add one supplementary review, for instance after using the result.";
    }

    static String kioskWaiting(String staffName) {
        return staffName + " 的窗口 — 业务办理完毕后，请对我们的服务进行评价。 Window of " + staffName
                + " — please rate our service after your business is done.";
    }

    static String kioskAbout(String serviceItemName, String closedAt) {
        return "您刚刚办结的“" + serviceItemName + "”（" + closedAt + "）：请评价我们的服务。 "
                + "Your \u201c" + serviceItemName + "\u201d was completed at " + closedAt + ": please rate our service.";
    }

    /** A message of the service as citizens read it: both languages when it is known here. */
    static String message(String english) {
        return english == null ? "" : MESSAGES.getOrDefault(english, english);
    }
}
