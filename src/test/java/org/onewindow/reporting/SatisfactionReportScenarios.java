package org.onewindow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.onewindow.reporting.ProcessReportScenarios.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.reporting.HallHistory.SeedCase;
import org.onewindow.reporting.HallHistory.SeedResponse;
import org.onewindow.reporting.internal.stats.ChiSquareComparison;
import org.onewindow.reporting.internal.stats.CronbachAlpha;
import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.reporting.internal.stats.Moments;
import org.onewindow.reporting.internal.stats.WilsonInterval;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The satisfaction report on a seeded fortnight in April 2025 (no other test writes there). Item SAT-1
 * (HRSS): 10 closed cases, 8 answers by kiosk, link and phone, a supplementary review and an answer excluded
 * after an appeal (neither counts). Item SAT-2 (AMR): 25 answers by link, 20 good and 5 bad, enough to rank.
 */
abstract class SatisfactionReportScenarios {

    static final LocalDate FROM = LocalDate.of(2025, 4, 7);
    static final LocalDate TO = LocalDate.of(2025, 4, 20);
    static final ReportFilter SAT_1 = new ReportFilter(FROM, TO, null, "SAT-1", null);

    @Autowired
    SatisfactionReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Staff staff;

    /** (overall, then the five demo-hall indicators' scores) of every answer that counts, by the set it answered. */
    static final Map<String, List<double[]>> COUNTED = new TreeMap<>();

