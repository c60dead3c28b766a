package org.onewindow.reporting.ui;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.ChannelBias;
import org.onewindow.reporting.Comment;
import org.onewindow.reporting.CycleTime;
import org.onewindow.reporting.GroupFigures;
import org.onewindow.reporting.IndicatorReport;
import org.onewindow.reporting.LevelDistribution;
import org.onewindow.reporting.NoticeReprints;
import org.onewindow.reporting.ProcessReport;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.ProcessSummary;
import org.onewindow.reporting.ProcessSummary.AgeBucket;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.SatisfactionReport;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.SatisfactionTrendPoint;
import org.onewindow.reporting.StepFigures;
import org.onewindow.reporting.TrendPoint;
import org.onewindow.reporting.Workload;

/** A small hall's reports, as the mocked services return them to the report pages' view tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static void stub(ProcessReportService process, SatisfactionReportService satisfaction, DirectoryService directory,
            CatalogService catalog) {
        when(directory.departments()).thenReturn(List.of(new Department("HRSS", "人力资源和社会保障局", "人力资源和社会保障局", true)));
        when(catalog.all()).thenReturn(List.of());
        when(directory.departmentName(eq("HRSS"), any())).thenReturn("人力资源和社会保障局");
        ProcessSummary summary = new ProcessSummary(1234, 56, 7,
                List.of(new AgeBucket(0, 5, 3), new AgeBucket(6, 15, 2),
                        new AgeBucket(16, 30, 1), new AgeBucket(31, null, 1)),
                0.875, new CycleTime(56, 3.24, 3.0, 6.5), 0.9, 40);
        List<TrendPoint> trend = List.of(new TrendPoint(LocalDate.of(2026, 11, 2), "2026-W45", 10, 8, 0.75, 3.5),
                new TrendPoint(LocalDate.of(2026, 11, 9), "2026-W46", 12, 9, 1.0, 2.5));
        // The second item has cases received but none closed: named all the same, its figures dashes on screen.
        List<GroupFigures> items = List.of(new GroupFigures("HRSS-001", "Social security card application", 10, 8, 0.75,
                new CycleTime(8, 3.0, 2.5, 5.0)),
                new GroupFigures("AMR-002", "Business licence change", 3, 0, null, new CycleTime(0, null, null, null)));
        List<GroupFigures> departments = List.of(new GroupFigures("HRSS", "人力资源和社会保障局", 10, 8, 0.75,
                new CycleTime(8, 3.0, 2.5, 5.0)));
        List<StepFigures> steps = List
                .of(new StepFigures("user_task_review_by_lead_department", "Review by lead department",
                        5, 4, 0.5, 1.5, 14.0, 60.0, 0.25));
        when(process.report(any(), any(), any())).thenAnswer(call -> new ProcessReport(summary, trend, items,
                departments,
                steps,
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + call.getArgument(2, Locale.class).getLanguage()
                        + "</text></svg>",
                List.of(new Workload("HRSS", "人力资源和社会保障局", 3, 5, 1, 1),
                        new Workload("FOLLOW_UP", "follow up", 2, 4, 0, 0)),
                List.of(new Workload("liu.yang", "Liu Yang", 1, 2, 0, 1))));
        when(process.summary(any())).thenReturn(summary);
        when(process.byDepartment(any())).thenReturn(departments);
        when(process.bottlenecks(any())).thenReturn(steps);

        LevelDistribution levels = new LevelDistribution(10, 5, 3, 1, 1);
        ChannelBias bias = new ChannelBias(new LevelDistribution(4, 0, 0, 0, 0), new LevelDistribution(0, 1, 1, 1, 1),
                "SIGNIFICANT", 9.512, 4, 0.0123, true);
        SatisfactionSummary s = new SatisfactionSummary(40, 20, 0.5, levels, 4.1, List.of(
                new SatisfactionSummary.ChannelFigures("KIOSK", new LevelDistribution(4, 0, 0, 0, 0), 5.0),
                new SatisfactionSummary.ChannelFigures("LINK", new LevelDistribution(6, 5, 3, 1, 1), 3.9)), 1, bias);
        Ranking ranking = new Ranking(List.of(new Ranking.Row("HRSS", "人力资源和社会保障局", 25, 20, 0.8, 0.609, 0.911)), 2, 20);
        // Two versions of the online set in the range (changed on 2026-11-16), and the window's version 1 with too
        // few answers for the analysis. CONVENIENCE is in both online versions, with different figures.
        IndicatorReport indicators = new IndicatorReport(61, List.of(
                new IndicatorReport.SetVersion(4, "WINDOW", 1, LocalDate.of(2026, 1, 5), 5, 5, true, List.of(
                        new IndicatorReport.Indicator("TIMELINESS", "办理时效", "Timeliness", 5, 4.4, 3.72, 5.08, null,
                                null, null)),
                        null, null, null),
                new IndicatorReport.SetVersion(7, "ONLINE", 1, LocalDate.of(2026, 1, 5), 33, 33, false, List.of(
                        new IndicatorReport.Indicator("TIMELINESS", "办理时效", "Timeliness", 33, 4.5, 4.2, 4.8, 0.8,
                                "KEEP_UP_THE_GOOD_WORK", 0.8),
                        new IndicatorReport.Indicator("ATTITUDE", "服务态度", "Staff attitude", 33, 3.0, 2.6, 3.4, 0.7,
                                "CONCENTRATE_HERE", 0.81),
                        new IndicatorReport.Indicator("TRANSPARENCY", "办事公开", "Transparency", 33, 3.2, 2.9, 3.5, 0.2,
                                "LOW_PRIORITY", 0.5925925925925926),
                        new IndicatorReport.Indicator("CONVENIENCE", "便捷程度", "Convenience", 33, 4.6, 4.4, 4.8, 0.3,
                                "POSSIBLE_OVERKILL", 0.83),
                        new IndicatorReport.Indicator("OUTCOME", "办理结果", "Outcome", 33, 4.0, 3.7, 4.3, null, null,
                                0.84)),
                        0.5, 3.8, 0.85),
                new IndicatorReport.SetVersion(9, "ONLINE", 2, LocalDate.of(2026, 11, 16), 23, 22, false, List.of(
                        new IndicatorReport.Indicator("EFFICIENCY", "办事效率", "Efficiency", 23, 3.9, 3.5, 4.3, 0.9,
                                "KEEP_UP_THE_GOOD_WORK", 0.6),
                        new IndicatorReport.Indicator("CONVENIENCE", "办事便捷度", "Ease of doing", 22, 2.1, 1.8, 2.4, 0.6,
                                "CONCENTRATE_HERE", 0.55)),
                        0.75, 3.0, 0.62)),
                List.of(new IndicatorReport.SetChange("ONLINE", 1, 2, LocalDate.of(2026, 11, 16))), 20);
        List<Comment> comments = List.of(
                new Comment("OW-2026-000123", "Social security card application", "HRSS", 2, "LINK",
                        Instant.parse("2026-11-20T02:05:00Z"), "Slow.", false),
                new Comment("OW-2026-000124", "Social security card application", "HRSS", 4, "PHONE",
                        Instant.parse("2026-11-21T02:05:00Z"), "Fixed now, thank you.", true));
        BadReviewFigures bad = new BadReviewFigures(3, 3, 1, 1, 0, 2, 1, 1, 1);
        when(satisfaction.report(any(), any())).thenReturn(new SatisfactionReport(s, ranking, indicators,
                List.of(new SatisfactionTrendPoint(LocalDate.of(2026, 11, 2), "2026-W45", 5, 1.0, 4.8),
                        new SatisfactionTrendPoint(LocalDate.of(2026, 11, 9), "2026-W46", 3, 0.33, 2.0)),
                comments, bad,
                new NoticeReprints(10, List.of(new NoticeReprints.Row("frontdesk2", "Wang Fang", 6, 4),
                        new NoticeReprints.Row("frontdesk", "Li Na", 2, 0)))));
        when(satisfaction.ranking(any(), any())).thenReturn(ranking);
        when(satisfaction.comments(any(), anyBoolean(), anyInt(), anyInt())).thenReturn(comments);
        when(satisfaction.summary(any())).thenReturn(s);
        when(satisfaction.badReviews(any())).thenReturn(bad);
        when(satisfaction.indicators(any())).thenReturn(indicators);
    }
}
