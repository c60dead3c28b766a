package org.onewindow.satisfaction.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onewindow.directory.DirectoryService;
import org.onewindow.satisfaction.NoticePrint;
import org.onewindow.satisfaction.ResultNoticeService;
import org.onewindow.shared.ui.CaseSection;
import org.onewindow.shared.ui.HallDates;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Who printed the case's result notice and when, and who reprinted it why, on the case page for those who may
 * print it (front desk, managers); a reprint replaces the survey code of the notice before it.
 */
@org.springframework.stereotype.Component
class NoticePrintsSection implements CaseSection {

    private final ResultNoticeService notices;
    private final DirectoryService directory;
    private final HallDates dates;

    NoticePrintsSection(ResultNoticeService notices, DirectoryService directory, HallDates dates) {
        this.notices = notices;
        this.directory = directory;
        this.dates = dates;
    }

    @Override
    public Optional<Component> section(String caseNumber) {
        List<NoticePrint> prints;
        try {
            prints = notices.prints(caseNumber);
        } catch (AccessDeniedException notForThem) {
            return Optional.empty();
        }
        if (prints.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        prints.forEach(print -> list.add(new ListItem(line(print, directory, dates))));
        Div section = new Div(new H3(I18NProvider.translate("satisfaction.notice.prints")), list);
        section.addClassName("case-section");
        section.setId("case-notice-prints");
        return Optional.of(section);
    }

    /** One print as a line, "28 Nov 2026, 15:30: reprinted by Li Na, because: ...", here and on the notice screen. */
    static String line(NoticePrint print, DirectoryService directory, HallDates dates) {
        Locale reader = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        String who = directory.staff(print.printedBy()).map(staff -> staff.displayName(reader))
                .orElse(print.printedBy());
        return print.reprint()
                ? I18NProvider.translate("satisfaction.notice.reprintedBy", dates.dateTime(print.printedAt()), who,
                        print.reason())
                : I18NProvider.translate("satisfaction.notice.printedBy", dates.dateTime(print.printedAt()), who);
    }
}
