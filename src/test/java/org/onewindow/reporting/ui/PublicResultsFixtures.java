package org.onewindow.reporting.ui;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.onewindow.reporting.PublicResults;
import org.onewindow.reporting.PublicResults.Figures;
import org.onewindow.reporting.PublicResults.Row;
import org.onewindow.reporting.PublicResultsService;

/** The public results of a hall in March 2021 as the service gives them, for the screens' tests. */
final class PublicResultsFixtures {

    static final Instant AS_OF = Instant.parse("2021-03-15T02:00:00Z"); // 10:00 in the hall

    private PublicResultsFixtures() {
    }

    static PublicResults march(long hallEvaluations) {
        Figures hrssMonth = new Figures(24, 27, true, 24.0 / 27, 21.0 / 24, 0.690, 0.957, 3L, 1L);
        Figures amrMonth = new Figures(5, 5, false, null, null, null, null, null, null);
        Figures hallMonth = new Figures(hallEvaluations, 32, true, (double) hallEvaluations / 32, 25.0 / 29, 0.694,
                0.945, 4L, 1L);
        Figures hrssYear = new Figures(25, 28, true, 25.0 / 28, 22.0 / 25, 0.700, 0.958, 3L, 1L);
        Figures hallYear = new Figures(30, 33, true, 30.0 / 33, 26.0 / 30, 0.703, 0.947, 4L, 1L);
        Row hrss = new Row("HRSS", "人力资源和社会保障局", "Human Resources and Social Security Bureau", "HRSS", hrssMonth);
        Row amr = new Row("AMR", "市场监督管理局", "Market Regulation Bureau", "AMR", amrMonth);
        Row card = new Row("HRSS-001", "社会保障卡补换", "Social security card application", "HRSS", hrssMonth);
        Row licence = new Row("AMR-001", "个体工商户设立登记", "Individual business licence", "AMR", amrMonth);
        return new PublicResults(AS_OF, YearMonth.of(2021, 3), 20,
                new PublicResults.Period(hallMonth, List.of(amr, hrss), List.of(licence, card)),
                new PublicResults.Period(hallYear,
                        List.of(amr, new Row("HRSS", hrss.nameZh(), hrss.nameEn(), "HRSS", hrssYear)),
                        List.of(licence, new Row("HRSS-001", card.nameZh(), card.nameEn(), "HRSS", hrssYear))));
    }

    /** A service that hands out what the test put in, as the node's cache would. */
    static final class Held implements PublicResultsService {

        final AtomicReference<PublicResults> figures = new AtomicReference<>(march(29));

        @Override
        public PublicResults current() {
            return figures.get();
        }

        @Override
        public PublicResults refresh() {
            return figures.get();
        }
    }
}
