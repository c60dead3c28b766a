package org.onewindow.casework.ui;

import java.util.Map;

import org.onewindow.casework.ProgressStep;
import org.onewindow.casework.StepKind;
import org.onewindow.intake.CaseStatus;

/**
 * What citizens read on the progress page, in Chinese and English side by side like the survey: the page is
 * opened from an SMS or a receipt on a phone, where nobody should have to find a language switch. All in one
 * place so that the texts can move into message bundles with the rest (issue #6).
 */
final class ProgressTexts {

    static final String TITLE = "办件进度查询 Follow your case";
    static final String INTRO = "请输入受理回执上的办件编号和查询码。 Enter the case number and the lookup code from your "
            + "acceptance receipt.";
    static final String CASE_NUMBER = "办件编号 Case number";
    static final String LOOKUP_CODE = "查询码 Lookup code";
    static final String LOOK_UP = "查询 Show my case";
    static final String STATUS = "当前状态 Status";
    static final String ACCEPTED = "受理时间 Accepted";
    static final String DUE = "承诺办结时间 Due by";
    static final String CLOCK_STOPPED = "补正材料期间暂停计时，办结时间将相应顺延。 The time limit stops while we wait for your "
            + "materials; the due date moves out by the days it waits.";
    static final String STEPS = "办理环节 Steps";
    static final String MISSING = "请补交以下材料 Please bring these materials";
    static final String RESULT = "办理结果 Result";
    static final String APPROVED = "准予办理 Approved";
    static final String REJECTED = "不予办理 Not approved";
    static final String WITHDRAWN = "已撤回 Withdrawn";

    /** The services' messages (English) and what citizens read instead; unknown ones are shown as they are. */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("No case has this number with this lookup code. Check both on your acceptance receipt.",
                    "办件编号与查询码不匹配，请核对受理回执。 No case has this number with this lookup code. "
                            + "Check both on your acceptance receipt."),
            Map.entry("Enter the case number from your acceptance receipt.",
                    "请输入受理回执上的办件编号。 Enter the case number from your acceptance receipt."),
            Map.entry("Enter the lookup code from your acceptance receipt.",
                    "请输入受理回执上的查询码。 Enter the lookup code from your acceptance receipt."));

    private ProgressTexts() {
    }

    static String message(String english) {
        return english == null ? "" : MESSAGES.getOrDefault(english, english);
    }

    static String tooManyAttempts(String retryAt) {
        return "尝试次数过多，请于 " + retryAt + " 后再试。 Too many wrong case numbers or lookup codes were tried from "
                + "your connection. Try again after " + retryAt + ".";
    }

    static String about(String caseNumber, String serviceItemName, String leadDepartmentName) {
        return caseNumber + " · " + serviceItemName + " · " + leadDepartmentName;
    }

    static String status(CaseStatus status) {
        return switch (status) {
            case ACCEPTED -> "已受理 Accepted";
            case IN_REVIEW -> "审查中 Under review";
            case WAITING_FOR_MATERIALS -> "待补正材料 Waiting for your missing materials";
            case JOINT_REVIEW -> "联合审查中 In joint review";
            case DECIDED -> "已作出决定，待送达 Decided; the result is being delivered to you";
            case CLOSED -> "已办结 Closed";
            case WITHDRAWN -> "已撤回 Withdrawn";
        };
    }

    /** The step's name, with its department when it is not the window's. */
    static String step(ProgressStep step) {
        String name = switch (step.kind()) {
            case ACCEPTANCE -> "受理审核 Acceptance review";
            case REVIEW -> "牵头部门审查 Review by the lead department";
            case JOINT_REVIEW -> "联合审查 Joint review";
            case DECISION -> "牵头部门决定 Decision by the lead department";
            case DELIVERY -> "结果送达 Result delivery";
            case MATERIALS -> "补正材料 Your missing materials";
            case CONSULTATION -> "征求意见 Consultation";
            case PHONE_FOLLOW_UP -> "电话回访 Phone follow-up";
        };
        return step.departmentName() == null ? name : name + " (" + step.departmentName() + ")";
    }

    /** Where the step stands, with the date when it has one. */
    static String state(ProgressStep step, String date) {
        boolean materials = step.kind() == StepKind.MATERIALS;
        return switch (step.state()) {
            case DONE -> (materials ? "已收齐 received " : "已完成 done ") + date;
            case RETURNED_FOR_MATERIALS -> "退回补正材料 returned for missing materials " + date;
            case IN_PROGRESS -> (materials ? "等待您补交 waiting for you since " : "办理中 in progress since ") + date;
            case CANCELLED -> (materials ? "未按期补齐 not brought in time " : "已终止 stopped ") + date;
            case PENDING -> "待办理 to come";
        };
    }

    static String bringBy(String date) {
        return "请于 " + date + " 前补齐，逾期将撤回办件。 Bring them by " + date
                + ", or the case will be withdrawn.";
    }

    static String note(String note) {
        return "说明 Note: " + note;
    }

    static String closedOn(String date) {
        return "办结时间 Closed on " + date;
    }
}
