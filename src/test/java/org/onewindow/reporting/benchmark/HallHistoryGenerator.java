package org.onewindow.reporting.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.onewindow.reporting.HallHistory;
import org.onewindow.reporting.HallHistory.SeedCase;
import org.onewindow.reporting.HallHistory.SeedResponse;
import org.onewindow.reporting.HallHistory.SeedTask;

/**
 * A realistic hall history for the report benchmark: closed cases over two years with seasonal volume,
 * items and departments of different speed, their steps with waiting and working times, and survey answers
 * whose indicator scores move with a hidden "experience" of the citizen (so correlations and alpha are plausible),
 * a window kiosk that flatters, and some bad reviews. Kiosk answers answer the window's set, phone answers the
 * phone's, link answers the SMS link's, or the online set's for online cases, which changed half a year before the
 * last day to a newer version of four indicators, so the report shows a change of version. Seeded, so runs are comparable. Public for the browser
 * benchmark ({@code org.onewindow.benchmark.BrowserBenchmarkMain}), which seeds the same history.
 */
public final class HallHistoryGenerator {

    record Item(String code, String department, int timeLimit, double speed) {
    }

    static final List<Item> ITEMS = List.of(new Item("GEN-AMR-01", "AMR", 5, 0.5),
            new Item("GEN-AMR-02", "AMR", 10, 0.7),
            new Item("GEN-HRSS-01", "HRSS", 5, 0.4), new Item("GEN-HRSS-02", "HRSS", 15, 0.9),
            new Item("GEN-HOUSING-01", "HOUSING", 20, 1.2), new Item("GEN-CIVIL-01", "CIVIL", 3, 0.3),
            new Item("GEN-CIVIL-02", "CIVIL", 10, 0.6), new Item("GEN-PSB-01", "PSB", 7, 0.5),
            new Item("GEN-NATRES-01", "NATRES", 20, 1.4), new Item("GEN-HEALTH-01", "HEALTH", 10, 0.8));
    static final String[] STEPS = { "user_task_acceptance_review", "user_task_review_by_lead_department",
            "user_task_joint_review", "user_task_decision_by_lead_department", "user_task_result_delivery" };
    static final String[] DELIVERERS = { "frontdesk", "frontdesk2" };
    static final String[] CHANNELS = { "LINK", "LINK", "LINK", "KIOSK", "KIOSK", "PHONE" };

    /** The online set's new version, written before the history (after the demo hall's newest). */
    static final Map<String, String[]> NEW_ONLINE_SET = new LinkedHashMap<>();
    static {
        NEW_ONLINE_SET.put("EFFICIENCY", new String[] { "办事效率", "Efficiency" });
        NEW_ONLINE_SET.put("GUIDE_ACCURACY", new String[] { "办事指南精确度", "Guide accuracy" });
        NEW_ONLINE_SET.put("CONVENIENCE", new String[] { "办事便捷度", "Ease of doing" });
        NEW_ONLINE_SET.put("USABILITY", new String[] { "平台操作性", "Platform usability" });
    }

    private final HallHistory history;
    private Instant onlineSetChanged;
    private int newOnlineVersion;
    private final SplittableRandom random = new SplittableRandom(20261129);
    private final ZoneId zone;
    private final LocalDate lastDay;

    public HallHistoryGenerator(HallHistory history, ZoneId zone, LocalDate lastDay) {
        this.history = history;
        this.zone = zone;
        this.lastDay = lastDay;
    }

    /** Writes {@code cases} closed cases with five steps each and {@code responses} answers, in batches. */
    public void generate(int cases, int responses, int batch) {
        onlineSetChanged = lastDay.minusDays(180).atStartOfDay(zone).toInstant();
        newOnlineVersion = history.indicatorSet("ONLINE", onlineSetChanged, NEW_ONLINE_SET);
        List<SeedCase> caseBatch = new ArrayList<>();
        List<SeedTask> taskBatch = new ArrayList<>();
        List<SeedResponse> responseBatch = new ArrayList<>();
        for (int n = 0; n < Math.max(cases, responses); n++) {
            Item item = ITEMS.get(random.nextInt(ITEMS.size()));
            Instant accepted = acceptedAt();
            int workingDays = Math.max(0,
                    (int) Math.round(item.timeLimit() * item.speed() * (0.5 + random.nextDouble())));
            Instant closed = accepted
                    .plus(Duration.ofHours(Math.round(workingDays * 24 * 1.4 + 2 + random.nextInt(6))));
            String number = String.format("GEN-%07d", n);
            String deliverer = DELIVERERS[random.nextInt(DELIVERERS.length)];
            String intake = null;
            if (n < cases) {
                intake = random.nextInt(10) < 7 ? "WINDOW" : "ONLINE";
                caseBatch.add(new SeedCase(number, item.code(), "Generated " + item.code(), item.department(),
                        intake, accepted, accepted, closed, workingDays, workingDays <= item.timeLimit()));
                Instant at = accepted;
                for (String step : STEPS) {
                    Instant claimed = at.plusSeconds((long) (random.nextDouble() * 3600 * 8 * item.speed()));
                    Instant ended = claimed.plusSeconds((long) (600 + random.nextDouble() * 3600 * 4));
                    taskBatch.add(new SeedTask(number + "-" + step.substring(10, 14), number, step,
                            step.contains("acceptance") || step.contains("delivery") ? "HALL" : item.department(), at,
                            claimed, ended,
                            step.contains("delivery") ? deliverer : item.department().toLowerCase() + ".worker",
                            random.nextInt(20) == 0));
                    at = ended;
                }
            }
            if (n < responses) {
                responseBatch.add(answer(number, item, closed, deliverer, intake));
            }
            if (caseBatch.size() >= batch || responseBatch.size() >= batch) {
                flush(caseBatch, taskBatch, responseBatch);
            }
        }
        flush(caseBatch, taskBatch, responseBatch);
    }

