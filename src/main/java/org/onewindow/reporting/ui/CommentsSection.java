package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.section;

import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import org.onewindow.reporting.Comment;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.shared.i18n.LocaleFormats;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;

/** The satisfaction report's latest comments, all of them or only those of bad reviews. */
final class CommentsSection {

    /** Comments as the service finds them: only those of bad reviews or all, from the first, at most so many. */
    @FunctionalInterface
    interface CommentSource {
        List<Comment> comments(boolean badOnly, int offset, int limit);
    }

    private CommentsSection() {
    }

    /**
     * @param departmentName a department's name by its code, in the page's language (the export names it, and
     *                       keeps the code beside it)
     */
    static Div of(ReportTexts texts, TableExport export, ZoneId zone, List<Comment> latest, CommentSource source,
            UnaryOperator<String> departmentName) {
        Div section = section(texts.t("reporting.satisfaction.comments"), "report-comments");
        Checkbox badOnly = new Checkbox(texts.t("reporting.satisfaction.comments.badOnly"));
        badOnly.setId("comments-bad-only");
        Grid<Comment> grid = ReportParts.wrapping(new Grid<>(Comment.class, false));
        grid.setId("comments-grid");
        grid.addColumn(c -> LocaleFormats.dateTime(c.answeredAt(), zone, texts.locale()))
                .setHeader(texts.t("reporting.satisfaction.column.answered")).setAutoWidth(true);
        grid.addColumn(Comment::caseNumber).setHeader(texts.t("reporting.satisfaction.column.case")).setAutoWidth(true);
        grid.addColumn(Comment::serviceItemName).setHeader(texts.t("reporting.satisfaction.column.item"));
        grid.addColumn(c -> rating(texts, c)).setHeader(texts.t("reporting.satisfaction.column.rating"))
                .setAutoWidth(true);
        grid.addColumn(c -> texts.channel(c.channel())).setHeader(texts.t("reporting.satisfaction.column.channel"))
                .setAutoWidth(true);
        grid.addColumn(Comment::text).setHeader(texts.t("reporting.satisfaction.column.comment")).setFlexGrow(3);
        grid.setItems(latest);
        grid.setHeight("24em");
        // The box as the download will read it: kept here on the UI thread, as the download runs without the screen.
        boolean[] onlyBad = { false };
        badOnly.addValueChangeListener(event -> {
            onlyBad[0] = event.getValue();
            grid.setItems(source.comments(onlyBad[0], 0, 200));
        });
        // The screen's words for the rating and the channel; the department's code and the score beside its name.
        section.add(badOnly, grid, exports(texts, export, "export-comments", "comments",
                texts.t("reporting.satisfaction.comments"), List.of(texts.t("reporting.satisfaction.column.answered"),
                        texts.t("reporting.satisfaction.column.case"), texts.t("reporting.satisfaction.column.item"),
                        texts.t("reporting.export.code"), texts.t("reporting.satisfaction.column.department"),
                        texts.t("reporting.satisfaction.column.rating"), texts.t("reporting.satisfaction.column.score"),
                        texts.t("reporting.satisfaction.column.channel"),
                        texts.t("reporting.satisfaction.column.supplementary"),
                        texts.t("reporting.satisfaction.column.comment")),
                () -> source.comments(onlyBad[0], 0, 500).stream().map(c -> ReportParts.row(c.answeredAt(),
                        c.caseNumber(), c.serviceItemName(), c.departmentCode(),
                        departmentName.apply(c.departmentCode()), texts.level(c.overall()), c.overall(),
                        texts.channel(c.channel()),
                        texts.t(c.supplementary() ? "reporting.export.yes" : "reporting.export.no"), c.text()))
                        .toList()));
        return section;
    }

    /** "Very satisfied", or "Dissatisfied (supplementary)" for a review added after the first one. */
    private static String rating(ReportTexts texts, Comment comment) {
        String level = texts.level(comment.overall());
        return comment.supplementary() ? texts.t("reporting.satisfaction.comments.supplementary", level) : level;
    }
}
