package org.onewindow.reporting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.IndicatorReport;
import org.onewindow.reporting.internal.export.Figure;
import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.i18n.Translations;

/**
 * The reports' texts, numbers and periods in one language, named explicitly. A report page runs its queries on
 * worker threads and builds its exports in download requests, where neither the screen ({@code UI.getCurrent()})
 * nor the request's language is at hand: the page captures its language once, on the UI thread, and hands this
 * object to the charts, the exports and the services that draw texts. Immutable, so any thread may use it.
 */
public final class ReportTexts {

    /** The dash of a figure that has no value (no closed case, no answer), in either language. */
    public static final String NONE = "\u2013";

    private static final DateTimeFormatter CHINESE_MONTH = DateTimeFormatter.ofPattern("yyyy年M月", Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH_LONG = DateTimeFormatter.ofPattern("MMMM yyyy",
            Locale.ENGLISH);

    private final Locale locale;

    private ReportTexts(Locale locale) {
        this.locale = Translations.supported(locale);
    }

    /** The texts in {@code locale}'s language: Chinese for any Chinese, English otherwise. */
    public static ReportTexts of(Locale locale) {
        return new ReportTexts(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text under {@code key}, with its {@code {0}}-style arguments filled in. */
    public String t(String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }

    /** A whole number with the language's grouping: 12,345. */
    public String integer(long value) {
        return LocaleFormats.integer(value, locale);
    }

    /** A decimal with exactly {@code digits} fraction digits, or a dash without a value. */
    public String decimal(Double value, int digits) {
        return value == null || !Double.isFinite(value) ? NONE : LocaleFormats.decimal(value, digits, locale);
    }

    /** A share (0.833) as a percentage with one decimal (83.3%), or a dash without a value. */
    public String percent(Double share) {
        return share == null || !Double.isFinite(share) ? NONE : LocaleFormats.percent(share, 1, locale);
    }

    /**
     * A decimal for an export, rounded as {@link #decimal} rounds it on screen; an empty cell without a value. The
     * export's header names the unit ("working days"), the cell holds the number.
     */
    public Figure decimalCell(Double value, int digits) {
        return value == null || !Double.isFinite(value) ? null : Figure.decimal(value, digits);
    }

    /** A share for an export, as {@link #percent} shows it ("87.5%"); an empty cell without a value. */
    public Figure percentCell(Double share) {
        return share == null || !Double.isFinite(share) ? null : Figure.percent(share, 1);
    }

    /** Working days with one decimal: "3.5 wd", "3.5个工作日". */
    public String workingDays(Double days) {
        return days == null || !Double.isFinite(days) ? NONE : t("reporting.unit.workingDays", decimal(days, 1));
    }

    /** Hours as people read them: minutes under an hour, hours under two days, days beyond ("1.5 h", "1.5小时"). */
    public String hours(Double hours) {
        if (hours == null || !Double.isFinite(hours)) {
            return NONE;
        }
        if (hours < 1) {
            return t("reporting.unit.minutes", String.valueOf(Math.round(hours * 60)));
        }
        if (hours < 48) {
            return t("reporting.unit.hours", decimal(hours, 1));
        }
        return t("reporting.unit.days", decimal(hours / 24, 1));
    }

    /** An intake channel (WINDOW, ONLINE) or answer channel (LINK, KIOSK, PHONE) by name; an unknown code as it is. */
    public String channel(String code) {
        return switch (code == null ? "" : code) {
            case "WINDOW", "ONLINE", "LINK", "KIOSK", "PHONE" -> t("reporting.channel." + code);
            default -> code;
        };
    }

    /** A level of the good/bad review by its score, 5 (very satisfied) to 1 (very dissatisfied). */
    public String level(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("No level for score " + score);
        }
        return t("reporting.level." + score);
    }

    /** An indicator set's channel (WINDOW, SMS, ONLINE, PHONE, PROVINCE) by name; an unknown code as it is. */
    public String indicatorChannel(String code) {
        return switch (code == null ? "" : code) {
            case "WINDOW", "SMS", "ONLINE", "PHONE", "PROVINCE" -> t("reporting.indicators.channel." + code);
            default -> code;
        };
    }

    /**
     * An indicator set version as the report heads its figures: "Window and kiosk · version 1 (published May 12,
     * 2025)", "窗口（含评价器） · 第1版（2025年5月12日发布）".
     */
    public String setVersion(IndicatorReport.SetVersion version) {
        return version.publishedOn() == null
                ? t("reporting.indicators.version.unpublished", indicatorChannel(version.channel()),
                        String.valueOf(version.version()))
                : t("reporting.indicators.version", indicatorChannel(version.channel()),
                        String.valueOf(version.version()), date(version.publishedOn()));
    }

    /** The sentence saying that a channel's set changed within the report's period, and that figures are per version. */
    public String setChange(IndicatorReport.SetChange change) {
        return t("reporting.indicators.changed", indicatorChannel(change.channel()), date(change.on()),
                String.valueOf(change.before()), String.valueOf(change.after()));
    }

    /** A day as people read it: "May 12, 2025", "2025年5月12日"; a dash without one. */
    public String date(LocalDate day) {
        return day == null ? NONE : LocaleFormats.date(day, locale);
    }

    /** A quadrant of the importance-performance analysis by its name (e.g. CONCENTRATE_HERE). */
    public String quadrant(String name) {
        return t("reporting.quadrant." + name);
    }

    public String weekday(DayOfWeek day) {
        return t("reporting.weekday." + day.name());
    }

    public String granularity(Granularity granularity) {
        return t("reporting.granularity." + granularity.name());
    }

    /**
     * A week or month of a trend by its first day, short enough for a chart's axis: "2025-W10" / "2025年第10周",
     * "Mar 2025" / "2025年3月". Weeks are ISO weeks, from Monday.
     */
    public String period(LocalDate start, Granularity granularity) {
        if (granularity == Granularity.WEEK) {
            int year = start.get(IsoFields.WEEK_BASED_YEAR);
            int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return chinese() ? t("reporting.period.week", String.valueOf(year), String.valueOf(week))
                    : t("reporting.period.week", String.valueOf(year), String.format(Locale.ROOT, "%02d", week));
        }
        return (chinese() ? CHINESE_MONTH : ENGLISH_MONTH).format(start);
    }

    /** A month as a heading or a choice: "March 2025" / "2025年3月". */
    public String month(YearMonth month) {
        return (chinese() ? CHINESE_MONTH : ENGLISH_MONTH_LONG).format(month);
    }

    private boolean chinese() {
        return locale.equals(Translations.CHINESE);
    }
}