    @BeforeEach
    void seedOnce() {
        if (jdbc.queryForObject("select count(*) from intake_case where case_number = 'SAT-S01'", Integer.class) > 0) {
            return;
        }
        COUNTED.clear();
        HallHistory history = new HallHistory(jdbc);
        List<SeedCase> cases = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Instant closed = at("2025-04-" + (i <= 5 ? "08" : "15") + "T10:00");
            cases.add(SeedCase.closed(String.format("SAT-S%02d", i), "SAT-1", "HRSS", "WINDOW",
                    closed.minusSeconds(86400 * 3),
                    closed, 3, true));
        }
        for (int i = 1; i <= 25; i++) {
            cases.add(SeedCase.closed(String.format("SAT-T%02d", i), "SAT-2", "AMR", "ONLINE", at("2025-04-09T09:00"),
                    at("2025-04-16T10:00"), 5, true));
        }
        history.cases(cases);
        List<SeedResponse> answers = new ArrayList<>();
        // S01–S04 at the window kiosk, all very satisfied; the rest privately.
        for (int i = 1; i <= 4; i++) {
            answers.add(answer(String.format("SAT-S%02d", i), "SAT-1", "HRSS", "2025-04-08", 5,
                    new int[] { 5, 5, 4, 5, 5 }, 1, "KIOSK", "frontdesk"));
        }
        answers.add(answer("SAT-S05", "SAT-1", "HRSS", "2025-04-08", 4, new int[] { 4, 4, 4, 3, 4 }, 1, "LINK",
                "frontdesk"));
        answers.add(answer("SAT-S06", "SAT-1", "HRSS", "2025-04-15", 2, new int[] { 2, 3, 2, 2, 1 }, 3, "LINK",
                "frontdesk2"));
        answers.add(answer("SAT-S07", "SAT-1", "HRSS", "2025-04-15", 1, new int[] { 1, 2, 1, 2, 1 }, 4, "PHONE",
                "frontdesk2"));
        answers.add(answer("SAT-S08", "SAT-1", "HRSS", "2025-04-15", 3, new int[] { 3, 4, 3, 3, 2 }, 2, "PHONE",
                "frontdesk2"));
        SeedResponse excluded = answer("SAT-S09", "SAT-1", "HRSS", "2025-04-15", 1, new int[] { 1, 1, 1, 1, 1 }, 1,
                "LINK", "frontdesk2");
        for (int i = 1; i <= 25; i++) {
            boolean good = i <= 20;
            int overall = good ? 4 : 2;
            int[] dims = good ? new int[] { 4, 4 + (i % 2), 3 + (i % 3 == 0 ? 1 : 0), 4, 4 }
                    : new int[] { 2, 3, 2, 3 - (i % 2), 2 };
            answers.add(answer(String.format("SAT-T%02d", i), "SAT-2", "AMR", "2025-04-16", overall, dims, good ? 1 : 2,
                    "LINK", "amr.worker"));
        }
        history.responses(answers);
        history.responses(List.of(excluded));
        jdbc.update(
                "update sat_response set exclusion_reason = 'Malicious, appeal upheld' where case_number = 'SAT-S09'");
        // The citizen of S06 added a supplementary review after the rectification: it does not count again.
        jdbc.update(
                """
                        insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code, closed_at,
                            overall, visits, comment, channel, answered_at, supplementary, indicator_set_id)
                        select invitation_id, case_number, service_item_code, lead_department_code, closed_at, 4, visits,
                            'Fixed now, thank you.', channel, answered_at, true, indicator_set_id
                        from sat_response where case_number = 'SAT-S06'""");
        // It carries the first answer's scores, better ones if it counted: it must not.
        jdbc.update("""
                insert into sat_response_score (response_id, indicator_code, score)
                select s.id, f.indicator_code, 5 from sat_response s join sat_response first_answer
                    on first_answer.case_number = s.case_number and first_answer.supplementary = false
                join sat_response_score f on f.response_id = first_answer.id
                where s.case_number = 'SAT-S06' and s.supplementary = true""");
        // S06 verified on time and rectified late; S07 appealed, upheld; S09 appealed, still open.
        jdbc.update(
                """
                        insert into sat_rectification (case_number, invitation_id, department_code, service_item_code,
                            service_item_name, closed_at, stage, opened_at, verify_due_at, verified_at, verdict, rectify_due_at,
                            rectified_at, fed_back_at)
                        select case_number, id, 'HRSS', 'SAT-1', 'Seeded item', closed_at, 'FED_BACK', closed_at,
                            closed_at + interval '1' day, closed_at + interval '20' hour, 'JUSTIFIED', closed_at + interval '20' day,
                            closed_at + interval '25' day, closed_at + interval '25' day
                        from sat_invitation where case_number = 'SAT-S06'""");
        jdbc.update("""
                insert into sat_rectification (case_number, invitation_id, department_code, service_item_code,
                    service_item_name, closed_at, stage, opened_at, verify_due_at, verified_at, verdict)
                select case_number, id, 'HRSS', 'SAT-1', 'Seeded item', closed_at, case when case_number = 'SAT-S07'
                    then 'EXCLUDED' else 'APPEALED' end, closed_at, closed_at + interval '1' day,
                    closed_at + interval '30' hour, 'APPEALED'
                from sat_invitation where case_number in ('SAT-S07', 'SAT-S09')""");
        jdbc.update("""
                insert into sat_appeal (rectification_id, case_number, department_code, ground, reason, appealed_by,
                    appealed_at, upheld)
                select id, case_number, 'HRSS', 'MALICIOUS', 'Abuse', 'hrss.head', verified_at,
                    case when case_number = 'SAT-S07' then true else null end
                from sat_rectification where case_number in ('SAT-S07', 'SAT-S09')""");
        // Result notices: reprints (with a reason) shortly before some answers, one long before, one at a delivery
        // (no reason: not a reprint) and one outside the range.
        notice("SAT-S05", "frontdesk", "2025-04-08T09:55", "Citizen lost the notice"); // answered 5 minutes later
        notice("SAT-S06", "frontdesk", "2025-04-15T09:30", "Printer jammed"); // 30 minutes before the answer
        notice("SAT-S07", "frontdesk2", "2025-04-15T09:58", null);
        notice("SAT-S08", "frontdesk2", "2025-04-15T09:52", "Citizen lost the notice");
        notice("SAT-S08", "frontdesk2", "2025-04-15T09:55", "Citizen lost it again"); // the same answer, once
        notice("SAT-T01", "frontdesk2", "2025-04-16T09:59", "Smudged");
        notice("SAT-T02", "frontdesk", "2025-03-03T09:59", "Outside the range");
    }

    private void notice(String caseNumber, String printedBy, String hallTime, String reason) {
        jdbc.update("""
                insert into sat_notice_print (invitation_id, case_number, printed_by, printed_at, reason)
                select id, case_number, ?, ?, ? from sat_invitation where case_number = ?""", printedBy,
                at(hallTime).atOffset(java.time.ZoneOffset.UTC), reason, caseNumber);
    }

    @Test
    void reprintedNoticesPerStaffMemberBesideTheAnswersThatCameWithinMinutesOfOne() {
        NoticeReprints all = asManager(() -> reports.noticeReprints(ReportFilter.of(FROM, TO)));
        assertThat(all.minutes()).isEqualTo(10);
        assertThat(all.rows()).extracting(NoticeReprints.Row::username, NoticeReprints.Row::reprints,
                NoticeReprints.Row::answersSoonAfter).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("frontdesk2", 3L, 2L),
                        org.assertj.core.groups.Tuple.tuple("frontdesk", 2L, 1L));

        NoticeReprints sat1 = asManager(() -> reports.noticeReprints(SAT_1));
        assertThat(sat1.rows()).extracting(NoticeReprints.Row::username, NoticeReprints.Row::reprints,
                NoticeReprints.Row::answersSoonAfter).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("frontdesk", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("frontdesk2", 2L, 1L));
        assertThat(asManager(() -> reports.report(SAT_1, Granularity.WEEK)).noticeReprints()).isEqualTo(sat1);
        assertThat(asManager(() -> reports.noticeReprints(new ReportFilter(FROM, TO, "AMR", null, null))).rows())
                .extracting(NoticeReprints.Row::username).containsExactly("frontdesk2");
        assertThat(asManager(() -> reports.noticeReprints(new ReportFilter(FROM, TO, null, null, "ONLINE"))).rows())
                .extracting(NoticeReprints.Row::reprints).containsExactly(1L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> staff.run("frontdesk",
                () -> reports.noticeReprints(SAT_1))).isInstanceOf(
                        org.springframework.security.access.AccessDeniedException.class);
    }

    private static SeedResponse answer(String caseNumber, String item, String department, String day, int overall,
            int[] dims, int visits, String channel, String deliveredBy) {
        SeedResponse answer = new SeedResponse(caseNumber, item, department, at(day + "T10:00"), overall, dims[0],
                dims[1], dims[2], dims[3], dims[4], visits, channel, deliveredBy,
                overall <= 2 ? "Not good enough." : null);
        if (!"SAT-S09".equals(caseNumber)) {
            COUNTED.computeIfAbsent(answer.setChannel(), k -> new ArrayList<>())
                    .add(new double[] { overall, dims[0], dims[1], dims[2], dims[3], dims[4] });
        }
        return answer;
    }

    @Test
    void summaryCountsFirstAnswersOnlyByLevelAndChannel() {
        SatisfactionSummary summary = asManager(() -> reports.summary(SAT_1));
        assertThat(summary.closedCases()).isEqualTo(10);
        assertThat(summary.responses()).isEqualTo(8);
        assertThat(summary.responseRate()).isCloseTo(0.8, within(1e-9));
        assertThat(summary.levels().counts()).containsExactly(4, 1, 1, 1, 1);
        assertThat(summary.levels().goodRate()).isCloseTo(0.75, within(1e-9));
        assertThat(summary.levels().badRate()).isCloseTo(0.25, within(1e-9));
        assertThat(summary.meanOverall()).isCloseTo(30.0 / 8, within(1e-9));
        assertThat(summary.excludedAfterAppeal()).isEqualTo(1);
        assertThat(summary.byChannel()).extracting(SatisfactionSummary.ChannelFigures::channel)
                .containsExactly("KIOSK", "LINK", "PHONE");
        assertThat(summary.byChannel()).extracting(SatisfactionSummary.ChannelFigures::meanOverall)
                .containsExactly(5.0, 3.0, 2.0);
    }

    @Test
    void rankingsShowWilsonIntervalsAndHideSmallGroups() {
        Ranking items = asManager(() -> reports.ranking(ReportFilter.of(FROM, TO), Ranking.Group.SERVICE_ITEM));
        assertThat(items.minimumSample()).isEqualTo(20);
        assertThat(items.hiddenGroups()).isEqualTo(1); // SAT-1 has 8 answers
        assertThat(items.rows()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("SAT-2");
            assertThat(row.responses()).isEqualTo(25);
            assertThat(row.goodRate()).isCloseTo(0.8, within(1e-9));
            WilsonInterval.Interval expected = WilsonInterval.of(20, 25);
            assertThat(row.low()).isCloseTo(expected.low(), within(1e-12));
            assertThat(row.high()).isCloseTo(expected.high(), within(1e-12));
            assertThat(row.low()).isCloseTo(0.609, within(0.001)); // Wilson (1927) for 20 of 25
        });
        Ranking staffRanking = asManager(() -> reports.ranking(ReportFilter.of(FROM, TO), Ranking.Group.STAFF));
        assertThat(staffRanking.rows()).extracting(Ranking.Row::name).containsExactly("Wang Fang");
        assertThat(staffRanking.hiddenGroups()).isEqualTo(2); // frontdesk (5 answers), frontdesk2 (3)
    }

    @Test
    void indicatorsArePerSetVersionWithMeansIntervalsImportanceQuadrantsAndReliabilityFromSqlAggregates() {
        IndicatorReport report = asManager(() -> reports.indicators(ReportFilter.of(FROM, TO)));
        assertThat(report.answers()).isEqualTo(33);
        assertThat(report.minimumAnswers()).isEqualTo(20);
        // Kiosk answers answered the window's set, link answers the SMS link's, phone answers the phone's.
        assertThat(report.versions()).extracting(IndicatorReport.SetVersion::channel,
                IndicatorReport.SetVersion::version, IndicatorReport.SetVersion::answers).containsExactly(
                        tuple("WINDOW", 1, 4L), tuple("SMS", 1, 27L), tuple("PHONE", 1, 2L));
        assertThat(report.changes()).isEmpty();

        IndicatorReport.SetVersion sms = report.versions().get(1);
        assertThat(sms.tooFew()).isFalse();
        assertThat(sms.completeAnswers()).isEqualTo(27);
        assertThat(sms.indicators()).extracting(IndicatorReport.Indicator::code)
                .containsExactlyElementsOf(HallHistory.DEMO_HALL_INDICATORS);
        assertThat(sms.indicators()).extracting(IndicatorReport.Indicator::nameZh).containsExactly("办理时效", "服务态度",
                "办事公开", "便捷程度", "办理结果");
        assertAnalysed(sms, COUNTED.get("SMS"));
        assertThat(sms.alpha()).isGreaterThan(0.8); // the seeded items move together

        // Four answers at the kiosk, two by phone: means with intervals, but no quadrant and no alpha.
        for (IndicatorReport.SetVersion small : List.of(report.versions().get(0), report.versions().get(2))) {
            assertThat(small.tooFew()).isTrue();
            assertThat(small.alpha()).isNull();
            assertThat(small.meanImportance()).isNull();
            assertThat(small.indicators()).allSatisfy(indicator -> {
                assertThat(indicator.mean()).isNotNull();
                assertThat(indicator.quadrant()).isNull();
                assertThat(indicator.importance()).isNull();
                assertThat(indicator.alphaIfDeleted()).isNull();
            });
        }
        assertThat(report.versions().get(2).indicators().get(0).mean()).isCloseTo(2.0, within(1e-9)); // (1 + 3) / 2
        assertThat(asManager(() -> reports.report(SAT_1, Granularity.WEEK)).indicators())
                .isEqualTo(asManager(() -> reports.indicators(SAT_1)));
    }

    /**
     * The block's figures against the same statistics over the answers themselves, in memory: means, 95% intervals
     * (Student's t), correlations with the overall rating, quadrants, cross-hairs and alpha.
     */
    static void assertAnalysed(IndicatorReport.SetVersion block, List<double[]> answers) {
        Moments expected = Moments.of(answers.toArray(double[][]::new));
        int k = block.indicators().size();
        int[] items = new int[k];
        for (int i = 0; i < k; i++) {
            items[i] = i + 1;
        }
        CronbachAlpha.Reliability reliability = CronbachAlpha.of(expected.select(items));
        assertThat(block.alpha()).isCloseTo(reliability.alpha(), within(1e-9));
        ImportancePerformance.Analysis ipa = ImportancePerformance.analyse(
                block.indicators().stream().map(IndicatorReport.Indicator::code).toList(), expected);
        assertThat(block.meanImportance()).isCloseTo(ipa.meanImportance(), within(1e-9));
        assertThat(block.meanPerformance()).isCloseTo(ipa.meanPerformance(), within(1e-9));
        for (int i = 0; i < k; i++) {
            IndicatorReport.Indicator indicator = block.indicators().get(i);
            assertThat(indicator.scored()).isEqualTo(answers.size());
            assertThat(indicator.mean()).isCloseTo(expected.mean(i + 1), within(1e-9));
            double half = new org.apache.commons.math3.distribution.TDistribution(answers.size() - 1)
                    .inverseCumulativeProbability(0.975) * expected.standardDeviation(i + 1)
                    / Math.sqrt(answers.size());
            assertThat(indicator.low()).isCloseTo(expected.mean(i + 1) - half, within(1e-9));
            assertThat(indicator.high()).isCloseTo(expected.mean(i + 1) + half, within(1e-9));
            assertThat(indicator.importance()).isCloseTo(expected.correlation(0, i + 1), within(1e-9));
            assertThat(indicator.alphaIfDeleted()).isCloseTo(reliability.alphaIfItemDeleted().get(i), within(1e-9));
            assertThat(indicator.quadrant()).isEqualTo(ipa.placements().get(i).quadrant().name());
        }
    }

    @Test
    void weeklyTrendAndCommentsAndBadReviewHandling() {
        List<SatisfactionTrendPoint> weeks = asManager(() -> reports.trend(SAT_1, Granularity.WEEK));
        assertThat(weeks).extracting(SatisfactionTrendPoint::responses).containsExactly(5L, 3L);
        assertThat(weeks.get(0).goodRate()).isCloseTo(1.0, within(1e-9));
        assertThat(weeks.get(1).meanOverall()).isCloseTo(2.0, within(1e-9));

        List<Comment> bad = asManager(() -> reports.comments(SAT_1, true, 0, 10));
        assertThat(bad).extracting(Comment::caseNumber).containsExactlyInAnyOrder("SAT-S06", "SAT-S07");
        // The item in the language of the manager's screen, as the invitation kept it in both.
        try {
            LocaleContextHolder.setLocale(Translations.ENGLISH);
            assertThat(asManager(() -> reports.comments(SAT_1, true, 0, 10))).extracting(Comment::serviceItemName)
                    .containsOnly("Seeded item");
            LocaleContextHolder.setLocale(Translations.CHINESE);
            assertThat(asManager(() -> reports.comments(SAT_1, true, 0, 10))).extracting(Comment::serviceItemName)
                    .containsOnly("种子事项");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(asManager(() -> reports.comments(SAT_1, false, 0, 10))).extracting(Comment::text)
                .contains("Fixed now, thank you.");

        BadReviewFigures figures = asManager(() -> reports.badReviews(SAT_1));
        assertThat(figures.badReviews()).isEqualTo(3);
        assertThat(figures.verified()).isEqualTo(3);
        assertThat(figures.verifiedOnTime()).isEqualTo(1);
        assertThat(figures.rectified()).isEqualTo(1);
        assertThat(figures.rectifiedOnTime()).isZero();
        assertThat(figures.appeals()).isEqualTo(2);
        assertThat(figures.appealsUpheld()).isEqualTo(1);
        assertThat(figures.open()).isEqualTo(1);
    }

    @Test
    void kioskRatingsAreComparedWithPrivateOnes() {
        ChannelBias bias = asManager(() -> reports.channelBias(SAT_1));
        assertThat(bias.kiosk().counts()).containsExactly(4, 0, 0, 0, 0);
        assertThat(bias.privateChannels().counts()).containsExactly(0, 1, 1, 1, 1);
        ChiSquareComparison.Result expected = ChiSquareComparison.compare(new long[] { 4, 0, 0, 0, 0 },
                new long[] { 0, 1, 1, 1, 1 });
        assertThat(bias.verdict()).isEqualTo(expected.verdict().name());
        assertThat(bias.warning()).isEqualTo(expected.significant());
        assertThat(asManager(() -> reports.summary(SAT_1)).channelBias()).isEqualTo(bias);
    }

    @Test
    void thePageRunsItsQueriesSideBySideWithTheSameFigures() {
        SatisfactionReport page = asManager(() -> reports.report(SAT_1, Granularity.WEEK));
        assertThat(page.summary()).isEqualTo(asManager(() -> reports.summary(SAT_1)));
        assertThat(page.departmentRanking())
                .isEqualTo(asManager(() -> reports.ranking(SAT_1, Ranking.Group.DEPARTMENT)));
        assertThat(page.trend()).isEqualTo(asManager(() -> reports.trend(SAT_1, Granularity.WEEK)));
        assertThat(page.badReviews()).isEqualTo(asManager(() -> reports.badReviews(SAT_1)));
        assertThat(page.latestComments()).hasSize(3);
    }

    private <T> T asManager(java.util.concurrent.Callable<T> action) {
        return staff.as("manager", action);
    }
}
