package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.section;

import org.onewindow.reporting.ChannelBias;
import org.onewindow.reporting.internal.ReportTexts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The satisfaction report's check of the kiosk: whether ratings given at the window differ from private ones. */
final class ChannelBiasSection {

    private ChannelBiasSection() {
    }

    static Div of(ReportTexts texts, ChannelBias bias) {
        Div section = section(texts.t("reporting.satisfaction.bias"), "report-channel-bias");
        Paragraph message = new Paragraph(message(texts, bias));
        message.setId("channel-bias-message");
        if (bias.warning()) {
            message.addClassName("report-warning");
        }
        section.add(message, new Paragraph(texts.t("reporting.satisfaction.bias.counts",
                bias.kiosk().total(), texts.percent(bias.kiosk().goodRate()), bias.privateChannels().total(),
                texts.percent(bias.privateChannels().goodRate()))));
        return section;
    }

    /** What the chi-square comparison lets a manager conclude, with its figures. */
    static String message(ReportTexts texts, ChannelBias bias) {
        return switch (bias.verdict()) {
            case "SIGNIFICANT" -> texts.t("reporting.satisfaction.bias.SIGNIFICANT", texts.decimal(bias.statistic(), 2),
                    bias.degreesOfFreedom(), // a significant difference always has its degrees of freedom
                    texts.decimal(bias.pValue(), 4));
            case "NOT_SIGNIFICANT" -> texts.t("reporting.satisfaction.bias.NOT_SIGNIFICANT",
                    texts.decimal(bias.pValue(), 4));
            case "NOT_RELIABLE" -> texts.t("reporting.satisfaction.bias.NOT_RELIABLE");
            default -> texts.t("reporting.satisfaction.bias.NOT_TESTABLE");
        };
    }
}