    private void flush(List<SeedCase> cases, List<SeedTask> tasks, List<SeedResponse> responses) {
        if (!cases.isEmpty()) {
            history.cases(cases);
        }
        if (!tasks.isEmpty()) {
            history.tasks(tasks);
        }
        if (!responses.isEmpty()) {
            history.responses(responses);
        }
        cases.clear();
        tasks.clear();
        responses.clear();
    }

    /** Weekdays, busier on Mondays and in spring and autumn, over the two years before the last day. */
    private Instant acceptedAt() {
        while (true) {
            LocalDate day = lastDay.minusDays(random.nextInt(730));
            int weekday = day.getDayOfWeek().getValue();
            if (weekday > 5) {
                continue;
            }
            double season = 1 + 0.25 * Math.sin((day.getDayOfYear() / 365.0) * 4 * Math.PI);
            double monday = weekday == 1 ? 1.3 : 1;
            if (random.nextDouble() * 1.7 > season * monday) {
                continue;
            }
            int minute = 9 * 60 + random.nextInt(8 * 60);
            return day.atStartOfDay(zone).plusMinutes(minute).toInstant();
        }
    }

    /**
     * The citizen's experience (slower items are worse) drives every indicator with its own noise; the overall
     * rating follows outcome and timeliness most. At the kiosk, citizens round up in front of staff.
     */
    private SeedResponse answer(String number, Item item, Instant closed, String deliverer, String intake) {
        double experience = 4.2 - item.speed() + random.nextGaussian() * 0.8;
        int timeliness = score(experience - 0.3 * item.speed() + random.nextGaussian() * 0.6);
        int attitude = score(experience + 0.3 + random.nextGaussian() * 0.7);
        int transparency = score(experience + random.nextGaussian() * 0.8);
        int convenience = score(experience - 0.1 + random.nextGaussian() * 0.7);
        int outcome = score(experience + 0.2 + random.nextGaussian() * 0.5);
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        double overallValue = 0.35 * outcome + 0.3 * timeliness + 0.15 * attitude + 0.1 * transparency
                + 0.1 * convenience + random.nextGaussian() * 0.4 + ("KIOSK".equals(channel) ? 0.6 : 0);
        int overall = score(overallValue);
        int visits = 1
                + (item.speed() > 1 && random.nextInt(3) == 0 ? 1 + random.nextInt(3) : random.nextInt(8) == 0 ? 1 : 0);
        SeedResponse answer = new SeedResponse(number, item.code(), item.department(), closed, overall, timeliness,
                attitude, transparency, convenience, outcome, visits, channel, deliverer,
                overall <= 2 && random.nextInt(3) == 0 ? "Took too long and I had to come back." : null);
        if (!"LINK".equals(channel) || !"ONLINE".equals(intake)) {
            return answer;
        }
        // A link answer of an online case answers the online set: its version 1 (the five indicators) until the
        // set changed half a year ago, the four online indicators since.
        if (closed.isBefore(onlineSetChanged)) {
            return answer.answering("ONLINE", 1, answer.scores());
        }
        Map<String, Integer> online = new LinkedHashMap<>();
        online.put("EFFICIENCY", timeliness);
        online.put("GUIDE_ACCURACY", transparency);
        online.put("CONVENIENCE", convenience);
        online.put("USABILITY", attitude);
        return answer.answering("ONLINE", newOnlineVersion, online);
    }

    private static int score(double value) {
        return (int) Math.max(1, Math.min(5, Math.round(value)));
    }
}
